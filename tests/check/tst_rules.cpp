// Contract tests for the validator, written from rules.md and plan-format.md alone: every rule
// code has plans in tests/data/rules/<code>/ that must report it (fires-*) and plans as close
// as possible to firing that must not (near-miss-*).
#include "check/validator.h"
#include "generate/plangenerator.h"
#include "io/planreader.h"
#include "planrows.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Planar;

namespace {

const QDate DefaultToday(2026, 6, 1);

QString rulesDir()
{
    return QStringLiteral(PLANAR_TEST_DATA "/rules");
}

/** The severities of rules.md's table; cluster-capacity is error or warning, so it has none. */
const QHash<QString, std::optional<Severity>> &contractCodes()
{
    static const QHash<QString, std::optional<Severity>> codes = [] {
        QHash<QString, std::optional<Severity>> c;
        const auto E = Severity::Error, W = Severity::Warning;
        for (const char *code : {"parse-error",
                                 "unsupported-version",
                                 "duplicate-id",
                                 "invalid-id",
                                 "unknown-reference",
                                 "invalid-cidr",
                                 "invalid-ip",
                                 "plane-overlap",
                                 "network-overlap",
                                 "pod-subnet-outside-cluster",
                                 "pod-subnet-overlap",
                                 "ip-outside-network",
                                 "ip-reserved",
                                 "ip-duplicate",
                                 "gateway-outside-network",
                                 "mac-invalid",
                                 "mac-duplicate",
                                 "vlan-invalid",
                                 "vlan-not-trunked",
                                 "vlan-zone-conflict",
                                 "host-to-pod",
                                 "pod-to-host",
                                 "cross-zone",
                                 "external-to-host",
                                 "external-to-vm",
                                 "external-not-exposed",
                                 "exception-expired"})
            c.insert(QString::fromLatin1(code), E);
        for (const char *code : {"unknown-key", "pod-subnet-size", "common-lan-range",
                                 "no-management-network", "host-nic-shared"})
            c.insert(QString::fromLatin1(code), W);
        c.insert(QStringLiteral("exception-active"), Severity::Info);
        c.insert(QStringLiteral("cluster-capacity"), std::nullopt);
        c.insert(QStringLiteral("cluster-spans-zones"), Severity::Info);
        return c;
    }();
    return codes;
}

/** The leading `# key: value` comment lines of a fixture (today, expect-subjects …). */
QHash<QString, QString> headers(const QString &path)
{
    QHash<QString, QString> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return result;
    static const QRegularExpression header(QStringLiteral("^#\\s*([a-z-]+):\\s*(.*)$"));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.startsWith(QLatin1Char('#'))) break;
        const auto m = header.match(line);
        if (m.hasMatch()) result.insert(m.captured(1), m.captured(2).trimmed());
    }
    return result;
}

QString describe(const QList<Finding> &findings)
{
    return PlanRows::describe(findings);
}

QString describe(const QList<ReadError> &errors)
{
    QStringList lines;
    for (const ReadError &e : errors)
        lines << QStringLiteral("  ") + e.toString();
    return lines.join(QLatin1Char('\n'));
}

/** code -> {fires files, near-miss files} found on disk. */
struct Folder {
    QStringList fires;
    QStringList nearMisses;
};
QMap<QString, Folder> scanFolders()
{
    QMap<QString, Folder> folders;
    const QDir root(rulesDir());
    for (const QString &code : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(code));
        Folder &folder = folders[code];
        for (const QString &name :
             dir.entryList({QStringLiteral("*.planar.yaml")}, QDir::Files, QDir::Name)) {
            if (name.startsWith(QLatin1String("fires-")))
                folder.fires << dir.filePath(name);
            else if (name.startsWith(QLatin1String("near-miss-")))
                folder.nearMisses << dir.filePath(name);
        }
    }
    return folders;
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rule_data();
    void rule();
    void findingsAreWellFormed_data() { rule_data(); }
    void findingsAreWellFormed();
    void messagesNameSubjects_data() { rule_data(); }
    void messagesNameSubjects();
    void everyContractCodeHasCases();
    void everyCatalogueCodeHasCases();
    void contractCodesAreInCatalogue();
    void foldersNameKnownCodes();
    void seedExampleIsClean();
    void threadsDoNotChangeFindings_data();
    void threadsDoNotChangeFindings();
};

void TestRules::rule_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("fires");

    const auto folders = scanFolders();
    QVERIFY2(!folders.isEmpty(), qPrintable(QStringLiteral("no fixtures in ") + rulesDir()));
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        for (const QString &path : it->fires)
            QTest::newRow(qPrintable(it.key() + QLatin1Char('/') + QFileInfo(path).fileName()))
                << path << it.key() << true;
        for (const QString &path : it->nearMisses)
            QTest::newRow(qPrintable(it.key() + QLatin1Char('/') + QFileInfo(path).fileName()))
                << path << it.key() << false;
    }
}

void TestRules::rule()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(bool, fires);

    const auto head = headers(path);
    QDate today = DefaultToday;
    if (head.contains(QStringLiteral("today"))) {
        today = QDate::fromString(head.value(QStringLiteral("today")), Qt::ISODate);
        QVERIFY2(today.isValid(), "bad `# today:` header in the fixture");
    }

    const ReadResult read = PlanReader::readFile(path);

    // parse-error is the reader's: a fires plan must be refused, a near-miss read cleanly.
    if (code == QLatin1String("parse-error")) {
        if (fires) {
            QVERIFY2(!read.plan && !read.errors.isEmpty(),
                     "the reader accepted a plan that is not valid plan-format v1");
            return;
        }
        QVERIFY2(read.plan && read.errors.isEmpty(),
                 qPrintable(QStringLiteral("the reader refused a valid plan:\n") +
                            describe(read.errors)));
    }

    QVERIFY2(read.plan, qPrintable(QStringLiteral("the reader refused the fixture:\n") +
                                   describe(read.errors)));
    const QList<Finding> findings = validatePlan(*read.plan, today);
    QList<Finding> matching;
    for (const Finding &f : findings)
        if (f.code == code) matching << f;

    const QString context =
        QStringLiteral("%1 (today %2); findings:\n%3")
            .arg(QFileInfo(path).fileName(), today.toString(Qt::ISODate), describe(findings));
    if (!fires) {
        QVERIFY2(matching.isEmpty(),
                 qPrintable(code + QStringLiteral(" reported for near-miss ") + context));
        // A near-miss is otherwise a clean plan: no rule may fire on it but those the
        // contract predicts (`# expect-also:`), so each file also guards against false positives.
        QStringList also;
        for (const QString &c : head.value(QStringLiteral("expect-also")).split(QLatin1Char(',')))
            if (!c.trimmed().isEmpty()) also << c.trimmed();
        for (const Finding &f : findings) {
            // Most fixtures put their nodes in two zones, and rules.md reports that on every
            // such plan (info); its own folder proves when it fires and when it must not.
            if (f.code == QLatin1String("cluster-spans-zones") &&
                code != QLatin1String("cluster-spans-zones"))
                continue;
            QVERIFY2(also.contains(f.code),
                     qPrintable(f.code + QStringLiteral(" is a false positive on near-miss ") +
                                context));
        }
        for (const QString &c : also)
            QVERIFY2(std::any_of(findings.cbegin(), findings.cend(),
                                 [&](const Finding &f) { return f.code == c; }),
                     qPrintable(c + QStringLiteral(" (expect-also) missing for ") + context));
        return;
    }
    QVERIFY2(!matching.isEmpty(), qPrintable(code + QStringLiteral(" missing for ") + context));

    // The severity of rules.md's table, or the fixture's own for codes with two.
    const std::optional<Severity> contractSeverity = contractCodes().value(code);
    const QString wantSeverity =
        head.value(QStringLiteral("expect-severity"),
                   contractSeverity ? severityKey(*contractSeverity) : QString());
    if (!wantSeverity.isEmpty()) {
        for (const Finding &f : matching)
            QVERIFY2(severityKey(f.severity) == wantSeverity,
                     qPrintable(QStringLiteral("%1 should be %2 in ").arg(code, wantSeverity) +
                                context));
    }

    if (head.contains(QStringLiteral("expect-subjects"))) {
        QStringList want;
        for (const QString &s :
             head.value(QStringLiteral("expect-subjects")).split(QLatin1Char(',')))
            want << s.trimmed();
        const bool found = std::any_of(matching.cbegin(), matching.cend(),
                                       [&](const Finding &f) { return f.subjects == want; });
        QVERIFY2(found, qPrintable(QStringLiteral("no %1 finding with subjects [%2] in ")
                                       .arg(code, want.join(QStringLiteral(", "))) +
                                   context));
    }
}

void TestRules::findingsAreWellFormed()
{
    // What rules.md promises of every finding, whatever its code: a catalogued code, the
    // severity of the table, one line of message that names the subjects, a stable order.
    QFETCH(QString, path);
    QFETCH(QString, code);
    const ReadResult read = PlanReader::readFile(path);
    if (!read.plan) QSKIP("the reader refuses this fixture (see rule())");
    const QDate today =
        QDate::fromString(headers(path).value(QStringLiteral("today")), Qt::ISODate);
    const QList<Finding> findings =
        validatePlan(*read.plan, today.isValid() ? today : DefaultToday);
    const QString context =
        QStringLiteral(" in %1; findings:\n%2").arg(QFileInfo(path).fileName(), describe(findings));

    QStringList catalogue;
    for (const RuleInfo &rule : ruleCatalogue())
        catalogue << rule.code;
    for (const Finding &f : findings) {
        QVERIFY2(catalogue.contains(f.code),
                 qPrintable(f.code + QStringLiteral(" is not in ruleCatalogue()") + context));
        const std::optional<Severity> contract = contractCodes().value(f.code);
        if (contract)
            QVERIFY2(
                f.severity == *contract,
                qPrintable(QStringLiteral("%1 should be %2").arg(f.code, severityKey(*contract)) +
                           context));
        QVERIFY2(!f.message.trimmed().isEmpty() && !f.message.contains(QLatin1Char('\n')),
                 qPrintable(f.code + QStringLiteral(": the message must be one line") + context));
    }
    QVERIFY2(std::is_sorted(findings.cbegin(), findings.cend(), findingLess),
             qPrintable(QStringLiteral("findings are not in the stable order") + context));
    QVERIFY2(validatePlan(*read.plan, today.isValid() ? today : DefaultToday) == findings,
             qPrintable(QStringLiteral("a second run gives other findings") + context));
}

void TestRules::messagesNameSubjects()
{
    // rules.md: "a one-line human message that names them" (the subjects), so a user reading
    // the message alone, in the CLI or the report, knows what it is about.
    QFETCH(QString, path);
    const ReadResult read = PlanReader::readFile(path);
    if (!read.plan) QSKIP("the reader refuses this fixture (see rule())");
    const QDate today =
        QDate::fromString(headers(path).value(QStringLiteral("today")), Qt::ISODate);
    const QList<Finding> findings =
        validatePlan(*read.plan, today.isValid() ? today : DefaultToday);
    for (const Finding &f : findings)
        for (const QString &subject : f.subjects)
            QVERIFY2(f.message.contains(subject),
                     qPrintable(QStringLiteral("%1: the message does not name subject %2:\n%3")
                                    .arg(f.code, subject, describe({f}))));
}

void TestRules::everyContractCodeHasCases()
{
    const auto folders = scanFolders();
    for (auto it = contractCodes().cbegin(); it != contractCodes().cend(); ++it) {
        const Folder folder = folders.value(it.key());
        QVERIFY2(!folder.fires.isEmpty(), qPrintable(it.key() + QStringLiteral(": no fires-*")));
        QVERIFY2(!folder.nearMisses.isEmpty(),
                 qPrintable(it.key() + QStringLiteral(": no near-miss-*")));
    }
}

void TestRules::everyCatalogueCodeHasCases()
{
    const auto folders = scanFolders();
    QVERIFY(!ruleCatalogue().isEmpty());
    for (const RuleInfo &rule : ruleCatalogue()) {
        const Folder folder = folders.value(rule.code);
        QVERIFY2(!folder.fires.isEmpty(), qPrintable(rule.code + QStringLiteral(": no fires-*")));
        QVERIFY2(!folder.nearMisses.isEmpty(),
                 qPrintable(rule.code + QStringLiteral(": no near-miss-*")));
    }
}

void TestRules::contractCodesAreInCatalogue()
{
    QStringList catalogue;
    for (const RuleInfo &rule : ruleCatalogue())
        catalogue << rule.code;
    QStringList missing;
    for (auto it = contractCodes().cbegin(); it != contractCodes().cend(); ++it)
        if (!catalogue.contains(it.key())) missing << it.key();
    missing.sort();
    // parse-error comes from the reader, so the validator's catalogue may leave it out.
    missing.removeAll(QStringLiteral("parse-error"));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("rules.md codes missing from "
                                                          "ruleCatalogue(): ") +
                                           missing.join(QStringLiteral(", "))));
}

void TestRules::foldersNameKnownCodes()
{
    QStringList catalogue;
    for (const RuleInfo &rule : ruleCatalogue())
        catalogue << rule.code;
    const auto folders = scanFolders();
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        QVERIFY2(contractCodes().contains(it.key()) || catalogue.contains(it.key()),
                 qPrintable(QStringLiteral("folder for an unknown code: ") + it.key()));
        QVERIFY2(!it->fires.isEmpty() || !it->nearMisses.isEmpty(),
                 qPrintable(QStringLiteral("empty folder: ") + it.key()));
    }
}

void TestRules::seedExampleIsClean()
{
    const QString path = QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml");
    const ReadResult read = PlanReader::readFile(path);
    QVERIFY2(read.plan, qPrintable(describe(read.errors)));
    const QList<Finding> findings = validatePlan(*read.plan, DefaultToday);
    // Its one finding is the one rules.md predicts: the cluster spans e-commerce and payments.
    QVERIFY2(findings.size() == 1 && findings[0].code == QLatin1String("cluster-spans-zones") &&
                 findings[0].subjects == QStringList({"ecommerce", "payments"}),
             qPrintable(QStringLiteral("seed example findings:\n") + describe(findings)));
    QVERIFY2(findings[0].message.contains(QLatin1String("179/TCP")) &&
                 findings[0].message.contains(QLatin1String("IP protocol 4")) &&
                 findings[0].message.contains(QLatin1String("CDE zone payments")),
             qPrintable(describe(findings)));
}

void TestRules::threadsDoNotChangeFindings_data()
{
    // Generated plans with mistakes of every family, large enough to run on threads by default.
    PlanRows::addRows();
}

void TestRules::threadsDoNotChangeFindings()
{
    QFETCH(QString, path);
    QFETCH(int, mistakes);
    const std::optional<Plan> read =
        PlanRows::planOf(path, mistakes, {.hosts = 400, .vmsPerHost = 5, .workloads = 200});
    if (!read) QSKIP("the reader refuses this fixture: nothing to validate");
    const Plan &plan = *read;
    // The families run side by side; what they find, and its order, must not depend on it.
    const QList<Finding> oneThread = validatePlan(plan, DefaultToday, 1);
    if (mistakes > 0) QVERIFY2(oneThread.size() > 10, "the generated mistakes found nothing");
    for (int threads : {0, 2, 3, 9}) {
        const QList<Finding> found = validatePlan(plan, DefaultToday, threads);
        QVERIFY2(found == oneThread,
                 qPrintable(QStringLiteral("%1 threads: %2 findings, one thread: %3\n%4")
                                .arg(threads)
                                .arg(found.size())
                                .arg(oneThread.size())
                                .arg(describe(found))));
    }
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
