// "validate reports what any exporter would refuse" (issue 9): for every refusal an exporter
// can produce from a name or an address text, a plan that triggers it also fails
// `planar-cli validate` with a code, so nobody learns of a bad name only at export time.
#include "check/validator.h"
#include "export/exporterregistry.h"
#include "io/planreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Planar;

namespace {

const QDate Today(2026, 6, 1);

QByteArray basePlan()
{
    // A clean plan every exporter writes (checked by baseExportsEverywhere).
    QFile file(
        QStringLiteral(PLANAR_TEST_DATA "/rules/cross-zone/near-miss-same-zone.planar.yaml"));
    if (!file.open(QIODevice::ReadOnly)) qFatal("base plan missing");
    return file.readAll();
}

/** The exporters that refuse @p plan, each with its first error. */
QStringList refusals(const Plan &plan)
{
    QStringList out;
    for (const QString &id : ExporterRegistry::ids()) {
        const auto exporter = ExporterRegistry::create(id);
        QList<ExportedFile> files;
        ExportOptions options;
        options.today = Today;
        options.force = true; // the exporter's own refusal, not the runner's finding gate
        if (!exporter->write(plan, options, &files))
            out << id + QStringLiteral(": ") + exporter->errors().value(0);
    }
    return out;
}

struct Validation {
    int exitCode = -1;
    QStringList codes;
};

Validation validateWithCli(const QByteArray &text)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planar.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) qFatal("cannot write");
    file.close();
    QProcess p;
    p.start(QStringLiteral(PLANAR_BINARY_DIR "/app/cli/planar-cli"),
            {QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--today"), Today.toString(Qt::ISODate)});
    if (!p.waitForFinished(60000)) qFatal("planar-cli did not finish");
    Validation v;
    v.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    for (const QJsonValue &f : root.value(QStringLiteral("findings")).toArray())
        if (f[QStringLiteral("severity")].toString() == QLatin1String("error"))
            v.codes << f[QStringLiteral("code")].toString();
    return v;
}

} // namespace

class TestExportNames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void baseExportsEverywhere();
    void refusedIsReported_data();
    void refusedIsReported();
    void emptyNamesAreReported();
};

void TestExportNames::baseExportsEverywhere()
{
    const ReadResult read = PlanReader::readText(basePlan(), QStringLiteral("base.yaml"));
    QVERIFY(read.plan);
    QCOMPARE(refusals(*read.plan), QStringList());
    QCOMPARE(validateWithCli(basePlan()).exitCode, 0);
}

void TestExportNames::refusedIsReported_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("code");

    // One row per refusal in the exporters' checkNames() and EndpointResolver.
    // NetworkPolicy: cluster.dnsNamespace, workload ids, namespaces, label keys and values.
    QTest::newRow("dnsNamespace") << "  cni: calico\n"
                                  << "  cni: calico\n  dnsNamespace: Kube.System\n"
                                  << "invalid-namespace";
    QTest::newRow("workload namespace") << "namespace: payments"
                                        << "namespace: pay_ments"
                                        << "invalid-namespace";
    QTest::newRow("workload namespace too long")
        << "namespace: payments" << QString(QStringLiteral("namespace: ") + QString(64, u'p'))
        << "invalid-namespace";
    QTest::newRow("label key") << "labels: {app: web}"
                               << "labels: {app: web, \"te am\": a}"
                               << "invalid-label";
    QTest::newRow("label key prefix") << "labels: {app: web}"
                                      << "labels: {app: web, a_b.io/team: a}"
                                      << "invalid-label";
    QTest::newRow("label value") << "labels: {app: db}"
                                 << "labels: {app: db, tier: \"data;rm\"}"
                                 << "invalid-label";
    // istio: a service account reaches a principal cluster.local/ns/NS/sa/SA.
    QTest::newRow("service account")
        << "    namespace: payments\n"
        << "    namespace: payments\n    serviceAccount: \"pay/../x\"\n"
        << "invalid-service-account";
    QTest::newRow("linked workload without labels")
        << "    labels: {app: db}\n" << "" << "workload-without-labels";
    QTest::newRow("labels select another workload")
        << "labels: {app: db}" << "labels: {app: web, tier: db}" << "label-selector-overlap";
    QTest::newRow("workload id") << "id: payment-api"
                                 << "id: Payment-API"
                                 << "invalid-id";
    // NetworkPolicy and nftables: link ids and ends name policies, sets and chains.
    QTest::newRow("link id") << "id: web-to-db,"
                             << "id: web_to_db,"
                             << "invalid-id";
    QTest::newRow("link end unknown") << "from: web, to: db,"
                                      << "from: web, to: \"db;drop\","
                                      << "unknown-reference";
    // nftables: host ids name files, NIC names reach iifname, zone ids name sets.
    QTest::newRow("host id") << "  - id: host1\n"
                             << "  - id: Host1\n"
                             << "invalid-id";
    QTest::newRow("host id twice") << "vms:\n"
                                   << "  - id: host1\n    nics: []\nvms:\n"
                                   << "duplicate-id";
    QTest::newRow("NIC name") << "{name: eth1,"
                              << "{name: \"eth1 accept\","
                              << "invalid-id";
    QTest::newRow("zone id") << "  - id: payments\n    name: Payments"
                             << "  - id: pay.ments\n    name: Payments"
                             << "invalid-id";
    // EndpointResolver: CIDRs and addresses the exporters parse with the validator's parser.
    QTest::newRow("cidr leading zero") << "cidr: 10.0.1.0/24"
                                       << "cidr: 10.0.1.0/024"
                                       << "invalid-cidr";
    QTest::newRow("cidr with space") << "cidr: 10.0.1.0/24"
                                     << "cidr: \"10.0.1.0 /24\""
                                     << "invalid-cidr";
    QTest::newRow("cidr v4-mapped") << "cidr: 0.0.0.0/0"
                                    << "cidr: \"::ffff:0.0.0.0/96\""
                                    << "invalid-cidr";
    QTest::newRow("pod subnet") << "podSubnet: 172.16.3.0/24"
                                << "podSubnet: 172.16.3.0/0024"
                                << "invalid-cidr";
    QTest::newRow("adminNetworks") << "adminNetworks: [192.168.1.0/24]"
                                   << "adminNetworks: [192.168.1.0/24, \"10.9.0.0/16 \"]"
                                   << "invalid-cidr";
    QTest::newRow("NIC address v4-mapped") << "ip: 10.0.1.12,"
                                           << "ip: \"::ffff:10.0.1.12\","
                                           << "invalid-ip";
}

void TestExportNames::refusedIsReported()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, code);
    QByteArray text = basePlan();
    QVERIFY2(text.contains(from.toUtf8()), qPrintable(from));
    text.replace(text.indexOf(from.toUtf8()), from.toUtf8().size(), to.toUtf8());

    // The row is a real refusal: the reader takes the plan and some exporter will not write it.
    const ReadResult read = PlanReader::readText(text, QStringLiteral("plan.yaml"));
    QVERIFY2(read.plan, read.errors.isEmpty() ? "" : qPrintable(read.errors[0].toString()));
    const QStringList refused = refusals(*read.plan);
    QVERIFY2(!refused.isEmpty(), "no exporter refuses this plan; the row tests nothing");

    // …and validate says so first, with the expected code and exit code 1.
    const Validation v = validateWithCli(text);
    QVERIFY2(v.exitCode == 1 && v.codes.contains(code),
             qPrintable(QStringLiteral("exit %1, errors [%2], exporters refused: %3")
                            .arg(v.exitCode)
                            .arg(v.codes.join(u','), refused.join(QStringLiteral("; ")))));
}

void TestExportNames::emptyNamesAreReported()
{
    // The reader refuses an empty link end or NIC name, but a plan edited in memory can hold
    // one, and nftables refuses both: the validator must too.
    const ReadResult read = PlanReader::readText(basePlan(), QStringLiteral("base.yaml"));
    QVERIFY(read.plan);
    Plan endless = *read.plan;
    endless.links[0].to.clear();
    Plan nameless = *read.plan;
    nameless.hosts[0].nics[1].name.clear();
    for (const auto &[plan, code] :
         {std::pair{endless, "unknown-reference"}, std::pair{nameless, "invalid-id"}}) {
        QVERIFY(!refusals(plan).isEmpty());
        const QList<Finding> findings = validatePlan(plan, Today);
        QVERIFY2(std::any_of(findings.cbegin(), findings.cend(),
                             [&](const Finding &f) {
                                 return f.code == QLatin1String(code) &&
                                        f.severity == Severity::Error;
                             }),
                 code);
    }
}

QTEST_GUILESS_MAIN(TestExportNames)
#include "tst_exportnames.moc"
