// What a new user meets in a first session with the editor (issue 10's friction list): plans
// open fitted, the canvas has the room, search and the Address Plan understand addresses, file
// shortcuts exist and dialogs start where the plan is, the History says what happened.
#include "canvas/planscene.h"
#include "canvas/planview.h"
#include "document/plandocument.h"
#include "guitest.h"
#include "mainwindow.h"
#include "panels/addressplanpanel.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Planar;
using namespace Planar::GuiTest;

namespace {

const QString Seed = QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml");

/** Every card lies inside what the viewport shows. */
bool allCardsVisible(MainWindow &w)
{
    const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
    for (const QString &id : {QStringLiteral("host1"), QStringLiteral("node3"),
                              QStringLiteral("payment-api"), QStringLiteral("internet")})
        if (!visible.contains(w.scene()->entityItem(id)->sceneBoundingRect())) return false;
    return true;
}

QStringList visibleRows(QTableView *table)
{
    QStringList ids;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        ids << table->model()->index(r, 0).data().toString();
    return ids;
}

} // namespace

class TestFirstSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void plansOpenFittedAndStayFittedUntilZoomed();
    void issuesDockLeavesTheCanvasRoom();
    void searchFindsPodAddressesAndForgetsEarlierMisses();
    void addressPlanFilterTakesAnAddress();
    void autoArrangeIsNamedInTheHistory();
    void closeAndSaveAsHaveShortcuts();
    void openStartsInThePlansFolder();
    void networkMenuNamesThePlanes();
};

void TestFirstSession::plansOpenFittedAndStayFittedUntilZoomed()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(Seed));
    QApplication::processEvents();
    QVERIFY2(allCardsVisible(w), "the plan opened with cards outside the view");

    w.resize(800, 560); // a smaller window refits
    QApplication::processEvents();
    QVERIFY2(allCardsVisible(w), "a resize lost the fit");

    QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier); // the user zooms: that zoom stays
    const qreal chosen = w.view()->zoom();
    w.resize(1200, 800);
    QApplication::processEvents();
    QCOMPARE(w.view()->zoom(), chosen);
}

void TestFirstSession::issuesDockLeavesTheCanvasRoom()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1280, 800);
    w.newFromExample();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::processEvents();
    auto *issues = w.findChild<QDockWidget *>(QStringLiteral("issuesDock"));
    QVERIFY2(issues->height() <= w.height() / 4, // it took 40 % before
             qPrintable(QStringLiteral("%1 of %2").arg(issues->height()).arg(w.height())));
    QVERIFY(w.view()->height() >= w.height() / 2);
}

void TestFirstSession::searchFindsPodAddressesAndForgetsEarlierMisses()
{
    auto w = openSeedExample();
    QVERIFY(w);
    auto *search = w->findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("no-such-thing"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("Nothing matches")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("172.16.2.7")); // a Pod of node2 (172.16.2.0/24)
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(w->scene()->entityItem(QStringLiteral("node2"))->isSelected());
    QCOMPARE(w->statusBar()->currentMessage(), QString());
}

void TestFirstSession::addressPlanFilterTakesAnAddress()
{
    auto w = openSeedExample();
    QVERIFY(w);
    auto *panel = w->findChild<AddressPlanPanel *>();
    QVERIFY(panel);
    // Its tab to the front, as the user would: behind the Issues tab it builds no rows.
    w->findChild<QDockWidget *>(QStringLiteral("addressDock"))->raise();
    QApplication::processEvents();
    QTest::keyClicks(panel->filter(), QStringLiteral("10.0.1.11"));
    const QStringList rows = visibleRows(panel->table());
    QVERIFY2(rows.contains(QStringLiteral("vm-ecommerce")), qPrintable(rows.join(u',')));
    QVERIFY(rows.contains(QStringLiteral("vm-plane")));
    QVERIFY2(!rows.contains(QStringLiteral("vm-payments")), qPrintable(rows.join(u',')));
    QVERIFY2(!rows.contains(QStringLiteral("internet")), "0.0.0.0/0 answers every address");

    panel->filter()->clear(); // a CIDR finds what overlaps it
    QTest::keyClicks(panel->filter(), QStringLiteral("192.168.1.128/26"));
    const QStringList hostRows = visibleRows(panel->table());
    QVERIFY2(hostRows.contains(QStringLiteral("host-biz")), qPrintable(hostRows.join(u',')));
    QVERIFY(!hostRows.contains(QStringLiteral("host-mgmt")));

    panel->filter()->clear(); // and words are words
    QTest::keyClicks(panel->filter(), QStringLiteral("PAYMENTS"));
    QVERIFY(visibleRows(panel->table()).contains(QStringLiteral("vm-payments")));
}

void TestFirstSession::autoArrangeIsNamedInTheHistory()
{
    auto w = openSeedExample();
    QVERIFY(w);
    w->document()->undoStack()->clear();
    // Move a card out of place by dragging it, so that arranging has work to do.
    const QPoint from = viewPoint(*w, QStringLiteral("host1"));
    QTest::mousePress(w->view()->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(w->view()->viewport(), from + QPoint(40, 30));
    QTest::mouseRelease(w->view()->viewport(), Qt::LeftButton, {}, from + QPoint(80, 60));
    clickAction(*w, QStringLiteral("arrange"));
    QUndoStack *stack = w->document()->undoStack();
    QCOMPARE(stack->text(stack->index() - 1), QStringLiteral("Auto-arrange"));
}

void TestFirstSession::closeAndSaveAsHaveShortcuts()
{
    auto w = openSeedExample();
    QVERIFY(w);
    QCOMPARE(w->action(QStringLiteral("saveAs"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    clickAction(*w, QStringLiteral("addZone")); // a change, so that Close asks first
    QVERIFY(w->document()->isDirty());
    w->setInteractive(true);
    whenModalAppears([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
    });
    QTest::keyClick(w.get(), Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(w->document()->plan().hosts.size(), qsizetype(0));
    QCOMPARE(w->document()->filePath(), QString());
}

void TestFirstSession::openStartsInThePlansFolder()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("mine.planar.yaml"));
    QVERIFY(QFile::copy(Seed, plan));
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(plan));
    QString shownFolder;
    whenModalAppears([&shownFolder](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        shownFolder = dialog->directory().absolutePath();
        dialog->reject();
    });
    w.action(QStringLiteral("open"))->trigger();
    QCOMPARE(shownFolder, QFileInfo(plan).absolutePath());
}

void TestFirstSession::networkMenuNamesThePlanes()
{
    MainWindow w;
    QStringList texts;
    for (const char *plane : {"host", "vm", "pod", "service"})
        texts << w.action(QStringLiteral("addNetwork.") + QLatin1String(plane))->text().remove(u'&');
    QCOMPARE(texts, (QStringList{QStringLiteral("Add Host Network"), QStringLiteral("Add VM Network"),
                                 QStringLiteral("Add Pod Network"),
                                 QStringLiteral("Add Service Network")}));
}

QTEST_MAIN(TestFirstSession)
#include "tst_firstsession.moc"
