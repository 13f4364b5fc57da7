// explain's reasoning, in-process: which link covers a flow and what decided it.
#include "export/flowexplainer.h"
#include "exporttestsupport.h"

using namespace Planar;
using namespace Planar::TestSupport;

namespace {

Plan plan(const QString &name)
{
    if (name == QLatin1String("seed")) return seedPlan();
    return readPlan(QStringLiteral(PLANAR_EXPORT_PLANS "/") + name +
                    QStringLiteral(".planar.yaml"));
}

} // namespace

class tst_FlowExplainer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void explain_data()
    {
        QTest::addColumn<QString>("planName");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("because");
        const QDate june(2026, 6, 1), later(2027, 1, 1);
        QTest::newRow("linked port") << "seed"
                                     << "web"
                                     << "db"
                                     << "3306/TCP" << june << true << "by link web-to-db";
        QTest::newRow("unlinked port") << "seed"
                                       << "web"
                                       << "db"
                                       << "3307/TCP" << june << false << "allows 3306/TCP only";
        QTest::newRow("other protocol") << "seed"
                                        << "web"
                                        << "db"
                                        << "3306/UDP" << june << false << "nothing links them";
        QTest::newRow("any port asked of a port link")
            << "seed"
            << "web"
            << "db"
            << "" << june << false << "allows 3306/TCP only";
        QTest::newRow("reply direction is no link")
            << "seed"
            << "db"
            << "web"
            << "3306/TCP" << june << false << "nothing links them";
        QTest::newRow("network covers its VM") << "seed"
                                               << "node2"
                                               << "host1"
                                               << "9100/TCP" << june << true << "vm -> host";
        QTest::newRow("but not the other zone's VM")
            << "seed"
            << "node3"
            << "host1"
            << "9100/TCP" << june << false << "nothing links them";
        QTest::newRow("external to exposed workload")
            << "seed"
            << "internet"
            << "web"
            << "8080/TCP" << june << true << "exposed workload";
        QTest::newRow("cross-zone VMs unlinked") << "seed"
                                                 << "node1"
                                                 << "node3"
                                                 << "22/TCP" << june << false << "(cross-zone)";
        QTest::newRow("zone link covers a member")
            << "multi-namespace"
            << "api"
            << "worker"
            << "7000/SCTP" << june << true << "by link front-to-worker";
        QTest::newRow("zone link covers a VM member") << "multi-namespace"
                                                      << "vm1"
                                                      << "worker"
                                                      << "7000/SCTP" << june << true << "vm -> pod";
        QTest::newRow("zone target covers a member")
            << "multi-namespace"
            << "metrics"
            << "cache"
            << "9100/TCP" << june << true << "by link metrics-scrape";
        QTest::newRow("all-ports link") << "multi-namespace"
                                        << "worker"
                                        << "cache"
                                        << "" << june << true << "by link worker-to-cache";
        QTest::newRow("port inside a range") << "multi-namespace"
                                             << "frontend"
                                             << "api"
                                             << "9001/TCP" << june << true << "by link fe-to-api";
        QTest::newRow("range inside a range")
            << "multi-namespace"
            << "frontend"
            << "api"
            << "9000-9001/TCP" << june << true << "by link fe-to-api";
        QTest::newRow("live exception")
            << "dual-stack"
            << "h1"
            << "app"
            << "8080/TCP" << june << true
            << "exception 'incident 4711' approved by ops-lead until 2026-12-31";
        QTest::newRow("expired exception") << "dual-stack"
                                           << "h1"
                                           << "app"
                                           << "8080/TCP" << later << false << "(host-to-pod)";
        QTest::newRow("cross-zone by exception") << "dual-stack"
                                                 << "va"
                                                 << "vb"
                                                 << "5432/TCP" << june << true << "exception";
    }
    void explain()
    {
        QFETCH(QString, planName);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, port);
        QFETCH(QDate, today);
        QFETCH(bool, allowed);
        QFETCH(QString, because);
        const Plan p = plan(planName);
        const FlowExplainer explainer(p, today);
        const std::optional<PortRange> range =
            port.isEmpty() ? std::nullopt : PortRange::parse(port);
        const FlowExplanation e = explainer.explain(from, to, range);
        const QString text = e.reasons.join(QLatin1Char('\n'));
        QCOMPARE(e.allowed, allowed);
        QVERIFY2(text.contains(because), qPrintable(text));
        QVERIFY(e.flow.startsWith(from + QStringLiteral(" -> ") + to));
    }

    // rules.md, cluster system flows: the seed's nodes span e-commerce and payments; node1 is
    // made the control plane so that the API server, kubelet and etcd rows exist.
    void systemFlows_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("port");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("because");
        QTest::newRow("calico BGP across zones")
            << "node1"
            << "node3"
            << "179/TCP" << true << "cluster system flow (calico BGP)";
        QTest::newRow("BGP the other way")
            << "node3"
            << "node1"
            << "179/TCP" << true << "cluster system flow (calico BGP)";
        QTest::newRow("Typha") << "node3"
                               << "node1"
                               << "5473/TCP" << true << "cluster system flow (calico Typha)";
        QTest::newRow("worker to the API server")
            << "node3"
            << "node1"
            << "6443/TCP" << true << "cluster system flow (API server)";
        QTest::newRow("API server on a worker is none") << "node1"
                                                        << "node3"
                                                        << "6443/TCP" << false << "(cross-zone)";
        QTest::newRow("control plane to a kubelet")
            << "node1"
            << "node3"
            << "10250/TCP" << true << "cluster system flow (kubelet)";
        QTest::newRow("a worker calls no kubelet") << "node3"
                                                   << "node1"
                                                   << "10250/TCP" << false << "(cross-zone)";
        QTest::newRow("etcd needs two control planes") << "node3"
                                                       << "node1"
                                                       << "2379/TCP" << false << "(cross-zone)";
        QTest::newRow("SSH is no system flow") << "node3"
                                               << "node1"
                                               << "22/TCP" << false << "(cross-zone)";
        QTest::newRow("BGP over UDP is none") << "node1"
                                              << "node3"
                                              << "179/UDP" << false << "(cross-zone)";
        QTest::newRow("nodes only: a host is no node")
            << "host1"
            << "node3"
            << "179/TCP" << false << "nothing links them";
        QTest::newRow("nodes only: Pods are not nodes")
            << "web"
            << "payment-api"
            << "179/TCP" << false << "nothing links them";
        QTest::newRow("all ports is more than a system flow") << "node1"
                                                              << "node3"
                                                              << "" << false << "(cross-zone)";
    }
    void systemFlows()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, port);
        QFETCH(bool, allowed);
        QFETCH(QString, because);
        Plan p = seedPlan();
        p.vms[0].role = QStringLiteral("control-plane");
        const FlowExplainer explainer(p, today());
        const FlowExplanation e =
            explainer.explain(from, to, port.isEmpty() ? std::nullopt : PortRange::parse(port));
        const QString text = e.reasons.join(QLatin1Char('\n'));
        QCOMPARE(e.allowed, allowed);
        QVERIFY2(text.contains(because), qPrintable(text));
        // An admitted system flow names the host forward chains and the sender's switch port.
        if (allowed) {
            QVERIFY2(e.enforcedBy.contains(QStringLiteral("host1.nft:forward")),
                     qPrintable(e.enforcedBy.join(' ')));
            const QString ovs = QStringLiteral(".br-biz.flows:%1-ens3").arg(from);
            QVERIFY2(std::any_of(e.enforcedBy.begin(), e.enforcedBy.end(),
                                 [&](const QString &w) { return w.endsWith(ovs); }),
                     qPrintable(e.enforcedBy.join(' ')));
        }
    }

    // Unknown CNI: the API server, kubelet and etcd rows only; encapsulation by CNI default.
    void systemFlowsFollowTheCni_data()
    {
        QTest::addColumn<QString>("cni");
        QTest::addColumn<QString>("encapsulation");
        QTest::addColumn<QString>("port");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("weave: no BGP") << "weave"
                                       << ""
                                       << "179/TCP" << false;
        QTest::newRow("weave: still the API server") << "weave"
                                                     << ""
                                                     << "6443/TCP" << true;
        QTest::newRow("cilium health") << "cilium"
                                       << ""
                                       << "4240/TCP" << true;
        QTest::newRow("cilium default vxlan 8472") << "cilium"
                                                   << ""
                                                   << "8472/UDP" << true;
        QTest::newRow("calico vxlan is 4789") << "calico"
                                              << "vxlan"
                                              << "4789/UDP" << true;
        QTest::newRow("calico vxlan is not 8472") << "calico"
                                                  << "vxlan"
                                                  << "8472/UDP" << false;
        QTest::newRow("flannel default vxlan") << "flannel"
                                               << ""
                                               << "8472/UDP" << true;
        QTest::newRow("flannel has no BGP") << "flannel"
                                            << ""
                                            << "179/TCP" << false;
        QTest::newRow("wireguard") << "calico"
                                   << "wireguard"
                                   << "51820/UDP" << true;
        QTest::newRow("none: no vxlan") << "flannel"
                                        << "none"
                                        << "8472/UDP" << false;
    }
    void systemFlowsFollowTheCni()
    {
        QFETCH(QString, cni);
        QFETCH(QString, encapsulation);
        QFETCH(QString, port);
        QFETCH(bool, allowed);
        Plan p = seedPlan();
        p.vms[0].role = QStringLiteral("control-plane");
        p.cluster.cni = cni;
        p.cluster.encapsulation = encapsulation;
        const FlowExplainer explainer(p, today());
        // node3 (payments, worker) to node1 (e-commerce, control plane): across zones.
        QCOMPARE(
            explainer
                .explain(QStringLiteral("node3"), QStringLiteral("node1"), PortRange::parse(port))
                .allowed,
            allowed);
    }

    // Explain names the artifacts that enforce the deciding link, read from what the exporters
    // write: the nft chain, the NetworkPolicy, the Istio policy, the VM's OVS port and vNIC.
    void allowedFlowNamesItsEnforcingArtifacts()
    {
        Plan p = seedPlan();
        Link kubelet;
        kubelet.id = QStringLiteral("node1-to-node2");
        kubelet.from = QStringLiteral("node1");
        kubelet.to = QStringLiteral("node2");
        kubelet.ports = {PortRange{10250, 10250, Protocol::TCP}};
        p.links.append(kubelet);
        const FlowExplainer explainer(p, today());
        const FlowExplanation pods = explainer.explain(QStringLiteral("web"), QStringLiteral("db"),
                                                       PortRange::parse("3306/TCP"));
        QVERIFY(pods.allowed);
        QVERIFY2(pods.enforcedBy.contains("networkpolicies.yaml:shop/web-to-db-ingress"),
                 qPrintable(pods.enforcedBy.join(' ')));
        QVERIFY2(pods.enforcedBy.contains("istio.yaml:shop/allow-to-db"),
                 qPrintable(pods.enforcedBy.join(' ')));
        const FlowExplanation vms = explainer.explain(
            QStringLiteral("node1"), QStringLiteral("node2"), PortRange::parse("10250/TCP"));
        QVERIFY(vms.allowed);
        for (const char *artifact :
             {"host1.br-biz.flows:node1-ens3", "host1.br-biz.flows:node2-ens3",
              "node1.ens3.interface.xml", "node2.ens3.interface.xml"})
            QVERIFY2(vms.enforcedBy.contains(QLatin1String(artifact)),
                     qPrintable(vms.enforcedBy.join(' ')));
        const FlowExplanation host = explainer.explain(
            QStringLiteral("node1"), QStringLiteral("host1"), PortRange::parse("9100/TCP"));
        QVERIFY2(host.enforcedBy.contains("host1.nft:input"),
                 qPrintable(host.enforcedBy.join(' ')));
        // A denied flow names no artifact: nothing enforces what is not allowed.
        QVERIFY(explainer.explain(QStringLiteral("db"), QStringLiteral("web"), std::nullopt)
                    .enforcedBy.isEmpty());
    }

    // In a plan without errors, every link explains as allowed on its own first port.
    void everyLinkOfACleanPlanIsAllowed()
    {
        const Plan p = plan(QStringLiteral("multi-namespace"));
        const FlowExplainer explainer(p, today());
        for (const Link &l : p.links) {
            if (explainer.lookup().kindOf(l.from) == EntityKind::Zone ||
                explainer.lookup().kindOf(l.to) == EntityKind::Zone)
                continue;
            const std::optional<PortRange> port =
                l.ports.isEmpty() ? std::nullopt : std::optional(l.ports.first());
            QVERIFY2(explainer.explain(l.from, l.to, port).allowed, qPrintable(l.label()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_FlowExplainer)
#include "tst_flowexplainer.moc"
