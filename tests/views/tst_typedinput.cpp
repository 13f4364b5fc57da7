// Issue 10, friction 1, 2 and 7: typed text is never silently changed. A field keeps what the
// user typed, says why it cannot be committed and commits nothing until it can; Escape puts the
// value back; committing one field leaves the unfinished text of others alone; the hints never
// move a field or hide part of themselves; Ctrl+Z in a field undoes the field first.
#include "dialogs/linkdialog.h"
#include "document/plandocument.h"
#include "guitest.h"
#include "panels/propertiespanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QUndoStack>

using namespace Planar;
using namespace Planar::GuiTest;

class TestTypedInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();
    void refusedTextStaysAndSaysWhy();
    void anAddressThatCanNeverBeOne();
    void escapeRevertsTheField();
    void enterOnOneFieldKeepsTheOthers();
    void renameKeepsUnfinishedFields();
    void hintsNeverMoveTheForm();
    void linkDialogKeepsTextAndRoom();
    void ctrlZUndoesTheFieldThenThePlan();
    void f2PutsTheKeyboardInTheForm();

private:
    QLineEdit *edit(const QString &name) const
    {
        return qobject_cast<QLineEdit *>(mWindow->properties()->editor(name));
    }
    /** Puts the keyboard in field @p name and types @p text over what it holds. */
    QLineEdit *typeInto(const QString &name, const QString &text)
    {
        QLineEdit *e = edit(name);
        if (!e) return nullptr;
        e->setFocus();
        e->selectAll();
        QTest::keyClicks(e, text);
        return e;
    }
    bool select(const QString &key)
    {
        QTest::qWait(1);
        mWindow->scene()->selectKeys({key});
        QTest::qWait(1);
        return mWindow->properties()->key() == key;
    }
    QString vmIp(const QString &vm) const
    {
        return std::get<Vm>(*mWindow->document()->entity(vm)).nics[0].ip;
    }
    int undoCount() const { return mWindow->document()->undoStack()->count(); }

    std::unique_ptr<MainWindow> mWindow;
};

void TestTypedInput::init()
{
    mWindow = openSeedExample();
    QVERIFY(mWindow);
    mWindow->activateWindow(); // focus changes and shortcuts need the active window
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
}

void TestTypedInput::cleanup()
{
    if (!mWindow) return;
    mWindow->document()->setClean();
    mWindow.reset();
}

void TestTypedInput::refusedTextStaysAndSaysWhy()
{
    QVERIFY(select(QStringLiteral("node1")));
    // The issue's own examples: "My Net" in an Id became "yet", VLAN 5000 became 500.
    QLineEdit *id = typeInto(QStringLiteral("id"), QStringLiteral("My Net"));
    QVERIFY(id);
    QCOMPARE(id->text(), QStringLiteral("My Net"));
    const QString idHint = mWindow->properties()->hint(QStringLiteral("id"));
    QVERIFY2(idHint.contains(QStringLiteral("“M”")), qPrintable(idHint));
    QTest::keyClick(id, Qt::Key_Return);
    QCOMPARE(id->text(), QStringLiteral("My Net")); // still there, still uncommitted
    QVERIFY(mWindow->document()->contains(QStringLiteral("node1")));
    QCOMPARE(undoCount(), 0);

    QLineEdit *vlan = typeInto(QStringLiteral("nic0.vlan"), QStringLiteral("5000"));
    QCOMPARE(vlan->text(), QStringLiteral("5000"));
    QVERIFY(mWindow->properties()->hint(QStringLiteral("nic0.vlan")).contains(u"4094"));
    QTest::keyClick(vlan, Qt::Key_Return);
    QCOMPARE(std::get<Vm>(*mWindow->document()->entity(QStringLiteral("node1"))).nics[0].vlan,
             std::optional<int>(10));
    QCOMPARE(undoCount(), 0);
    // Both problems are in the hint area, each named by its field.
    const QString shown = mWindow->properties()->hintArea()->text();
    QVERIFY2(shown.contains(u"Id") && shown.contains(u"VLAN") && shown.contains(u"4094"),
             qPrintable(shown));
}

void TestTypedInput::anAddressThatCanNeverBeOne()
{
    QVERIFY(select(QStringLiteral("node1")));
    typeInto(QStringLiteral("nic0.ip"), QStringLiteral("999.1.1.1"));
    const QString never = mWindow->properties()->hint(QStringLiteral("nic0.ip"));
    QVERIFY2(never.contains(u"never") && never.contains(u"999"), qPrintable(never));
    QVERIFY2(!never.contains(u"yet"), qPrintable(never));
    typeInto(QStringLiteral("nic0.ip"), QStringLiteral("10.0.1"));
    QVERIFY(mWindow->properties()->hint(QStringLiteral("nic0.ip")).contains(u"yet"));
    QCOMPARE(vmIp(QStringLiteral("node1")), QStringLiteral("10.0.1.11"));
}

void TestTypedInput::escapeRevertsTheField()
{
    QVERIFY(select(QStringLiteral("node1")));
    QLineEdit *ip = typeInto(QStringLiteral("nic0.ip"), QStringLiteral("10.0.1.99"));
    QTest::keyClick(ip, Qt::Key_Escape);
    QCOMPARE(ip->text(), QStringLiteral("10.0.1.11"));
    QVERIFY(mWindow->properties()->hint(QStringLiteral("nic0.ip")).isEmpty());
    // Escape went to the field, not to the window's select tool, and left the plan alone.
    QCOMPARE(undoCount(), 0);
    QTest::keyClick(ip, Qt::Key_Tab);
    QTest::qWait(1);
    QCOMPARE(vmIp(QStringLiteral("node1")), QStringLiteral("10.0.1.11"));
    QCOMPARE(undoCount(), 0);
}

void TestTypedInput::enterOnOneFieldKeepsTheOthers()
{
    // The issue: committing one field silently reset "10.0.0.0/33" and "999.1.1.1" elsewhere.
    QVERIFY(select(QStringLiteral("vm-ecommerce")));
    typeInto(QStringLiteral("cidr"), QStringLiteral("10.0.0.0/33"));
    QLineEdit *gateway = typeInto(QStringLiteral("gateway"), QStringLiteral("10.0.1.254"));
    QTest::keyClick(gateway, Qt::Key_Return);
    QCOMPARE(undoCount(), 1);
    QCOMPARE(
        std::get<Network>(*mWindow->document()->entity(QStringLiteral("vm-ecommerce"))).gateway,
        QStringLiteral("10.0.1.254"));
    QTest::qWait(1); // the form is rebuilt from the event loop
    QTRY_COMPARE(edit(QStringLiteral("gateway"))->text(), QStringLiteral("10.0.1.254"));
    QCOMPARE(edit(QStringLiteral("cidr"))->text(), QStringLiteral("10.0.0.0/33"));
    QVERIFY(!mWindow->properties()->hint(QStringLiteral("cidr")).isEmpty());
    QCOMPARE(std::get<Network>(*mWindow->document()->entity(QStringLiteral("vm-ecommerce"))).cidr,
             QStringLiteral("10.0.1.0/24"));

    // A host: a bad IP on one NIC survives a committed MAC on the other.
    QVERIFY(select(QStringLiteral("host1")));
    typeInto(QStringLiteral("nic0.ip"), QStringLiteral("999.1.1.1"));
    QLineEdit *mac = typeInto(QStringLiteral("nic1.mac"), QStringLiteral("00:25:90:aa:01:99"));
    QTest::keyClick(mac, Qt::Key_Return);
    QCOMPARE(undoCount(), 2);
    QTest::qWait(1);
    QTRY_COMPARE(edit(QStringLiteral("nic1.mac"))->text(), QStringLiteral("00:25:90:aa:01:99"));
    QCOMPARE(edit(QStringLiteral("nic0.ip"))->text(), QStringLiteral("999.1.1.1"));
    QVERIFY(mWindow->properties()->hint(QStringLiteral("nic0.ip")).contains(u"never"));
}

void TestTypedInput::renameKeepsUnfinishedFields()
{
    QVERIFY(select(QStringLiteral("node1")));
    typeInto(QStringLiteral("nic0.ip"), QStringLiteral("10.0.1"));
    QLineEdit *id = typeInto(QStringLiteral("id"), QStringLiteral("node9"));
    QTest::keyClick(id, Qt::Key_Return);
    QTRY_COMPARE(mWindow->properties()->key(), QStringLiteral("node9"));
    QTRY_VERIFY(edit(QStringLiteral("nic0.ip")));
    QCOMPARE(edit(QStringLiteral("nic0.ip"))->text(), QStringLiteral("10.0.1"));
    QCOMPARE(vmIp(QStringLiteral("node9")), QStringLiteral("10.0.1.11"));
}

void TestTypedInput::hintsNeverMoveTheForm()
{
    QVERIFY(select(QStringLiteral("host1")));
    PropertiesPanel *panel = mWindow->properties();
    const QStringList names{QStringLiteral("id"),        QStringLiteral("nic0.name"),
                            QStringLiteral("nic0.ip"),   QStringLiteral("nic0.mac"),
                            QStringLiteral("nic1.name"), QStringLiteral("nic1.ip")};
    const auto where = [&] {
        QList<QPoint> at;
        for (const QString &name : names)
            at << panel->editor(name)->mapTo(panel, QPoint(0, 0));
        return at;
    };
    const QList<QPoint> before = where();
    // Two problems, one of them long: a hint of several lines.
    typeInto(QStringLiteral("nic0.ip"), QStringLiteral("999.1.1.1"));
    typeInto(QStringLiteral("nic0.mac"), QStringLiteral("52:54:00:00:01:11:22"));
    QTest::qWait(1);
    QCOMPARE(where(), before); // the next click lands where the user aims
    QLabel *hints = panel->hintArea();
    QVERIFY(hints->isVisible());
    QVERIFY2(hints->text().count(QStringLiteral("<br>")) == 1, qPrintable(hints->text()));
    // Fully shown: as tall as its text needs at its width, and inside the panel.
    QVERIFY2(hints->height() >= hints->heightForWidth(hints->width()),
             qPrintable(QStringLiteral("%1 < %2")
                            .arg(hints->height())
                            .arg(hints->heightForWidth(hints->width()))));
    QVERIFY(panel->rect().contains(QRect(hints->mapTo(panel, QPoint(0, 0)), hints->size())));
    // The field being typed in is still in sight.
    QTest::qWait(10);
    auto *scroll = panel->findChild<QScrollArea *>();
    QWidget *mac = panel->editor(QStringLiteral("nic0.mac"));
    const QRect inViewport(mac->mapTo(scroll->viewport(), QPoint(0, 0)), mac->size());
    QVERIFY(scroll->viewport()->rect().contains(inViewport));
}

void TestTypedInput::linkDialogKeepsTextAndRoom()
{
    LinkDialog dialog(QStringLiteral("web"), QStringLiteral("db"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *ports = dialog.portsEdit();
    const QPoint reasonAt = dialog.reasonEdit()->mapTo(&dialog, QPoint(0, 0));
    const QSize size = dialog.size();
    ports->setFocus();
    // A semicolon used to vanish as typed; now it stays and the hint says what to write.
    QTest::keyClicks(ports, QStringLiteral("443/TCP; 80/TCP, 8000-8100/UDP, 99999/TCP"));
    QCOMPARE(ports->text(), QStringLiteral("443/TCP; 80/TCP, 8000-8100/UDP, 99999/TCP"));
    QLabel *hint = dialog.hintLabel();
    QVERIFY(!hint->text().isEmpty());
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
             qPrintable(QStringLiteral("%1 < %2")
                            .arg(hint->height())
                            .arg(hint->heightForWidth(hint->width()))));
    QCOMPARE(dialog.reasonEdit()->mapTo(&dialog, QPoint(0, 0)), reasonAt);
    QCOMPARE(dialog.size(), size);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    // A two-line hint at this width, fully shown.
    QVERIFY(hint->heightForWidth(hint->width()) > 1.5 * hint->fontMetrics().lineSpacing());
    ports->clear();
    QTest::keyClicks(ports, QStringLiteral("443/TCP"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.reasonEdit()->mapTo(&dialog, QPoint(0, 0)), reasonAt);
}

void TestTypedInput::ctrlZUndoesTheFieldThenThePlan()
{
    QUndoStack *undo = mWindow->document()->undoStack();
    QVERIFY(select(QStringLiteral("node1")));
    QLineEdit *mac = typeInto(QStringLiteral("nic0.mac"), QStringLiteral("52:54:00:00:01:99"));
    QTest::keyClick(mac, Qt::Key_Return);
    QCOMPARE(undo->count(), 1);
    QTest::qWait(1);
    QTRY_VERIFY(edit(QStringLiteral("nic0.ip")));

    // Typing in a field, then Ctrl+Z: the field's own text comes back, the plan is untouched.
    QLineEdit *ip = typeInto(QStringLiteral("nic0.ip"), QStringLiteral("10.0.1.77"));
    for (int i = 0; i < 20 && ip->text() != QStringLiteral("10.0.1.11"); ++i)
        QTest::keyClick(ip, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ip->text(), QStringLiteral("10.0.1.11"));
    QCOMPARE(undo->index(), 1);
    QCOMPARE(std::get<Vm>(*mWindow->document()->entity(QStringLiteral("node1"))).nics[0].mac,
             QStringLiteral("52:54:00:00:01:99"));

    // The field holds its committed value: Ctrl+Z undoes the plan's last step.
    QTest::keyClick(ip, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undo->index(), 0);
    QCOMPARE(std::get<Vm>(*mWindow->document()->entity(QStringLiteral("node1"))).nics[0].mac,
             QStringLiteral("52:54:00:00:01:11"));
    // And the form shows it, with the keyboard still in the IP field.
    QTRY_COMPARE(edit(QStringLiteral("nic0.mac"))->text(), QStringLiteral("52:54:00:00:01:11"));
    QTRY_COMPARE(QApplication::focusWidget(), edit(QStringLiteral("nic0.ip")));
    // Redo the same way.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(undo->index(), 1);
}

void TestTypedInput::f2PutsTheKeyboardInTheForm()
{
    // How a keyboard user (and the e2e test) reaches the fields: find the item, press F2.
    QLineEdit *search = mWindow->searchBox();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("node2"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(mWindow->scene()->selectedKeys(), QStringList{QStringLiteral("node2")});
    QTest::keyClick(search, Qt::Key_F2);
    QTRY_COMPARE(QApplication::focusWidget(), edit(QStringLiteral("id")));
    QCOMPARE(edit(QStringLiteral("id"))->selectedText(), QStringLiteral("node2"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("My Net"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(edit(QStringLiteral("id"))->text(), QStringLiteral("My Net"));
    QVERIFY(mWindow->properties()->hintArea()->text().contains(QStringLiteral("“M”")));
    QVERIFY(mWindow->document()->contains(QStringLiteral("node2")));
    QVERIFY(!mWindow->document()->isDirty());
}

QTEST_MAIN(TestTypedInput)
#include "tst_typedinput.moc"
