#include "autosave.h"
#include "canvas/planscene.h"
#include "canvas/planview.h"
#include "dialogs/linkdialog.h"
#include "dialogs/policydialog.h"
#include "document/commands/entitycommands.h"
#include "document/itemfactory.h"
#include "document/plandocument.h"
#include "guitest.h"
#include "io/planwriter.h"
#include "livevalidator.h"
#include "mainwindow.h"
#include "panels/issuespanel.h"
#include "panels/propertiespanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Planar;

using namespace Planar::GuiTest;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void seedExampleIsClean();
    void addHostAndVmFromPalette();
    void typedCidrIsFlaggedAndUndone();
    void badTextIsKeptAndRefused();
    void forbiddenLinkIsDrawnAndFlagged();
    void allowedLinkExplainsItself();
    void dragIsOneUndoStep();
    void rubberBandArrangeAndZoom();
    void deletingAHostAsksAboutItsVms();
    void searchFindsByIp();
    void clickingAnIssueSelectsItsItems();
    void duplicateAndPaste();
    void policyOverrideAllowsALink();
    void zoneColoursAndNicButtons();

private:
    std::unique_ptr<MainWindow> mWindow;
};

void TestMainWindow::initTestCase()
{
    isolateSettings();
}

void TestMainWindow::init()
{
    mWindow = openSeedExample();
    QVERIFY(mWindow);
}

void TestMainWindow::cleanup()
{
    mWindow->document()->setClean(); // no "save changes?" prompt on close
    mWindow.reset();
}

void TestMainWindow::seedExampleIsClean()
{
    MainWindow &w = *mWindow;
    // Selecting a workload shows where it runs: web is placed on node1 and node2.
    w.scene()->selectKeys({QStringLiteral("web")});
    QCOMPARE(w.scene()->placementLineCount(), 2);
    w.scene()->selectKeys({QStringLiteral("host1")});
    QCOMPARE(w.scene()->placementLineCount(), 0);
    QCOMPARE(w.validator()->result().summary.errors, 0);
    QCOMPARE(w.statusSummary()->text(), QStringLiteral("0 error(s), 0 warning(s)"));
    QVERIFY(w.scene()->entityItem(QStringLiteral("host1")));
    QVERIFY(w.scene()->entityItem(QStringLiteral("web")));
    // VMs sit above their hosts, which sit below the Pods.
    const qreal podY = w.scene()->entityItem(QStringLiteral("web"))->y();
    const qreal vmY = w.scene()->entityItem(QStringLiteral("node1"))->y();
    const qreal hostY = w.scene()->entityItem(QStringLiteral("host1"))->y();
    QVERIFY(podY < vmY && vmY < hostY);
}

void TestMainWindow::addHostAndVmFromPalette()
{
    MainWindow &w = *mWindow;
    clickAction(w, QStringLiteral("addHost"));
    EntityItem *host = w.scene()->entityItem(QStringLiteral("host3"));
    QVERIFY(host);
    QCOMPARE(w.scene()->selectedKeys(), QStringList{QStringLiteral("host3")});
    QCOMPARE(w.properties()->key(), QStringLiteral("host3"));
    QCOMPARE(host->content().lines.first().text, QStringLiteral("eth0  mgmt  192.168.1.2"));

    // With the new host selected, Add VM puts a VM on it with the next free addresses.
    clickAction(w, QStringLiteral("addVm"));
    clickAction(w, QStringLiteral("addHost")); // host4 …
    w.scene()->selectKeys({QStringLiteral("host3")});
    clickAction(w, QStringLiteral("addVm"));
    const auto node4 = w.document()->entity(QStringLiteral("node4"));
    const auto node5 = w.document()->entity(QStringLiteral("node5"));
    QVERIFY(node4 && node5);
    QCOMPARE(std::get<Vm>(*node4).host, QStringLiteral("host3"));
    QCOMPARE(std::get<Vm>(*node5).host, QStringLiteral("host3"));
    QCOMPARE(texts(std::get<Vm>(*node4).podSubnets), QStringList{QStringLiteral("172.16.0.0/24")});
    QCOMPARE(texts(std::get<Vm>(*node5).podSubnets), QStringList{QStringLiteral("172.16.4.0/24")});
    QCOMPARE(std::get<Vm>(*node5).nics.first().ip, QStringLiteral("10.0.1.3"));
    // Both VMs are drawn over their host, in the VM band.
    const EntityItem *vm = w.scene()->entityItem(QStringLiteral("node5"));
    QVERIFY(vm->y() < host->y());
    QVERIFY(qAbs(vm->x() - host->x()) < 300);

    w.waitForValidation();
    QCOMPARE(w.validator()->result().summary.errors, 0);
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.document()->undoStack()->count(), 4);
}

void TestMainWindow::typedCidrIsFlaggedAndUndone()
{
    MainWindow &w = *mWindow;
    w.scene()->selectKeys({QStringLiteral("node3")});
    auto *edit = qobject_cast<QLineEdit *>(w.properties()->editor(QStringLiteral("podSubnet")));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("172.16.1.0/24")); // node1's Pod subnet
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(texts(std::get<Vm>(*w.document()->entity(QStringLiteral("node3"))).podSubnets),
             QStringList{QStringLiteral("172.16.1.0/24")});

    w.waitForValidation();
    QVERIFY(w.issues()->rowOf(QStringLiteral("pod-subnet-overlap")) >= 0);
    QCOMPARE(w.scene()->entityItem(QStringLiteral("node3"))->status(), ItemStatus::Error);
    QCOMPARE(w.scene()->entityItem(QStringLiteral("node1"))->status(), ItemStatus::Error);
    QCOMPARE(w.scene()->entityItem(QStringLiteral("node2"))->status(), ItemStatus::Ok);
    QVERIFY(w.statusSummary()->text().startsWith(QStringLiteral("1 error")));

    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    w.waitForValidation();
    QCOMPARE(w.issues()->rowOf(QStringLiteral("pod-subnet-overlap")), -1);
    QCOMPARE(w.scene()->entityItem(QStringLiteral("node3"))->status(), ItemStatus::Ok);
    QCOMPARE(w.validator()->result().summary.errors, 0);

    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
    w.waitForValidation();
    QCOMPARE(w.scene()->entityItem(QStringLiteral("node3"))->status(), ItemStatus::Error);
}

void TestMainWindow::badTextIsKeptAndRefused()
{
    MainWindow &w = *mWindow;
    // An id that is taken is refused with a hint; a free one renames everywhere.
    w.scene()->selectKeys({QStringLiteral("host2")});
    auto *id = qobject_cast<QLineEdit *>(w.properties()->editor(QStringLiteral("id")));
    id->setFocus();
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("host1"));
    QVERIFY(w.properties()->hint(QStringLiteral("id")).contains(QStringLiteral("already used")));
    QTest::keyClick(id, Qt::Key_Return);
    QVERIFY(w.document()->contains(QStringLiteral("host2")));
    QTest::keyClicks(id, QStringLiteral("0")); // "host10"
    QTest::keyClick(id, Qt::Key_Return);
    QVERIFY(!w.document()->contains(QStringLiteral("host2")));
    QCOMPARE(std::get<Vm>(*w.document()->entity(QStringLiteral("node3"))).host,
             QStringLiteral("host10"));
    QCOMPARE(w.scene()->selectedKeys(), QStringList{QStringLiteral("host10")});
    w.action(QStringLiteral("undo"))->trigger();
    QVERIFY(w.scene()->entityItem(QStringLiteral("host2")));

    w.scene()->selectKeys({QStringLiteral("vm-payments")});
    auto *cidr = qobject_cast<QLineEdit *>(w.properties()->editor(QStringLiteral("cidr")));
    QVERIFY(cidr);
    cidr->setFocus();
    cidr->selectAll();
    QTest::keyClicks(cidr, QStringLiteral("10.0.x2.5/24"));
    // Kept as typed, and the hint names the character (issue 10: it used to vanish unsaid).
    QCOMPARE(cidr->text(), QStringLiteral("10.0.x2.5/24"));
    QVERIFY(w.properties()->hint(QStringLiteral("cidr")).contains(QStringLiteral("“x”")));
    cidr->selectAll();
    QTest::keyClicks(cidr, QStringLiteral("10.0.2.5/24"));
    QVERIFY(w.properties()->hint(QStringLiteral("cidr")).contains(QStringLiteral("10.0.2.0/24")));
    QTest::keyClick(cidr, Qt::Key_Return);
    // Not acceptable, so nothing was committed.
    QCOMPARE(std::get<Network>(*w.document()->entity(QStringLiteral("vm-payments"))).cidr,
             QStringLiteral("10.0.2.0/24"));
    QCOMPARE(w.document()->undoStack()->index(), 0);

    auto *vlan = qobject_cast<QLineEdit *>(w.properties()->editor(QStringLiteral("vlan")));
    vlan->setFocus();
    vlan->selectAll();
    QTest::keyClicks(vlan, QStringLiteral("4095"));
    QCOMPARE(vlan->text(), QStringLiteral("4095")); // kept, refused, and said why
    QVERIFY(w.properties()->hint(QStringLiteral("vlan")).contains(QStringLiteral("4094")));
    QTest::keyClick(vlan, Qt::Key_Return);
    QCOMPARE(std::get<Network>(*w.document()->entity(QStringLiteral("vm-payments"))).vlan,
             std::optional<int>(20));
}

void TestMainWindow::forbiddenLinkIsDrawnAndFlagged()
{
    MainWindow &w = *mWindow;
    clickAction(w, QStringLiteral("linkTool"));
    QCOMPARE(w.scene()->tool(), PlanScene::Tool::Link);
    whenModalAppears([](QWidget *modal) {
        auto *dialog = qobject_cast<LinkDialog *>(modal);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->portsEdit(), QStringLiteral("8080/TCP"));
        dialog->accept();
    });
    QWidget *viewport = w.view()->viewport();
    const QPoint from = viewPoint(w, QStringLiteral("host1"));
    const QPoint to = viewPoint(w, QStringLiteral("web"));
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);

    const QString key = QStringLiteral("link:host1-to-web");
    QVERIFY(w.document()->contains(key));
    w.waitForValidation();
    LinkItem *link = w.scene()->linkItem(key);
    QVERIFY(link);
    QCOMPARE(link->state(), LinkState::Forbidden);
    QVERIFY(link->toolTip().contains(QStringLiteral("host-to-pod")));
    QVERIFY(link->toolTip().contains(QStringLiteral("Fix:")));
    QVERIFY(w.issues()->rowOf(QStringLiteral("host-to-pod")) >= 0);

    // An exception with a reason and a future expiry turns it into a marked, allowed link.
    w.scene()->selectKeys({key});
    for (const auto &[field, text] :
         {qMakePair(QStringLiteral("exception.reason"), QStringLiteral("incident 4711")),
          qMakePair(QStringLiteral("exception.expires"), QStringLiteral("2026-12-31"))}) {
        auto *edit = qobject_cast<QLineEdit *>(w.properties()->editor(field));
        QVERIFY2(edit, qPrintable(field));
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        QApplication::processEvents();
    }
    w.waitForValidation();
    QCOMPARE(w.scene()->linkItem(key)->state(), LinkState::ByException);
    QCOMPARE(w.issues()->rowOf(QStringLiteral("host-to-pod")), -1);
}

void TestMainWindow::allowedLinkExplainsItself()
{
    // The same answer as `planar-cli explain`: which ports, and which matrix cell allowed it.
    MainWindow &w = *mWindow;
    w.waitForValidation();
    LinkItem *link = w.scene()->linkItem(QStringLiteral("link:web-to-db"));
    QVERIFY(link);
    QCOMPARE(link->state(), LinkState::Allowed);
    const QString tip = link->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("Ports: 3306/TCP")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Allowed: plane matrix: Pod → Pod is allowed")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Reason: orders database")), qPrintable(tip));
    // And which artifacts enforce it, as explain names them.
    QVERIFY2(
        tip.contains(QStringLiteral("Enforced by: networkpolicies.yaml:shop/web-to-db-ingress, "
                                    "networkpolicies.yaml:shop/web-to-db-egress, "
                                    "istio.yaml:shop/allow-to-db")),
        qPrintable(tip));
}

void TestMainWindow::dragIsOneUndoStep()
{
    MainWindow &w = *mWindow;
    EntityItem *host = w.scene()->entityItem(QStringLiteral("host2"));
    const QPointF start = host->pos();
    QWidget *viewport = w.view()->viewport();
    const QPoint from = viewPoint(w, QStringLiteral("host2"));
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 20; ++i)
        QTest::mouseMove(viewport, from + QPoint(4 * i, -i));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, from + QPoint(80, -20));
    QVERIFY(host->pos() != start);
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QCOMPARE(w.document()->position(QStringLiteral("host2")), std::optional<QPointF>(host->pos()));
    w.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(host->pos(), start);
    QVERIFY(!w.document()->isDirty());
}

void TestMainWindow::deletingAHostAsksAboutItsVms()
{
    MainWindow &w = *mWindow;
    w.scene()->selectKeys({QStringLiteral("host2")});
    whenModalAppears([](QWidget *modal) {
        auto *move = modal->findChild<QPushButton *>(QStringLiteral("moveVms"));
        QVERIFY(move);
        QVERIFY(move->text().contains(QStringLiteral("host1")));
        move->click();
    });
    w.action(QStringLiteral("delete"))->trigger();
    QVERIFY(!w.document()->contains(QStringLiteral("host2")));
    QVERIFY(!w.scene()->entityItem(QStringLiteral("host2")));
    QCOMPARE(std::get<Vm>(*w.document()->entity(QStringLiteral("node3"))).host,
             QStringLiteral("host1"));
    w.action(QStringLiteral("undo"))->trigger();
    QVERIFY(w.scene()->entityItem(QStringLiteral("host2")));
    QCOMPARE(std::get<Vm>(*w.document()->entity(QStringLiteral("node3"))).host,
             QStringLiteral("host2"));
}

void TestMainWindow::searchFindsByIp()
{
    MainWindow &w = *mWindow;
    QTest::keyClicks(w.searchBox(), QStringLiteral("10.0.2.11"));
    QTest::keyClick(w.searchBox(), Qt::Key_Return);
    QCOMPARE(w.scene()->selectedKeys(), QStringList{QStringLiteral("node3")});
    QVERIFY(w.findAndShow(QStringLiteral("172.16.2.0/24")));
    QCOMPARE(w.scene()->selectedKeys(), QStringList{QStringLiteral("node2")});
    QVERIFY(w.findAndShow(QStringLiteral("192.168.1.200"))); // no NIC: the network holding it
    QCOMPARE(w.scene()->selectedKeys(), QStringList{QStringLiteral("host-biz")});
    QVERIFY(!w.findAndShow(QStringLiteral("nothing-like-this")));
}

void TestMainWindow::clickingAnIssueSelectsItsItems()
{
    MainWindow &w = *mWindow;
    Vm vm = std::get<Vm>(*w.document()->entity(QStringLiteral("node2")));
    w.scene()->selectKeys({QStringLiteral("node2")});
    auto *ip = qobject_cast<QLineEdit *>(w.properties()->editor(QStringLiteral("nic0.ip")));
    ip->setFocus();
    ip->selectAll();
    QTest::keyClicks(ip, QStringLiteral("10.0.1.11")); // node1's address
    QTest::keyClick(ip, Qt::Key_Return);
    w.waitForValidation();
    const int row = w.issues()->rowOf(QStringLiteral("ip-duplicate"));
    QVERIFY(row >= 0);
    w.scene()->clearSelection();
    QTreeWidget *tree = w.issues()->tree();
    const QRect rect = tree->visualItemRect(tree->topLevelItem(row));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w.scene()->selectedKeys(),
             (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}));
}

void TestMainWindow::duplicateAndPaste()
{
    MainWindow &w = *mWindow;
    w.scene()->selectKeys({QStringLiteral("node1")});
    QTest::keyClick(w.view(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(w.scene()->selectedKeys(), QStringList{QStringLiteral("node4")});
    const EntityItem *copy = w.scene()->entityItem(QStringLiteral("node4"));
    // Beside node1 at its height (still in the VM band), on no other card (issue 10).
    QCOMPARE(copy->pos().y(), w.scene()->entityItem(QStringLiteral("node1"))->pos().y());
    QVERIFY(copy->pos().x() > w.scene()->entityItem(QStringLiteral("node1"))->pos().x());
    for (const QString &other :
         {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")})
        QVERIFY2(!copy->sceneBoundingRect().intersects(
                     w.scene()->entityItem(other)->sceneBoundingRect().adjusted(4, 4, -4, -4)),
                 qPrintable(other));
    QCOMPARE(std::get<Vm>(*w.document()->entity(QStringLiteral("node4"))).nics[0].ip,
             QStringLiteral("10.0.1.2"));

    w.scene()->selectKeys({QStringLiteral("web")});
    w.action(QStringLiteral("copy"))->trigger();
    w.action(QStringLiteral("paste"))->trigger();
    QCOMPARE(w.scene()->selectedKeys(), QStringList{QStringLiteral("web1")});
    w.waitForValidation();
    // web1 carries web's labels, so web's NetworkPolicy selector would pick web1's Pods too:
    // the NetworkPolicy export refuses that, and the validator says so first (issue 9).
    QCOMPARE(w.validator()->result().summary.errors, 1);
    QVERIFY(w.issues()->rowOf(QStringLiteral("label-selector-overlap")) >= 0);
    QCOMPARE(w.document()->undoStack()->count(), 2);
}

void TestMainWindow::policyOverrideAllowsALink()
{
    MainWindow &w = *mWindow;
    const Link link = ItemFactory::newLink(w.document()->plan(), QStringLiteral("host1"),
                                           QStringLiteral("web"), {});
    auto *add = new AddEntityCommand(w.document(), link);
    w.document()->undoStack()->push(add);
    w.waitForValidation();
    QCOMPARE(w.scene()->linkItem(add->key())->state(), LinkState::Forbidden);

    w.action(QStringLiteral("planSettings"))->trigger();
    QCOMPARE(w.properties()->key(), QStringLiteral("@cluster"));
    auto *button = qobject_cast<QPushButton *>(w.properties()->editor(QStringLiteral("policy")));
    QVERIFY(button);
    whenModalAppears([](QWidget *modal) {
        auto *dialog = qobject_cast<PolicyDialog *>(modal);
        QVERIFY(dialog);
        PolicyRule rule;
        rule.from = Plane::Host;
        rule.to = Plane::Pod;
        rule.action = PolicyAction::Allow;
        rule.reason = QStringLiteral("node-local health checks");
        dialog->addRule(rule);
        dialog->accept();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(w.document()->plan().policy.size(), 1);
    w.waitForValidation();
    QCOMPARE(w.scene()->linkItem(add->key())->state(), LinkState::Allowed);
    QCOMPARE(w.validator()->result().summary.errors, 0);
}

void TestMainWindow::zoneColoursAndNicButtons()
{
    MainWindow &w = *mWindow;
    const QColor payments = w.scene()->entityItem(QStringLiteral("node3"))->content().zoneColor;
    const QColor ecommerce = w.scene()->entityItem(QStringLiteral("node1"))->content().zoneColor;
    QVERIFY(payments != ecommerce);
    // Deleting the e-commerce zone greys its members' stripes at once.
    w.scene()->selectKeys({QStringLiteral("ecommerce")});
    w.action(QStringLiteral("delete"))->trigger();
    QVERIFY(w.scene()->entityItem(QStringLiteral("node1"))->content().zoneColor != ecommerce);

    w.scene()->selectKeys({QStringLiteral("node1")});
    auto *add = qobject_cast<QPushButton *>(w.properties()->editor(QStringLiteral("addNic")));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    const Vm vm = std::get<Vm>(*w.document()->entity(QStringLiteral("node1")));
    QCOMPARE(vm.nics.size(), 2);
    QCOMPARE(vm.nics[1].name, QStringLiteral("ens4"));
    QCOMPARE(vm.nics[1].switchName, QStringLiteral("br-biz"));
    QTRY_VERIFY(w.properties()->editor(QStringLiteral("nic1.ip")));
}

void TestMainWindow::rubberBandArrangeAndZoom()
{
    MainWindow &w = *mWindow;
    // A rubber band around both hosts selects them (and nothing else).
    const QRectF hosts = w.scene()->boundsOf({QStringLiteral("host1"), QStringLiteral("host2")});
    QWidget *viewport = w.view()->viewport();
    const QPoint from = w.view()->mapFromScene(hosts.topLeft() - QPointF(10, 10));
    const QPoint to = w.view()->mapFromScene(hosts.bottomRight() + QPointF(10, 10));
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(w.scene()->selectedKeys(),
             (QStringList{QStringLiteral("host1"), QStringLiteral("host2")}));

    // Dragging one of them moves both, as one step.
    const QPointF start1 = w.scene()->entityItem(QStringLiteral("host1"))->pos();
    const QPointF start2 = w.scene()->entityItem(QStringLiteral("host2"))->pos();
    const QPoint grab = viewPoint(w, QStringLiteral("host1"));
    QTest::mousePress(viewport, Qt::LeftButton, {}, grab);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(viewport, grab + QPoint(0, 10 * i));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, grab + QPoint(0, 50));
    const QPointF moved = w.scene()->entityItem(QStringLiteral("host1"))->pos() - start1;
    QVERIFY(moved.y() > 0);
    QCOMPARE(w.scene()->entityItem(QStringLiteral("host2"))->pos() - start2, moved);
    QCOMPARE(w.document()->undoStack()->count(), 1);

    // Auto-arrange puts them back, as one more step.
    w.action(QStringLiteral("arrange"))->trigger();
    QCOMPARE(w.scene()->entityItem(QStringLiteral("host1"))->pos(), start1);
    QCOMPARE(w.scene()->entityItem(QStringLiteral("host2"))->pos(), start2);
    QCOMPARE(w.document()->undoStack()->count(), 2);

    // Ctrl+wheel zooms in.
    const qreal zoom = w.view()->zoom();
    QWheelEvent wheel(QPointF(200, 200), w.view()->mapToGlobal(QPoint(200, 200)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    QVERIFY(w.view()->zoom() > zoom);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
