// The ovs exporter: the seed's switch script and port-security flows, port names, safety.
// Real Open vSwitch behaviour is proven by ovs_probe.sh.
#include "export/ovsexporter.h"
#include "exporttestsupport.h"

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
        const QStringList node1 = flows.filter("in_port=\"node1-ens3\"");
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
