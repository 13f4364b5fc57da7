// The Help menu as a user meets it: the example plans, the shortcut list and the About box.
#include "document/plandocument.h"
#include "guitest.h"
#include "mainwindow.h"
#include "plan/plan.h"

#include <cstring>

#include <QDialog>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Planar;
using namespace Planar::GuiTest;

class TestHelp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void helpIsTheLastMenu();
    void examplesFolderInstalledAndInBuildTree();
    void openExampleListsAndOpensTheExamples();
    void brokenExampleChangesNothing();
    void shortcutsListEveryShortcut();
    void aboutNamesTheVersions();

private:
    std::unique_ptr<MainWindow> mWindow;
};

void TestHelp::initTestCase()
{
    isolateSettings();
    // Recovery files of untitled plans share one name: keep ours away from the GUI tests that
    // ctest runs alongside (tst_editorfiles counts them).
    QApplication::setOrganizationName(QStringLiteral("PlanarTestHelp"));
}

void TestHelp::init()
{
    mWindow = openSeedExample();
    QVERIFY(mWindow);
}

void TestHelp::cleanup()
{
    if (mWindow) mWindow->document()->setClean(); // no unsaved-changes prompt on close
    mWindow.reset();
}

void TestHelp::helpIsTheLastMenu()
{
    const QList<QAction *> menus = mWindow->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QMenu *help = menus.last()->menu();
    QVERIFY(help);
    QCOMPARE(help->objectName(), QStringLiteral("helpMenu"));
    QStringList names;
    for (QAction *a : help->actions())
        names << (a->menu() ? a->menu()->objectName() : a->objectName());
    names.removeAll(QString()); // separators
    QCOMPARE(names, (QStringList{"exampleMenu", "shortcuts", "about"}));
}

void TestHelp::examplesFolderInstalledAndInBuildTree()
{
    // The package installs /usr/bin/planar and /usr/share/planar/examples.
    QCOMPARE(MainWindow::examplesFolderFor(QStringLiteral("/usr/bin")),
             QStringLiteral("/usr/share/planar/examples"));
    QCOMPARE(MainWindow::examplesFolderFor(QStringLiteral("/opt/planar/bin/")),
             QStringLiteral("/opt/planar/share/planar/examples"));
    // This test runs from the build tree: the source examples.
    QCOMPARE(QDir(MainWindow::examplesFolder()).canonicalPath(),
             QDir(QStringLiteral(PLANAR_EXAMPLES)).canonicalPath());
}

void TestHelp::openExampleListsAndOpensTheExamples()
{
    auto *menu = mWindow->findChild<QMenu *>(QStringLiteral("exampleMenu"));
    QVERIFY(menu);
    menu->popup(QPoint(0, 0)); // aboutToShow reads the folder, as when the user opens it
    QStringList listed;
    for (QAction *a : menu->actions())
        listed << a->text();
    menu->hide();
    QStringList expected;
    for (const QString &f :
         QDir(QStringLiteral(PLANAR_EXAMPLES))
             .entryList({QStringLiteral("*.planar.yaml")}, QDir::Files, QDir::Name))
        expected << f.chopped(int(strlen(".planar.yaml")));
    QVERIFY(expected.contains(QStringLiteral("mistakes-flows")));
    QCOMPARE(listed, expected);

    QAction *flows =
        mWindow->findChild<QAction *>(QStringLiteral("example:mistakes-flows.planar.yaml"));
    QVERIFY(flows);
    flows->trigger();
    QCOMPARE(mWindow->document()->plan().name, QStringLiteral("mistakes-flows"));
    // A copy to edit: Save must not overwrite the shared example.
    QVERIFY(mWindow->document()->filePath().isEmpty());
}

void TestHelp::brokenExampleChangesNothing()
{
    const Plan before = mWindow->document()->plan();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.planar.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are: [notes\n");
    f.close();
    QVERIFY(!mWindow->openExample(path));
    static const QRegularExpression where(QStringLiteral("notes\\.planar\\.yaml:\\d+:\\d+"));
    QVERIFY2(where.match(mWindow->lastError()).hasMatch(), qPrintable(mWindow->lastError()));
    QCOMPARE(mWindow->document()->plan(), before);
    // The window stays usable: the next action works.
    QVERIFY(mWindow->openExample(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml")));
}

void TestHelp::shortcutsListEveryShortcut()
{
    mWindow->action(QStringLiteral("shortcuts"))->trigger();
    auto *dialog = mWindow->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QHash<QString, QString> rows;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        rows.insert(table->topLevelItem(i)->text(0), table->topLevelItem(i)->text(1));
    QCOMPARE(rows.value(QStringLiteral("Save")),
             QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    QCOMPARE(rows.value(QStringLiteral("Export…")), QStringLiteral("Ctrl+E"));
    QCOMPARE(rows.value(QStringLiteral("Link")), QStringLiteral("L"));
    QVERIFY(rows.value(QStringLiteral("Redo")).contains(QStringLiteral("Ctrl+Y")));
    // Every action with a shortcut is there, and nothing else.
    int withShortcut = 0;
    for (QAction *a : mWindow->findChildren<QAction *>())
        withShortcut += !a->shortcuts().isEmpty();
    QCOMPARE(table->topLevelItemCount(), withShortcut);
    dialog->close();
}

void TestHelp::aboutNamesTheVersions()
{
    mWindow->action(QStringLiteral("about"))->trigger();
    auto *box = mWindow->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral("Planar " PLANAR_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Plan format version %1").arg(PlanFormatVersion)),
             qPrintable(text));
    box->close();
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
