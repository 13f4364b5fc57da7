// The istio exporter: STRICT mTLS everywhere a workload of the mesh lives, and authorization
// policies that admit exactly the flows the LinkJudge allows, read back with Istio's semantics.
#include "check/linkjudge.h"
#include "export/istioexporter.h"
#include "exporttestsupport.h"
#include "generate/plangenerator.h"
#include "istioevaluator.h"

#include <QRandomGenerator>
#include <QSet>

using namespace Planar;
using namespace Planar::TestSupport;

namespace {

const QString Kind = QStringLiteral("istio");
const QString File = QStringLiteral("istio.yaml");

Plan meshPlan()
{
    return readPlan(QStringLiteral(PLANAR_EXPORT_PLANS "/mesh.planar.yaml"));
}

Plan multiNamespacePlan()
{
    return readPlan(QStringLiteral(PLANAR_EXPORT_PLANS "/multi-namespace.planar.yaml"));
}

/**
 * Workloads in three namespaces and two zones, some with service accounts of their own, some
 * outside the mesh, linked at random: workload and zone ends, single ports, ranges, UDP, all
 * ports, links from outside.
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
        if (rng.bounded(3) == 0) w.serviceAccount = QStringLiteral("sa-") + w.id;
        if (rng.bounded(5) == 0) w.mesh = false;
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
        switch (rng.bounded(4)) {
        case 0:
            break; // all ports
        case 1:
            l.ports = {PortRange{8000 + int(rng.bounded(3)), 8003, Protocol::TCP}};
            break;
        case 2:
            l.ports = {PortRange{7000, 7010, Protocol::UDP}, PortRange{7005, 7005, Protocol::TCP}};
            break;
        default:
            l.ports = {PortRange{3868, 3868, Protocol::SCTP}};
            break;
        }
        p.links.append(l);
    }
    return p;
}

Plan generated(quint32 seed, int workloads)
{
    GeneratorOptions o;
    o.seed = seed;
    o.workloads = workloads;
    return generatePlan(o);
}

/** Every workload as Istio sees it, its principal worked out here from plan-format.md. */
QList<MeshWorkload> meshWorkloads(const Plan &plan)
{
    QList<MeshWorkload> out;
    for (const Workload &w : plan.workloads) {
        MeshWorkload m;
        m.id = w.id;
        m.ns = w.ns.isEmpty() ? QStringLiteral("default") : w.ns;
        for (const auto &[k, v] : w.labels)
            m.labels.insert(k, v);
        m.sidecar = w.mesh.value_or(true);
        m.principal = QStringLiteral("cluster.local/ns/%1/sa/%2")
                          .arg(m.ns, w.serviceAccount.isEmpty() ? w.id : w.serviceAccount);
        out << m;
    }
    return out;
}

/** The caller Istio's ingress gateway is: traffic from outside arrives as it. */
MeshWorkload ingressGateway()
{
    return {QStringLiteral("istio-ingressgateway"),
            QStringLiteral("istio-system"),
            {{QStringLiteral("istio"), QStringLiteral("ingressgateway")}},
            QStringLiteral("cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account"),
            true};
}

QStringList membersOf(const Plan &plan, const QString &id)
{
    QStringList out;
    for (const Workload &w : plan.workloads)
        if (w.id == id || (!w.zone.isEmpty() && w.zone == id)) out << w.id;
    return out;
}

QList<int> candidatePorts(const Plan &plan)
{
    QSet<int> ports{1, 53, 65535};
    for (const Link &l : plan.links)
        for (const PortRange &p : l.ports)
            ports += QSet<int>{p.low, p.high, qMax(1, p.low - 1), qMin(65535, p.high + 1)};
    for (const Workload &w : plan.workloads)
        for (const WorkloadPort &p : w.ports)
            ports.insert(p.port);
    QList<int> sorted(ports.cbegin(), ports.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

/**
 * "FROM -> TO PORT" for every TCP flow between two workloads of the mesh that a link covers
 * and the LinkJudge allows (a live exception counts as allowed); FROM "gateway" for a link
 * from an external network.
 */
QSet<QString> linkedFlows(const Plan &plan, const QList<int> &ports)
{
    const PlanLookup lookup(plan);
    const LinkJudge judge(plan, lookup, today());
    QSet<QString> out;
    for (const Link &l : plan.links) {
        QStringList froms = membersOf(plan, l.from);
        const Network *n = lookup.network(l.from);
        if (n && n->plane == Plane::External) froms = {l.from};
        for (const QString &from : froms)
            for (const QString &to : membersOf(plan, l.to)) {
                if (from == to) continue;
                const Workload *src = lookup.workload(from), *dst = lookup.workload(to);
                if ((src && !src->mesh.value_or(true)) || !dst->mesh.value_or(true)) continue;
                Link pair = l;
                pair.from = from;
                pair.to = to;
                const QList<FlowVerdict> verdicts = judge.judge(pair);
                bool allowed = !verdicts.isEmpty();
                for (const FlowVerdict &v : verdicts)
                    allowed = allowed && (v.allowed || v.byException);
                if (!allowed) continue;
                for (int port : ports) {
                    bool covered = l.ports.isEmpty();
                    for (const PortRange &p : l.ports)
                        covered = covered || p.contains(port, Protocol::TCP);
                    if (covered)
                        out << QStringLiteral("%1 -> %2 %3")
                                   .arg(src ? from : QStringLiteral("gateway"), to)
                                   .arg(port);
                }
            }
    }
    return out;
}

} // namespace

class tst_IstioExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plans_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<bool>("meshWide");
        QTest::newRow("seed") << seedPlan() << false;
        QTest::newRow("seed mesh-wide") << seedPlan() << true;
        QTest::newRow("mesh") << meshPlan() << false;
        QTest::newRow("mesh mesh-wide") << meshPlan() << true;
        QTest::newRow("multi-namespace") << multiNamespacePlan() << false;
        QTest::newRow("generated-1") << generated(1, 12) << false;
        QTest::newRow("generated-7") << generated(7, 30) << false;
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u})
            QTest::newRow(qPrintable(QStringLiteral("random-links-%1").arg(seed)))
                << randomLinks(seed) << false;
    }

    // The heart of the exporter: for each pair of workloads of the mesh and each port, the
    // policies admit the connection exactly when a link allows it; the ingress gateway reaches
    // exactly what links from outside allow.
    void allowsExactlyTheLinkedFlows_data() { plans_data(); }
    void allowsExactlyTheLinkedFlows()
    {
        QFETCH(Plan, plan);
        QFETCH(bool, meshWide);
        ExportOptions options;
        options.today = today();
        options.meshWide = meshWide;
        const ExportResult r = ExportRunner::run(plan, Kind, options);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        IstioEvaluator istio;
        QString error;
        QVERIFY2(istio.load(fileData(r, File), &error), qPrintable(error));

        const QList<int> ports = candidatePorts(plan);
        const QSet<QString> expected = linkedFlows(plan, ports);
        QSet<QString> actual;
        const QList<MeshWorkload> workloads = meshWorkloads(plan);
        for (const MeshWorkload &to : workloads) {
            if (!to.sidecar) continue;
            // Every workload of the mesh runs under STRICT mTLS.
            QCOMPARE(istio.mtlsMode(to), QStringLiteral("STRICT"));
            for (int port : ports) {
                for (const MeshWorkload &from : workloads)
                    if (from.id != to.id && from.sidecar && istio.allows(from, to, port))
                        actual << QStringLiteral("%1 -> %2 %3").arg(from.id, to.id).arg(port);
                if (istio.allows(ingressGateway(), to, port))
                    actual << QStringLiteral("gateway -> %1 %2").arg(to.id).arg(port);
            }
        }
        QStringList extra = QStringList((actual - expected).values());
        QStringList missing = QStringList((expected - actual).values());
        extra.sort();
        missing.sort();
        QVERIFY2(extra.isEmpty(),
                 qPrintable(QStringLiteral("admitted but not linked: ") + extra.join(", ")));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("linked but not admitted: ") + missing.join(", ")));
        // Plain text from outside the mesh never gets in under STRICT.
        for (const MeshWorkload &to : workloads)
            for (const MeshWorkload &from : workloads)
                if (to.sidecar && !from.sidecar)
                    QVERIFY2(!istio.allows(from, to, 8080), qPrintable(from.id + " -> " + to.id));
    }

    void seedAdmitsItsLinks()
    {
        // What a reader of the seed expects, spelled out so the exact-flows check cannot pass
        // by admitting nothing at all.
        const Plan plan = seedPlan();
        const ExportResult r = exportPlan(plan, Kind);
        IstioEvaluator istio;
        QString error;
        QVERIFY2(istio.load(fileData(r, File), &error), qPrintable(error));
        const QList<MeshWorkload> w = meshWorkloads(plan); // web, db, payment-api
        QVERIFY(istio.allows(w[0], w[1], 3306));
        QVERIFY(!istio.allows(w[0], w[1], 3307));
        QVERIFY(!istio.allows(w[1], w[0], 8080));
        QVERIFY(istio.allows(w[0], w[2], 8443));
        QVERIFY(!istio.allows(w[2], w[1], 3306));
        QVERIFY(istio.allows(ingressGateway(), w[0], 8080));
        QVERIFY(!istio.allows(ingressGateway(), w[1], 3306));
        QCOMPARE(istio.peerAuthenticationCount(), 2); // shop, payments
        QCOMPARE(istio.policyNames(),
                 (QStringList{"payments/allow-nothing", "payments/allow-to-payment-api",
                              "shop/allow-nothing", "shop/allow-to-web", "shop/allow-to-db"}));
    }

    // The evaluator is able to say no to a wrong file: without the payments namespace's
    // policies, Istio admits anyone to payment-api, and the exact-flows check would see it.
    void evaluatorSeesAWorkloadNoPolicyReaches()
    {
        const Plan plan = seedPlan();
        const QString text = QString::fromUtf8(fileData(exportPlan(plan, Kind), File));
        QString withoutPayments;
        for (const QString &piece : text.split(QStringLiteral("---\n")))
            if (!piece.contains(QStringLiteral("namespace: payments")))
                withoutPayments += QStringLiteral("---\n") + piece;
        IstioEvaluator istio;
        QString error;
        QVERIFY2(istio.load(withoutPayments.toUtf8(), &error), qPrintable(error));
        const QList<MeshWorkload> w = meshWorkloads(plan);
        QVERIFY(istio.allows(w[1], w[2], 3306));
        QCOMPARE(istio.mtlsMode(w[2]), QStringLiteral("PERMISSIVE"));
    }

    void seedMatchesGolden()
    {
        const ExportResult r = exportPlan(seedPlan(), Kind);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QString why;
        QVERIFY2(
            matchesGolden(fileData(r, File), QStringLiteral("seed-three-planes/") + File, &why),
            qPrintable(why));
    }

    void deterministic()
    {
        const Plan plan = meshPlan();
        QCOMPARE(fileData(exportPlan(plan, Kind), File), fileData(exportPlan(plan, Kind), File));
    }

    void meshWideHasOnePeerAuthentication()
    {
        ExportOptions options;
        options.today = today();
        options.meshWide = true;
        const ExportResult r = ExportRunner::run(meshPlan(), Kind, options);
        const QByteArray data = fileData(r, File);
        QCOMPARE(data.count("kind: PeerAuthentication"), 1);
        QVERIFY(data.contains("name: default\n  namespace: istio-system"));
        // The allow-nothing policies stay per namespace: one in istio-system would also shut
        // the ingress gateway.
        QVERIFY(!data.contains("name: allow-nothing\n  namespace: istio-system"));
    }

    void workloadsOutsideTheMeshAreSkippedAndSaidSo()
    {
        const ExportResult r = exportPlan(meshPlan(), Kind);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        const QByteArray data = fileData(r, File);
        QVERIFY(data.contains("# workload reports (namespace legacy): mesh: false"));
        QVERIFY(data.contains("# workload legacy-batch (namespace backend): mesh: false"));
        QVERIFY(!data.contains("allow-to-reports"));
        QVERIFY(!data.contains("namespace: legacy\n")); // no mesh workload there: no documents
        const QString warnings = r.warnings.join('\n');
        QVERIFY2(warnings.contains("link batch-to-ledger: workload legacy-batch is outside the "
                                   "mesh"),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains("link cart-dns-like has no TCP port"), qPrintable(warnings));
        // A workload without inbound links still gets a policy that admits nothing.
        IstioEvaluator istio;
        QString error;
        QVERIFY2(istio.load(data, &error), qPrintable(error));
        QVERIFY(istio.policyNames().contains("backend/allow-to-audit"));
        QVERIFY(istio.policyNames().contains("web/allow-to-shop"));
    }

    void sharedServiceAccountIsRefused()
    {
        Plan p = meshPlan();
        p.workloads[1].serviceAccount = QStringLiteral("shop-frontend"); // cart, beside shop
        verifyRefusedAsUnsafe(p, Kind, QStringLiteral("share the service account shop-frontend"));
    }

    // Free text never reaches a policy: whatever the plan name and reasons hold, the documents
    // after the header are the same bytes.
    void hostileFreeTextChangesNoPolicy()
    {
        const Plan benign = meshPlan();
        Plan hostile = benign;
        hostile.name = QStringLiteral("x\n---\napiVersion: v1\nkind: Secret\n");
        hostile.description = QStringLiteral("\"}{'; ]: #\u2028");
        for (Link &l : hostile.links)
            l.reason = hostile.name;
        const ExportResult a = exportPlan(benign, Kind), b = exportPlan(hostile, Kind);
        QVERIFY(a.ok() && b.ok());
        auto body = [](const QByteArray &data) { return data.mid(data.indexOf("\n---\n")); };
        QCOMPARE(body(fileData(b, File)), body(fileData(a, File)));
        // The plan name reaches the header only, flattened into one comment line.
        for (const QByteArray &line : fileData(b, File).split('\n'))
            QVERIFY2(!line.contains("Secret") || line.startsWith("# "), line.constData());
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("field");
        const Plan seed = seedPlan();
        Plan p = seed;
        p.workloads[0].serviceAccount = QStringLiteral("web\"]\n      - \"*");
        QTest::newRow("service account widening the principals")
            << p << "workloads[0].serviceAccount";
        p = seed;
        p.workloads[1].serviceAccount = QStringLiteral("*");
        QTest::newRow("service account wildcard") << p << "workloads[1].serviceAccount";
        p = seed;
        p.workloads[1].serviceAccount = QStringLiteral("db/../../ns/kube-system/sa/admin");
        QTest::newRow("service account path") << p << "workloads[1].serviceAccount";
        p = seed;
        p.workloads[0].labels = {{QStringLiteral("app"), QStringLiteral("web\"\n  evil: x")}};
        QTest::newRow("label value with quote and newline") << p << "workloads[0].labels.app";
        p = seed;
        p.workloads[1].ns = QStringLiteral("shop\n---\nkind: Secret");
        QTest::newRow("namespace injecting a document") << p << "workloads[1].namespace";
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
        p = seed;
        p.links[0].ports = {PortRange{1, 65535, Protocol::TCP}};
        QTest::newRow("range Istio cannot list") << p << "links[0].ports 1-65535/TCP";
    }
    void hostileNamesAreRefused()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, field);
        verifyRefusedAsUnsafe(plan, Kind, field);
    }

    void plansWithErrorsAreRefusedUnlessForced()
    {
        const Plan plan = readPlan(QStringLiteral(PLANAR_EXAMPLES "/mistakes-flows.planar.yaml"));
        QCOMPARE(exportPlan(plan, Kind).status, ExportResult::Status::PlanHasErrors);
        const ExportResult forced = exportPlan(plan, Kind, true);
        QVERIFY2(forced.ok(), qPrintable(forced.errors.join('\n')));
        QVERIFY(fileData(forced, File).contains("WARNING"));
        IstioEvaluator istio;
        QString error;
        QVERIFY2(istio.load(fileData(forced, File), &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_IstioExporter)
#include "tst_istioexporter.moc"
