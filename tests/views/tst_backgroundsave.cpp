// Issue 11, part 4: File ▸ Save and autosave write in the background, so typing never waits for
// a big plan to be formatted and synced; what lands on disk is the plan as it was when Save was
// pressed, and no way of leaving the plan (close, open another) outruns an unfinished write.
#include "../smalldisk.h"
#include "autosave.h"
#include "document/plandocument.h"
#include "guitest.h"
#include "io/planreader.h"
#include "io/planwriter.h"
#include "mainwindow.h"
#include "panels/propertiespanel.h"
#include "savequeue.h"

#include <QFile>
#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Planar;
using namespace Planar::GuiTest;

class TestBackgroundSave : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();
    void fileHoldsThePlanAsItWasWhenSaveWasPressed();
    void closingWaitsForTheWrite();
    void saveTakesTheTextBeingTyped();
    void failedSaveMakesTheWorkUnsavedAgain();
    void autosaveFailureIsShown();

private:
    std::unique_ptr<MainWindow> mWindow;
};

namespace {

Plan readBack(const QString &path)
{
    const ReadResult r = PlanReader::readFile(path);
    return r.plan ? *r.plan : Plan{};
}

} // namespace

void TestBackgroundSave::init()
{
    mWindow = openSeedExample();
    QVERIFY(mWindow);
}

void TestBackgroundSave::cleanup()
{
    if (!mWindow) return;
    mWindow->saveQueue()->waitForIdle();
    mWindow->document()->setClean(); // no "save changes?" prompt on close
    mWindow.reset();
}

void TestBackgroundSave::fileHoldsThePlanAsItWasWhenSaveWasPressed()
{
    MainWindow &w = *mWindow;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.planar.yaml"));
    QVERIFY(w.saveFile(path)); // the file exists; now change the plan and save again
    clickAction(w, QStringLiteral("addZone"));
    const Plan pressed = w.document()->plan();
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    // Save returned without waiting for the disk (whether the write is done by now does not
    // matter here): the window shows the plan saved, and the user goes on editing.
    QVERIFY(!w.isWindowModified());
    clickAction(w, QStringLiteral("addZone"));
    QVERIFY(w.document()->isDirty());
    w.saveQueue()->waitForIdle();

    QCOMPARE(readBack(path), pressed);
    QVERIFY(w.document()->isDirty()); // the edit made while writing is not on disk
    QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Saved ")));
    // Undoing that edit is back at what the file holds: saved.
    w.document()->undoStack()->undo();
    QVERIFY(!w.document()->isDirty());
}

void TestBackgroundSave::closingWaitsForTheWrite()
{
    MainWindow &w = *mWindow;
    clickAction(w, QStringLiteral("addZone"));
    const Plan pressed = w.document()->plan();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("closing.planar.yaml"));
    w.saveFile(path, MainWindow::SaveMode::Background);
    QVERIFY(w.close()); // nothing unsaved: no question, and the write is complete
    QVERIFY(w.saveQueue()->isIdle());
    QCOMPARE(readBack(path), pressed);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("closing.planar.yaml")}); // no temporary left
}

void TestBackgroundSave::saveTakesTheTextBeingTyped()
{
    // Ctrl+S is a shortcut: focus stays in the field, so nothing else would commit the text.
    MainWindow &w = *mWindow;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typed.planar.yaml"));
    QVERIFY(w.saveFile(path));
    w.scene()->selectKeys({QStringLiteral("node1")});
    QTest::qWait(1);
    auto *id = qobject_cast<QLineEdit *>(w.properties()->editor(QStringLiteral("id")));
    QVERIFY(id);
    id->setFocus();
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("node9"));
    QTest::keyClick(id, Qt::Key_S, Qt::ControlModifier);
    w.saveQueue()->waitForIdle();
    QVERIFY(w.document()->contains(QStringLiteral("node9")));
    QVERIFY(!w.isWindowModified());
    const QStringList savedVms = [&] {
        QStringList ids;
        for (const Vm &vm : readBack(path).vms)
            ids << vm.id;
        return ids;
    }();
    QVERIFY2(savedVms.contains(QStringLiteral("node9")), qPrintable(savedVms.join(u' ')));
    QVERIFY(!savedVms.contains(QStringLiteral("node1")));
}

void TestBackgroundSave::failedSaveMakesTheWorkUnsavedAgain()
{
    PLANAR_SMALL_DISK(disk, 65536);
    MainWindow &w = *mWindow;
    const QString path = disk.filePath(QStringLiteral("shop.planar.yaml"));
    const QString before = w.document()->filePath();
    QVERIFY(disk.leaveFree(0));
    clickAction(w, QStringLiteral("addHost"));
    const Plan edited = w.document()->plan();
    w.saveFile(path, MainWindow::SaveMode::Background); // Save As onto a full disk
    w.saveQueue()->waitForIdle();
    QVERIFY2(w.lastError().contains(QStringLiteral("No space left on device")),
             qPrintable(w.lastError()));
    QVERIFY(w.document()->isDirty());
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.document()->filePath(), before); // a failed Save As keeps the file it had
    QVERIFY(!QFile::exists(path));
    // The work is kept in a recovery copy at once, not only at the next autosave tick.
    QTRY_VERIFY(QFile::exists(w.autosave()->recoveryFile()));
    w.saveQueue()->waitForIdle();
    QCOMPARE(readBack(w.autosave()->recoveryFile()), edited);
    w.autosave()->discard();
}

void TestBackgroundSave::autosaveFailureIsShown()
{
    MainWindow &w = *mWindow;
    // A file where the recovery folder should be: the folder cannot be made.
    const QString folder = Autosave::directory();
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(QFileInfo(folder).absolutePath()));
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    clickAction(w, QStringLiteral("addZone"));
    w.autosave()->saveNow();
    w.saveQueue()->waitForIdle();
    QVERIFY2(w.statusBar()->currentMessage().startsWith(QStringLiteral("Autosave failed: ")),
             qPrintable(w.statusBar()->currentMessage()));
    QVERIFY2(w.statusBar()->currentMessage().contains(folder),
             qPrintable(w.statusBar()->currentMessage()));
    QVERIFY(QFile::remove(folder));
}

QTEST_MAIN(TestBackgroundSave)
#include "tst_backgroundsave.moc"
