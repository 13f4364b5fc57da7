// The nftables exporter: rulesets nft accepts, the seed's firewall rules, safety.
#include "exporttestsupport.h"
#include "generate/plangenerator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Planar;
using namespace Planar::TestSupport;

namespace {

const QString Kind = QStringLiteral("nftables");

Plan plan(const char *name)
{
    return readPlan(QStringLiteral(PLANAR_EXPORT_PLANS "/") + QLatin1String(name) +
                    QStringLiteral(".planar.yaml"));
}

/** The rule text without comments: what nft would do, not what it says. */
QByteArray meaning(QByteArray ruleset)
{
    QByteArrayList lines;
    for (const QByteArray &line : ruleset.split('\n'))
        if (!line.trimmed().startsWith('#')) lines.append(line);
    QString text = QString::fromUtf8(lines.join('\n'));
    text.remove(QRegularExpression(QStringLiteral(" comment \"[^\"\\n]*\"")));
    return text.toUtf8();
}

QStringList chain(const QByteArray &ruleset, const QString &name)
{
    const QString text = QString::fromUtf8(ruleset);
    const qsizetype start = text.indexOf(QStringLiteral("chain %1 {").arg(name));
    const qsizetype end = text.indexOf(QStringLiteral("\n\t}"), start);
    QStringList rules;
    for (const QString &line : text.mid(start, end - start).split(QLatin1Char('\n')).mid(1))
        rules.append(line.trimmed());
    return rules;
}

qsizetype indexOfRule(const QStringList &rules, const QString &part)
{
    for (qsizetype i = 0; i < rules.size(); ++i)
        if (rules[i].contains(part)) return i;
    return -1;
}

} // namespace

class tst_NftablesExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nftAcceptsEveryRuleset_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<bool>("force");
        QTest::newRow("seed") << seedPlan() << false;
        QTest::newRow("multi-namespace") << plan("multi-namespace") << false;
        QTest::newRow("dual-stack") << plan("dual-stack") << false;
        GeneratorOptions g;
        g.seed = 3;
        QTest::newRow("generated") << generatePlan(g) << false;
        Plan noAdmin = seedPlan();
        noAdmin.adminNetworks.clear();
        QTest::newRow("no adminNetworks") << noAdmin << false;
        Plan noMgmt = seedPlan();
        noMgmt.networks[1].role = QStringLiteral("business");
        QTest::newRow("no management NIC") << noMgmt << false;
        Plan broken = seedPlan();
        broken.links.append({QStringLiteral("bad"),
                             QStringLiteral("host1"),
                             QStringLiteral("web"),
                             {},
                             {},
                             {},
                             {}});
        QTest::newRow("forced with errors") << broken << true;
        for (const char *example :
             {"mistakes-addressing", "mistakes-flows", "mistakes-segmentation"})
            QTest::newRow(example)
                << readPlan(QStringLiteral(PLANAR_EXAMPLES "/") + QLatin1String(example) +
                            QStringLiteral(".planar.yaml"))
                << true;
        g.mistakes = 6;
        QTest::newRow("generated with mistakes, forced") << generatePlan(g) << true;
    }
    void nftAcceptsEveryRuleset()
    {
        QFETCH(Plan, plan);
        QFETCH(bool, force);
        if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty())
            QSKIP("nft -c needs root and the nftables package; this machine has not both");
        const ExportResult r = exportPlan(plan, Kind, force);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QCOMPARE(r.files.size(), plan.hosts.size());
        QTemporaryDir dir;
        QVERIFY(ExportRunner::writeFiles(r.files, dir.path(), nullptr));
        for (const ExportedFile &f : r.files) {
            QProcess nft;
            nft.start(QStringLiteral("nft"),
                      {QStringLiteral("-c"), QStringLiteral("-f"), dir.filePath(f.name)});
            QVERIFY(nft.waitForFinished(30000));
            QVERIFY2(nft.exitCode() == 0,
                     qPrintable(f.name + QLatin1String(": ") +
                                QString::fromUtf8(nft.readAllStandardError())));
        }
    }

    void seedMatchesGolden()
    {
        const ExportResult r = exportPlan(seedPlan(), Kind);
        QVERIFY(r.ok());
        for (const char *host : {"host1.nft", "host2.nft"}) {
            QString why;
            QVERIFY2(matchesGolden(fileData(r, QLatin1String(host)),
                                   QStringLiteral("seed-three-planes/") + QLatin1String(host),
                                   &why),
                     qPrintable(why));
        }
    }

    void deterministic()
    {
        const Plan p = plan("dual-stack");
        const ExportResult a = exportPlan(p, Kind), b = exportPlan(p, Kind);
        QVERIFY(a.ok());
        QCOMPARE(a.files, b.files);
    }

    void ownTableRebuiltAtomically()
    {
        const QByteArray ruleset =
            fileData(exportPlan(seedPlan(), Kind), QStringLiteral("host1.nft"));
        QVERIFY(ruleset.contains(
            "\ntable inet planar\ndelete table inet planar\n\ntable inet planar {\n"));
        QVERIFY(!ruleset.contains("flush ruleset"));
        QCOMPARE(ruleset.count("\ntable "), 2);
        QCOMPARE(ruleset.count("\ndelete table inet planar\n"), 1);
    }

    void seedHostFirewall()
    {
        const QByteArray ruleset =
            fileData(exportPlan(seedPlan(), Kind), QStringLiteral("host1.nft"));
        const QStringList input = chain(ruleset, QStringLiteral("input"));
        QVERIFY(input.first().contains(QLatin1String("policy drop")));
        const QStringList ssh = input.filter(QStringLiteral("dport 22"));
        QCOMPARE(ssh.size(), 1);
        QVERIFY(ssh.first().startsWith(
            QLatin1String("iifname \"eth0\" ip saddr @admin_v4 tcp dport 22 accept")));
        QVERIFY(ruleset.contains("set admin_v4 {\n\t\ttype ipv4_addr\n\t\tflags "
                                 "interval\n\t\telements = { 192.168.1.0/25 }"));
        QVERIFY(indexOfRule(input, QStringLiteral("ip saddr 10.0.1.0/24 tcp dport 9100 accept")) >
                0);
        QVERIFY(indexOfRule(
                    input,
                    QStringLiteral(
                        "ip saddr @pod_v4 counter log prefix \"planar pod-to-host: \" drop")) > 0);
        QVERIFY(chain(ruleset, QStringLiteral("output"))
                    .contains(QStringLiteral(
                        "ip daddr @pod_v4 counter log prefix \"planar host-to-pod: \" drop")));
        QVERIFY(chain(ruleset, QStringLiteral("forward"))
                    .contains(
                        QStringLiteral("ip saddr @vmzone_ecommerce_v4 ip daddr @vmzone_payments_v4 "
                                       "counter log prefix \"planar cross-zone: \" drop")));
        // The scrape link goes to host1 only.
        QVERIFY(
            !fileData(exportPlan(seedPlan(), Kind), QStringLiteral("host2.nft")).contains("9100"));
    }

    void liveExceptionsAreCommentedAcceptsBeforeTheDrop()
    {
        const ExportResult r = exportPlan(plan("dual-stack"), Kind);
        const QByteArray ruleset = fileData(r, QStringLiteral("h1.nft"));
        const QStringList output = chain(ruleset, QStringLiteral("output"));
        const qsizetype note =
            indexOfRule(output, QStringLiteral("# exception for link debug-app: incident 4711, "
                                               "approved by ops-lead, expires 2026-12-31"));
        const qsizetype accept = indexOfRule(
            output, QStringLiteral("ip daddr 10.244.1.0/24 tcp dport 8080 accept comment "
                                   "\"exception for link debug-app expires 2026-12-31\""));
        const qsizetype drop = indexOfRule(output, QStringLiteral("ip daddr @pod_v4 counter"));
        QVERIFY(note >= 0 && accept == note + 1 && drop > accept);
        const QStringList forward = chain(ruleset, QStringLiteral("forward"));
        const qsizetype migration = indexOfRule(
            forward,
            QStringLiteral("ip6 saddr fd00:a::11 ip6 daddr fd00:b::11 tcp dport 5432 accept "
                           "comment \"exception for link migration expires 2026-12-31\""));
        QVERIFY(migration > 0 && migration < indexOfRule(forward, QStringLiteral("cross-zone")));
    }

    void policyOverrideOpensALinkedHostToPodFlow()
    {
        Plan p = seedPlan();
        p.policy.append(
            {Plane::Host, Plane::Pod, PolicyAction::Allow, QStringLiteral("probes"), {}});
        Link probe;
        probe.id = QStringLiteral("host-probes-web");
        probe.from = QStringLiteral("host1");
        probe.to = QStringLiteral("web");
        probe.ports = {*PortRange::parse(QStringLiteral("8080/TCP"))};
        p.links.append(probe);
        const ExportResult r = exportPlan(p, Kind);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        const QStringList output =
            chain(fileData(r, QStringLiteral("host1.nft")), QStringLiteral("output"));
        const qsizetype accept = indexOfRule(
            output, QStringLiteral("ip daddr { 172.16.1.0/24, 172.16.2.0/24 } tcp dport 8080 "
                                   "accept comment \"link host-probes-web\""));
        QVERIFY2(accept > 0 && accept < indexOfRule(output, QStringLiteral("host-to-pod")),
                 qPrintable(output.join('\n')));
        QVERIFY(!chain(fileData(r, QStringLiteral("host2.nft")), QStringLiteral("output"))
                     .join('\n')
                     .contains(QLatin1String("8080")));
    }

    void expiredExceptionNeverOpens()
    {
        ExportOptions late;
        late.today = QDate(2027, 1, 1);
        QCOMPARE(ExportRunner::run(plan("dual-stack"), Kind, late).status,
                 ExportResult::Status::PlanHasErrors);
        late.force = true;
        const ExportResult r = ExportRunner::run(plan("dual-stack"), Kind, late);
        QVERIFY(r.ok());
        const QByteArray ruleset = fileData(r, QStringLiteral("h1.nft"));
        QVERIFY(!ruleset.contains("debug-app"));
        QVERIFY(!ruleset.contains("5432"));
        QVERIFY(ruleset.contains("# WARNING: written with --force"));
    }

    void withoutAdminNetworksSshStaysOnTheManagementNetwork()
    {
        Plan p = seedPlan();
        p.adminNetworks.clear();
        const ExportResult r = exportPlan(p, Kind);
        QVERIFY(r.ok());
        QVERIFY(r.warnings.join('\n').contains(QLatin1String("no adminNetworks")));
        const QByteArray ruleset = fileData(r, QStringLiteral("host1.nft"));
        QVERIFY(ruleset.contains("# WARNING: the plan has no adminNetworks"));
        const QStringList ssh =
            chain(ruleset, QStringLiteral("input")).filter(QStringLiteral("dport 22"));
        QCOMPARE(ssh.size(), 1);
        QVERIFY2(ssh.first().startsWith(
                     QLatin1String("iifname \"eth0\" ip saddr 192.168.1.0/25 tcp dport 22 accept")),
                 qPrintable(ssh.first()));
    }

    void withoutManagementNicSshIsNotLockedOut()
    {
        Plan p = seedPlan();
        p.networks[1].role = QStringLiteral("business");
        const ExportResult r = exportPlan(p, Kind);
        QVERIFY(r.ok());
        const QByteArray ruleset = fileData(r, QStringLiteral("host1.nft"));
        QVERIFY(ruleset.contains("# WARNING: host host1 has no NIC on a management network"));
        QVERIFY(r.warnings.join('\n').contains(
            QLatin1String("host host1 has no NIC on a management network")));
        QVERIFY(ruleset.contains(
            "iifname { \"eth0\", \"eth1\" } ip saddr @admin_v4 tcp dport 22 accept"));
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("field");
        const Plan seed = seedPlan();
        Plan p = seed;
        p.hosts[0].id = QStringLiteral("host1\"; flush ruleset; \"");
        QTest::newRow("host id with quote and semicolon") << p << "hosts[0].id";
        p = seed;
        p.hosts[0].id = QStringLiteral("../../etc/cron.d/x");
        QTest::newRow("host id as a path") << p << "hosts[0].id";
        p = seed;
        p.hosts[1].id = QString(200, QLatin1Char('h'));
        QTest::newRow("very long host id") << p << "hosts[1].id";
        p = seed;
        p.hosts[0].nics[0].name = QStringLiteral("eth0\" accept");
        QTest::newRow("nic name with quote") << p << "hosts[0].nics[0].name";
        p = seed;
        p.hosts[0].nics[1].name = QStringLiteral("eth1\n}");
        QTest::newRow("nic name with newline and brace") << p << "hosts[0].nics[1].name";
        p = seed;
        p.hosts[0].nics[0].name = QStringLiteral("averyverylongnic0");
        QTest::newRow("nic name of 17 characters") << p << "hosts[0].nics[0].name";
        p = seed;
        p.zones[0].id = QStringLiteral("ecommerce{");
        QTest::newRow("zone id with brace") << p << "zones[0].id";
        p = seed;
        p.links[3].id = QStringLiteral("scrape\" drop");
        QTest::newRow("link id with quote") << p << "links[3].id";
        p = seed;
        p.networks[4].cidr = QStringLiteral("10.0.1.0/24 } accept; {");
        QTest::newRow("cidr with rule text") << p << "networks[vm-ecommerce].cidr";
        p = seed;
        p.hosts[0].nics[0].ip = QStringLiteral("192.168.1.11\naccept");
        QTest::newRow("ip with newline") << p << "hosts[host1].nics[0].ip";
    }
    void hostileNamesAreRefused()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, field);
        verifyRefusedAsUnsafe(plan, Kind, field);
    }

    // Free text reaches rulesets only inside comments; whatever it holds, the rules stay the same.
    void hostileFreeTextChangesNoRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote and rule")
            << QStringLiteral("x\" ; flush ruleset ; add rule inet planar input accept comment \"");
        QTest::newRow("newline and table")
            << QStringLiteral("ok\n}\ntable ip evil { chain c { type filter hook input priority "
                              "-500; policy accept; } }\n#");
        QTest::newRow("braces and semicolons") << QStringLiteral("{ accept; } ; drop");
        QTest::newRow("non-printables")
            << QStringLiteral("a\x01\x1b[31mred\u2028line\u0085next\r\n");
        QTest::newRow("very long") << QString(100000, QLatin1Char('"'));
        QTest::newRow("unicode") << QStringLiteral("排查故障 — 临时授权");
    }
    void hostileFreeTextChangesNoRule()
    {
        QFETCH(QString, text);
        const Plan benign = plan("dual-stack");
        Plan hostile = benign;
        hostile.name = text;
        hostile.description = text;
        for (Link &l : hostile.links) {
            l.reason = text;
            if (l.exception) {
                l.exception->reason = text;
                l.exception->approvedBy = text;
            }
        }
        const ExportResult a = exportPlan(benign, Kind), b = exportPlan(hostile, Kind);
        QVERIFY(a.ok() && b.ok());
        if (geteuid() == 0 && !QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty()) {
            QTemporaryDir dir;
            QVERIFY(ExportRunner::writeFiles(b.files, dir.path(), nullptr));
            for (const ExportedFile &f : b.files) {
                QProcess nft;
                nft.start(QStringLiteral("nft"),
                          {QStringLiteral("-c"), QStringLiteral("-f"), dir.filePath(f.name)});
                QVERIFY(nft.waitForFinished(30000));
                QVERIFY2(nft.exitCode() == 0, nft.readAllStandardError().constData());
            }
        }
        QCOMPARE(b.files.size(), a.files.size());
        for (int i = 0; i < a.files.size(); ++i) {
            QCOMPARE(meaning(b.files[i].data), meaning(a.files[i].data));
            QCOMPARE(b.files[i].data.count('\n'), a.files[i].data.count('\n'));
            for (const QByteArray &line : b.files[i].data.split('\n'))
                QVERIFY2(line.size() < 400, line.left(80).constData());
        }
    }
};

QTEST_GUILESS_MAIN(tst_NftablesExporter)
#include "tst_nftablesexporter.moc"
