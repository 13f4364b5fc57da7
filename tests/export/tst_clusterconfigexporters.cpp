// The kubeadm and calico exporters: documents that parse back to the plan's cluster ranges.
#include "exporttestsupport.h"

#include <yaml-cpp/yaml.h>

using namespace Planar;
using namespace Planar::TestSupport;

namespace {

Plan plan(const char *name)
{
    return readPlan(QStringLiteral(PLANAR_EXPORT_PLANS "/") + QLatin1String(name) +
                    QStringLiteral(".planar.yaml"));
}

QString text(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.as<std::string>())
                           : QStringLiteral("<none>");
}

/** Every key of @p node is one of @p known (kubeadm's v1beta3 field names). */
void verifyKeys(const YAML::Node &node, const QStringList &known, const QString &where)
{
    for (const auto &kv : node) {
        const QString key = QString::fromStdString(kv.first.as<std::string>());
        QVERIFY2(known.contains(key), qPrintable(where + QStringLiteral(": unknown field ") + key));
    }
}

void checkGolden(const ExportResult &r, const QString &file)
{
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QString why;
    QVERIFY2(matchesGolden(fileData(r, file), QStringLiteral("seed-three-planes/") + file, &why),
             qPrintable(why));
}

} // namespace

class tst_ClusterConfigExporters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kubeadmCarriesTheSeedRanges()
    {
        const ExportResult r = exportPlan(seedPlan(), QStringLiteral("kubeadm"));
        checkGolden(r, QStringLiteral("kubeadm-config.yaml"));
        const YAML::Node doc = YAML::Load(fileData(r, "kubeadm-config.yaml").toStdString());
        // Field names of kubeadm.k8s.io/v1beta3 ClusterConfiguration (kubeadm's API reference).
        verifyKeys(doc,
                   {"apiVersion", "kind", "etcd", "networking", "kubernetesVersion",
                    "controlPlaneEndpoint", "apiServer", "controllerManager", "scheduler", "dns",
                    "certificatesDir", "imageRepository", "featureGates", "clusterName"},
                   "ClusterConfiguration");
        verifyKeys(doc["networking"], {"serviceSubnet", "podSubnet", "dnsDomain"}, "networking");
        verifyKeys(doc["controllerManager"], {"extraArgs", "extraVolumes"}, "controllerManager");
        QCOMPARE(text(doc["apiVersion"]), QStringLiteral("kubeadm.k8s.io/v1beta3"));
        QCOMPARE(text(doc["kind"]), QStringLiteral("ClusterConfiguration"));
        QCOMPARE(text(doc["clusterName"]), QStringLiteral("prod"));
        QCOMPARE(text(doc["networking"]["podSubnet"]), QStringLiteral("172.16.0.0/12"));
        QCOMPARE(text(doc["networking"]["serviceSubnet"]), QStringLiteral("10.96.0.0/12"));
        QCOMPARE(text(doc["networking"]["dnsDomain"]), QStringLiteral("cluster.local"));
        QCOMPARE(text(doc["controllerManager"]["extraArgs"]["node-cidr-mask-size"]),
                 QStringLiteral("24"));
    }

    void kubeadmDualStackListsBothFamilies()
    {
        Plan p = plan("dual-stack");
        p.cluster.nodeMaskSize = 25;
        const ExportResult r = exportPlan(p, QStringLiteral("kubeadm"), true);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        const YAML::Node doc = YAML::Load(fileData(r, "kubeadm-config.yaml").toStdString());
        QCOMPARE(text(doc["networking"]["podSubnet"]),
                 QStringLiteral("10.244.0.0/16,fd00:244::/48"));
        QCOMPARE(text(doc["networking"]["serviceSubnet"]),
                 QStringLiteral("10.96.0.0/16,fd00:96::/108"));
        const YAML::Node args = doc["controllerManager"]["extraArgs"];
        QCOMPARE(text(args["node-cidr-mask-size-ipv4"]), QStringLiteral("25"));
        QCOMPARE(text(args["node-cidr-mask-size-ipv6"]), QStringLiteral("64"));
        QVERIFY(!args["node-cidr-mask-size"]);
    }

    void kubeadmRefusesHostileClusterFields_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("field");
        Plan p = seedPlan();
        p.cluster.name = QStringLiteral("prod\nkind: InitConfiguration");
        QTest::newRow("name with newline") << p << "cluster.name";
        p = seedPlan();
        p.cluster.podSubnets = {QStringLiteral("172.16.0.0/12\"\n  evil: x")};
        QTest::newRow("pod subnet with quote") << p << "cluster.podSubnet";
        p = seedPlan();
        p.cluster.serviceSubnets = {QStringLiteral("10.96.0.0/12 # x")};
        QTest::newRow("service subnet with comment") << p << "cluster.serviceSubnet";
    }
    void kubeadmRefusesHostileClusterFields()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, field);
        verifyRefusedAsUnsafe(plan, QStringLiteral("kubeadm"), field);
    }

    void calicoPinsEachNodeToItsSubnet()
    {
        const ExportResult r = exportPlan(seedPlan(), QStringLiteral("calico"));
        checkGolden(r, QStringLiteral("calico-ippools.yaml"));
        const std::vector<YAML::Node> docs =
            YAML::LoadAll(fileData(r, "calico-ippools.yaml").toStdString());
        QCOMPARE(docs.size(), size_t(3));
        const QStringList nodes{"node1", "node2", "node3"};
        for (int i = 0; i < 3; ++i) {
            const YAML::Node &d = docs[size_t(i)];
            QCOMPARE(text(d["apiVersion"]), QStringLiteral("crd.projectcalico.org/v1"));
            QCOMPARE(text(d["kind"]), QStringLiteral("IPPool"));
            QCOMPARE(text(d["metadata"]["name"]), nodes[i] + "-ipv4");
            QCOMPARE(text(d["spec"]["cidr"]), QStringLiteral("172.16.%1.0/24").arg(i + 1));
            QCOMPARE(text(d["spec"]["blockSize"]), QStringLiteral("24"));
            QCOMPARE(text(d["spec"]["nodeSelector"]),
                     QStringLiteral("kubernetes.io/hostname == \"%1\"").arg(nodes[i]));
        }
    }

    void calicoSkipsIpv6SubnetsWithAWarning()
    {
        const ExportResult r = exportPlan(plan("dual-stack"), QStringLiteral("calico"), true);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QCOMPARE(YAML::LoadAll(fileData(r, "calico-ippools.yaml").toStdString()).size(), size_t(2));
        QVERIFY(r.warnings.join('\n').contains(
            "VM va: IPv6 podSubnet fd00:244:0:1::/64 has no IPPool"));
    }

    void calicoRefusesWhatCouldEscapeTheSelector_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("field");
        Plan p = seedPlan();
        p.vms[0].id = QStringLiteral("node1\" || all()");
        QTest::newRow("vm id closing the selector string") << p << "vms[0].id";
        p = seedPlan();
        p.vms[1].podSubnets = {QStringLiteral("172.16.2.0/24\n---")};
        QTest::newRow("pod subnet starting a document") << p << "vms[1].podSubnet";
        p = seedPlan();
        p.vms[1].podSubnets = {QStringLiteral("172.16.2.0/26")};
        QTest::newRow("subnet smaller than a block") << p << "vms[1].podSubnet";
        p = seedPlan();
        p.cluster.nodeMaskSize = 16;
        QTest::newRow("block size Calico refuses") << p << "cluster.nodeMaskSize";
    }
    void calicoRefusesWhatCouldEscapeTheSelector()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, field);
        verifyRefusedAsUnsafe(plan, QStringLiteral("calico"), field);
    }
};

QTEST_GUILESS_MAIN(tst_ClusterConfigExporters)
#include "tst_clusterconfigexporters.moc"
