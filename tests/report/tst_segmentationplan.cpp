// The segmentation appendix (PCI 11.4.5) at every size: the contract's probe per host and node
// Pod subnet while there are few, one per host against the cluster's Pod range beyond
// HostToPodProbeLimit, so that a 10,000-host plan gets an appendix and not 500 million rows.
#include "generate/plangenerator.h"
#include "io/planreader.h"
#include "net/cidr.h"
#include "report/reporttext.h"
#include "report/segmentationplan.h"

#include <QTest>

using namespace Planar;

namespace {

QList<SegmentationProbe> probesOf(const Plan &plan)
{
    const ReportFacts facts(plan, {});
    return segmentationPlan(facts);
}

QList<SegmentationProbe> withReason(const QList<SegmentationProbe> &probes, const char *key)
{
    QList<SegmentationProbe> out;
    for (const SegmentationProbe &p : probes)
        if (p.reason.key == QLatin1String(key)) out << p;
    return out;
}

/** Hosts with an address on a management network: those the host-to-pod probes start at. */
qsizetype managedHosts(const Plan &plan)
{
    QSet<QString> management;
    for (const Network &n : plan.networks)
        if (n.role == u"management") management.insert(n.id);
    qsizetype count = 0;
    for (const Host &h : plan.hosts)
        count += std::any_of(h.nics.begin(), h.nics.end(),
                             [&](const HostNic &nic) { return management.contains(nic.network); });
    return count;
}

qsizetype nodePodSubnets(const Plan &plan)
{
    qsizetype count = 0;
    for (const Vm &v : plan.vms)
        count += v.podSubnets.size();
    return count;
}

Plan generated(int hosts)
{
    GeneratorOptions o;
    o.hosts = hosts;
    o.vmsPerHost = 5;
    o.workloads = 40;
    return generatePlan(o);
}

} // namespace

class TestSegmentationPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedProbesEveryHostAgainstEveryNodePodSubnet()
    {
        const ReadResult r =
            PlanReader::readFile(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"));
        QVERIFY(r.plan);
        const QList<SegmentationProbe> probes = probesOf(*r.plan);
        const auto perNode = withReason(probes, "probe.hostToPod");
        QVERIFY(managedHosts(*r.plan) > 0 && nodePodSubnets(*r.plan) > 0);
        QCOMPARE(perNode.size(), managedHosts(*r.plan) * nodePodSubnets(*r.plan));
        QVERIFY(withReason(probes, "probe.hostToPodRange").isEmpty());
    }

    void hostToPodSwitchesToTheClusterRangeBeyondTheLimit_data()
    {
        QTest::addColumn<int>("hosts");
        // 5 VMs a host, one Pod subnet each: hosts × 5·hosts probes, 9,680 and 10,125.
        QTest::newRow("44 hosts: per node") << 44;
        QTest::newRow("45 hosts: per host") << 45;
        QTest::newRow("400 hosts: per host") << 400;
    }

    void hostToPodSwitchesToTheClusterRangeBeyondTheLimit()
    {
        QFETCH(int, hosts);
        const Plan plan = generated(hosts);
        const qsizetype product = managedHosts(plan) * nodePodSubnets(plan);
        QVERIFY(product > 0);
        const QList<SegmentationProbe> probes = probesOf(plan);
        const auto perNode = withReason(probes, "probe.hostToPod");
        const auto perHost = withReason(probes, "probe.hostToPodRange");
        if (product <= HostToPodProbeLimit) {
            QCOMPARE(perNode.size(), product);
            QVERIFY(perHost.isEmpty());
            return;
        }
        QVERIFY(perNode.isEmpty());
        QCOMPARE(perHost.size(), managedHosts(plan) * plan.cluster.podSubnets.size());
        // The range a probe aims at must cover every node's Pod subnet, or it stands for none.
        for (const SegmentationProbe &p : perHost) {
            QVERIFY2(plan.cluster.podSubnets.contains(p.address), qPrintable(p.address));
            const auto range = Cidr::parse(p.address);
            QVERIFY(range);
            for (const Vm &v : plan.vms)
                for (const QString &pods : v.podSubnets)
                    QVERIFY2(range->contains(*Cidr::parse(pods)), qPrintable(pods));
        }
        // The appendix grows with the plan, not with hosts × nodes.
        qsizetype linear = managedHosts(plan) + plan.networks.size() + plan.vms.size();
        for (const Link &l : plan.links)
            linear += std::max<qsizetype>(1, l.ports.size());
        linear += plan.zones.size() * plan.zones.size();
        QVERIFY2(probes.size() <= linear, qPrintable(QString::number(probes.size())));
    }

    void theClusterRangeProbeSaysWhatItStandsFor()
    {
        const QList<SegmentationProbe> probes = probesOf(generated(400));
        const auto perHost = withReason(probes, "probe.hostToPodRange");
        QVERIFY(!perHost.isEmpty());
        QVERIFY(ReportText("en")(perHost.first().reason).contains("every node Pod subnet"));
        QVERIFY(ReportText("zh_CN")(perHost.first().reason).contains("每个节点 Pod 子网"));
    }
};

QTEST_GUILESS_MAIN(TestSegmentationPlan)
#include "tst_segmentationplan.moc"
