#include "generate/plangenerator.h"
#include "io/planreader.h"
#include "io/planwriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Planar;

class TestPlanIo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void seedExampleReadsEveryKey();
    void unknownKeysSurviveSave();
    void ambiguousStringsAreQuoted();
    void dualStackListsStayLists();
    void saveIsAtomic();
    void wrongTypesPointAtTheValue();
    void quotedNumbersAreText();
    void protocolTakesAnyCase();
};

void TestPlanIo::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QByteArray>("first");
    for (const QFileInfo &f : QDir(QStringLiteral(PLANAR_EXAMPLES)).entryInfoList({"*.yaml"})) {
        const ReadResult r = PlanReader::readFile(f.filePath());
        QVERIFY2(r.plan, qPrintable(f.fileName()));
        QTest::newRow(qPrintable(f.fileName())) << PlanWriter::toYaml(*r.plan);
    }
    GeneratorOptions options;
    options.mistakes = 12;
    QTest::newRow("generated") << PlanWriter::toYaml(generatePlan(options));
}

void TestPlanIo::roundTripIsByteIdentical()
{
    QFETCH(QByteArray, first);
    const ReadResult r = PlanReader::readText(first, QStringLiteral("written.yaml"));
    QVERIFY2(r.plan, r.errors.isEmpty() ? "" : qPrintable(r.errors.front().toString()));
    QCOMPARE(PlanWriter::toYaml(*r.plan), first);
}

void TestPlanIo::seedExampleReadsEveryKey()
{
    const ReadResult r =
        PlanReader::readFile(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"));
    QVERIFY(r.plan);
    const Plan &p = *r.plan;
    QCOMPARE(p.name, QStringLiteral("seed-three-planes"));
    QCOMPARE(p.adminNetworks, QStringList{"192.168.1.0/25"});
    QCOMPARE(p.zones.size(), 2);
    QCOMPARE(p.zones[1].cde, std::optional<bool>(true));
    QCOMPARE(p.networks[1].role, QStringLiteral("management"));
    QCOMPARE(p.networks[1].parent, QStringLiteral("host-plane"));
    QCOMPARE(p.networks[4].vlan, std::optional<int>(10));
    QCOMPARE(p.hosts[0].nics[0].mac, QStringLiteral("00:25:90:aa:00:11"));
    QCOMPARE(p.hosts[0].switches[0].vlans, (QList<int>{10, 20}));
    QCOMPARE(p.vms[2].nics[0].switchName, QStringLiteral("br-biz"));
    QCOMPARE(p.vms[2].podSubnets, QStringList{"172.16.3.0/24"});
    QCOMPARE(p.cluster.nodeMaskSize, std::optional<int>(24));
    QCOMPARE(p.workloads[0].labels.front().second, QStringLiteral("web"));
    QCOMPARE(p.workloads[0].expose->type, QStringLiteral("ingress"));
    QCOMPARE(p.links[0].ports.front().toString(), QStringLiteral("3306/TCP"));
    QVERIFY(p.extra.isEmpty());
}

void TestPlanIo::unknownKeysSurviveSave()
{
    const QByteArray text = "planar: 1\nname: x\nowner: {team: platform, oncall: [a, b]}\n"
                            "hosts:\n  - id: h1\n    rack: r12\n    nics:\n"
                            "      - {name: eth0, speed: 25G}\n";
    const ReadResult r = PlanReader::readText(text, QStringLiteral("x.yaml"));
    QVERIFY(r.plan);
    QCOMPARE(r.plan->extra.size(), 1);
    QCOMPARE(r.plan->extra.front().key, QStringLiteral("owner"));
    QCOMPARE(r.plan->extra.front().line, 3);
    const QByteArray saved = PlanWriter::toYaml(*r.plan);
    QVERIFY2(saved.contains("rack: r12"), saved.constData());
    QVERIFY2(saved.contains("speed: 25G"), saved.constData());
    QVERIFY2(saved.contains("oncall"), saved.constData());
    const ReadResult again = PlanReader::readText(saved, QStringLiteral("saved.yaml"));
    QVERIFY(again.plan);
    QCOMPARE(again.plan->hosts.front().extra, r.plan->hosts.front().extra);
}

void TestPlanIo::ambiguousStringsAreQuoted()
{
    Plan plan;
    plan.name = QStringLiteral("yes");
    plan.description = QStringLiteral("1.10");
    Zone z;
    z.id = QStringLiteral("z");
    z.name = QStringLiteral("12:30"); // a sexagesimal number to YAML 1.1 readers
    plan.zones << z;
    const QByteArray saved = PlanWriter::toYaml(plan);
    QVERIFY2(saved.contains("name: \"yes\""), saved.constData());
    QVERIFY2(saved.contains("description: \"1.10\""), saved.constData());
    QVERIFY2(saved.contains("name: \"12:30\""), saved.constData());
    const ReadResult r = PlanReader::readText(saved, QStringLiteral("q.yaml"));
    QVERIFY(r.plan);
    QCOMPARE(r.plan->name, QStringLiteral("yes"));
    QCOMPARE(r.plan->zones.front().name, QStringLiteral("12:30"));
}

void TestPlanIo::dualStackListsStayLists()
{
    const QByteArray text =
        "planar: 1\nname: ds\ncluster:\n  podSubnet: [10.244.0.0/16, fd00:10:244::/56]\n"
        "  serviceSubnet: 10.96.0.0/12\n";
    const ReadResult r = PlanReader::readText(text, QStringLiteral("ds.yaml"));
    QVERIFY(r.plan);
    QCOMPARE(r.plan->cluster.podSubnets.size(), 2);
    QCOMPARE(r.plan->cluster.serviceSubnets, QStringList{"10.96.0.0/12"});
    const QByteArray saved = PlanWriter::toYaml(*r.plan);
    QVERIFY2(saved.contains("podSubnet: [10.244.0.0/16, \"fd00:10:244::/56\"]") ||
                 saved.contains("podSubnet: [10.244.0.0/16, fd00:10:244::/56]"),
             saved.constData());
    QVERIFY2(saved.contains("serviceSubnet: 10.96.0.0/12"), saved.constData());
}

void TestPlanIo::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planar.yaml"));
    Plan plan;
    plan.name = QStringLiteral("first");
    QString error;
    QVERIFY(PlanWriter::writeFile(plan, path, &error));
    // A folder that does not exist: the write fails with a message and leaves nothing behind.
    QVERIFY(
        !PlanWriter::writeFile(plan, dir.filePath(QStringLiteral("missing/plan.yaml")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"plan.planar.yaml"});
    QVERIFY(PlanReader::readFile(path).plan);
}

void TestPlanIo::wrongTypesPointAtTheValue()
{
    const QByteArray text =
        "planar: 1\nname: x\ncluster:\n  nodeMaskSize: twenty-four\n"
        "networks:\n  - id: n\n    plane: vm\n    cidr: 10.0.0.0/24\n    vlan: ten\n";
    const ReadResult r = PlanReader::readText(text, QStringLiteral("t.yaml"));
    QVERIFY(!r.plan);
    QCOMPARE(r.errors.size(), 2); // every wrong value, not just the first
    QVERIFY2(r.errors[0].toString().startsWith(QStringLiteral("t.yaml:4:17: ")),
             qPrintable(r.errors[0].toString()));
    QVERIFY(r.errors[0].message.contains(QStringLiteral("nodeMaskSize")));
    QVERIFY2(r.errors[1].toString().startsWith(QStringLiteral("t.yaml:9:11: ")),
             qPrintable(r.errors[1].toString()));
}

void TestPlanIo::quotedNumbersAreText()
{
    // planar: '1' is the text "1" to every YAML 1.2 reader; Planar must not read it as version 1.
    const ReadResult r = PlanReader::readText("planar: '1'\nname: x\n", QStringLiteral("q.yaml"));
    QVERIFY(!r.plan);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors[0].toString().startsWith(QStringLiteral("q.yaml:1:9: ")),
             qPrintable(r.errors[0].toString()));
    QVERIFY2(r.errors[0].message.contains(QStringLiteral("planar")) &&
                 r.errors[0].message.contains(QStringLiteral("without quotes")),
             qPrintable(r.errors[0].message));
    QVERIFY(PlanReader::readText("planar: 1\nname: x\n", QStringLiteral("q.yaml")).plan);
}

void TestPlanIo::protocolTakesAnyCase()
{
    // One rule for protocols: a workload port's protocol takes any case, as link ports ("80/tcp")
    // do, and is saved in the contract's upper case.
    const QByteArray text =
        "planar: 1\nname: x\nworkloads:\n  - id: dns\n    ports:\n"
        "      - {port: 53, protocol: udp}\n      - {port: 9153, protocol: Tcp}\n"
        "links:\n  - {from: dns, to: dns2, ports: [53/udp]}\n";
    const ReadResult r = PlanReader::readText(text, QStringLiteral("p.yaml"));
    QVERIFY2(r.plan, r.errors.isEmpty() ? "" : qPrintable(r.errors[0].toString()));
    QCOMPARE(r.plan->workloads[0].ports[0].protocol, std::optional(Protocol::UDP));
    QCOMPARE(r.plan->workloads[0].ports[1].protocol, std::optional(Protocol::TCP));
    QCOMPARE(r.plan->links[0].ports[0].protocol, Protocol::UDP);
    const QByteArray saved = PlanWriter::toYaml(*r.plan);
    QVERIFY2(saved.contains("protocol: UDP") && saved.contains("53/UDP"), saved.constData());
    const ReadResult bad = PlanReader::readText(
        "planar: 1\nname: x\nworkloads:\n  - id: w\n    ports: [{port: 80, protocol: http}]\n",
        QStringLiteral("b.yaml"));
    QVERIFY(!bad.plan);
    QVERIFY2(bad.errors.size() == 1 && bad.errors[0].toString().startsWith("b.yaml:5:"),
             bad.errors.isEmpty() ? "" : qPrintable(bad.errors[0].toString()));
}

QTEST_GUILESS_MAIN(TestPlanIo)
#include "tst_planio.moc"
