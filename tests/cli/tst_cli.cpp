// Runs the built planar-cli as CI pipelines do and checks what they rely on:
// exit codes, the text and JSON formats, --help, --today and generate.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PLANAR_BINARY_DIR "/app/cli/planar-cli"), args);
    if (!p.waitForFinished(120000)) qFatal("planar-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString example(const char *name)
{
    return QStringLiteral(PLANAR_EXAMPLES "/") + QLatin1String(name);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedExampleIsClean();
    void exitCodes_data();
    void exitCodes();
    void jsonShape();
    void textFormat();
    void unreadablePlanPointsAtLineAndColumn();
    void todayDecidesExpiry();
    void mistakesExamplesShowTheirFamily_data();
    void mistakesExamplesShowTheirFamily();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void unknownOptionPrintsUsage_data();
    void unknownOptionPrintsUsage();
    void generateIsDeterministicAndClean();
    void generatedMistakesAreFound();
};

void TestCli::seedExampleIsClean()
{
    const Run r = cli({"validate", example("seed-three-planes.planar.yaml")});
    QCOMPARE(r.exitCode, 0);
    // Its one finding is rules.md's: the cluster spans e-commerce and payments.
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith("info cluster-spans-zones [ecommerce, payments]: "), lines[0]);
    QCOMPARE(lines[1], QByteArray("0 errors, 0 warnings, 1 infos"));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("clean") << QStringList{"validate", example("seed-three-planes.planar.yaml")}
                           << 0;
    QTest::newRow("errors") << QStringList{"validate", example("mistakes-flows.planar.yaml")} << 1;
    QTest::newRow("warnings only are not errors")
        << QStringList{"validate",
                       QStringLiteral(PLANAR_TEST_DATA "/cli/warnings-only.planar.yaml")}
        << 0;
    QTest::newRow("missing file") << QStringList{"validate", "/nonexistent/plan.yaml"} << 2;
    QTest::newRow("no plan") << QStringList{"validate"} << 2;
    QTest::newRow("bad format") << QStringList{"validate", example("seed-three-planes.planar.yaml"),
                                               "--format", "xml"}
                                << 2;
    QTest::newRow("bad option") << QStringList{"validate", "--frobnicate"} << 2;
    QTest::newRow("bad today") << QStringList{"validate", example("seed-three-planes.planar.yaml"),
                                              "--today", "31.12.2026"}
                               << 2;
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2;
    QTest::newRow("no command") << QStringList{} << 2;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = cli(args);
    QVERIFY2(r.exitCode == code, r.err.constData());
    if (code == 2) QVERIFY2(!r.err.isEmpty(), "exit 2 must explain itself on stderr");
}

// Issue 12's bad input: a wrong word on the command line shows what the command takes.
void TestCli::unknownOptionPrintsUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("usage");
    QTest::newRow("top level") << QStringList{"--frobnicate"} << "unknown option '--frobnicate'"
                               << "Usage: planar-cli COMMAND";
    QTest::newRow("validate") << QStringList{"validate", "--frobnicate", "x.planar.yaml"}
                              << "Unknown option 'frobnicate'"
                              << "--format <FORMAT>";
    QTest::newRow("generate") << QStringList{"generate", "--frobnicate"}
                              << "Unknown option 'frobnicate'"
                              << "--vms-per-host <N>";
    QTest::newRow("export") << QStringList{"export", "x.planar.yaml", "--frobnicate"}
                            << "unknown option --frobnicate"
                            << "usage: planar-cli export PLAN";
    QTest::newRow("explain") << QStringList{"explain", "--frobnicate"}
                             << "unknown option --frobnicate"
                             << "usage: planar-cli explain PLAN";
}

void TestCli::unknownOptionPrintsUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, what);
    QFETCH(QString, usage);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(what), qPrintable(err));
    QVERIFY2(err.contains(usage), qPrintable(err));
}

void TestCli::jsonShape()
{
    const Run r = cli({"validate", "--format", "json", "--today", "2026-06-01",
                       example("mistakes-flows.planar.yaml")});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value("plan").toString(), QStringLiteral("mistakes-flows"));
    const QJsonArray findings = root.value("findings").toArray();
    QVERIFY(!findings.isEmpty());
    int errors = 0;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        QCOMPARE(f.keys(), (QStringList{"code", "message", "severity", "subjects"}));
        QVERIFY(QStringList({"error", "warning", "info"}).contains(f.value("severity").toString()));
        QVERIFY(f.value("subjects").isArray());
        QVERIFY(!f.value("message").toString().isEmpty());
        errors += f.value("severity").toString() == u"error";
    }
    const QJsonObject summary = root.value("summary").toObject();
    QCOMPARE(summary.value("errors").toInt(), errors);
    QVERIFY(summary.contains("warnings") && summary.contains("infos"));
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.value("code").toString(), QStringLiteral("cross-zone"));
    QCOMPARE(first.value("subjects").toArray().toVariantList(), (QVariantList{"node1", "node3"}));
}

void TestCli::textFormat()
{
    const Run r = cli({"validate", "--today", "2026-06-01", example("mistakes-flows.planar.yaml")});
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    static const QRegularExpression line(
        QStringLiteral(R"(^(error|warning|info) [a-z-]+ \[[^\]]*\]: .+$)"));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY2(line.match(QString::fromUtf8(lines[i])).hasMatch(), lines[i].constData());
    QVERIFY(lines.last().endsWith(" errors, 0 warnings, 1 infos")); // cluster-spans-zones
    // Stable order: sorted by severity, then code, then subjects.
    QStringList codes;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        if (lines[i].startsWith("error ")) codes << QString::fromUtf8(lines[i].split(' ')[1]);
    QStringList sorted = codes;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(codes, sorted);
    QCOMPARE(cli({"validate", "--today", "2026-06-01", example("mistakes-flows.planar.yaml")}).out,
             r.out);
}

void TestCli::unreadablePlanPointsAtLineAndColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.planar.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("planar: 1\nname: bad\ncluster:\n  nodeMaskSize: twenty-four\n");
    f.close();
    const Run text = cli({"validate", path});
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.startsWith((path + ":4:17: ").toUtf8()), text.err.constData());
    QVERIFY(text.err.contains("nodeMaskSize"));
    const Run json = cli({"validate", "--format", "json", path});
    QCOMPARE(json.exitCode, 2);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value("findings").toArray().first().toObject().value("code").toString(),
             QStringLiteral("parse-error"));
}

void TestCli::todayDecidesExpiry()
{
    // The flows example has an exception that expires on 2026-01-31.
    const Run before =
        cli({"validate", "--today", "2026-01-31", example("mistakes-flows.planar.yaml")});
    QVERIFY(before.out.contains("info exception-active [host2, payment-api]"));
    QVERIFY(!before.out.contains("exception-expired"));
    const Run after =
        cli({"validate", "--today", "2026-02-01", example("mistakes-flows.planar.yaml")});
    QVERIFY(after.out.contains("error exception-expired [host2, payment-api]"));
    QVERIFY(after.out.contains("error host-to-pod [host2, payment-api]"));
}

void TestCli::mistakesExamplesShowTheirFamily_data()
{
    QTest::addColumn<QString>("path");
    for (const QFileInfo &f :
         QDir(QStringLiteral(PLANAR_EXAMPLES)).entryInfoList({"mistakes-*.yaml"}))
        QTest::newRow(qPrintable(f.fileName())) << f.filePath();
}

void TestCli::mistakesExamplesShowTheirFamily()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(f.readLine()).trimmed();
    QVERIFY2(header.startsWith(u"# shows: "), "each mistakes example lists what it shows");
    const Run r = cli({"validate", "--today", "2026-06-01", path});
    QCOMPARE(r.exitCode, 1);
    for (const QString &code : header.mid(9).split(QStringLiteral(", ")))
        QVERIFY2(r.out.contains(QByteArray(" " + code.toUtf8() + " [")),
                 qPrintable(code + " missing:\n" + QString::fromUtf8(r.out)));
}

void TestCli::helpForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("validate") << "validate";
    QTest::newRow("generate") << "generate";
}

void TestCli::helpForEveryCommand()
{
    QFETCH(QString, command);
    const Run r = cli({command, "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(("planar-cli " + command).toUtf8()), r.out.constData());
    const Run overview = cli({"--help"});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(command.toUtf8()));
}

void TestCli::generateIsDeterministicAndClean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("g.planar.yaml"));
    const QStringList args{"generate", "--hosts", "20", "--vms-per-host", "4", "--workloads",
                           "30",       "--zones", "4",  "--seed",         "7"};
    const Run a = cli(args), b = cli(args);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out, b.out);
    QVERIFY(a.out != cli({"generate", "--seed", "8"}).out);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(a.out);
    f.close();
    const Run v = cli({"validate", path});
    // Clean but for the info that its cluster spans the generated zones.
    QVERIFY2(v.exitCode == 0 && v.out.trimmed().endsWith("\n0 errors, 0 warnings, 1 infos") &&
                 v.out.startsWith("info cluster-spans-zones [bu-1, bu-2, bu-3, bu-4]: "),
             v.out.constData());
    QVERIFY(a.out.contains("node-20-4"));
    QCOMPARE(cli({"generate", "--hosts", "-3"}).exitCode, 2);
}

void TestCli::generatedMistakesAreFound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.planar.yaml"));
    QCOMPARE(cli({"generate", "--hosts", "12", "--mistakes", "12", "-o", path}).exitCode, 0);
    const Run v = cli({"validate", path});
    QCOMPARE(v.exitCode, 1);
    for (const char *code :
         {"host-to-pod", "cross-zone", "ip-duplicate", "plane-overlap", "vlan-not-trunked",
          "pod-subnet-overlap", "mac-duplicate", "external-not-exposed", "exception-active",
          "pod-subnet-outside-cluster", "ip-outside-network", "gateway-outside-network"})
        QVERIFY2(v.out.contains(QByteArray(QByteArray(" ") + code + " [")), code);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
