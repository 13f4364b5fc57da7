// The ovs exporter: the seed's switch script and port-security flows, port names, safety.
// Real Open vSwitch behaviour is proven by ovs_probe.sh.
#include "export/ovsexporter.h"
#include "exporttestsupport.h"
#include <QRegularExpression>
#include <QSet>

using namespace Planar;
using namespace Planar::TestSupport;

namespace {

const QString Kind = QStringLiteral("ovs");

QStringList lines(const QByteArray &data)
{
    return QString::fromUtf8(data).split(QLatin1Char('\n'));
}

} // namespace

class tst_OvsExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedMatchesGoldenFiles()
    {
        const ExportResult r = exportPlan(seedPlan(), Kind);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QStringList names;
        for (const ExportedFile &f : r.files)
            names.append(f.name);
        QCOMPARE(names, QStringList({"host1.ovs.sh", "host1.br-biz.flows", "host2.ovs.sh",
                                     "host2.br-biz.flows"}));
        for (const ExportedFile &f : r.files) {
            QString why;
            QVERIFY2(matchesGolden(f.data, QStringLiteral("seed-three-planes/") + f.name, &why),
                     qPrintable(why));
        }
    }

    void uplinkTrunksExactlyTheSwitchVlans()
    {
        const QByteArray script = fileData(exportPlan(seedPlan(), Kind), "host1.ovs.sh");
        QVERIFY(script.contains("set port eth1 vlan_mode=trunk tag=[] trunks=10,20 "));
        QVERIFY(script.contains("set port node1-ens3 vlan_mode=access tag=10 trunks=[] "));
        QVERIFY(script.contains("'external_ids:attached-mac=\"52:54:00:00:01:11\"'"));
        QVERIFY(script.contains("\nset -eu\n"));
    }

    void switchWithoutVlansNeverTrunksAll()
    {
        Plan p = seedPlan();
        p.hosts[0].switches[0].vlans.clear();
        const QByteArray script = fileData(exportPlan(p, Kind, true), "host1.ovs.sh");
        // An empty trunks column would carry every VLAN.
        QVERIFY(script.contains("set port eth1 vlan_mode=access tag=0 trunks=[] "));
    }

    void portSecurityBindsMacAndAddresses()
    {
        const QStringList flows =
            lines(fileData(exportPlan(seedPlan(), Kind), "host1.br-biz.flows"));
        // Port security's own flows (200, 100); zone isolation (250, 300) is tested below.
        QStringList node1 = flows.filter("in_port=\"node1-ens3\"");
        node1.removeIf([](const QString &l) {
            return l.startsWith(QLatin1String("priority=250")) ||
                   l.startsWith(QLatin1String("priority=300"));
        });
        QCOMPARE(node1,
                 QStringList({"priority=200,arp,in_port=\"node1-ens3\",dl_src=52:54:00:00:01:11,"
                              "arp_sha=52:54:00:00:01:11,arp_spa=10.0.1.11,actions=NORMAL",
                              "priority=200,ip,in_port=\"node1-ens3\",dl_src=52:54:00:00:01:11,"
                              "nw_src=10.0.1.11/32,actions=NORMAL",
                              "priority=200,ip,in_port=\"node1-ens3\",dl_src=52:54:00:00:01:11,"
                              "nw_src=172.16.1.0/24,actions=NORMAL",
                              "priority=100,in_port=\"node1-ens3\",actions=drop"}));
        QVERIFY(flows.contains("priority=10,in_port=\"eth1\",actions=NORMAL"));
        QVERIFY(flows.contains("priority=0,actions=drop"));
    }

    // exports.md: IP from a VM port to another zone's VM ranges is dropped, except the cluster
    // system flows and linked flows; every allow keeps port security's match.
    void zoneIsolationAtTheVmPort()
    {
        Plan p = seedPlan();
        Link migrate;
        migrate.id = QStringLiteral("migrate");
        migrate.from = QStringLiteral("node1");
        migrate.to = QStringLiteral("node3");
        migrate.ports = {*PortRange::parse(QStringLiteral("8000-8100/TCP"))};
        migrate.exception =
            LinkException{QStringLiteral("move"), QStringLiteral("ops"), QDate(2099, 1, 1), {}};
        p.links.append(migrate);
        const QStringList flows = lines(fileData(exportPlan(p, Kind, true), "host1.br-biz.flows"));
        const QString port = QStringLiteral("in_port=\"node1-ens3\",dl_src=52:54:00:00:01:11,");
        QVERIFY(flows.contains(
            "priority=250,ip,in_port=\"node1-ens3\",nw_dst=10.0.2.0/24,actions=drop"));
        QVERIFY(
            flows.contains("priority=300,tcp," + port +
                           "nw_src=10.0.1.11/32,nw_dst=10.0.2.11/32,tp_dst=179,actions=NORMAL"));
        QVERIFY(flows.contains("priority=300,ip,nw_proto=4," + port +
                               "nw_src=10.0.1.11/32,nw_dst=10.0.2.11/32,actions=NORMAL"));
        QVERIFY(flows.filter("tp_dst=22,").isEmpty());
        // No API server or kubelet rows: the seed has no control-plane VM.
        QVERIFY(flows.filter("tp_dst=6443").isEmpty() && flows.filter("tp_dst=10250").isEmpty());
        // Same zone: node2 gets no drop towards node1's zone, only towards payments.
        QVERIFY(flows.filter(QRegularExpression("priority=250,.*nw_dst=10\\.0\\.1\\.")).isEmpty());
        // The linked range 8000-8100 as value/mask matches, covering exactly that range.
        const QStringList linked = flows.filter("nw_dst=10.0.2.11/32,tp_dst=").filter("tcp");
        QSet<int> covered;
        for (const QString &l : linked) {
            const QString m = l.section(QStringLiteral("tp_dst="), 1).section(',', 0, 0);
            if (!m.contains('/')) {
                covered.insert(m.toInt());
                continue;
            }
            bool ok = false;
            const int value = m.section('/', 0, 0).toInt(&ok, 16);
            const int mask = m.section('/', 1).toInt(&ok, 16);
            for (int port = 0; port < 65536; ++port)
                if ((port & mask) == value) covered.insert(port);
        }
        covered.remove(179);
        covered.remove(5473);
        QCOMPARE(covered.size(), 101);
        QVERIFY(covered.contains(8000) && covered.contains(8100) && !covered.contains(8101));
        // node3's port (host2) answers with its own system flows towards e-commerce.
        const QStringList host2 = lines(fileData(exportPlan(p, Kind, true), "host2.br-biz.flows"));
        QVERIFY(host2.contains(
            "priority=250,ip,in_port=\"node3-ens3\",nw_dst=10.0.1.0/24,actions=drop"));
        QVERIFY(!host2.filter("nw_src=10.0.2.11/32,nw_dst=10.0.1.11/32,tp_dst=179").isEmpty());
        QVERIFY(host2.filter("tp_dst=0x1f40").isEmpty()); // the link is one way
    }

    void nicWithoutMacGetsNoBindingAndAWarning()
    {
        Plan p = seedPlan();
        p.vms[0].nics[0].mac.clear();
        const ExportResult r = exportPlan(p, Kind, true);
        QVERIFY(r.ok());
        QVERIFY2(r.warnings.join('\n').contains("VM node1 NIC ens3 has no MAC"),
                 qPrintable(r.warnings.join('\n')));
        const QStringList node1 =
            lines(fileData(r, "host1.br-biz.flows")).filter("in_port=\"node1-ens3\"");
        QCOMPARE(node1, QStringList({"priority=100,in_port=\"node1-ens3\",actions=drop"}));
    }

    void longPortNamesAreShortStableAndUnique()
    {
        Plan p = seedPlan();
        p.vms[0].id = QStringLiteral("payments-node-a");
        p.vms[1].id = QStringLiteral("payments-node-b");
        p.vms[1].host = p.vms[0].host;
        const QMap<QString, QString> names = OvsExporter::portNames(p, QStringLiteral("host1"));
        const QString a = names.value("payments-node-a/ens3"),
                      b = names.value("payments-node-b/ens3");
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY2(a.size() <= 15 && b.size() <= 15, qPrintable(a + ' ' + b));
        QVERIFY(a != b);
        QVERIFY(a.startsWith("payments-n"));
        QCOMPARE(OvsExporter::portNames(p, QStringLiteral("host1")), names);
        // A name that fits keeps its full form even when a shortened one is made next to it.
        p.vms[1].id = QStringLiteral("n2");
        QCOMPARE(OvsExporter::portNames(p, QStringLiteral("host1")).value("n2/ens3"),
                 QStringLiteral("n2-ens3"));
        const QByteArray flows = fileData(exportPlan(p, Kind, true), "host1.br-biz.flows");
        QVERIFY(flows.contains(QByteArray("in_port=\"" + a.toUtf8() + "\"")));
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("field");
        const Plan seed = seedPlan();
        Plan p = seed;
        p.hosts[0].id = QStringLiteral("host1; rm -rf /");
        QTest::newRow("host id with shell") << p << "hosts[0].id";
        p = seed;
        p.hosts[0].switches[0].name = QStringLiteral("br$(reboot)");
        QTest::newRow("switch name with command substitution") << p << "hosts[0].switches[0].name";
        p = seed;
        p.hosts[0].switches[0].uplink = QStringLiteral("eth1\nreboot");
        QTest::newRow("uplink with newline") << p << "hosts[0].switches[0].uplink";
        p = seed;
        p.vms[0].id = QStringLiteral("node1\",actions=NORMAL");
        QTest::newRow("vm id with flow text") << p << "vms[0].id";
        p = seed;
        p.vms[0].nics[0].name = QStringLiteral("ens3 'x'");
        QTest::newRow("vm nic name with quotes") << p << "vms[0].nics[0].name";
        p = seed;
        p.vms[0].nics[0].mac = QStringLiteral("52:54:00:00:01:11,actions=NORMAL");
        QTest::newRow("mac with flow text") << p << "vms[0].nics[0].mac";
        p = seed;
        p.vms[0].nics[0].ip = QStringLiteral("10.0.1.11\npriority=999,actions=NORMAL");
        QTest::newRow("ip with newline") << p << "vms[0].nics[0].ip";
        p = seed;
        p.vms[0].podSubnets = {QStringLiteral("0.0.0.0/0 }")};
        QTest::newRow("pod subnet with brace") << p << "vms[0].podSubnet";
    }
    void hostileNamesAreRefused()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, field);
        verifyRefusedAsUnsafe(plan, Kind, field);
    }
};

QTEST_GUILESS_MAIN(tst_OvsExporter)
#include "tst_ovsexporter.moc"
