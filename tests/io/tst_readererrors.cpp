// Reader errors, written from plan-format.md: each file in tests/data/reader/ names, on its
// first line, where the reader must point (`# expect: LINE:COLUMN: fragment`, 1-based, the
// offending node as yaml-cpp marks it) and a word the message must contain.
#include "check/validator.h"
#include "io/planreader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Planar;

namespace {

QString readerDir()
{
    return QStringLiteral(PLANAR_TEST_DATA "/reader");
}

QString describe(const QList<ReadError> &errors)
{
    QStringList lines;
    for (const ReadError &e : errors)
        lines << QStringLiteral("  ") + e.toString();
    return lines.isEmpty() ? QStringLiteral("  (no errors)") : lines.join(QLatin1Char('\n'));
}

QByteArray seedText()
{
    QFile file(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

} // namespace

class TestReaderErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void error_data();
    void error();
    void truncatedSeedNeverCrashes();
    void mutatedSeedNeverCrashes();
    void missingFileIsAnError();
    void seedReadsWithoutErrors();
    void exactMessageOnce_data();
    void exactMessageOnce();
    void brokenLayoutsArePositioned_data();
    void brokenLayoutsArePositioned();
    void longValuesAreCut();
    void aliasesWithinTheLimitAreRead();
};

void TestReaderErrors::error_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expects"); // "LINE:COLUMN:fragment", each must be reported

    static const QRegularExpression expect(QStringLiteral("^# expect: (\\d+):(\\d+):\\s*(.*)$"));
    const QDir dir(readerDir());
    const QStringList names = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(QStringLiteral("no fixtures in ") + readerDir()));
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList expects;
        while (!file.atEnd()) {
            const auto m = expect.match(QString::fromUtf8(file.readLine()).trimmed());
            if (!m.hasMatch()) break;
            expects << m.captured(1) + QLatin1Char(':') + m.captured(2) + QLatin1Char(':') +
                           m.captured(3).trimmed();
        }
        QVERIFY2(!expects.isEmpty(),
                 qPrintable(name + QStringLiteral(": first line is not # expect:")));
        QTest::newRow(qPrintable(name)) << dir.filePath(name) << expects;
    }
}

void TestReaderErrors::error()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expects);

    const ReadResult result = PlanReader::readFile(path);
    QVERIFY2(!result.plan, "the reader accepted a plan it must refuse");
    QVERIFY2(!result.errors.isEmpty(), "no plan and no error either");

    for (const QString &expected : expects) {
        const int secondColon =
            expected.indexOf(QLatin1Char(':'), expected.indexOf(QLatin1Char(':')) + 1);
        const QString prefix = path + QLatin1Char(':') + expected.left(secondColon + 1);
        const QString fragment = expected.mid(secondColon + 1);
        const bool found =
            std::any_of(result.errors.cbegin(), result.errors.cend(), [&](const ReadError &e) {
                const QString text = e.toString();
                return text.startsWith(prefix) && text.contains(fragment, Qt::CaseInsensitive);
            });
        QVERIFY2(found, qPrintable(QStringLiteral("expected an error starting with \"%1\" and "
                                                  "containing \"%2\"; got:\n%3")
                                       .arg(prefix, fragment, describe(result.errors))));
    }
    QStringList texts;
    for (const ReadError &e : result.errors) {
        QVERIFY2(e.line > 0, qPrintable(e.toString() + QStringLiteral(": no position")));
        QVERIFY2(!texts.contains(e.toString()), qPrintable(e.toString() + " twice"));
        texts << e.toString();
    }
}

void TestReaderErrors::truncatedSeedNeverCrashes()
{
    // Every prefix of a valid plan: a half-saved file, a paste cut short. Reading (and
    // validating what was read) must come back with a plan or with errors, never crash.
    const QByteArray seed = seedText();
    QVERIFY(!seed.isEmpty());
    int plans = 0;
    int refused = 0;
    for (qsizetype length = 0; length <= seed.size(); ++length) {
        const ReadResult result =
            PlanReader::readText(seed.left(length), QStringLiteral("truncated.planar.yaml"));
        const QString where = QStringLiteral("prefix of %1 bytes").arg(length);
        QVERIFY2(result.plan.has_value() != !result.errors.isEmpty(),
                 qPrintable(where + QStringLiteral(": a plan and errors, or neither:\n") +
                            describe(result.errors)));
        if (result.plan) {
            ++plans;
            validatePlan(*result.plan, QDate(2026, 6, 1));
        } else {
            ++refused;
            for (const ReadError &e : result.errors)
                QVERIFY2(!e.message.isEmpty(),
                         qPrintable(where + QStringLiteral(": empty message")));
        }
    }
    // The empty prefix lacks `planar` and `name`, the whole file is the seed example.
    QVERIFY(refused > 0);
    QVERIFY(plans > 0);
}

void TestReaderErrors::mutatedSeedNeverCrashes()
{
    // Hand edits gone wrong: bytes replaced by YAML's structural characters. A fixed seed keeps
    // the run reproducible; each result must again be a plan or errors.
    const QByteArray seed = seedText();
    QVERIFY(!seed.isEmpty());
    static const char structural[] = ":-[]{},#&*!|>'\"%@` \t\n0123456789./";
    QRandomGenerator random(4711);
    for (int round = 0; round < 3000; ++round) {
        QByteArray text = seed;
        const int edits = 1 + random.bounded(4);
        for (int i = 0; i < edits; ++i)
            text[random.bounded(int(text.size()))] =
                structural[random.bounded(int(sizeof(structural) - 1))];
        const ReadResult result = PlanReader::readText(text, QStringLiteral("mutated.planar.yaml"));
        QVERIFY2(result.plan.has_value() != !result.errors.isEmpty(),
                 qPrintable(QStringLiteral("round %1: a plan and errors, or neither").arg(round)));
        if (result.plan) validatePlan(*result.plan, QDate(2026, 6, 1));
        for (const ReadError &e : result.errors)
            QVERIFY2(e.line > 0 && !e.message.contains(QStringLiteral("invalid node")),
                     qPrintable(QStringLiteral("round %1: ").arg(round) + e.toString()));
    }
}

void TestReaderErrors::missingFileIsAnError()
{
    const QString path = readerDir() + QStringLiteral("/no-such-plan.planar.yaml");
    const ReadResult result = PlanReader::readFile(path);
    QVERIFY(!result.plan);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().toString().startsWith(path),
             qPrintable(result.errors.first().toString()));
}

void TestReaderErrors::seedReadsWithoutErrors()
{
    const ReadResult result = PlanReader::readText(seedText(), QStringLiteral("seed.planar.yaml"));
    QVERIFY2(result.plan && result.errors.isEmpty(), qPrintable(describe(result.errors)));
    QCOMPARE(result.plan->name, QStringLiteral("seed-three-planes"));
    QCOMPARE(result.plan->vms.size(), 3);
}

void TestReaderErrors::exactMessageOnce_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("errors"); // every error the reader reports, in order

    // yaml-cpp threw "invalid node; first invalid key: \"y\"" here, with no position.
    QTest::newRow("layout without y")
        << "layout-without-y.yaml"
        << QStringList{"4:13: layout of 'a' is missing the required key 'y'"};
    // Ten aliases of one wrong zone: one value, one error (it was reported ten times).
    QTest::newRow("alias repeats an error")
        << "alias-repeats-error.yaml"
        << QStringList{"4:33: 'level' of zone 'z1' must be a whole number, not 'nine'"};
    // Nine levels of ten aliases: 10^9 nodes when walked. Refused at the alias that crosses
    // the limit, before anything walks the tree.
    QTest::newRow("billion laughs")
        << "alias-bomb.yaml"
        << QStringList{"8:36: this alias makes the plan's aliases expand to more than 100000 "
                       "nodes; write the values out instead"};
    // yaml-cpp's syntax messages in words that say what to fix.
    QTest::newRow("unclosed flow list")
        << "unclosed-flow-sequence.yaml"
        << QStringList{
               "23:48: not valid YAML: this closing bracket does not match the '[' or '{' it "
               "should close"};
    // yaml-cpp 0.7 looped on this, one empty document after another, until memory ran out
    // (found by the fuzzer).
    QTest::newRow("comma outside a flow collection")
        << "comma-outside-flow.yaml"
        << QStringList{"3:1: not valid YAML: a ',' separates items only inside [ ] or { }"};
    QTest::newRow("tab indentation")
        << "tab-indentation.yaml"
        << QStringList{"15:1: not valid YAML: a tab in the indentation; YAML indents with spaces"};
}

void TestReaderErrors::exactMessageOnce()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, errors);
    const QString path = readerDir() + QLatin1Char('/') + fixture;
    const ReadResult result = PlanReader::readFile(path);
    QVERIFY(!result.plan);
    QStringList got;
    for (const ReadError &e : result.errors)
        got << e.toString();
    QStringList want;
    for (const QString &e : errors)
        want << path + QLatin1Char(':') + e;
    QCOMPARE(got, want);
}

void TestReaderErrors::brokenLayoutsArePositioned_data()
{
    QTest::addColumn<QByteArray>("layout");
    QTest::addColumn<QString>("error");
    QTest::newRow("no x") << QByteArray("{a: {y: 1}}")
                          << "1:13: layout of 'a' is missing the required key 'x'";
    QTest::newRow("a number") << QByteArray("{a: 1}")
                              << "1:13: layout of 'a' must be {x: NUMBER, y: NUMBER}";
    QTest::newRow("a list") << QByteArray("{a: [1, 2]}")
                            << "1:13: layout of 'a' must be {x: NUMBER, y: NUMBER}";
    QTest::newRow("a word for y") << QByteArray("{a: {x: 1, y: up}}")
                                  << "1:23: 'y' of layout of 'a' must be a number, not 'up'";
    QTest::newRow("x twice") << QByteArray("{a: {x: 1, x: 2, y: 3}}")
                             << "1:20: key 'x' appears twice in layout of 'a'; keep one";
    QTest::newRow("a list as id") << QByteArray("{[a]: {x: 1, y: 2}}")
                                  << "1:10: layout has a key that is not an id";
    QTest::newRow("not a mapping") << QByteArray("[a]") << "1:9: layout must map ids to {x, y}";
}

void TestReaderErrors::brokenLayoutsArePositioned()
{
    QFETCH(QByteArray, layout);
    QFETCH(QString, error);
    const ReadResult result = PlanReader::readText("layout: " + layout + "\nplanar: 1\nname: l\n",
                                                   QStringLiteral("l.yaml"));
    QVERIFY(!result.plan);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.front().toString(), QStringLiteral("l.yaml:") + error);
}

void TestReaderErrors::longValuesAreCut()
{
    // A 1 MB value was echoed whole, once per message that named it.
    const QByteArray huge(1 << 20, 'x');
    const QString cut = QString(59, QLatin1Char('x')) + QChar(0x2026);
    const ReadResult result = PlanReader::readText(
        "planar: " + huge + "\nname: n\nzones:\n  - {id: " + huge + ", level: " + huge + "}\n",
        QStringLiteral("big.yaml"));
    QVERIFY(!result.plan);
    QStringList got;
    for (const ReadError &e : result.errors)
        got << e.toString();
    QCOMPARE(
        got,
        (QStringList{"big.yaml:1:9: 'planar' of the plan must be a whole number, not '" + cut + "'",
                     QStringLiteral("big.yaml:4:1048595: 'level' of zone '%1' must be a whole "
                                    "number, not '%1'")
                         .arg(cut)}));
    // Control characters in an echoed value reach the terminal as text, not as commands.
    const ReadResult escape =
        PlanReader::readText("planar: \"\\e[2J1\"\nname: n\n", QStringLiteral("esc.yaml"));
    QCOMPARE(escape.errors.size(), 1);
    QCOMPARE(escape.errors.front().toString(),
             QStringLiteral("esc.yaml:1:9: 'planar' of the plan must be a whole number "
                            "without quotes, not '\\u001b[2J1'"));
}

void TestReaderErrors::aliasesWithinTheLimitAreRead()
{
    // Anchors reused by hand are fine, and so is expansion just under the limit: the same
    // levels as alias-bomb.yaml, stopping at 90,110 nodes added (the bomb's 8th *d crosses it).
    QByteArray text = "planar: 1\nname: a\nworkloads:\n  - {id: w1, labels: &l {app: web}}\n"
                      "  - {id: w2, labels: *l}\na: &a [lol, lol, lol, lol, lol, lol, lol, "
                      "lol, lol, lol]\n";
    const QByteArray levels = "abcd";
    for (qsizetype i = 1; i < levels.size(); ++i) {
        const QByteArray ref = "*" + levels.mid(i - 1, 1);
        const QByteArrayList refs(10, ref);
        text += levels.mid(i, 1) + ": &" + levels.mid(i, 1) + " [" + refs.join(", ") + "]\n";
    }
    text += "x: [" + QByteArrayList(7, "*d").join(", ") + "]\n";
    const ReadResult result = PlanReader::readText(text, QStringLiteral("a.yaml"));
    QVERIFY2(result.plan, qPrintable(describe(result.errors)));
    QCOMPARE(result.plan->workloads[1].labels, result.plan->workloads[0].labels);
    QCOMPARE(result.plan->extra.size(), 5);
}

QTEST_GUILESS_MAIN(TestReaderErrors)
#include "tst_readererrors.moc"
