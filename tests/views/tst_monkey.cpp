// The GUI monkey (issue 9, "tools that keep them out"): from a fixed seed, thousands of random
// editor actions on the seed plan — add, link, edit any field through focus-out, Tab or Enter
// with valid and invalid text, delete, undo, redo, copy and paste, save, reopen — checking
// after each one that the editor is alive and that the plan validates the same as a reload of
// its own save. Replay a failure with PLANAR_MONKEY_SEED and PLANAR_MONKEY_STEPS; set
// PLANAR_MONKEY_VERBOSE=1 to print every action.

#include "check/validator.h"
#include "dialogs/linkdialog.h"
#include "document/plandocument.h"
#include "guitest.h"
#include "io/planreader.h"
#include "io/planwriter.h"
#include "panelfields.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <array>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Planar;
using namespace Planar::GuiTest;
using namespace Planar::PanelFields;

namespace {

// What the monkey was doing, for the crash handler: a crash cannot fail a QVERIFY.
char gState[512] = "monkey: not started\n";
struct sigaction gOld[32];

void onFatal(int sig)
{
    const ssize_t ignored = ::write(STDERR_FILENO, gState, strlen(gState));
    (void)ignored;
    sigaction(sig, &gOld[sig], nullptr);
    raise(sig);
}

void catchFatalSignals()
{
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) {
        struct sigaction action = {};
        action.sa_handler = onFatal;
        sigemptyset(&action.sa_mask);
        sigaction(sig, &action, &gOld[sig]);
    }
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

const QDate Today(2026, 11, 26);

} // namespace

class TestMonkey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void run();

private:
    // One action each; all leave the window in a state the next can start from.
    void addItem();
    void link();
    void editField();
    void deleteItem();
    void undoRedo();
    void copyPaste();
    void saveAndReopen();
    /** Records what the monkey does now, for the failure message and the crash handler. */
    void describe(const QString &action);
    /** The plan validates as a reload of its own save does; false (with a message) if not. */
    bool sameAfterReload(QString *why) const;

    QString randomKey(bool withCluster) const;
    int pick(int n) { return int(mRandom.bounded(quint32(n))); }

    std::unique_ptr<MainWindow> mWindow;
    mutable QRandomGenerator mRandom; // drawing a key changes nothing else
    QTemporaryDir mDir;
    QString mAction;
    int mSeed = 0;
    int mStep = 0;
    QString mUnexpected; // a modal dialog no action expected
};

void TestMonkey::initTestCase()
{
    isolateSettings();
    QVERIFY(mDir.isValid());
}

void TestMonkey::describe(const QString &action)
{
    mAction = action;
    snprintf(gState, sizeof gState, "monkey crashed at PLANAR_MONKEY_SEED=%d step %d: %s\n", mSeed,
             mStep, qPrintable(action.left(300)));
    if (qEnvironmentVariableIntValue("PLANAR_MONKEY_VERBOSE") && mStep > 0 &&
        action != QLatin1String("choosing"))
        qInfo("step %d: %s", mStep, qPrintable(action));
}

QString TestMonkey::randomKey(bool withCluster) const
{
    QStringList keys;
    for (ItemKind kind :
         {ItemKind::Zone, ItemKind::Network, ItemKind::Host, ItemKind::Vm, ItemKind::Workload})
        keys += mWindow->document()->keys(kind);
    keys += mWindow->document()->linkKeys();
    if (withCluster) keys << QStringLiteral("@cluster");
    if (keys.isEmpty()) return {};
    return keys.at(int(mRandom.bounded(quint32(keys.size()))));
}

void TestMonkey::addItem()
{
    static const char *const actions[] = {
        "addHost",         "addVm",         "addWorkload",        "addZone",
        "addNetwork.host", "addNetwork.vm", "addNetwork.service", "addExternal"};
    const char *name = actions[pick(std::size(actions))];
    describe(QStringLiteral("add %1").arg(QLatin1String(name)));
    if (QAction *action = mWindow->action(QLatin1String(name))) action->trigger();
}

void TestMonkey::link()
{
    const QString from = randomKey(false);
    const QString to = randomKey(false);
    if (from.isEmpty() || isLinkKey(from) || isLinkKey(to)) return;
    describe(QStringLiteral("link %1 -> %2").arg(from, to));
    const QString ports = pick(2) ? QStringLiteral("443/tcp") : QStringLiteral("80, 8000-8080");
    // The link tool asks for ports in a dialog; answer it as a user would.
    QTimer::singleShot(0, [ports] {
        LinkDialog *dialog = nullptr;
        for (int i = 0; i < 200 && !dialog; ++i) {
            dialog = qobject_cast<LinkDialog *>(QApplication::activeModalWidget());
            if (!dialog) QTest::qWait(10);
        }
        if (!dialog) return;
        QTest::keyClicks(dialog->portsEdit(), ports);
        dialog->accept();
    });
    Q_EMIT mWindow->scene()->linkRequested(from, to);
}

void TestMonkey::editField()
{
    const QString key = randomKey(true);
    if (key.isEmpty()) return;
    mWindow->scene()->selectKeys({key});
    QTest::qWait(1);
    PropertiesPanel *panel = mWindow->properties();
    QStringList names = editorNames(*panel);
    names.removeAll(QStringLiteral("policy")); // a dialog of its own
    if (names.isEmpty()) return;
    const QString name = names.at(pick(names.size()));
    const Way way = std::array{Way::ClickCanvas, Way::Tab, Way::Enter}[pick(3)];
    QWidget *editor = panel->editor(name);
    describe(QStringLiteral("edit %1 %2 via %3").arg(key, name, QLatin1String(wayName(way))));
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        QString text;
        const int kind = pick(10);
        if (kind < 5) { // valid for the field, half of the time
            const QStringList valid = validTexts(name, mStep);
            text = valid.isEmpty() ? QStringLiteral("t%1").arg(mStep) : valid.at(pick(2));
        } else if (kind < 7) { // another item's id: a taken id must be refused
            text = randomKey(false).remove(QStringLiteral("link:"));
        } else if (kind < 9) { // garbage, which the validators must refuse or the plan report
            text = QStringLiteral("x/ :-[]{}' \"#&*!").left(1 + pick(14)) + QString::number(mStep);
        } // else empty
        describe(mAction + QStringLiteral(" text '%1'").arg(text));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->count() < 2) return;
        combo->setFocus();
        QTest::keyClick(combo, pick(2) ? Qt::Key_Down : Qt::Key_Up);
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        if (list->count() == 0) return;
        list->setFocus();
        list->setCurrentRow(pick(list->count()));
        QTest::keyClick(list, Qt::Key_Space);
    } else if (auto *button = qobject_cast<QAbstractButton *>(editor)) {
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    } else {
        return;
    }
    QWidget *focused = QApplication::focusWidget();
    leave(*mWindow, focused ? focused : mWindow->view(), way);
}

void TestMonkey::deleteItem()
{
    const QString key = randomKey(false);
    if (key.isEmpty()) return;
    // A host with VMs asks what becomes of them; that dialog has its own test.
    for (const Vm &vm : mWindow->document()->plan().vms)
        if (vm.host == key) return;
    describe(QStringLiteral("delete %1").arg(key));
    mWindow->scene()->selectKeys({key});
    mWindow->action(QStringLiteral("delete"))->trigger();
}

void TestMonkey::undoRedo()
{
    const int times = 1 + pick(3);
    const bool back = pick(3) != 0;
    describe((back ? QStringLiteral("undo x%1") : QStringLiteral("redo x%1")).arg(times));
    for (int i = 0; i < times; ++i)
        mWindow->action(back ? QStringLiteral("undo") : QStringLiteral("redo"))->trigger();
}

void TestMonkey::copyPaste()
{
    QStringList keys{randomKey(false)};
    if (pick(2)) keys << randomKey(false);
    keys.removeAll(QString());
    describe(QStringLiteral("copy+paste %1").arg(keys.join(u' ')));
    mWindow->scene()->selectKeys(keys);
    mWindow->action(QStringLiteral("copy"))->trigger();
    mWindow->action(pick(4) ? QStringLiteral("paste") : QStringLiteral("duplicate"))->trigger();
}

void TestMonkey::saveAndReopen()
{
    const QString path = mDir.filePath(QStringLiteral("monkey.planar.yaml"));
    describe(QStringLiteral("save and reopen"));
    const QList<Finding> before = validatePlan(mWindow->document()->plan(), Today);
    QVERIFY2(mWindow->saveFile(path), qPrintable(mWindow->lastError()));
    QVERIFY2(mWindow->openFile(path), qPrintable(mWindow->lastError()));
    QCOMPARE(validatePlan(mWindow->document()->plan(), Today), before);
}

bool TestMonkey::sameAfterReload(QString *why) const
{
    const Plan &plan = mWindow->document()->plan();
    const ReadResult reread =
        PlanReader::readText(PlanWriter::toYaml(plan), QStringLiteral("save"));
    if (!reread.plan) {
        *why = QStringLiteral("its own save does not read back: %1")
                   .arg(reread.errors.value(0).toString());
        return false;
    }
    const QList<Finding> now = validatePlan(plan, Today);
    const QList<Finding> reloaded = validatePlan(*reread.plan, Today);
    if (now == reloaded) return true;
    for (qsizetype i = 0; i < qMax(now.size(), reloaded.size()); ++i) {
        const Finding a = now.value(i);
        const Finding b = reloaded.value(i);
        if (a == b) continue;
        *why = QStringLiteral("validation differs after reload: '%1 %2' vs '%3 %4'")
                   .arg(a.code, a.message, b.code, b.message);
        break;
    }
    return false;
}

void TestMonkey::run()
{
    const int seed = envInt("PLANAR_MONKEY_SEED", 20261130);
    const int steps = envInt("PLANAR_MONKEY_STEPS", 800);
    mSeed = seed;
    qInfo("monkey: PLANAR_MONKEY_SEED=%d PLANAR_MONKEY_STEPS=%d", seed, steps);
    mRandom.seed(quint32(seed));
    mWindow = openSeedExample(Today);
    QVERIFY(mWindow);
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    catchFatalSignals();
    // A dialog no action expected would stop the monkey for good: close it and fail.
    QTimer watchdog;
    connect(&watchdog, &QTimer::timeout, this, [this] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || qobject_cast<LinkDialog *>(modal)) return;
        mUnexpected = modal->windowTitle();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    watchdog.start(1000);

    for (mStep = 1; mStep <= steps; ++mStep) {
        describe(QStringLiteral("choosing"));
        const int dice = pick(100);
        if (dice < 10)
            addItem();
        else if (dice < 16)
            link();
        else if (dice < 60)
            editField();
        else if (dice < 68)
            deleteItem();
        else if (dice < 82)
            undoRedo();
        else if (dice < 92)
            copyPaste();
        else if (dice < 94)
            saveAndReopen();
        else
            mWindow->scene()->clearSelection();
        const QString where = QStringLiteral("PLANAR_MONKEY_SEED=%1 step %2 of %3: %4")
                                  .arg(seed)
                                  .arg(mStep)
                                  .arg(steps)
                                  .arg(mAction.left(200));
        QTest::qWait(1); // let deferred rebuilds and deletions run, as the event loop would
        if (QTest::currentTestFailed()) QFAIL(qPrintable(where));
        QString why;
        QVERIFY2(sameAfterReload(&why), qPrintable(where + u": " + why));
        QVERIFY2(mWindow->isVisible(), qPrintable(where));
        QVERIFY2(mUnexpected.isEmpty(), qPrintable(where + u": unexpected dialog " + mUnexpected));
    }
    snprintf(gState, sizeof gState, "monkey: finished\n");
    mWindow->document()->setClean();
    mWindow.reset();
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
