#include "document/planclip.h"
#include "io/planreader.h"
#include "io/planwriter.h"

#include <QTest>
#include <QUndoStack>

using namespace Planar;

class TestPlanClip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void duplicateHostWithVmIsFreshAndLinked();
    void clipSurvivesYaml();

private:
    PlanDocument mDoc;
};

void TestPlanClip::init()
{
    const ReadResult r =
        PlanReader::readFile(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"));
    QVERIFY(r.plan);
    Plan plan = *r.plan;
    Link link;
    link.from = QStringLiteral("node3");
    link.to = QStringLiteral("host2");
    link.id = QStringLiteral("node3-uplink");
    plan.links << link;
    plan.layout << LayoutEntry{QStringLiteral("host2"), QPointF(500, 700)};
    mDoc.loadPlan(plan);
}

void TestPlanClip::duplicateHostWithVmIsFreshAndLinked()
{
    const Plan before = mDoc.plan();
    const Plan clip = PlanClip::extract(mDoc, {QStringLiteral("host2"), QStringLiteral("node3")});
    QCOMPARE(clip.hosts.size(), 1);
    QCOMPARE(clip.vms.size(), 1);
    QCOMPARE(clip.links.size(), 1); // only links between copied items

    const QStringList keys = PlanClip::paste(&mDoc, clip, QPointF(40, 40));
    QCOMPARE(keys, (QStringList{QStringLiteral("host3"), QStringLiteral("node4"),
                                QStringLiteral("link:node4-to-host3")}));
    QCOMPARE(mDoc.undoStack()->count(), 1);
    const Host host = std::get<Host>(*mDoc.entity(QStringLiteral("host3")));
    QCOMPARE(host.nics[0].ip, QStringLiteral("192.168.1.2"));
    QCOMPARE(host.nics[1].ip, QStringLiteral("192.168.1.130"));
    QVERIFY(host.nics[0].mac != QStringLiteral("00:25:90:aa:00:12"));
    const Vm vm = std::get<Vm>(*mDoc.entity(QStringLiteral("node4")));
    QCOMPARE(vm.host, QStringLiteral("host3"));
    QCOMPARE(vm.nics[0].network, QStringLiteral("vm-payments"));
    QCOMPARE(vm.nics[0].ip, QStringLiteral("10.0.2.2"));
    QCOMPARE(texts(vm.podSubnets), QStringList{QStringLiteral("172.16.0.0/24")});
    const Link link = std::get<Link>(*mDoc.entity(QStringLiteral("link:node4-to-host3")));
    QCOMPARE(link.from, QStringLiteral("node4"));
    QCOMPARE(link.to, QStringLiteral("host3"));
    QCOMPARE(mDoc.position(QStringLiteral("host3")), std::optional<QPointF>(QPointF(540, 740)));

    mDoc.undoStack()->undo();
    QCOMPARE(mDoc.plan(), before);
}

void TestPlanClip::clipSurvivesYaml()
{
    const Plan clip = PlanClip::extract(mDoc, {QStringLiteral("web"), QStringLiteral("db")});
    const ReadResult r = PlanReader::readText(PlanWriter::toYaml(clip), QStringLiteral("clip"));
    QVERIFY(r.plan);
    const QStringList keys = PlanClip::paste(&mDoc, *r.plan, {});
    QCOMPARE(keys.size(), 3); // web1, db1 and their link
    QCOMPARE(std::get<Link>(*mDoc.entity(keys[2])).from, QStringLiteral("web1"));
    QCOMPARE(std::get<Workload>(*mDoc.entity(QStringLiteral("db1"))).ns, QStringLiteral("shop"));
}

QTEST_GUILESS_MAIN(TestPlanClip)
#include "tst_planclip.moc"
