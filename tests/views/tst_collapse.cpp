// Collapsing a host's VMs or a zone (issue 10, "An overview"), through the real widgets: the
// shortcut, the context menu, a double-click and a click on the fold marker. A collapsed card
// counts what it hides and takes the worst colour of it, links to hidden cards end at it,
// selecting a hidden item brings it back, and expanding puts every card where it was. None of
// it is an edit: the plan stays unmodified and the undo stack empty.
#include "document/plandocument.h"
#include "generate/plangenerator.h"
#include "guitest.h"
#include "io/planwriter.h"
#include "panels/issuespanel.h"
#include "theme.h"

#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Planar;

class TestCollapse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void shortcutCollapsesAHost();
    void linksToHiddenCardsEndAtTheCollapsedCard();
    void findingOnAHiddenVmColoursTheCollapsedCard();
    void issueAboutAHiddenVmExpandsAndSelectsIt();
    void searchFindsAHiddenVm();
    void contextMenuCollapsesAZone();
    void doubleClickAndMarkerClickToggle();
    void expandAllRestoresEveryCard();

private:
    PlanScene *scene() const { return mWindow->scene(); }
    EntityItem *card(const QString &key) const { return scene()->entityItem(key); }
    QWidget *viewport() const { return mWindow->view()->viewport(); }
    /** Brings the canvas close (100 %) around @p key's card. */
    void lookAt(const QString &key);
    void click(const QString &key);
    /** Opens the canvas's context menu over @p key and picks the action @p name in it. */
    void contextMenuPick(const QString &key, const QString &name);
    /** Pixels of the error colour in @p key's card as the canvas shows it now. */
    int redPixelsIn(const QString &key);
    QStringList vmsOf(const QString &host) const;
    void verifyUnmodified();

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
    QString mWorkload; // linked to three VMs of host-1
    QHash<QString, QRectF> mPlaces;
};

void TestCollapse::initTestCase()
{
    GuiTest::isolateSettings();
    GeneratorOptions options;
    options.hosts = 12;
    options.vmsPerHost = 4;
    options.workloads = 12;
    Plan plan = generatePlan(options);
    // A mistake on a VM of host-2: node-2-3 takes node-1-1's address.
    Vm *faulty = nullptr;
    QString address;
    for (Vm &vm : plan.vms) {
        if (vm.id == QStringLiteral("node-2-3")) faulty = &vm;
        if (vm.id == QStringLiteral("node-1-1")) address = vm.nics[0].ip;
    }
    QVERIFY(faulty && !address.isEmpty());
    faulty->nics[0].ip = address;
    mWorkload = plan.workloads.first().id;
    for (const QString &vm :
         {QStringLiteral("node-1-1"), QStringLiteral("node-1-2"), QStringLiteral("node-1-3")}) {
        Link link;
        link.from = mWorkload;
        link.to = vm;
        link.ports = {*PortRange::parse(QStringLiteral("9100/TCP"))};
        link.reason = QStringLiteral("metrics");
        plan.links << link;
    }
    const QString path = mDir.filePath(QStringLiteral("collapse.planar.yaml"));
    QString error;
    QVERIFY2(PlanWriter::writeFile(plan, path, &error), qPrintable(error));

    mWindow = std::make_unique<MainWindow>();
    mWindow->setInteractive(false);
    mWindow->resize(1600, 1000);
    QVERIFY(mWindow->openFile(path));
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    mWindow->waitForValidation();
    for (auto it = scene()->entityItems().cbegin(); it != scene()->entityItems().cend(); ++it)
        mPlaces.insert(it.key(), it.value()->sceneRect());
}

void TestCollapse::init()
{
    mWindow->action(QStringLiteral("expandAll"))->trigger();
    QVERIFY(scene()->collapsedKeys().isEmpty());
}

void TestCollapse::lookAt(const QString &key)
{
    PlanView *view = mWindow->view();
    view->zoomBy(1.0 / view->zoom());
    view->centerOn(card(key));
    QApplication::processEvents();
}

void TestCollapse::click(const QString &key)
{
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, GuiTest::viewPoint(*mWindow, key));
}

void TestCollapse::contextMenuPick(const QString &key, const QString &name)
{
    bool picked = false;
    QTimer::singleShot(0, this, [this, name, &picked] {
        QMenu *menu = nullptr;
        for (int i = 0; i < 200 && !menu; ++i) {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) QTest::qWait(10);
        }
        QVERIFY(menu);
        QAction *wanted = mWindow->action(name);
        QVERIFY(menu->actions().contains(wanted));
        QVERIFY(wanted->isEnabled());
        menu->setActiveAction(wanted);
        QTest::keyClick(menu, Qt::Key_Return);
        picked = true;
    });
    const QPoint at = GuiTest::viewPoint(*mWindow, key);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport()->mapToGlobal(at));
    QApplication::sendEvent(viewport(), &event);
    QTRY_VERIFY(picked);
}

int TestCollapse::redPixelsIn(const QString &key)
{
    QApplication::processEvents();
    const QImage image = viewport()->grab().toImage();
    const QRect rect = mWindow->view()->mapFromScene(card(key)->sceneRect()).boundingRect();
    int red = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (!image.rect().contains(x, y)) continue;
            const QColor c = image.pixelColor(x, y);
            const QColor e = Theme::ErrorColor;
            red += qAbs(c.red() - e.red()) < 40 && qAbs(c.green() - e.green()) < 40 &&
                   qAbs(c.blue() - e.blue()) < 40;
        }
    return red;
}

QStringList TestCollapse::vmsOf(const QString &host) const
{
    QStringList vms;
    for (const Vm &vm : mWindow->document()->plan().vms)
        if (vm.host == host) vms << vm.id;
    return vms;
}

void TestCollapse::verifyUnmodified()
{
    QVERIFY(!mWindow->document()->isDirty());
    QCOMPARE(mWindow->document()->undoStack()->count(), 0);
    QVERIFY(!mWindow->isWindowModified());
}

void TestCollapse::shortcutCollapsesAHost()
{
    const QString host = QStringLiteral("host-1");
    lookAt(host);
    click(host);
    QCOMPARE(scene()->selectedKeys(), QStringList{host});
    const QStringList vms = vmsOf(host);
    QCOMPARE(vms.size(), 4);
    for (const QString &vm : vms)
        QVERIFY(card(vm)->isVisible());
    const QPoint vmOnScreen = GuiTest::viewPoint(*mWindow, vms.first());
    QTest::keyClick(viewport(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);

    QVERIFY(scene()->isCollapsed(host));
    for (const QString &vm : vms)
        QVERIFY2(!card(vm)->isVisible(), qPrintable(vm));
    QCOMPARE(card(host)->foldMarker(), QStringLiteral("▸ 4 VMs"));
    QVERIFY(card(host)->toolTip().contains(QStringLiteral("▸ 4 VMs")));
    // Where the VM card was, the canvas shows no card any more: the VM band's colour.
    QApplication::processEvents();
    const QImage image = viewport()->grab().toImage();
    QCOMPARE(image.pixelColor(vmOnScreen).rgb(), Theme::bandColor(Theme::Band::Vm).rgb());
    QCOMPARE(mWindow->action(QStringLiteral("collapse"))->text(), QStringLiteral("E&xpand"));
    QVERIFY(mWindow->action(QStringLiteral("expandAll"))->isEnabled());
    verifyUnmodified();
    // The same shortcut expands it again.
    QTest::keyClick(viewport(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!scene()->isCollapsed(host));
    for (const QString &vm : vms)
        QVERIFY(card(vm)->isVisible());
    QVERIFY(!card(host)->folded());
}

void TestCollapse::linksToHiddenCardsEndAtTheCollapsedCard()
{
    const QString host = QStringLiteral("host-1");
    QList<LinkItem *> links;
    for (auto it = scene()->linkEnds().cbegin(); it != scene()->linkEnds().cend(); ++it)
        if (it->first == mWorkload && it->second.startsWith(QStringLiteral("node-1-")))
            links << scene()->linkItem(it.key());
    QCOMPARE(links.size(), 3);
    scene()->setCollapsed(host, true);
    // One arrow from the workload to the host stands for the three, tagged with their count.
    QList<LinkItem *> shown;
    for (LinkItem *link : std::as_const(links))
        if (link->isVisible()) shown << link;
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first()->to(), card(host));
    QCOMPARE(shown.first()->from(), card(mWorkload));
    QCOMPARE(shown.first()->foldedCount(), 3);
    QVERIFY2(shown.first()->labelText().contains(QStringLiteral("3 links")),
             qPrintable(shown.first()->labelText()));
    QVERIFY(shown.first()->path().size() >= 2);
    // A VM-to-host link inside the fold is not drawn at all; expanded, all is back.
    scene()->setCollapsed(host, false);
    for (LinkItem *link : std::as_const(links)) {
        QVERIFY(link->isVisible());
        QCOMPARE(link->foldedCount(), 0);
        QVERIFY(link->to() != card(host));
        QVERIFY(link->labelText().contains(QStringLiteral("9100/TCP")));
    }
    verifyUnmodified();
}

void TestCollapse::findingOnAHiddenVmColoursTheCollapsedCard()
{
    const QString host = QStringLiteral("host-2");
    QCOMPARE(card(QStringLiteral("node-2-3"))->status(), ItemStatus::Error);
    QCOMPARE(card(host)->status(), ItemStatus::Ok);
    lookAt(host);
    const int before = redPixelsIn(host);
    scene()->setCollapsed(host, true);
    lookAt(host);
    const int after = redPixelsIn(host);
    const QRect rect = mWindow->view()->mapFromScene(card(host)->sceneRect()).boundingRect();
    qInfo("red pixels in %s: %d expanded, %d collapsed (of %d)", qPrintable(host), before, after,
          rect.width() * rect.height());
    QCOMPARE(before, 0);
    // The red border and marker: a clean card has none.
    QVERIFY2(after > rect.width() + rect.height(), qPrintable(QString::number(after)));
    QCOMPARE(card(host)->shownStatus(), ItemStatus::Error);
    QVERIFY(card(host)->toolTip().contains(QStringLiteral("node-2-3")));
    // Far out, its block is red too.
    QCOMPARE(card(host)->blockColor(), Theme::ErrorColor);
    verifyUnmodified();
}

void TestCollapse::issueAboutAHiddenVmExpandsAndSelectsIt()
{
    const QString vm = QStringLiteral("node-2-3");
    scene()->setCollapsed(QStringLiteral("host-2"), true);
    QVERIFY(!card(vm)->isVisible());
    mWindow->findChild<QDockWidget *>(QStringLiteral("issuesDock"))->raise();
    QTreeWidget *tree = mWindow->issues()->tree();
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !row; ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        for (int c = 0; c < tree->columnCount(); ++c)
            if (item->text(c).contains(vm)) row = item;
    }
    QVERIFY(row);
    tree->scrollToItem(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(row).center());
    QVERIFY(!scene()->isCollapsed(QStringLiteral("host-2")));
    QVERIFY(card(vm)->isVisible());
    QVERIFY(scene()->selectedKeys().contains(vm));
    verifyUnmodified();
}

void TestCollapse::searchFindsAHiddenVm()
{
    const QString vm = QStringLiteral("node-5-2");
    scene()->setCollapsed(QStringLiteral("host-5"), true);
    QVERIFY(!card(vm)->isVisible());
    QLineEdit *search = mWindow->searchBox();
    search->clear();
    QTest::keyClicks(search, vm);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(card(vm)->isVisible());
    QCOMPARE(scene()->selectedKeys(), QStringList{vm});
    verifyUnmodified();
}

void TestCollapse::contextMenuCollapsesAZone()
{
    const QString zone = QStringLiteral("bu-1");
    QStringList members, others;
    for (const Vm &vm : mWindow->document()->plan().vms)
        (vm.zone == zone ? members : others) << vm.id;
    QVERIFY(!members.isEmpty() && !others.isEmpty());
    lookAt(zone);
    contextMenuPick(zone, QStringLiteral("collapse"));
    QVERIFY(scene()->isCollapsed(zone));
    for (const QString &vm : std::as_const(members))
        QVERIFY2(!card(vm)->isVisible(), qPrintable(vm));
    for (const QString &vm : std::as_const(others))
        QVERIFY(card(vm)->isVisible());
    const QString marker = card(zone)->foldMarker();
    QVERIFY2(marker.contains(QStringLiteral("%1 VMs").arg(members.size())), qPrintable(marker));
    QVERIFY2(marker.contains(QStringLiteral("workload")), qPrintable(marker));
    // node-1-1 (in bu-1, with the copied address) is hidden: the zone takes its red.
    QCOMPARE(card(zone)->shownStatus(), ItemStatus::Error);
    // A VM hidden in a collapsed host inside the collapsed zone comes out of both.
    scene()->setCollapsed(QStringLiteral("host-1"), true);
    scene()->selectKeys({QStringLiteral("node-1-1")});
    QVERIFY(card(QStringLiteral("node-1-1"))->isVisible());
    QVERIFY(scene()->collapsedKeys().isEmpty());
    // The menu's Expand All.
    contextMenuPick(zone, QStringLiteral("collapse"));
    QVERIFY(scene()->isCollapsed(zone));
    contextMenuPick(zone, QStringLiteral("expandAll"));
    QVERIFY(scene()->collapsedKeys().isEmpty());
    verifyUnmodified();
}

void TestCollapse::doubleClickAndMarkerClickToggle()
{
    const QString host = QStringLiteral("host-3");
    lookAt(host);
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, GuiTest::viewPoint(*mWindow, host));
    QVERIFY(scene()->isCollapsed(host));
    for (const QString &vm : vmsOf(host))
        QVERIFY(!card(vm)->isVisible());
    // A click on "▸ 4 VMs" brings them back.
    const QPoint marker = mWindow->view()->mapFromScene(card(host)->foldMarkerRect().center());
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, marker);
    QVERIFY(!scene()->isCollapsed(host));
    for (const QString &vm : vmsOf(host))
        QVERIFY(card(vm)->isVisible());
    // A double-click on a VM (which holds nothing) folds nothing.
    QTest::mouseDClick(viewport(), Qt::LeftButton, {},
                       GuiTest::viewPoint(*mWindow, vmsOf(host).first()));
    QVERIFY(scene()->collapsedKeys().isEmpty());
    verifyUnmodified();
}

void TestCollapse::expandAllRestoresEveryCard()
{
    for (const QString &key : {QStringLiteral("host-4"), QStringLiteral("host-6"),
                               QStringLiteral("bu-2"), QStringLiteral("host-1")})
        scene()->setCollapsed(key, true);
    QCOMPARE(scene()->collapsedKeys().size(), 4);
    QVERIFY(!card(QStringLiteral("node-4-1"))->isVisible());
    mWindow->action(QStringLiteral("expandAll"))->trigger();
    QVERIFY(scene()->collapsedKeys().isEmpty());
    for (auto it = mPlaces.cbegin(); it != mPlaces.cend(); ++it) {
        QVERIFY2(card(it.key())->isVisible(), qPrintable(it.key()));
        QCOMPARE(card(it.key())->sceneRect(), it.value());
    }
    for (LinkItem *link : [this] {
             QList<LinkItem *> all;
             for (const QString &key : scene()->linkEnds().keys())
                 all << scene()->linkItem(key);
             return all;
         }())
        QVERIFY(link->isVisible() && link->foldedCount() == 0);
    verifyUnmodified();
}

QTEST_MAIN(TestCollapse)
#include "tst_collapse.moc"
