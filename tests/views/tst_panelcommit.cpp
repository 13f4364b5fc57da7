// Commits every editor of the properties panel (line edits, choices, the nodes checklist, the
// switch, NIC and port buttons) the three ways a user leaves a field — clicking the empty
// canvas, Tab, Enter — for an item of every kind in the seed. Issue 9, fault 1: renaming an
// item and then clicking away or pressing Tab crashed the editor, because the panel deleted the
// focused editor from inside its own focus-out.

#include "document/plandocument.h"
#include "guitest.h"
#include "io/planwriter.h"
#include "panelfields.h"

#include <QUndoStack>

using namespace Planar;
using namespace Planar::GuiTest;
using namespace Planar::PanelFields;

Q_DECLARE_METATYPE(Planar::PanelFields::Way)

class TestPanelCommit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void renameThenLeave_data();
    void renameThenLeave();
    void everyField_data();
    void everyField();
    void clusterEncapsulation();

private:
    /** Selects @p key on the canvas and waits until the panel shows its fresh form. */
    bool select(const QString &key);
    QByteArray planText() const { return PlanWriter::toYaml(mWindow->document()->plan()); }
    /** Changes editor @p name and leaves it by @p way; false when it had nothing to change. */
    bool commit(const QString &name, Way way, QString *renamedTo);

    std::unique_ptr<MainWindow> mWindow;
    int mSerial = 0;
};

void TestPanelCommit::initTestCase()
{
    isolateSettings();
}

void TestPanelCommit::init()
{
    mWindow = openSeedExample();
    QVERIFY(mWindow);
    // Focus-out only happens in the active window.
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
}

void TestPanelCommit::cleanup()
{
    if (!mWindow) return;
    mWindow->document()->setClean(); // no "save changes?" prompt on close
    mWindow.reset();
}

bool TestPanelCommit::select(const QString &key)
{
    QTest::qWait(1); // a rebuild a commit asked for runs from the event loop
    mWindow->scene()->selectKeys({key});
    QTest::qWait(1);
    return mWindow->properties()->key() == key;
}

bool TestPanelCommit::commit(const QString &name, Way way, QString *renamedTo)
{
    QWidget *editor = mWindow->properties()->editor(name);
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        QString text;
        for (const QString &candidate : validTexts(name, ++mSerial))
            if (candidate != edit->text()) {
                text = candidate;
                break;
            }
        if (text.isEmpty()) qWarning("no text known for field %s", qPrintable(name));
        if (text.isEmpty()) return false;
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        if (!mWindow->properties()->hint(name).isEmpty())
            qWarning("%s refuses %s: %s", qPrintable(name), qPrintable(text),
                     qPrintable(mWindow->properties()->hint(name)));
        if (name == QLatin1String("id")) *renamedTo = text;
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->count() < 2) return false;
        combo->setFocus();
        QTest::keyClick(combo,
                        combo->currentIndex() + 1 < combo->count() ? Qt::Key_Down : Qt::Key_Up);
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Space);
    } else if (auto *button = qobject_cast<QAbstractButton *>(editor)) {
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    } else {
        return false;
    }
    // The editor may be gone by now (a button's own commit rebuilt the form): leave from
    // wherever the keyboard is.
    QWidget *focused = QApplication::focusWidget();
    leave(*mWindow, focused ? focused : mWindow->view(), way);
    QTest::qWait(1);
    return true;
}

void TestPanelCommit::renameThenLeave_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<Way>("way");
    for (const char *key : {"vm-ecommerce", "node2"})
        for (Way way : {Way::ClickCanvas, Way::Tab, Way::Enter})
            QTest::addRow("%s-%s", key, wayName(way)) << QString::fromLatin1(key) << way;
}

/** The report's own steps: select, type a free id, leave the field. */
void TestPanelCommit::renameThenLeave()
{
    QFETCH(QString, key);
    QFETCH(Way, way);
    MainWindow &w = *mWindow;
    QVERIFY(select(key));
    auto *id = qobject_cast<QLineEdit *>(w.properties()->editor(QStringLiteral("id")));
    QVERIFY(id);
    id->setFocus();
    QVERIFY(id->hasFocus());
    id->selectAll();
    QTest::keyClicks(id, key + QStringLiteral("-new"));
    const QPointer<QLineEdit> watched(id);
    leave(w, id, way);
    if (way != Way::Enter) QVERIFY(!watched || !watched->hasFocus()); // focus really moved
    QTest::qWait(1);

    QVERIFY(!w.document()->contains(key));
    QVERIFY(w.document()->contains(key + QStringLiteral("-new")));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    // The renamed item stays selected and shown, unless the click went to the empty canvas.
    const QString shown = way == Way::ClickCanvas ? QString() : key + QStringLiteral("-new");
    QTRY_COMPARE(w.properties()->key(), shown);
    if (way == Way::Tab) { // the keyboard went on to the next field, in the new form
        QTRY_VERIFY(w.properties()->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(QApplication::focusWidget() != w.properties()->editor(QStringLiteral("id")));
    }
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->contains(key));
}

void TestPanelCommit::everyField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<Way>("way");
    // One item of every kind the seed has, and the cluster card's plan settings.
    const QStringList keys{QStringLiteral("payments"),       QStringLiteral("vm-ecommerce"),
                           QStringLiteral("host-mgmt"),      QStringLiteral("host1"),
                           QStringLiteral("node2"),          QStringLiteral("web"),
                           QStringLiteral("link:web-to-db"), QStringLiteral("@cluster")};
    for (const QString &key : keys)
        for (Way way : {Way::ClickCanvas, Way::Tab, Way::Enter})
            QTest::addRow("%s-%s", qPrintable(key), wayName(way)) << key << way;
}

void TestPanelCommit::everyField()
{
    QFETCH(QString, key);
    QFETCH(Way, way);
    MainWindow &w = *mWindow;
    QUndoStack *undo = w.document()->undoStack();
    QVERIFY2(select(key), qPrintable(key));
    const QStringList names = editorNames(*w.properties());
    QVERIFY2(names.size() >= 3, qPrintable(names.join(u' ')));

    int committed = 0;
    for (const QString &name : names) {
        if (name == QLatin1String("policy")) continue; // opens a dialog: tst_editorfiles
        QVERIFY2(select(key), qPrintable(key));
        if (!w.properties()->editor(name)) continue; // "Remove last NIC" took it away
        const int before = undo->index();
        const QByteArray plan = planText();
        QString renamed;
        if (!commit(name, way, &renamed)) continue;
        const QString where = QStringLiteral("%1 %2 via %3").arg(key, name, wayName(way));
        QVERIFY2(undo->index() == before + 1, qPrintable(where + u": no undo step"));
        QVERIFY2(planText() != plan, qPrintable(where + u": plan unchanged"));
        if (!renamed.isEmpty() && !isLinkKey(key)) { // a link keeps its document key
            QVERIFY2(w.document()->contains(renamed), qPrintable(where));
            key = renamed;
        }
        ++committed;
    }
    // Every field but a choice with a single option committed.
    QVERIFY2(committed >= names.size() - 2,
             qPrintable(QStringLiteral("%1 of %2").arg(committed).arg(names.size())));
    // The editor is still whole: the shown item's form answers, and undo walks it all back.
    QVERIFY(select(key));
    while (undo->canUndo())
        undo->undo();
    QTRY_VERIFY(w.document()->contains(QStringLiteral("vm-ecommerce")));
}

void TestPanelCommit::clusterEncapsulation()
{
    // The cluster card offers exactly plan-format.md's values after "the CNI's default"
    // (the key left out); a choice is one undo step and reaches the saved plan.
    QVERIFY(select(QStringLiteral("@cluster")));
    auto *combo =
        qobject_cast<QComboBox *>(mWindow->properties()->editor(QStringLiteral("encapsulation")));
    QVERIFY(combo);
    QStringList values;
    for (int i = 0; i < combo->count(); ++i)
        values << combo->itemData(i).toString();
    QCOMPARE(values, (QStringList{QString(), "none", "ipip", "vxlan", "wireguard"}));
    QCOMPARE(combo->currentIndex(), 0); // the seed says nothing: calico's default, ipip
    QUndoStack *undo = mWindow->document()->undoStack();
    const int before = undo->index();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End);
    QTRY_COMPARE(mWindow->document()->plan().cluster.encapsulation, QStringLiteral("wireguard"));
    QCOMPARE(undo->index(), before + 1);
    QVERIFY(planText().contains("  cni: calico\n  encapsulation: wireguard\n"));
    undo->undo();
    QVERIFY(mWindow->document()->plan().cluster.encapsulation.isEmpty());
    QVERIFY(!planText().contains("encapsulation"));
}

QTEST_MAIN(TestPanelCommit)
#include "tst_panelcommit.moc"
