// The libvirt exporter: files virt-xml-validate accepts, the seed's networks and interfaces.
#include "exporttestsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Planar;
using namespace Planar::TestSupport;

namespace {

const QString Kind = QStringLiteral("libvirt");

/** Runs virt-xml-validate on @p xml as @p type; the output when it refuses. */
bool validates(const QByteArray &xml, const QString &type, QString *why)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("virt-xml-validate"));
    if (tool.isEmpty()) {
        *why = QStringLiteral("virt-xml-validate is missing: run installer/setup-debian.sh "
                              "(libvirt-clients)");
        return false;
    }
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("file.xml")));
    if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size()) return false;
    f.close();
    QProcess p;
    p.start(tool, {f.fileName(), type});
    p.waitForFinished(60000);
    *why = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) +
           QString::fromUtf8(xml);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/** The interface inside the smallest domain libvirt accepts. */
QByteArray inDomain(const QByteArray &interfaceXml)
{
    return "<domain type='kvm'>\n  <name>probe</name>\n  <memory unit='MiB'>512</memory>\n"
           "  <os><type>hvm</type></os>\n  <devices>\n" +
           interfaceXml + "  </devices>\n</domain>\n";
}

/** Attribute @p name of the first element @p element in @p xml. */
QString attribute(const QByteArray &xml, const QString &element, const QString &name)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            return r.attributes().value(name).toString();
    return QStringLiteral("<no %1>").arg(element);
}

void verifyAllValidate(const ExportResult &r)
{
    QVERIFY2(!r.files.isEmpty(), qPrintable(r.errors.join('\n')));
    for (const ExportedFile &f : r.files) {
        QString why;
        if (f.name.endsWith(QLatin1String(".network.xml")))
            QVERIFY2(validates(f.data, QStringLiteral("network"), &why), qPrintable(why));
        else
            QVERIFY2(validates(inDomain(f.data), QStringLiteral("domain"), &why), qPrintable(why));
    }
}

} // namespace

class tst_LibvirtExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedMatchesGoldenFilesAndValidates()
    {
        const ExportResult r = exportPlan(seedPlan(), Kind);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QStringList names;
        for (const ExportedFile &f : r.files)
            names.append(f.name);
        QCOMPARE(names, QStringList({"host1-br-biz.network.xml", "host2-br-biz.network.xml",
                                     "node1.ens3.interface.xml", "node2.ens3.interface.xml",
                                     "node3.ens3.interface.xml"}));
        for (const ExportedFile &f : r.files) {
            QString why;
            QVERIFY2(matchesGolden(f.data, QStringLiteral("seed-three-planes/") + f.name, &why),
                     qPrintable(why));
        }
        verifyAllValidate(r);
    }

    void networkHasAPortgroupPerVlanNamedAfterItsZone()
    {
        const QByteArray xml = fileData(exportPlan(seedPlan(), Kind), "host1-br-biz.network.xml");
        QCOMPARE(attribute(xml, "bridge", "name"), QStringLiteral("br-biz"));
        QCOMPARE(attribute(xml, "forward", "mode"), QStringLiteral("bridge"));
        QCOMPARE(attribute(xml, "virtualport", "type"), QStringLiteral("openvswitch"));
        QVERIFY(xml.contains("<portgroup name='ecommerce'>\n    <vlan>\n      <tag id='10'/>"));
        QVERIFY(xml.contains("<portgroup name='payments'>\n    <vlan>\n      <tag id='20'/>"));
    }

    void interfaceBindsMacNetworkPortgroupAndTarget()
    {
        const QByteArray xml = fileData(exportPlan(seedPlan(), Kind), "node3.ens3.interface.xml");
        QCOMPARE(attribute(xml, "mac", "address"), QStringLiteral("52:54:00:00:02:11"));
        QCOMPARE(attribute(xml, "source", "network"), QStringLiteral("host2-br-biz"));
        QCOMPARE(attribute(xml, "source", "portgroup"), QStringLiteral("payments"));
        QCOMPARE(attribute(xml, "target", "dev"), QStringLiteral("node3-ens3"));
    }

    void vlanWithoutZoneGetsItsNumberAndLongPortNamesMatchOvs()
    {
        Plan p = seedPlan();
        p.networks[5].zone.clear(); // vm-payments, VLAN 20
        p.vms[2].id = QStringLiteral("payments-node-3");
        const ExportResult r = exportPlan(p, Kind, true);
        const QByteArray net = fileData(r, "host2-br-biz.network.xml");
        QVERIFY(net.contains("<portgroup name='vlan20'>"));
        const QByteArray nic = fileData(r, "payments-node-3.ens3.interface.xml");
        QCOMPARE(attribute(nic, "source", "portgroup"), QStringLiteral("vlan20"));
        const QString dev = attribute(nic, "target", "dev");
        QVERIFY2(dev.size() <= 15 && dev.startsWith("payments-n"), qPrintable(dev));
        QVERIFY(fileData(exportPlan(p, "ovs", true), "host2.ovs.sh").contains(dev.toUtf8()));
        verifyAllValidate(r);
    }

    void nicWithoutMacIsWarned()
    {
        Plan p = seedPlan();
        p.vms[0].nics[0].mac.clear();
        const ExportResult r = exportPlan(p, Kind, true);
        QVERIFY(r.warnings.join('\n').contains("VM node1 NIC ens3 has no MAC"));
        QVERIFY(!fileData(r, "node1.ens3.interface.xml").contains("<mac"));
    }

    void hostilePlanNameCannotEndTheHeaderComment()
    {
        Plan p = seedPlan();
        p.name = QStringLiteral("x --> <network><name>evil</name></network> <!-- y");
        const ExportResult r = exportPlan(p, Kind, true);
        QVERIFY(!fileData(r, "host1-br-biz.network.xml").contains("evil</name>"));
        verifyAllValidate(r);
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("field");
        const Plan seed = seedPlan();
        Plan p = seed;
        p.hosts[0].id = QStringLiteral("host1'/><x");
        QTest::newRow("host id with quote") << p << "hosts[0].id";
        p = seed;
        p.hosts[1].switches[0].name = QStringLiteral("br<biz>");
        QTest::newRow("switch name with angle brackets") << p << "hosts[1].switches[0].name";
        p = seed;
        p.vms[0].id = QStringLiteral("node1&amp;");
        QTest::newRow("vm id with entity") << p << "vms[0].id";
        p = seed;
        p.vms[0].nics[0].name = QStringLiteral("ens3'/>");
        QTest::newRow("nic name with quote") << p << "vms[0].nics[0].name";
        p = seed;
        p.vms[0].nics[0].mac = QStringLiteral("52:54:00:00:01:11'/>");
        QTest::newRow("mac with quote") << p << "vms[0].nics[0].mac";
    }
    void hostileNamesAreRefused()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, field);
        verifyRefusedAsUnsafe(plan, Kind, field);
    }
};

QTEST_GUILESS_MAIN(tst_LibvirtExporter)
#include "tst_libvirtexporter.moc"
