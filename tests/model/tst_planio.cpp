#include "generate/plangenerator.h"
#include "io/planreader.h"
#include "io/planwriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    void manyUnknownKeysRoundTrip();
    void unicodeTextSurvivesSave_data();
    void unicodeTextSurvivesSave();
    void quotedUnknownValuesStayText();
    void cutUtf8InAKeyStaysUnknown();
    void reviewedRoundTrips();
    void encapsulationRoundTrips();
    void reviewedWrongTypesPointAtTheValue_data();
    void reviewedWrongTypesPointAtTheValue();
    void quotedNumbersAreText();
    void protocolTakesAnyCase();
    void meshKeysRoundTrip();
    void meshKeysWrongTypesPointAtTheValue_data();
    void meshKeysWrongTypesPointAtTheValue();
};

namespace {

/** What python3's yaml (a YAML 1.1 reader, as many tools are) makes of a saved plan. */
QJsonObject readWithPython(const QByteArray &yaml, QString *error)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("plan.yaml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size()) return {};
    file.close();
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, yaml\n"
                                 "d = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))\n"
                                 "z = d['zones'][0]\n"
                                 "sys.stdout.write(json.dumps({'name': d['name'], "
                                 "'description': d['description'], 'keys': list(d), "
                                 "'zone': z['name'], 'zoneKeys': list(z), "
                                 "'labels': d['workloads'][0]['labels']}))"),
                  file.fileName()});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

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
    QCOMPARE(texts(p.vms[2].podSubnets), QStringList{"172.16.3.0/24"});
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

void TestPlanIo::manyUnknownKeysRoundTrip()
{
    // Keeping unknown keys used to compare each key with every earlier one: 100,000 keys
    // took 45 s. They must all be kept, in order, and written back.
    constexpr int count = 100000;
    QByteArray text = "planar: 1\nname: many\n";
    for (int i = 0; i < count; ++i)
        text += "x" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
    const ReadResult r = PlanReader::readText(text, QStringLiteral("many.yaml"));
    QVERIFY2(r.plan, r.errors.isEmpty() ? "" : qPrintable(r.errors.front().toString()));
    QCOMPARE(r.plan->extra.size(), count);
    QCOMPARE(r.plan->extra.first().key, QStringLiteral("x0"));
    QCOMPARE(r.plan->extra.last().key, QStringLiteral("x99999"));
    QCOMPARE(r.plan->extra.last().line, count + 2);
    const QByteArray saved = PlanWriter::toYaml(*r.plan);
    QCOMPARE(saved, text);
    // A repeated key among them is still found.
    const ReadResult twice =
        PlanReader::readText(text + "x5: again\n", QStringLiteral("twice.yaml"));
    QVERIFY(!twice.plan);
    QCOMPARE(twice.errors.size(), 1);
    QCOMPARE(twice.errors.front().toString(),
             QStringLiteral("twice.yaml:%1:1: key 'x5' appears twice in the plan; keep one")
                 .arg(count + 3));
}

void TestPlanIo::unicodeTextSurvivesSave_data()
{
    QTest::addColumn<QString>("text");
    // Not QString::fromUcs4: it drops a leading U+FEFF as a UTF-32 byte-order mark.
    const auto cp = [](char32_t c) { return QStringView(QChar::fromUcs4(c)).toString(); };
    QTest::newRow("leading U+FEFF") << cp(0xFEFF) + QStringLiteral("web");
    QTest::newRow("two leading U+FEFF") << cp(0xFEFF) + cp(0xFEFF) + QStringLiteral("web");
    QTest::newRow("only U+FEFF") << cp(0xFEFF);
    QTest::newRow("U+FEFF inside") << QStringLiteral("a") + cp(0xFEFF) + QStringLiteral("b");
    QTest::newRow("U+0085 NEL") << QStringLiteral("a") + cp(0x85) + QStringLiteral("b");
    QTest::newRow("U+0085 alone") << cp(0x85);
    QTest::newRow("U+2028 line separator")
        << QStringLiteral("a") + cp(0x2028) + QStringLiteral("b");
    QTest::newRow("U+2029 paragraph separator") << cp(0x2029) + QStringLiteral("b");
    QTest::newRow("U+10FFFF") << QStringLiteral("a") + cp(0x10FFFF);
    QTest::newRow("U+FFFE and U+FFFF") << cp(0xFFFE) + cp(0xFFFF);
    QTest::newRow("U+FDD0 non-character") << QStringLiteral("x") + cp(0xFDD0);
    QTest::newRow("U+1FFFE") << cp(0x1FFFE) + QStringLiteral(" ");
    QTest::newRow("U+E000 private use") << cp(0xE000) + QStringLiteral("0") + cp(0xE000);
    QTest::newRow("emoji and CJK") << QStringLiteral("平面 ") + cp(0x1F600);
    QTest::newRow("U+00A0 no-break space") << cp(0xA0) + QStringLiteral("x") + cp(0xA0);
    QString c0;
    for (char16_t c = 1; c < 0x20; ++c)
        c0 += QChar(c);
    QTest::newRow("C0 controls") << c0;
    QString c1;
    for (char16_t c = 0x7F; c <= 0x9F; ++c)
        c1 += QChar(c);
    QTest::newRow("DEL and C1 controls") << c1;
    QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ 'x'");
    QTest::newRow("line breaks") << QStringLiteral("one\ntwo\r\nthree\n");
    QTest::newRow("tab and spaces") << QStringLiteral(" \tpadded ");
    QTest::newRow("looks like YAML") << QStringLiteral("- {a: [b]} # c: *d &e !f");
    // Short texts whose written form, quotes and escapes included, passes the 1,024 characters
    // YAML allows an implicit key: as keys they must be written "? key" (fuzzing found these).
    QTest::newRow("300 C0 controls, 1,202 written") << QString(300, QChar(1));
    QTest::newRow("300 NULs, 1,202 written") << QString(300, QChar(0));
    QTest::newRow("200 U+2028, 1,202 written") << QString(200, QChar(0x2028));
    QTest::newRow("511 apostrophes, 1,024 written") << QString(511, QLatin1Char('\''));
    QTest::newRow("512 apostrophes, 1,026 written") << QString(512, QLatin1Char('\''));
    QTest::newRow("number") << QStringLiteral("0x1F");
    QTest::newRow("boolean") << QStringLiteral("on");
}

void TestPlanIo::unicodeTextSurvivesSave()
{
    QFETCH(QString, text);
    Plan plan;
    plan.name = text;
    plan.description = text;
    Zone z;
    z.id = QStringLiteral("z");
    z.name = text;
    z.extra.append({text, QStringLiteral("\"kept\""), 0, 0});
    plan.zones << z;
    Workload w;
    w.id = QStringLiteral("w");
    w.labels.append({text, text});
    plan.workloads << w;
    plan.layout.append({text, QPointF(1, 2)});
    plan.extra.append({text, QStringLiteral("[1, two]"), 0, 0});

    const QByteArray saved = PlanWriter::toYaml(plan);
    const ReadResult r = PlanReader::readText(saved, QStringLiteral("u.yaml"));
    QVERIFY2(r.plan, qPrintable((r.errors.isEmpty() ? QString() : r.errors.front().toString()) +
                                QLatin1Char('\n') + QString::fromUtf8(saved)));
    QCOMPARE(r.plan->name, text);
    QCOMPARE(r.plan->description, text);
    QCOMPARE(r.plan->zones.front().name, text);
    QCOMPARE(r.plan->zones.front().extra.front().key, text);
    QCOMPARE(r.plan->zones.front().extra.front().yaml, QStringLiteral("kept"));
    QCOMPARE(r.plan->workloads.front().labels.front().first, text);
    QCOMPARE(r.plan->workloads.front().labels.front().second, text);
    QCOMPARE(r.plan->layout.front().id, text);
    QCOMPARE(r.plan->extra.front().key, text);
    // Saving what was read gives the same bytes, so the plan's hash does not drift.
    const QByteArray again = PlanWriter::toYaml(*r.plan);
    QCOMPARE(again, saved);

    QString error;
    const QJsonObject python = readWithPython(saved, &error);
    QVERIFY2(!python.isEmpty(), qPrintable(error + QString::fromUtf8(saved)));
    QCOMPARE(python.value(QStringLiteral("name")).toString(), text);
    QCOMPARE(python.value(QStringLiteral("description")).toString(), text);
    QCOMPARE(python.value(QStringLiteral("zone")).toString(), text);
    QVERIFY(python.value(QStringLiteral("keys")).toArray().contains(text));
    QVERIFY(python.value(QStringLiteral("zoneKeys")).toArray().contains(text));
    QCOMPARE(python.value(QStringLiteral("labels")).toObject().value(text).toString(), text);
}

void TestPlanIo::quotedUnknownValuesStayText()
{
    // A quoted "1" in a key Planar does not know is text; writing it back plain made it a
    // number to every other reader.
    const QByteArray text = "planar: 1\nname: q\nowner: {id: \"1\", on: \"yes\", n: 2, "
                            "t: !!str 3}\n";
    const ReadResult r = PlanReader::readText(text, QStringLiteral("q.yaml"));
    QVERIFY(r.plan);
    const QByteArray saved = PlanWriter::toYaml(*r.plan);
    QVERIFY2(saved.contains("id: \"1\""), saved.constData());
    QVERIFY2(saved.contains("on: \"yes\""), saved.constData());
    QVERIFY2(saved.contains("n: 2"), saved.constData());
    QCOMPARE(PlanWriter::toYaml(*PlanReader::readText(saved, QStringLiteral("s.yaml")).plan),
             saved);
}

void TestPlanIo::cutUtf8InAKeyStaysUnknown()
{
    // "name" followed by a lone UTF-8 lead byte (the fuzzer's input): not the key 'name'. It
    // is kept as an unknown key with U+FFFD for the byte, and saves the same way every time.
    const QByteArray text = "planar: 1\nname: q\nzones:\n  - id: z\n    name\xC7: Shop\n";
    const ReadResult r = PlanReader::readText(text, QStringLiteral("cut.yaml"));
    QVERIFY(r.plan);
    const Zone &zone = r.plan->zones.front();
    QVERIFY(zone.name.isEmpty());
    QCOMPARE(zone.extra.size(), 1);
    QCOMPARE(zone.extra.front().key, QStringLiteral("name") + QChar(0xFFFD));
    const QByteArray saved = PlanWriter::toYaml(*r.plan);
    const ReadResult again = PlanReader::readText(saved, QStringLiteral("saved.yaml"));
    QVERIFY(again.plan);
    QCOMPARE(PlanWriter::toYaml(*again.plan), saved);
    QVERIFY(again.plan->zones.front().name.isEmpty());
}

void TestPlanIo::reviewedRoundTrips()
{
    const QByteArray text = "planar: 1\nname: r\nprofiles: [pci-dss]\n"
                            "reviewed: {by: netsec-team, date: 2026-11-01}\n";
    const ReadResult r = PlanReader::readText(text, QStringLiteral("r.yaml"));
    QVERIFY2(r.plan, r.errors.isEmpty() ? "" : qPrintable(r.errors.front().toString()));
    QVERIFY(r.plan->reviewed);
    QCOMPARE(r.plan->reviewed->by, QStringLiteral("netsec-team"));
    QCOMPARE(r.plan->reviewed->date, QDate(2026, 11, 1));
    QCOMPARE(PlanWriter::toYaml(*r.plan), text);
    // Without the key the plan says nothing about a review, and saving adds none.
    const ReadResult none = PlanReader::readText("planar: 1\nname: r\n", QStringLiteral("n.yaml"));
    QVERIFY(none.plan && !none.plan->reviewed);
    QVERIFY(!PlanWriter::toYaml(*none.plan).contains("reviewed"));
}

void TestPlanIo::encapsulationRoundTrips()
{
    // Written right after cni, the key it qualifies; a plan without it gains nothing on save.
    const QByteArray text = "planar: 1\nname: r\ncluster:\n  name: prod\n  cni: calico\n"
                            "  encapsulation: vxlan\n  dnsNamespace: kube-system\n";
    const ReadResult r = PlanReader::readText(text, QStringLiteral("r.yaml"));
    QVERIFY2(r.plan, r.errors.isEmpty() ? "" : qPrintable(r.errors.front().toString()));
    QCOMPARE(r.plan->cluster.encapsulation, QStringLiteral("vxlan"));
    QVERIFY(r.plan->cluster.extra.isEmpty());
    QCOMPARE(PlanWriter::toYaml(*r.plan), text);
    const ReadResult none = PlanReader::readText("planar: 1\nname: r\ncluster: {cni: calico}\n",
                                                 QStringLiteral("n.yaml"));
    QVERIFY(none.plan && none.plan->cluster.encapsulation.isEmpty());
    QVERIFY(!PlanWriter::toYaml(*none.plan).contains("encapsulation"));
}

void TestPlanIo::reviewedWrongTypesPointAtTheValue_data()
{
    QTest::addColumn<QByteArray>("reviewed");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("words");
    QTest::newRow("text") << QByteArray("reviewed: yesterday") << "3:11"
                          << "'reviewed'";
    QTest::newRow("list") << QByteArray("reviewed: [a, b]") << "3:11"
                          << "'reviewed'";
    QTest::newRow("bad date") << QByteArray("reviewed: {by: a, date: 2026-13-01}") << "3:25"
                              << "'date' of reviewed";
    QTest::newRow("short date") << QByteArray("reviewed: {by: a, date: 2026-1-1}") << "3:25"
                                << "'date' of reviewed";
    QTest::newRow("by list") << QByteArray("reviewed: {by: [a], date: 2026-01-01}") << "3:16"
                             << "'by' of reviewed";
}

void TestPlanIo::reviewedWrongTypesPointAtTheValue()
{
    QFETCH(QByteArray, reviewed);
    QFETCH(QString, position);
    QFETCH(QString, words);
    const ReadResult r =
        PlanReader::readText("planar: 1\nname: r\n" + reviewed + "\n", QStringLiteral("r.yaml"));
    QVERIFY(!r.plan);
    QCOMPARE(r.errors.size(), 1);
    const QString message = r.errors.front().toString();
    QVERIFY2(message.startsWith(QStringLiteral("r.yaml:%1: ").arg(position)), qPrintable(message));
    QVERIFY2(message.contains(words), qPrintable(message));
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

void TestPlanIo::meshKeysRoundTrip()
{
    // serviceAccount and mesh (plan-format.md, format 1 added) come after expose, before keys
    // the reader does not know, which stay where they were.
    const QByteArray text = "planar: 1\nname: m\nworkloads:\n"
                            "  - id: web\n    namespace: shop\n    expose:\n      type: ingress\n"
                            "    serviceAccount: shop.web-frontend\n    mesh: false\n"
                            "    owner: team-a\n"
                            "  - id: db\n    namespace: shop\n";
    const ReadResult r = PlanReader::readText(text, QStringLiteral("m.yaml"));
    QVERIFY2(r.plan, r.errors.isEmpty() ? "" : qPrintable(r.errors.front().toString()));
    const Workload &web = r.plan->workloads[0];
    QCOMPARE(web.serviceAccount, QStringLiteral("shop.web-frontend"));
    QCOMPARE(web.mesh, std::optional<bool>(false));
    QVERIFY(!web.inMesh());
    QCOMPARE(web.extra.size(), 1);
    QCOMPARE(web.extra.front().key, QStringLiteral("owner"));
    // Absent keys take the contract's defaults and are not written back.
    const Workload &db = r.plan->workloads[1];
    QCOMPARE(db.effectiveServiceAccount(), QStringLiteral("db"));
    QVERIFY(db.inMesh() && !db.mesh);
    QCOMPARE(PlanWriter::toYaml(*r.plan), text);
    // mesh: true said out loud stays said.
    const QByteArray explicitTrue = "planar: 1\nname: m\nworkloads:\n  - id: db\n    mesh: true\n";
    const ReadResult t = PlanReader::readText(explicitTrue, QStringLiteral("t.yaml"));
    QVERIFY(t.plan);
    QCOMPARE(PlanWriter::toYaml(*t.plan), explicitTrue);
}

void TestPlanIo::meshKeysWrongTypesPointAtTheValue_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("words");
    QTest::newRow("mesh word") << QByteArray("    mesh: sidecar") << "5:11"
                               << "'mesh' of workload 'w' must be true or false";
    QTest::newRow("mesh list") << QByteArray("    mesh: [true]") << "5:11"
                               << "'mesh' of workload 'w' must be true or false";
    QTest::newRow("serviceAccount map") << QByteArray("    serviceAccount: {name: w}") << "5:21"
                                        << "'serviceAccount' of workload 'w' must be text";
}

void TestPlanIo::meshKeysWrongTypesPointAtTheValue()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, position);
    QFETCH(QString, words);
    const ReadResult r = PlanReader::readText(
        "planar: 1\nname: m\nworkloads:\n  - id: w\n" + line + "\n", QStringLiteral("m.yaml"));
    QVERIFY(!r.plan);
    QCOMPARE(r.errors.size(), 1);
    const QString message = r.errors.front().toString();
    QVERIFY2(message.startsWith(QStringLiteral("m.yaml:%1: ").arg(position)), qPrintable(message));
    QVERIFY2(message.contains(words), qPrintable(message));
}
QTEST_GUILESS_MAIN(TestPlanIo)
#include "tst_planio.moc"
