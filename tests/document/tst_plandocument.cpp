#include "document/commands/entitycommands.h"
#include "document/commands/movecommand.h"
#include "document/commands/plancommands.h"
#include "document/itemfactory.h"
#include "document/plandocument.h"
#include "document/planedits.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Planar;

namespace {
/** host1 with node1 and node2, one network, one link from node1 to host1. */
Plan smallPlan()
{
    Plan plan;
    plan.name = QStringLiteral("small");
    plan.networks << Network{QStringLiteral("vm-net"), Plane::Vm, QStringLiteral("10.0.1.0/24")};
    plan.hosts << Host{QStringLiteral("host1")};
    plan.vms << Vm{QStringLiteral("node1"), QStringLiteral("host1")}
             << Vm{QStringLiteral("node2"), QStringLiteral("host1")};
    Link link;
    link.from = QStringLiteral("node1");
    link.to = QStringLiteral("host1");
    plan.links << link;
    plan.layout << LayoutEntry{QStringLiteral("host1"), QPointF(10, 20)};
    return plan;
}
} // namespace

class TestPlanDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadIndexesEveryKind();
    void addUndoRedo();
    void removeRestoresOrderAndPosition();
    void editSignalsOnlyTheEntity();
    void dragIsOneUndoStep();
    void separateDragsAreSeparateSteps();
    void dirtyFollowsCleanIndex();
    void deleteHostTakesVmsAndLinks();
    void deleteHostCanMoveVms();
    void renameUpdatesReferences();
    void settingsUndo();
};

void TestPlanDocument::loadIndexesEveryKind()
{
    PlanDocument doc;
    QSignalSpy reset(&doc, &PlanDocument::planReset);
    doc.loadPlan(smallPlan(), QStringLiteral("/tmp/x.planar.yaml"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(doc.kindOf(QStringLiteral("host1")), ItemKind::Host);
    QCOMPARE(doc.kindOf(QStringLiteral("node2")), ItemKind::Vm);
    QCOMPARE(doc.kindOf(QStringLiteral("vm-net")), ItemKind::Network);
    QCOMPARE(doc.linkKeys(), QStringList{QStringLiteral("link:#1")});
    QCOMPARE(doc.kindOf(QStringLiteral("link:#1")), ItemKind::Link);
    QCOMPARE(doc.keys(ItemKind::Vm),
             (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}));
    QCOMPARE(doc.position(QStringLiteral("host1")), std::optional<QPointF>(QPointF(10, 20)));
    QVERIFY(!doc.position(QStringLiteral("node1")));
    QVERIFY(!doc.isDirty());
}

void TestPlanDocument::addUndoRedo()
{
    PlanDocument doc;
    doc.loadPlan(smallPlan());
    QSignalSpy added(&doc, &PlanDocument::entityAdded);
    QSignalSpy removed(&doc, &PlanDocument::entityRemoved);
    const Host host = ItemFactory::newHost(doc.plan());
    QCOMPARE(host.id, QStringLiteral("host2"));
    doc.undoStack()->push(new AddEntityCommand(&doc, host, QPointF(300, 600)));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toString(), QStringLiteral("host2"));
    QCOMPARE(doc.plan().hosts.size(), 2);
    QCOMPARE(doc.position(QStringLiteral("host2")), std::optional<QPointF>(QPointF(300, 600)));

    doc.undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(doc.plan(), smallPlan());
    QVERIFY(!doc.contains(QStringLiteral("host2")));

    doc.undoStack()->redo();
    QCOMPARE(doc.plan().hosts.last().id, QStringLiteral("host2"));
    QCOMPARE(doc.position(QStringLiteral("host2")), std::optional<QPointF>(QPointF(300, 600)));
}

void TestPlanDocument::removeRestoresOrderAndPosition()
{
    PlanDocument doc;
    doc.loadPlan(smallPlan());
    doc.undoStack()->push(new RemoveEntityCommand(&doc, QStringLiteral("host1")));
    QVERIFY(doc.plan().hosts.isEmpty());
    QVERIFY(doc.plan().layout.isEmpty());
    doc.undoStack()->push(new RemoveEntityCommand(&doc, QStringLiteral("node1")));
    QCOMPARE(doc.plan().vms.first().id, QStringLiteral("node2"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.plan(), smallPlan());
}

void TestPlanDocument::editSignalsOnlyTheEntity()
{
    PlanDocument doc;
    doc.loadPlan(smallPlan());
    QSignalSpy changed(&doc, &PlanDocument::entityChanged);
    QSignalSpy reset(&doc, &PlanDocument::planReset);
    Vm vm = std::get<Vm>(*doc.entity(QStringLiteral("node2")));
    vm.podSubnets = {QStringLiteral("172.16.9.0/24")};
    doc.undoStack()->push(new EditEntityCommand(&doc, QStringLiteral("node2"), vm));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("node2"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(texts(doc.plan().vms[1].podSubnets), QStringList{QStringLiteral("172.16.9.0/24")});
    doc.undoStack()->undo();
    QVERIFY(doc.plan().vms[1].podSubnets.isEmpty());
}

void TestPlanDocument::dragIsOneUndoStep()
{
    PlanDocument doc;
    doc.loadPlan(smallPlan());
    const QString id = QStringLiteral("host1");
    // A drag delivers many small moves; they must become one step back to the start.
    QPointF p(10, 20);
    for (int i = 0; i < 50; ++i) {
        const QPointF next = p + QPointF(2, 1);
        doc.undoStack()->push(new MoveItemsCommand(&doc, {{id, p}}, {{id, next}}, 7));
        p = next;
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.position(id), std::optional<QPointF>(QPointF(110, 70)));
    doc.undoStack()->undo();
    QCOMPARE(doc.position(id), std::optional<QPointF>(QPointF(10, 20)));
    QVERIFY(!doc.isDirty());
}

void TestPlanDocument::separateDragsAreSeparateSteps()
{
    PlanDocument doc;
    doc.loadPlan(smallPlan());
    const QString id = QStringLiteral("node1");
    doc.undoStack()->push(
        new MoveItemsCommand(&doc, {{id, std::nullopt}}, {{id, QPointF(1, 1)}}, 1));
    doc.undoStack()->push(
        new MoveItemsCommand(&doc, {{id, QPointF(1, 1)}}, {{id, QPointF(5, 5)}}, 2));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.position(id), std::optional<QPointF>(QPointF(1, 1)));
    doc.undoStack()->undo();
    // Never placed by the user before: undo gives the item back to auto-arrange.
    QVERIFY(!doc.position(id));
    QCOMPARE(doc.plan(), smallPlan());
}

void TestPlanDocument::dirtyFollowsCleanIndex()
{
    PlanDocument doc;
    doc.loadPlan(smallPlan());
    QSignalSpy dirty(&doc, &PlanDocument::dirtyChanged);
    doc.undoStack()->push(new AddEntityCommand(&doc, ItemFactory::newZone(doc.plan())));
    QVERIFY(doc.isDirty());
    QCOMPARE(dirty.last().first().toBool(), true);
    doc.setClean();
    QVERIFY(!doc.isDirty());
    doc.undoStack()->undo();
    QVERIFY(doc.isDirty());
    doc.undoStack()->redo();
    QVERIFY(!doc.isDirty());
    QCOMPARE(dirty.last().first().toBool(), false);
}

void TestPlanDocument::deleteHostTakesVmsAndLinks()
{
    PlanDocument doc;
    doc.loadPlan(smallPlan());
    deleteItems(&doc, {QStringLiteral("host1")}, HostVmPolicy::DeleteVms);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.plan().hosts.isEmpty());
    QVERIFY(doc.plan().vms.isEmpty());
    QVERIFY(doc.plan().links.isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(doc.plan(), smallPlan());
    QCOMPARE(doc.linkKeys(), QStringList{QStringLiteral("link:#1")});
}

void TestPlanDocument::deleteHostCanMoveVms()
{
    Plan plan = smallPlan();
    plan.hosts << Host{QStringLiteral("host2")};
    PlanDocument doc;
    doc.loadPlan(plan);
    deleteItems(&doc, {QStringLiteral("host1")}, HostVmPolicy::MoveVms, QStringLiteral("host2"));
    QCOMPARE(doc.plan().hosts.size(), 1);
    QCOMPARE(doc.plan().vms.size(), 2);
    QCOMPARE(doc.plan().vms[0].host, QStringLiteral("host2"));
    QCOMPARE(doc.plan().vms[1].host, QStringLiteral("host2"));
    QVERIFY(doc.plan().links.isEmpty()); // node1 → host1 had no endpoint left
    doc.undoStack()->undo();
    QCOMPARE(doc.plan(), plan);
}

void TestPlanDocument::renameUpdatesReferences()
{
    PlanDocument doc;
    doc.loadPlan(smallPlan());
    doc.undoStack()->push(
        new RenameCommand(&doc, QStringLiteral("host1"), QStringLiteral("rack1")));
    QCOMPARE(doc.plan().hosts[0].id, QStringLiteral("rack1"));
    QCOMPARE(doc.plan().vms[0].host, QStringLiteral("rack1"));
    QCOMPARE(doc.plan().links[0].to, QStringLiteral("rack1"));
    QCOMPARE(doc.position(QStringLiteral("rack1")), std::optional<QPointF>(QPointF(10, 20)));
    doc.undoStack()->undo();
    QCOMPARE(doc.plan(), smallPlan());
    QCOMPARE(doc.kindOf(QStringLiteral("host1")), ItemKind::Host);
}

void TestPlanDocument::settingsUndo()
{
    PlanDocument doc;
    doc.loadPlan(smallPlan());
    QSignalSpy settings(&doc, &PlanDocument::settingsChanged);
    PlanSettings s = doc.settings();
    s.cluster.podSubnets = {QStringLiteral("172.16.0.0/16")};
    s.adminNetworks = {QStringLiteral("192.168.1.0/25")};
    doc.undoStack()->push(new EditSettingsCommand(&doc, s));
    QCOMPARE(settings.count(), 1);
    QCOMPARE(doc.plan().cluster.podSubnets, QStringList{QStringLiteral("172.16.0.0/16")});
    doc.undoStack()->undo();
    QCOMPARE(doc.plan(), smallPlan());
}

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
