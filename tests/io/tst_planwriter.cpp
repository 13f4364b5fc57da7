// PlanWriter writes YAML straight into a buffer (issue 11); these tests hold it to the bytes
// the yaml-cpp emitter wrote before, on every plan the project has and on text built to take
// every path of quoting, escaping, long keys, empty mappings and unknown keys.
#include "generate/plangenerator.h"
#include "io/planreader.h"
#include "io/planwriter.h"
#include "oddplans.h"
#include "yamlcppplanwriter.h"

#include <QTest>

using namespace Planar;

class TestPlanWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameBytesOnEveryPlanFile_data();
    void sameBytesOnEveryPlanFile();
    void sameBytesOnGeneratedPlans_data();
    void sameBytesOnGeneratedPlans();
    void sameBytesForOddTextInEveryField_data();
    void sameBytesForOddTextInEveryField();
    void sameBytesForUnknownKeysEverywhere();
    void sameBytesForEmptyMappings();
};

namespace {

/** Fails with the first line where the two writers part, which QCOMPARE would not show. */
void compareWriters(const Plan &plan)
{
    const QByteArray fast = PlanWriter::toYaml(plan);
    const QByteArray reference = yamlCppPlanYaml(plan);
    if (fast == reference) return;
    const QList<QByteArray> a = fast.split('\n'), b = reference.split('\n');
    qsizetype line = 0;
    while (line < a.size() && line < b.size() && a[line] == b[line])
        ++line;
    QFAIL(qPrintable(QStringLiteral("line %1 differs:\n  PlanWriter: %2\n  yaml-cpp:   %3")
                         .arg(line + 1)
                         .arg(QString::fromUtf8(a.value(line).left(300)),
                              QString::fromUtf8(b.value(line).left(300)))));
}

} // namespace

void TestPlanWriter::sameBytesOnEveryPlanFile_data()
{
    QTest::addColumn<QString>("path");
    int plans = 0;
    for (const QString &path : fuzzCorpus()) {
        if (!PlanReader::readFile(path).plan) continue; // error fixtures, golden outputs
        QTest::newRow(qPrintable(path)) << path;
        ++plans;
    }
    // The fixtures are the point of this test: finding few means the folders moved.
    QVERIFY2(plans > 150, qPrintable(QStringLiteral("%1 plans").arg(plans)));
}

void TestPlanWriter::sameBytesOnEveryPlanFile()
{
    QFETCH(QString, path);
    const ReadResult read = PlanReader::readFile(path);
    QVERIFY(read.plan);
    compareWriters(*read.plan);
}

void TestPlanWriter::sameBytesOnGeneratedPlans_data()
{
    QTest::addColumn<int>("index");
    const QList<GeneratedPlan> plans = generatedPlans();
    for (qsizetype i = 0; i < plans.size(); ++i)
        QTest::newRow(plans[i].name) << int(i);
}

void TestPlanWriter::sameBytesOnGeneratedPlans()
{
    QFETCH(int, index);
    compareWriters(generatePlan(generatedPlans()[index].options));
}

void TestPlanWriter::sameBytesForOddTextInEveryField_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[name, text] : oddTexts())
        QTest::newRow(name) << text;
}

void TestPlanWriter::sameBytesForOddTextInEveryField()
{
    QFETCH(QString, text);
    compareWriters(planWithTextEverywhere(text));
}

void TestPlanWriter::sameBytesForUnknownKeysEverywhere()
{
    // Unknown keys at every level, with values of every shape the reader keeps.
    const QByteArray yaml = unknownKeysEverywhere();
    const ReadResult read = PlanReader::readText(yaml, QStringLiteral("odd.yaml"));
    QVERIFY2(read.plan, read.errors.isEmpty() ? "" : qPrintable(read.errors.first().toString()));
    QCOMPARE(read.plan->zones.first().extra.size(), 10);
    compareWriters(*read.plan);
}

void TestPlanWriter::sameBytesForEmptyMappings()
{
    // Mappings whose fields are all empty: yaml-cpp writes "{}" on the key's line or below it.
    Plan p;
    p.reviewed = Review{};
    p.zones = {Zone{}, Zone{QStringLiteral("z"), {}, {}, {}, {}}};
    p.cluster.podSubnets = {QString()};
    Workload w;
    w.expose = Expose{};
    w.ports = {WorkloadPort{}};
    p.workloads = {w, Workload{}};
    Link l;
    l.exception = LinkException{};
    p.links = {l};
    compareWriters(p);
}

QTEST_GUILESS_MAIN(TestPlanWriter)
#include "tst_planwriter.moc"
