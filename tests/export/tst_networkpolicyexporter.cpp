// The NetworkPolicy exporter: v1 shape, exactly the plan's workload flows, safe names.
#include "exporttestsupport.h"
#include "generate/plangenerator.h"
#include "policyevaluator.h"

#include <QRandomGenerator>
#include <QSet>

#include <yaml-cpp/yaml.h>

using namespace Planar;
using namespace Planar::TestSupport;

namespace {

const QString Kind = QStringLiteral("networkpolicy");
const QString File = QStringLiteral("networkpolicies.yaml");

Plan multiNamespacePlan()
{
    return readPlan(QStringLiteral(PLANAR_EXPORT_PLANS "/multi-namespace.planar.yaml"));
}

Plan generated(quint32 seed, int workloads)
{
    GeneratorOptions o;
    o.seed = seed;
    o.workloads = workloads;
    return generatePlan(o);
}

/**
 * A random plan of workloads in three namespaces and two zones, linked at random: workload or
 * zone endpoints, single ports, ranges, several protocols, all ports, external links.
 */
Plan randomLinks(quint32 seed)
{
    QRandomGenerator rng(seed);
    Plan p;
    p.name = QStringLiteral("random-%1").arg(seed);
    p.cluster.podSubnets = {QStringLiteral("10.244.0.0/16")};
    p.cluster.serviceSubnets = {QStringLiteral("10.96.0.0/16")};
    p.zones = {Zone{QStringLiteral("z1"), {}, {}, {}, {}},
               Zone{QStringLiteral("z2"), {}, {}, {}, {}}};
    Network internet;
    internet.id = QStringLiteral("internet");
    internet.plane = Plane::External;
    internet.cidr = QStringLiteral("0.0.0.0/0");
    p.networks.append(internet);
    for (int i = 0; i < 9; ++i) {
        Workload w;
        w.id = QStringLiteral("w%1").arg(i);
        w.ns = QStringLiteral("ns-%1").arg(QChar(u'a' + i % 3));
        w.labels = {{QStringLiteral("app"), w.id}};
        if (rng.bounded(3) > 0)
            w.zone = rng.bounded(2) ? QStringLiteral("z1") : QStringLiteral("z2");
        w.expose = Expose{QStringLiteral("ingress"), 443, {}};
        p.workloads.append(w);
    }
    const QStringList ends{"w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "z1", "z2"};
    for (int i = 0; i < 14; ++i) {
        Link l;
        l.id = QStringLiteral("l%1").arg(i);
        l.from = ends[rng.bounded(int(ends.size()))];
        l.to = ends[rng.bounded(int(ends.size()))];
        if (i % 7 == 6) l.from = QStringLiteral("internet");
        if (i % 7 == 5) l.to = QStringLiteral("internet");
        switch (rng.bounded(4)) {
        case 0:
            break; // all ports
        case 1:
            l.ports = {
                PortRange{8000 + int(rng.bounded(5)), 8000 + int(rng.bounded(5)), Protocol::TCP}};
            break;
        case 2:
            l.ports = {PortRange{7000, 7010, Protocol::UDP}, PortRange{7005, 7005, Protocol::TCP}};
            break;
        default:
            l.ports = {PortRange{3868, 3868, Protocol::SCTP}, PortRange{8002, 8003, Protocol::TCP}};
            break;
        }
        for (PortRange &r : l.ports)
            if (r.low > r.high) std::swap(r.low, r.high);
        p.links.append(l);
    }
    return p;
}

QStringList workloadsOf(const Plan &plan, const QString &id)
{
    QStringList out;
    for (const Workload &w : plan.workloads)
        if (w.id == id || (!w.zone.isEmpty() && w.zone == id)) out.append(w.id);
    return out;
}

QList<QPair<int, QString>> candidatePorts(const Plan &plan)
{
    QSet<int> ports{1, 53, 7000, 65535};
    for (const Link &l : plan.links)
        for (const PortRange &p : l.ports)
            ports += QSet<int>{p.low, p.high, qMax(1, p.low - 1), qMin(65535, p.high + 1)};
    for (const Workload &w : plan.workloads)
        for (const WorkloadPort &p : w.ports)
            ports.insert(p.port);
    QList<int> sorted(ports.cbegin(), ports.cend());
    std::sort(sorted.begin(), sorted.end());
    QList<QPair<int, QString>> out;
    for (int p : sorted)
        for (const char *proto : {"TCP", "UDP", "SCTP"})
            out.append({p, QString::fromLatin1(proto)});
    return out;
}

QList<PodGroup> podGroups(const Plan &plan)
{
    QList<PodGroup> groups;
    for (const Workload &w : plan.workloads) {
        PodGroup g{w.id, w.effectiveNamespace(), {}, {}};
        for (const auto &[k, v] : w.labels)
            g.labels.insert(k, v);
        QStringList ranges;
        for (const Vm &vm : plan.vms)
            if (w.nodes.contains(vm.id)) ranges += texts(vm.podSubnets);
        if (ranges.isEmpty()) ranges = plan.cluster.podSubnets;
        for (const QString &r : ranges)
            if (auto c = Cidr::parse(r)) g.addresses.append(*c);
        groups.append(g);
    }
    return groups;
}

} // namespace

class tst_NetworkPolicyExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plans_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::newRow("seed") << seedPlan();
        QTest::newRow("multi-namespace") << multiNamespacePlan();
        QTest::newRow("generated-1") << generated(1, 12);
        QTest::newRow("generated-7") << generated(7, 30);
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u})
            QTest::newRow(qPrintable(QStringLiteral("random-links-%1").arg(seed)))
                << randomLinks(seed);
    }

    void shapeIsNetworkingV1_data()
    {
        plans_data();
        // Forced exports of broken plans must still be valid manifests.
        for (const char *example :
             {"mistakes-addressing", "mistakes-flows", "mistakes-segmentation"})
            QTest::newRow(example)
                << readPlan(QStringLiteral(PLANAR_EXAMPLES "/") + QLatin1String(example) +
                            QStringLiteral(".planar.yaml"));
        GeneratorOptions g;
        g.mistakes = 12;
        QTest::newRow("generated with mistakes") << generatePlan(g);
    }
    void shapeIsNetworkingV1()
    {
        QFETCH(Plan, plan);
        const ExportResult r = exportPlan(plan, Kind, true);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QString error;
        PolicyEvaluator policies;
        QVERIFY2(policies.load(fileData(r, File), &error), qPrintable(error));
        QSet<QString> namespaces;
        for (const Workload &w : plan.workloads)
            namespaces.insert(w.effectiveNamespace());
        QVERIFY(policies.policyCount() >= 2 * namespaces.size());
    }

    // The heart of the exporter: the policies allow exactly the linked workload flows.
    void allowsExactlyTheLinkedFlows_data() { plans_data(); }
    void allowsExactlyTheLinkedFlows()
    {
        QFETCH(Plan, plan);
        const ExportResult r = exportPlan(plan, Kind);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        PolicyEvaluator policies;
        QString error;
        QVERIFY2(policies.load(fileData(r, File), &error), qPrintable(error));

        const QList<QPair<int, QString>> ports = candidatePorts(plan);
        QSet<QString> expected;
        for (const Link &l : plan.links)
            for (const QString &from : workloadsOf(plan, l.from))
                for (const QString &to : workloadsOf(plan, l.to)) {
                    if (from == to) continue;
                    for (const auto &[port, proto] : ports) {
                        bool covered = l.ports.isEmpty();
                        for (const PortRange &p : l.ports)
                            covered = covered || p.contains(port, *protocolFromKey(proto));
                        if (covered)
                            expected.insert(QStringLiteral("%1 -> %2 %3/%4")
                                                .arg(from, to)
                                                .arg(port)
                                                .arg(proto));
                    }
                }
        QSet<QString> actual;
        const QList<PodGroup> groups = podGroups(plan);
        for (const PodGroup &from : groups)
            for (const PodGroup &to : groups) {
                if (from.id == to.id) continue;
                for (const auto &[port, proto] : ports)
                    if (policies.allows(from, to, port, proto))
                        actual.insert(QStringLiteral("%1 -> %2 %3/%4")
                                          .arg(from.id, to.id)
                                          .arg(port)
                                          .arg(proto));
            }
        QStringList extra = QStringList((actual - expected).values());
        QStringList missing = QStringList((expected - actual).values());
        extra.sort();
        missing.sort();
        QVERIFY2(extra.isEmpty(),
                 qPrintable(QStringLiteral("allowed but not linked: ") + extra.join(", ")));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("linked but not allowed: ") + missing.join(", ")));
        QVERIFY(!expected.isEmpty());
    }

    void externalEgressNeverOpensHostOrVmPlanes()
    {
        const ExportResult r = exportPlan(multiNamespacePlan(), Kind);
        QVERIFY(r.ok());
        PolicyEvaluator policies;
        QString error;
        QVERIFY(policies.load(fileData(r, File), &error));
        const PodGroup worker{QStringLiteral("worker"),
                              QStringLiteral("jobs"),
                              {{"app", "worker"}},
                              {*Cidr::parse(u"10.244.2.0/24")}};
        // A stand-in for the host and VM planes: non-Pod "peers" reached through ipBlock only.
        for (const char *address :
             {"192.168.10.11/32", "10.1.0.11/32", "10.2.0.11/32", "10.244.1.5/32"}) {
            const PodGroup target{QStringLiteral("infra"),
                                  QStringLiteral("outside"),
                                  {},
                                  {*Cidr::parse(QString::fromLatin1(address))}};
            QVERIFY2(!policies.allows(worker, target, 443, QStringLiteral("TCP")), address);
        }
        const PodGroup somewhere{QStringLiteral("web"),
                                 QStringLiteral("outside"),
                                 {},
                                 {*Cidr::parse(u"198.51.100.7/32")}};
        QVERIFY(policies.allows(worker, somewhere, 443, QStringLiteral("TCP")));
        QVERIFY(!policies.allows(worker, somewhere, 80, QStringLiteral("TCP")));
    }

    // The seed links the internet to web on 8080. Shoppers and the nodes (NodePort, ingress
    // controller) get in; the hosts do not, because host → Pod is denied.
    void externalIngressNeverAdmitsTheHostPlane()
    {
        const ExportResult r = exportPlan(seedPlan(), Kind);
        QVERIFY(r.ok());
        PolicyEvaluator policies;
        QString error;
        QVERIFY(policies.load(fileData(r, File), &error));
        const PodGroup web{QStringLiteral("web"),
                           QStringLiteral("shop"),
                           {{"app", "web"}},
                           {*Cidr::parse(u"172.16.1.10/32")}};
        auto from = [](const char *address) {
            return PodGroup{QStringLiteral("outside"),
                            QStringLiteral("outside"),
                            {},
                            {*Cidr::parse(QString::fromLatin1(address))}};
        };
        QVERIFY(policies.allows(from("198.51.100.7/32"), web, 8080, QStringLiteral("TCP")));
        QVERIFY(policies.allows(from("10.0.1.11/32"), web, 8080, QStringLiteral("TCP")));
        QVERIFY(!policies.allows(from("192.168.1.11/32"), web, 8080, QStringLiteral("TCP")));
        QVERIFY(!policies.allows(from("192.168.1.131/32"), web, 8080, QStringLiteral("TCP")));
    }

    void seedMatchesGolden()
    {
        const ExportResult r = exportPlan(seedPlan(), Kind);
        QVERIFY(r.ok());
        QString why;
        QVERIFY2(matchesGolden(fileData(r, File),
                               QStringLiteral("seed-three-planes/networkpolicies.yaml"), &why),
                 qPrintable(why));
    }

    void deterministic()
    {
        const Plan plan = multiNamespacePlan();
        const QByteArray a = fileData(exportPlan(plan, Kind), File);
        QVERIFY(!a.isEmpty());
        QCOMPARE(fileData(exportPlan(plan, Kind), File), a);
        QCOMPARE(fileData(exportPlan(readPlan(QStringLiteral(PLANAR_EXPORT_PLANS
                                                             "/multi-namespace.planar.yaml")),
                                     Kind),
                          File),
                 a);
    }

    void workloadInDnsNamespaceIsWarnedAbout()
    {
        const ExportResult r = exportPlan(multiNamespacePlan(), Kind);
        QVERIFY(r.warnings.join('\n').contains(QLatin1String("kube-system")));
        QVERIFY(!exportPlan(seedPlan(), Kind)
                     .warnings.join('\n')
                     .contains(QLatin1String("kube-system")));
    }

    // Values that are valid Kubernetes names but look like numbers or booleans to YAML 1.1
    // readers (kubectl) must stay strings.
    void yamlLookalikesStayStrings()
    {
        Plan plan = seedPlan();
        plan.workloads[0].labels = {{QStringLiteral("app"), QStringLiteral("yes")},
                                    {QStringLiteral("v"), QStringLiteral("1.10")}};
        plan.workloads[1].labels = {{QStringLiteral("app"), QStringLiteral("123")},
                                    {QStringLiteral("on"), QStringLiteral("null")}};
        plan.workloads[1].ns = QStringLiteral("1e3");
        const ExportResult r = exportPlan(plan, Kind);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        const QByteArray yaml = fileData(r, File);
        for (const char *plain : {"app: yes", "v: 1.10", "app: 123", "on: null", "namespace: 1e3"})
            QVERIFY2(!yaml.contains(plain), plain);
        QSet<QString> seen;
        for (const YAML::Node &doc : YAML::LoadAll(yaml.toStdString())) {
            const YAML::Node ns = doc["metadata"]["namespace"];
            seen.insert(QString::fromStdString(ns.Scalar()));
            QVERIFY(ns.Tag() == "!" || ns.Scalar() == "shop" || ns.Scalar() == "payments");
        }
        QVERIFY(seen.contains(QStringLiteral("1e3")));
        PolicyEvaluator policies;
        QString error;
        QVERIFY2(policies.load(yaml, &error), qPrintable(error));
    }

    // Free text never reaches a policy: whatever the plan name, description and reasons hold,
    // the documents after the header are the same bytes.
    void hostileFreeTextChangesNoPolicy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("new document") << QStringLiteral("x\n---\napiVersion: v1\nkind: Secret\n");
        QTest::newRow("quotes and braces") << QStringLiteral("\"}{'; ]: #");
        QTest::newRow("line separators") << QStringLiteral("a\u2028b\u0085c\r\nd");
        QTest::newRow("very long") << QString(50000, QLatin1Char('x'));
    }
    void hostileFreeTextChangesNoPolicy()
    {
        QFETCH(QString, text);
        const Plan benign = multiNamespacePlan();
        Plan hostile = benign;
        hostile.name = text;
        hostile.description = text;
        for (Link &l : hostile.links)
            l.reason = text;
        const ExportResult a = exportPlan(benign, Kind), b = exportPlan(hostile, Kind);
        QVERIFY(a.ok() && b.ok());
        auto body = [](const QByteArray &data) { return data.mid(data.indexOf("\n---\n")); };
        QCOMPARE(body(fileData(b, File)), body(fileData(a, File)));
        QCOMPARE(fileData(b, File).count('\n'), fileData(a, File).count('\n'));
        const QByteArray header = fileData(b, File).left(fileData(b, File).indexOf("\n---\n"));
        for (const QByteArray &line : header.split('\n'))
            QVERIFY(line.startsWith("# "));
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("field");
        const Plan seed = seedPlan();
        Plan p = seed;
        p.workloads[0].labels = {{QStringLiteral("app"), QStringLiteral("web\"\n  evil: x")}};
        QTest::newRow("label value with quote and newline") << p << "workloads[0].labels.app";
        p = seed;
        p.workloads[0].labels = {{QStringLiteral("app: {}"), QStringLiteral("web")}};
        QTest::newRow("label key with braces") << p << "workloads[0].labels key";
        p = seed;
        p.workloads[0].labels = {{QStringLiteral("app"), QString(64, QLatin1Char('a'))}};
        QTest::newRow("label value too long") << p << "workloads[0].labels.app";
        p = seed;
        p.workloads[1].ns = QStringLiteral("shop;rm -rf");
        QTest::newRow("namespace with semicolon") << p << "workloads[1].namespace";
        p = seed;
        p.workloads[1].ns = QString(300, QLatin1Char('n'));
        QTest::newRow("very long namespace") << p << "workloads[1].namespace";
        p = seed;
        p.cluster.dnsNamespace = QStringLiteral("kube-system\n---\nkind: Secret");
        QTest::newRow("dns namespace injecting a document") << p << "cluster.dnsNamespace";
        p = seed;
        p.links[0].id = QStringLiteral("web-to-db\nmetadata: {}");
        QTest::newRow("link id with newline") << p << "links[0]";
        p = seed;
        p.workloads[1].labels = {};
        QTest::newRow("linked workload without labels") << p << "workloads[db].labels";
        p = seed;
        p.workloads[1].labels = {{QStringLiteral("app"), QStringLiteral("web")},
                                 {QStringLiteral("tier"), QStringLiteral("db")}};
        QTest::newRow("selector of web also picks db") << p << "workloads[web].labels also select";
    }
    void hostileNamesAreRefused()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, field);
        verifyRefusedAsUnsafe(plan, Kind, field);
    }
};

QTEST_GUILESS_MAIN(tst_NetworkPolicyExporter)
#include "tst_networkpolicyexporter.moc"
