// PlanReader reads with libyaml where libyaml and yaml-cpp agree and with yaml-cpp everywhere
// else (issue 11). These tests hold the two paths to the same result — the plan, the unknown
// keys with their line and column (unknown-key findings point there), and every message — on
// the fuzz corpus, generated plans, saved plans with odd text in every field, and unknown keys
// of every shape; and check that the fast path does take the plans it is there for.
#include "generate/plangenerator.h"
#include "io/planreader.h"
#include "io/planwriter.h"
#include "oddplans.h"
#include "plan/planlookup.h"

#include <QFile>
#include <QTest>

using namespace Planar;

class TestReaderPaths : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameResultOnTheFuzzCorpus();
    void sameResultOnGeneratedPlans_data();
    void sameResultOnGeneratedPlans();
    void sameResultOnSavedOddText_data();
    void sameResultOnSavedOddText();
    void sameResultForUnknownKeysEverywhere();
    void theFastPathTakesUtf8_data();
    void theFastPathTakesUtf8();
    void theFastPathLeavesWhatItIsNotSureOf_data();
    void theFastPathLeavesWhatItIsNotSureOf();
    void bothPathsGiveEachIdOneString();
};

namespace {

/** Where unknown keys stand: ExtraKey's == leaves out line and column. */
QStringList positions(const ExtraKeys &extra)
{
    QStringList out;
    for (const ExtraKey &e : extra)
        out << QStringLiteral("%1@%2:%3").arg(e.key).arg(e.line).arg(e.column);
    return out;
}

QStringList positions(const Plan &p)
{
    QStringList out = positions(p.extra);
    if (p.reviewed) out << positions(p.reviewed->extra);
    for (const Zone &z : p.zones)
        out << positions(z.extra);
    for (const Network &n : p.networks)
        out << positions(n.extra);
    for (const Host &h : p.hosts) {
        out << positions(h.extra);
        for (const HostNic &nic : h.nics)
            out << positions(nic.extra);
        for (const VirtualSwitch &sw : h.switches)
            out << positions(sw.extra);
    }
    for (const Vm &v : p.vms) {
        out << positions(v.extra);
        for (const VmNic &nic : v.nics)
            out << positions(nic.extra);
    }
    out << positions(p.cluster.extra);
    for (const Workload &w : p.workloads) {
        out << positions(w.extra);
        for (const WorkloadPort &port : w.ports)
            out << positions(port.extra);
        if (w.expose) out << positions(w.expose->extra);
    }
    for (const Link &l : p.links) {
        out << positions(l.extra);
        if (l.exception) out << positions(l.exception->extra);
    }
    for (const PolicyRule &r : p.policy)
        out << positions(r.extra);
    return out;
}

QStringList messages(const ReadResult &r)
{
    QStringList out;
    for (const ReadError &e : r.errors)
        out << e.toString();
    return out;
}

/** Compares the product's read with yaml-cpp's; returns whether libyaml read it. */
bool compareReaders(const QByteArray &yaml)
{
    const QString name = QStringLiteral("plan.yaml");
    const ReadResult product = PlanReader::readText(yaml, name);
    const ReadResult reference = PlanReader::readWithYamlCpp(yaml, name);
    [&] {
        QCOMPARE(messages(product), messages(reference));
        QCOMPARE(product.plan.has_value(), reference.plan.has_value());
        if (!product.plan) return;
        QVERIFY(*product.plan == *reference.plan);
        QCOMPARE(positions(*product.plan), positions(*reference.plan));
    }();
    return PlanReader::readWithLibyaml(yaml, name).has_value();
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestReaderPaths::sameResultOnTheFuzzCorpus()
{
    // One loop rather than a row per file: most of the corpus is golden outputs and error
    // fixtures, and a failure names its file.
    int files = 0, fast = 0;
    for (const QString &path : fuzzCorpus()) {
        const bool tookFastPath = compareReaders(contents(path));
        if (QTest::currentTestFailed()) QFAIL(qPrintable(path));
        ++files;
        fast += tookFastPath;
    }
    qInfo("%d files, %d read by libyaml", files, fast);
    QVERIFY2(files > 300, "the corpus folders moved");
    // The examples and the plain fixtures are plans the fast path is for.
    QVERIFY2(fast > 100, qPrintable(QString::number(fast)));
}

void TestReaderPaths::sameResultOnGeneratedPlans_data()
{
    QTest::addColumn<int>("index");
    const QList<GeneratedPlan> plans = generatedPlans();
    for (qsizetype i = 0; i < plans.size(); ++i)
        QTest::newRow(plans[i].name) << int(i);
}

void TestReaderPaths::sameResultOnGeneratedPlans()
{
    QFETCH(int, index);
    // Mistakes are the validator's; the reader takes every generated plan, and fast.
    QVERIFY(compareReaders(PlanWriter::toYaml(generatePlan(generatedPlans()[index].options))));
}

void TestReaderPaths::sameResultOnSavedOddText_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[name, text] : oddTexts())
        QTest::newRow(name) << text;
}

void TestReaderPaths::sameResultOnSavedOddText()
{
    QFETCH(QString, text);
    compareReaders(PlanWriter::toYaml(planWithTextEverywhere(text)));
}

void TestReaderPaths::sameResultForUnknownKeysEverywhere()
{
    compareReaders(unknownKeysEverywhere());
    // Without what only yaml-cpp is trusted with (aliases, tags, a block scalar), libyaml reads it.
    QByteArray plain = unknownKeysEverywhere();
    for (const char *line :
         {"    tagged: !foo {a: 1}\n", "    str: !!str 5\n", "    anchored: &a {x: 1}\n",
          "    aliased: *a\n", "    unicode: \"\\u2028 \\x85\"\n"})
        plain.replace(line, "");
    plain.truncate(plain.indexOf("last: |"));
    QVERIFY(compareReaders(plain));
}

void TestReaderPaths::theFastPathTakesUtf8_data()
{
    // A plan with Chinese names (MLPS 2.0's users) is read by libyaml too, its unknown keys at
    // yaml-cpp's byte columns: libyaml counts characters.
    QTest::addColumn<QByteArray>("yaml");
    const QByteArray head = "planar: 1\nname: 平面 café\n";
    QTest::newRow("names") << head + "description: 业务网络 🚀 ü\nzones:\n  - {id: 支付, name: 支付区}\n";
    QTest::newRow("unknown key after CJK in a flow mapping")
        << head + "reviewed: {by: 网络安全团队, 备注: 已审, date: 2026-11-01}\n";
    QTest::newRow("unknown key after CJK in a block")
        << head + "zones:\n  - id: z\n    name: 区\n    负责人: 张三\n    note: 一\n";
    QTest::newRow("double-quoted with CJK and escapes")
        << head + "description: \"平面\\t\\u00e9 \\\"q\\\"\"\nowner: {团队: \"运维\\n组\", x: 1}\n";
    QTest::newRow("an error after CJK") << head + "zones:\n  - {id: 区, level: 九}\n";
}

void TestReaderPaths::theFastPathTakesUtf8()
{
    QFETCH(QByteArray, yaml);
    const bool fast = compareReaders(yaml); // the same plan, keys, positions and messages
    if (QByteArray(QTest::currentDataTag()).startsWith("an error")) return; // left to yaml-cpp
    QVERIFY2(fast, yaml.constData());
}

void TestReaderPaths::theFastPathLeavesWhatItIsNotSureOf_data()
{
    QTest::addColumn<QByteArray>("yaml");
    const QByteArray head = "planar: 1\nname: n\n";
    QTest::newRow("NEL") << head + "description: a\xC2\x85" "b\n";
    QTest::newRow("U+2028") << head + "description: a\xE2\x80\xA8" "b\n";
    QTest::newRow("U+2029") << head + "description: a\xE2\x80\xA9" "b\n";
    QTest::newRow("U+FEFF") << head + "description: \xEF\xBB\xBF" "b\n";
    QTest::newRow("C1 control") << head + "description: a\xC2\x9F" "b\n";
    QTest::newRow("invalid UTF-8") << head + "description: a\xC7\n";
    QTest::newRow("tab") << head + "description:\tx\n";
    QTest::newRow("carriage return") << QByteArray(head).replace('\n', "\r\n");
    QTest::newRow("alias") << head + "a: &x 1\nb: *x\n";
    QTest::newRow("tag") << head + "description: !!str x\n";
    QTest::newRow("block scalar") << head + "description: |\n  x\n";
    QTest::newRow("multi-line scalar") << head + "description: a\n  b\n";
    QTest::newRow("\\N") << head + "description: \"a\\Nb\"\n";
    QTest::newRow("directive") << "%YAML 1.2\n---\n" + head;
    QTest::newRow("two documents") << head + "---\n" + head;
    QTest::newRow("pair in a flow list") << head + "profiles: [a: 1]\n";
    QTest::newRow("deep nesting") << head + "x: " + QByteArray(200, '[') + QByteArray(200, ']') +
                                         '\n';
    QTest::newRow("an error") << QByteArray("planar: 1\n");
    QTest::newRow("empty") << QByteArray();
}

void TestReaderPaths::theFastPathLeavesWhatItIsNotSureOf()
{
    QFETCH(QByteArray, yaml);
    QVERIFY(!PlanReader::readWithLibyaml(yaml, QStringLiteral("plan.yaml")));
    compareReaders(yaml);
}

void TestReaderPaths::bothPathsGiveEachIdOneString()
{
    // The validator finds a reference by its string's address when it shares its
    // declaration's (IdsByAddress): so the reader hands every equal id one string, on either
    // path, and so does the generator whose plans the benchmark validates.
    // Past the 2,048 recent strings the reader keeps (ReadContext): the declarations a VM or
    // a link names are long gone from them.
    GeneratorOptions options;
    options.hosts = 1500;
    options.vmsPerHost = 2;
    options.workloads = 100;
    options.links = 300;
    const Plan generated = generatePlan(options);
    const QByteArray yaml = PlanWriter::toYaml(generated);
    const QString name = QStringLiteral("plan.yaml");
    const ReadResult fast = *PlanReader::readWithLibyaml(yaml, name);
    const ReadResult slow = PlanReader::readWithYamlCpp(yaml, name);
    for (const Plan *plan : {&generated, &*fast.plan, &*slow.plan}) {
        const Plan &p = *plan;
        QHash<QString, const QChar *> declared;
        PlanLookup::forEachDeclaration(p, [&](const QString &id, EntityKind, qsizetype) {
            if (!declared.contains(id)) declared.insert(id, id.constData()); // the first wins
        });
        int references = 0;
        QStringList unshared; // references in a string of their own
        const auto sharesItsDeclaration = [&](const QString &ref) {
            if (ref.isEmpty()) return;
            ++references;
            if (declared.value(ref) != ref.constData()) unshared << ref;
        };
        for (const Network &n : p.networks)
            sharesItsDeclaration(n.zone);
        for (const Host &h : p.hosts)
            for (const HostNic &nic : h.nics)
                sharesItsDeclaration(nic.network);
        for (const Vm &v : p.vms) {
            sharesItsDeclaration(v.host);
            sharesItsDeclaration(v.zone);
            for (const VmNic &nic : v.nics)
                sharesItsDeclaration(nic.network);
        }
        for (const Workload &w : p.workloads) {
            sharesItsDeclaration(w.zone);
            for (const QString &node : w.nodes)
                sharesItsDeclaration(node);
        }
        for (const Link &l : p.links) {
            sharesItsDeclaration(l.from);
            sharesItsDeclaration(l.to);
        }
        QVERIFY2(references > 10000, qPrintable(QString::number(references)));
        QVERIFY2(unshared.isEmpty(), qPrintable(QStringLiteral("%1 references, first %2")
                                                    .arg(unshared.size())
                                                    .arg(unshared.value(0))));
    }
}

QTEST_GUILESS_MAIN(TestReaderPaths)
#include "tst_readerpaths.moc"
