// View ▸ Show Cluster System Flows, through the real window: the seed's three calico nodes get
// one thin grey bundled edge per pair, tooltips name each port and why, the edges follow a
// role change made in the properties panel and a moved card, and the action hides them again.
#include "canvas/entityitem.h"
#include "canvas/planscene.h"
#include "document/plandocument.h"
#include "guitest.h"
#include "mainwindow.h"
#include "panels/propertiespanel.h"

#include <QComboBox>
#include <QGraphicsPathItem>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace Planar;
using namespace Planar::GuiTest;

class TestSystemFlows : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void showFollowAndHide();

private:
    static QGraphicsPathItem *edge(const MainWindow &w, const QString &a, const QString &b)
    {
        for (QGraphicsPathItem *l : w.scene()->systemFlowLines())
            if ((l->data(0) == a && l->data(1) == b) || (l->data(0) == b && l->data(1) == a))
                return l;
        return nullptr;
    }
};

void TestSystemFlows::showFollowAndHide()
{
    std::unique_ptr<MainWindow> window = openSeedExample();
    QVERIFY(window);
    MainWindow &w = *window;
    QAction *show = w.action(QStringLiteral("showSystemFlows"));
    QVERIFY(show && show->isCheckable() && !show->isChecked());
    QMenu *view = nullptr;
    for (QAction *menu : w.menuBar()->actions())
        if (menu->text() == MainWindow::tr("&View")) view = menu->menu();
    QVERIFY(view && view->actions().contains(show));
    QVERIFY(w.scene()->systemFlowLines().isEmpty()); // off by default: the canvas is the links'

    show->trigger();
    QCOMPARE(w.scene()->systemFlowLines().size(), 3); // node1-node2, node1-node3, node2-node3
    QGraphicsPathItem *cross = edge(w, QStringLiteral("node1"), QStringLiteral("node3"));
    QVERIFY(cross);
    QVERIFY(cross->pen().widthF() <= 1.0);
    QCOMPARE(cross->pen().color().saturation(), 0); // grey
    const QString tip = cross->toolTip();
    for (const char *words :
         {"node1 → node3  179/TCP calico BGP", "node3 → node1  179/TCP", "5473/TCP calico Typha",
          "IP protocol 4 IP-in-IP encapsulation", "exchange the nodes' Pod routes"})
        QVERIFY2(tip.contains(QString::fromUtf8(words)), qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("6443")), qPrintable(tip)); // no control plane yet

    // node1 becomes the control plane in the properties panel: API server and kubelet appear.
    w.scene()->selectKeys({QStringLiteral("node1")});
    QTRY_COMPARE(w.properties()->key(), QStringLiteral("node1"));
    auto *role = qobject_cast<QComboBox *>(w.properties()->editor(QStringLiteral("role")));
    QVERIFY(role);
    const int controlPlane = role->findData(QStringLiteral("control-plane"));
    QVERIFY(controlPlane >= 0);
    role->setFocus();
    while (role->currentIndex() > controlPlane)
        QTest::keyClick(role, Qt::Key_Up);
    while (role->currentIndex() < controlPlane)
        QTest::keyClick(role, Qt::Key_Down);
    QTRY_COMPARE(std::get<Vm>(*w.document()->entity(QStringLiteral("node1"))).role,
                 QStringLiteral("control-plane"));
    QTRY_VERIFY(edge(w, QStringLiteral("node1"), QStringLiteral("node3")) &&
                edge(w, QStringLiteral("node1"), QStringLiteral("node3"))
                    ->toolTip()
                    .contains(QStringLiteral("node3 → node1  6443/TCP API server")));
    QVERIFY(edge(w, QStringLiteral("node1"), QStringLiteral("node3"))
                ->toolTip()
                .contains(QStringLiteral("node1 → node3  10250/TCP kubelet")));

    // The edge follows a moved card.
    EntityItem *node1 = w.scene()->entityItem(QStringLiteral("node1"));
    node1->setPos(node1->pos() + QPointF(300, 0));
    w.scene()->itemMoved(node1);
    const QPointF centre = node1->sceneBoundingRect().center();
    QTRY_VERIFY(
        edge(w, QStringLiteral("node1"), QStringLiteral("node3")) &&
        QPointF(edge(w, QStringLiteral("node1"), QStringLiteral("node3"))->path().elementAt(0)) ==
            centre);

    show->trigger();
    QVERIFY(w.scene()->systemFlowLines().isEmpty());
    w.document()->setClean();
}

QTEST_MAIN(TestSystemFlows)
#include "tst_systemflows.moc"
