// Drives the properties panel's switch, port and placement editors as a user would: clicks,
// typed text, ticks; each change must reach the plan, the canvas and the undo stack.

#include "canvas/entityitem.h"
#include "document/plandocument.h"
#include "guitest.h"
#include "livevalidator.h"
#include "mainwindow.h"
#include "panels/propertiespanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Planar;

class TestPropertiesPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addSwitchSetUplinkAndVlans();
    void badSwitchTextIsRefused();
    void removeSwitch();
    void renameSwitchFollowsVms();
    void removeWorkloadPort();
    void tickNodesForWorkload();
    void setServiceAccountAndLeaveTheMesh();

private:
    template <typename W> W *editor(const QString &name)
    {
        return qobject_cast<W *>(mWindow->properties()->editor(name));
    }
    Host host1() const
    {
        return std::get<Host>(*mWindow->document()->entity(QStringLiteral("host1")));
    }
    /** Types @p text over the line edit @p name and presses Return. */
    void type(const QString &name, const QString &text)
    {
        auto *edit = editor<QLineEdit>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    bool cardShows(const QString &key, const QString &text) const
    {
        for (const auto &line : mWindow->scene()->entityItem(key)->content().lines)
            if (line.text.contains(text)) return true;
        return false;
    }

    std::unique_ptr<MainWindow> mWindow;
};

void TestPropertiesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PlanarTest"));
}

void TestPropertiesPanel::init()
{
    mWindow = std::make_unique<MainWindow>();
    mWindow->setInteractive(false);
    mWindow->newFromExample();
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    mWindow->waitForValidation();
}

void TestPropertiesPanel::cleanup()
{
    mWindow->document()->setClean(); // no "save changes?" prompt on close
    mWindow.reset();
}

void TestPropertiesPanel::addSwitchSetUplinkAndVlans()
{
    MainWindow &w = *mWindow;
    QUndoStack *undo = w.document()->undoStack();
    w.scene()->selectKeys({QStringLiteral("host1")});
    QCOMPARE(host1().switches.size(), 1);
    QVERIFY(!editor<QLineEdit>(QStringLiteral("switch1.name")));

    auto *add = editor<QPushButton>(QStringLiteral("addSwitch"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(undo->count(), 1);
    QCOMPARE(host1().switches.size(), 2);
    QCOMPARE(host1().switches[1].name, QStringLiteral("br0"));
    // eth1 already carries br-biz; the new bridge takes the free NIC.
    QCOMPARE(host1().switches[1].uplink, QStringLiteral("eth0"));
    QTRY_VERIFY(editor<QLineEdit>(QStringLiteral("switch1.name")));

    type(QStringLiteral("switch1.name"), QStringLiteral("br-storage"));
    QCOMPARE(host1().switches[1].name, QStringLiteral("br-storage"));
    QCOMPARE(undo->count(), 2);

    QTRY_VERIFY(editor<QComboBox>(QStringLiteral("switch1.uplink")));
    auto *uplink = editor<QComboBox>(QStringLiteral("switch1.uplink"));
    uplink->setFocus();
    QTest::keyClick(uplink, Qt::Key_Down); // eth0 -> eth1
    QCOMPARE(host1().switches[1].uplink, QStringLiteral("eth1"));
    QCOMPARE(undo->count(), 3);

    QTRY_VERIFY(editor<QLineEdit>(QStringLiteral("switch1.vlans")));
    type(QStringLiteral("switch1.vlans"), QStringLiteral("30, 40"));
    QCOMPARE(host1().switches[1].vlans, (QList<int>{30, 40}));
    QCOMPARE(undo->count(), 4);
    QVERIFY(cardShows(QStringLiteral("host1"), QStringLiteral("br-storage")));

    // Each step undoes on its own; four undos give the seed's host back.
    undo->undo();
    QVERIFY(host1().switches[1].vlans.isEmpty());
    undo->undo();
    undo->undo();
    undo->undo();
    QCOMPARE(host1().switches.size(), 1);
    QVERIFY(!cardShows(QStringLiteral("host1"), QStringLiteral("br-storage")));
    QTRY_VERIFY(!editor<QLineEdit>(QStringLiteral("switch1.name")));
}

void TestPropertiesPanel::badSwitchTextIsRefused()
{
    MainWindow &w = *mWindow;
    w.scene()->selectKeys({QStringLiteral("host1")});
    auto *vlans = editor<QLineEdit>(QStringLiteral("switch0.vlans"));
    QVERIFY(vlans);
    vlans->setFocus();
    vlans->selectAll();
    QTest::keyClicks(vlans, QStringLiteral("10, 2x0, 4095"));
    // Kept as typed (issue 10: refused keystrokes used to vanish), with the reason shown.
    QCOMPARE(vlans->text(), QStringLiteral("10, 2x0, 4095"));
    QVERIFY(w.properties()->hint(QStringLiteral("switch0.vlans")).contains(QStringLiteral("“x”")));
    vlans->selectAll();
    QTest::keyClicks(vlans, QStringLiteral("10, 20, 0"));
    QVERIFY(w.properties()->hint(QStringLiteral("switch0.vlans")).contains(QStringLiteral("4094")));
    QTest::keyClick(vlans, Qt::Key_Return);
    QCOMPARE(host1().switches[0].vlans, (QList<int>{10, 20})); // not committed
    QCOMPARE(w.document()->undoStack()->count(), 0);

    auto *name = editor<QLineEdit>(QStringLiteral("switch0.name"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("br biz/long-name-here"));
    QCOMPARE(name->text(), QStringLiteral("br biz/long-name-here"));
    QVERIFY(w.properties()->hint(QStringLiteral("switch0.name")).contains(QStringLiteral("space")));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(host1().switches[0].name, QStringLiteral("br-biz"));
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(!w.properties()->hint(QStringLiteral("switch0.name")).isEmpty()); // required
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(host1().switches[0].name, QStringLiteral("br-biz"));
    QCOMPARE(w.document()->undoStack()->count(), 0);
}

void TestPropertiesPanel::removeSwitch()
{
    MainWindow &w = *mWindow;
    w.scene()->selectKeys({QStringLiteral("host1")});
    auto *remove = editor<QPushButton>(QStringLiteral("switch0.remove"));
    QVERIFY(remove);
    QVERIFY(remove->text().contains(QStringLiteral("br-biz")));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(host1().switches.isEmpty());
    QVERIFY(!cardShows(QStringLiteral("host1"), QStringLiteral("br-biz")));
    // node1 and node2 still plug into br-biz, which host1 no longer has: the validator says so.
    w.waitForValidation();
    QVERIFY(w.validator()->result().summary.errors > 0);
    w.document()->undoStack()->undo();
    QCOMPARE(host1().switches.size(), 1);
    w.waitForValidation();
    QCOMPARE(w.validator()->result().summary.errors, 0);
}

void TestPropertiesPanel::renameSwitchFollowsVms()
{
    MainWindow &w = *mWindow;
    const auto nicSwitch = [&w](const QString &vm) {
        return std::get<Vm>(*w.document()->entity(vm)).nics[0].switchName;
    };
    w.scene()->selectKeys({QStringLiteral("host1")});
    QTest::mouseClick(editor<QPushButton>(QStringLiteral("addSwitch")), Qt::LeftButton);
    QTRY_VERIFY(editor<QLineEdit>(QStringLiteral("switch1.name")));
    // A name the host already has is refused with a hint.
    auto *second = editor<QLineEdit>(QStringLiteral("switch1.name"));
    second->setFocus();
    second->selectAll();
    QTest::keyClicks(second, QStringLiteral("br-biz"));
    QVERIFY(
        w.properties()->hint(QStringLiteral("switch1.name")).contains(QStringLiteral("already")));
    QTest::keyClick(second, Qt::Key_Return);
    QCOMPARE(host1().switches[1].name, QStringLiteral("br0"));

    // Renaming br-biz takes host1's VMs along (not host2's), as one undo step.
    type(QStringLiteral("switch0.name"), QStringLiteral("br-prod"));
    QCOMPARE(host1().switches[0].name, QStringLiteral("br-prod"));
    QCOMPARE(nicSwitch(QStringLiteral("node1")), QStringLiteral("br-prod"));
    QCOMPARE(nicSwitch(QStringLiteral("node2")), QStringLiteral("br-prod"));
    QCOMPARE(nicSwitch(QStringLiteral("node3")), QStringLiteral("br-biz"));
    w.waitForValidation();
    QCOMPARE(w.validator()->result().summary.errors, 0);
    QCOMPARE(w.document()->undoStack()->count(), 2);
    w.document()->undoStack()->undo();
    QCOMPARE(host1().switches[0].name, QStringLiteral("br-biz"));
    QCOMPARE(nicSwitch(QStringLiteral("node1")), QStringLiteral("br-biz"));

    // Renaming a NIC keeps the switches that use it as uplink on it.
    QTRY_VERIFY(editor<QLineEdit>(QStringLiteral("nic1.name")));
    type(QStringLiteral("nic1.name"), QStringLiteral("bond0"));
    QCOMPARE(host1().nics[1].name, QStringLiteral("bond0"));
    QCOMPARE(host1().switches[0].uplink, QStringLiteral("bond0"));
}

void TestPropertiesPanel::removeWorkloadPort()
{
    MainWindow &w = *mWindow;
    const auto web = [&w] {
        return std::get<Workload>(*w.document()->entity(QStringLiteral("web")));
    };
    w.scene()->selectKeys({QStringLiteral("web")});
    QTest::mouseClick(editor<QPushButton>(QStringLiteral("addPort")), Qt::LeftButton);
    QCOMPARE(web().ports.size(), 2);
    QTRY_VERIFY(editor<QPushButton>(QStringLiteral("port0.remove")));
    auto *remove = editor<QPushButton>(QStringLiteral("port0.remove"));
    QVERIFY(remove->text().contains(QStringLiteral("http")));
    QTest::mouseClick(remove, Qt::LeftButton);
    // The first port went; the one added after it is left.
    QCOMPARE(web().ports.size(), 1);
    QCOMPARE(web().ports[0].port, 8080);
    QVERIFY(web().ports[0].name.isEmpty());
    QCOMPARE(w.document()->undoStack()->count(), 2);
    QTRY_VERIFY(!editor<QPushButton>(QStringLiteral("port1.remove")));
    w.document()->undoStack()->undo();
    QCOMPARE(web().ports.size(), 2);
    QCOMPARE(web().ports[0].name, QStringLiteral("http"));
}

void TestPropertiesPanel::tickNodesForWorkload()
{
    MainWindow &w = *mWindow;
    const auto api = [&w] {
        return std::get<Workload>(*w.document()->entity(QStringLiteral("payment-api")));
    };
    w.scene()->selectKeys({QStringLiteral("payment-api")});
    QCOMPARE(w.scene()->placementLineCount(), 1);
    auto *nodes = editor<QListWidget>(QStringLiteral("nodes"));
    QVERIFY(nodes);
    QCOMPARE(nodes->count(), 3); // node1, node2, node3
    const auto rowOf = [&nodes](const QString &id) {
        for (int i = 0; i < nodes->count(); ++i)
            if (nodes->item(i)->data(Qt::UserRole).toString() == id) return i;
        return -1;
    };
    QCOMPARE(nodes->item(rowOf(QStringLiteral("node3")))->checkState(), Qt::Checked);
    const int node1Row = rowOf(QStringLiteral("node1"));
    QCOMPARE(nodes->item(node1Row)->checkState(), Qt::Unchecked);
    QVERIFY(nodes->item(rowOf(QStringLiteral("node1")))->text().contains(QStringLiteral("host1")));

    // Tick node1 with the keyboard, as a user would: the row is current, space toggles it.
    nodes->setFocus();
    nodes->setCurrentRow(rowOf(QStringLiteral("node1")));
    QTest::keyClick(nodes, Qt::Key_Space);
    QCOMPARE(api().nodes, (QStringList{QStringLiteral("node3"), QStringLiteral("node1")}));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QCOMPARE(w.scene()->placementLineCount(), 2);

    // Untick node3 by clicking its check box.
    QTRY_VERIFY(editor<QListWidget>(QStringLiteral("nodes")) &&
                editor<QListWidget>(QStringLiteral("nodes")) != nodes);
    nodes = editor<QListWidget>(QStringLiteral("nodes"));
    QListWidgetItem *node3 = nodes->item(rowOf(QStringLiteral("node3")));
    const QRect row = nodes->visualItemRect(node3);
    QTest::mouseClick(nodes->viewport(), Qt::LeftButton, {},
                      row.topLeft() + QPoint(10, row.height() / 2));
    QCOMPARE(api().nodes, QStringList{QStringLiteral("node1")});
    QCOMPARE(w.document()->undoStack()->count(), 2);

    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    QCOMPARE(api().nodes, QStringList{QStringLiteral("node3")});
    QTRY_COMPARE(editor<QListWidget>(QStringLiteral("nodes"))->item(node1Row)->checkState(),
                 Qt::Unchecked);
}

void TestPropertiesPanel::setServiceAccountAndLeaveTheMesh()
{
    MainWindow &w = *mWindow;
    const auto db = [&w] {
        return std::get<Workload>(*w.document()->entity(QStringLiteral("db")));
    };
    w.scene()->selectKeys({QStringLiteral("db")});
    QVERIFY(editor<QLineEdit>(QStringLiteral("serviceAccount")));
    QVERIFY(editor<QLineEdit>(QStringLiteral("serviceAccount"))->text().isEmpty());
    type(QStringLiteral("serviceAccount"), QStringLiteral("orders-db"));
    QCOMPARE(db().serviceAccount, QStringLiteral("orders-db"));
    QCOMPARE(db().effectiveServiceAccount(), QStringLiteral("orders-db"));
    QCOMPARE(w.document()->undoStack()->count(), 1);

    // Out of the mesh with the keyboard: (none) -> true -> false.
    QTRY_VERIFY(editor<QComboBox>(QStringLiteral("mesh")));
    auto *mesh = editor<QComboBox>(QStringLiteral("mesh"));
    QCOMPARE(mesh->currentData().toString(), QString());
    mesh->setFocus();
    QTest::keyClick(mesh, Qt::Key_Down);
    QCOMPARE(db().mesh, std::optional<bool>(true));
    QTRY_VERIFY(editor<QComboBox>(QStringLiteral("mesh")) &&
                editor<QComboBox>(QStringLiteral("mesh")) != mesh);
    mesh = editor<QComboBox>(QStringLiteral("mesh"));
    mesh->setFocus();
    QTest::keyClick(mesh, Qt::Key_Down);
    QCOMPARE(db().mesh, std::optional<bool>(false));
    QVERIFY(!db().inMesh());
    QCOMPARE(w.document()->undoStack()->count(), 3);

    // A name Kubernetes refuses is taken as typed and reported by the validator.
    QTRY_VERIFY(editor<QLineEdit>(QStringLiteral("serviceAccount")));
    type(QStringLiteral("serviceAccount"), QStringLiteral("Orders_DB"));
    QCOMPARE(db().serviceAccount, QStringLiteral("Orders_DB"));
    w.waitForValidation();
    QVERIFY(w.scene()
                ->entityItem(QStringLiteral("db"))
                ->toolTip()
                .contains(QStringLiteral("invalid-service-account")));

    for (int i = 0; i < 4; ++i)
        w.document()->undoStack()->undo();
    QVERIFY(db().serviceAccount.isEmpty());
    QVERIFY(!db().mesh);
    QTRY_COMPARE(editor<QComboBox>(QStringLiteral("mesh"))->currentData().toString(), QString());
}

QTEST_MAIN(TestPropertiesPanel)
#include "tst_propertiespanel.moc"
