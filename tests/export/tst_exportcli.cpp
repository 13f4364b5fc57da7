// planar-cli export and explain, run as operators and CI run them.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &workingDirectory = {})
{
    QProcess p;
    if (!workingDirectory.isEmpty()) p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(PLANAR_BINARY_DIR "/app/cli/planar-cli"), args);
    if (!p.waitForFinished(120000)) qFatal("planar-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

const QString Seed = QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml");
const QString DualStack = QStringLiteral(PLANAR_EXPORT_PLANS "/dual-stack.planar.yaml");

QString withError(const QTemporaryDir &dir)
{
    QFile in(Seed);
    in.open(QIODevice::ReadOnly);
    const QString path = dir.filePath(QStringLiteral("broken.planar.yaml"));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(in.readAll() + "  - {id: poke, from: host1, to: web}\n");
    return path;
}

} // namespace

class tst_ExportCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportsSeedRulesetsIntoADirectory()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out/"));
        const Run r = cli({"export", Seed, "--to", "nftables", "-o", out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QDir(out).entryList(QDir::Files), (QStringList{"host1.nft", "host2.nft"}));
        QVERIFY(r.out.contains("wrote "));
        QVERIFY(r.err.isEmpty());
    }

    void singleArtifactGoesToStdoutOrAFile()
    {
        const Run r = cli({"export", Seed, "--to", "networkpolicy"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(
            "# Planar export of plan \"seed-three-planes\" by exporter networkpolicy"));
        QVERIFY(!r.out.contains("wrote "));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("policies.yaml"));
        const Run f = cli({"export", Seed, "--to", "networkpolicy", "-o", file});
        QCOMPARE(f.exitCode, 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), r.out);
        // Several artifacts without -o land in the working directory.
        QCOMPARE(cli({"export", Seed, "--to", "nftables"}, dir.path()).exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("host2.nft"))));
    }

    void istioMeshWideMovesPeerAuthentication()
    {
        const Run perNamespace = cli({"export", Seed, "--to", "istio"});
        QCOMPARE(perNamespace.exitCode, 0);
        QCOMPARE(perNamespace.out.count("kind: PeerAuthentication"), 2);
        QVERIFY(!perNamespace.out.contains("namespace: istio-system"));
        const Run meshWide = cli({"export", Seed, "--to", "istio", "--mesh-wide"});
        QCOMPARE(meshWide.exitCode, 0);
        QCOMPARE(meshWide.out.count("kind: PeerAuthentication"), 1);
        QVERIFY(meshWide.out.contains("name: default\n  namespace: istio-system\n"));
        QCOMPARE(meshWide.out.count("kind: AuthorizationPolicy"),
                 perNamespace.out.count("kind: AuthorizationPolicy"));
    }

    void planWithErrorsIsRefusedThenForced()
    {
        QTemporaryDir dir;
        const QString plan = withError(dir);
        const QString out = dir.filePath(QStringLiteral("out/")); // a folder: nftables needs one
        const Run refused = cli({"export", plan, "--to", "nftables", "-o", out});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("host-to-pod"));
        QVERIFY(refused.err.contains("--force"));
        QVERIFY(!QDir(out).exists());
        const Run forced = cli({"export", plan, "--to", "nftables", "-o", out, "--force"});
        QCOMPARE(forced.exitCode, 1); // written, but the plan still has errors (rules.md)
        QFile f(out + QStringLiteral("host1.nft"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("# WARNING: written with --force"));
        QVERIFY(forced.out.contains("warning: the plan has 1 error(s)"));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no kind") << QStringList{"export", Seed} << QByteArray("no --to KIND");
        QTest::newRow("unknown kind") << QStringList{"export", Seed, "--to", "vmware"}
                                      << QByteArray("unknown export kind vmware");
        QTest::newRow("missing plan")
            << QStringList{"export", "/nonexistent/p.yaml", "--to", "yaml"}
            << QByteArray("/nonexistent/p.yaml");
        QTest::newRow("bad date") << QStringList{"export", Seed,      "--to",
                                                 "yaml",   "--today", "tomorrow"}
                                  << QByteArray("--today");
        QTest::newRow("unknown language")
            << QStringList{"export", Seed, "--to", "yaml", "--lang", "fr"}
            << QByteArray("--lang fr: the languages are en and zh_CN");
        QTest::newRow("language missing")
            << QStringList{"export", Seed, "--to", "yaml", "--lang"} << QByteArray("--lang needs");
        QTest::newRow("mesh-wide for another kind")
            << QStringList{"export", Seed, "--to", "networkpolicy", "--mesh-wide"}
            << QByteArray("--mesh-wide is an option of --to istio only");
        QTest::newRow("explain unknown id")
            << QStringList{"explain", Seed, "web", "nobody"} << QByteArray("\"nobody\"");
        QTest::newRow("explain bad port")
            << QStringList{"explain", Seed, "web", "db", "99999/TCP"} << QByteArray("99999/TCP");
        QTest::newRow("explain too few")
            << QStringList{"explain", Seed, "web"} << QByteArray("usage");
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void unreadablePlanPointsAtLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.planar.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("planar: 1\nname: x\nhosts: [\n");
        f.close();
        const Run r = cli({"export", path, "--to", "nftables", "-o", dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QRegularExpression(QStringLiteral("bad\\.planar\\.yaml:\\d+:\\d+: "))
                     .match(QString::fromUtf8(r.err))
                     .hasMatch(),
                 r.err.constData());
    }

    void explain_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("linked") << QStringList{Seed, "web", "db", "3306/TCP"} << 0
                                << QStringList{"allowed: web -> db on 3306/TCP",
                                               "by link web-to-db", "pod -> pod"};
        QTest::newRow("linked, other port")
            << QStringList{Seed, "web", "db", "80/TCP"} << 1
            << QStringList{"denied", "nothing links them",
                           "link web-to-db (web → db) allows 3306/TCP only"};
        QTest::newRow("reverse direction")
            << QStringList{Seed, "db", "web"} << 1
            << QStringList{"denied: db -> web", "nothing links them"};
        QTest::newRow("network to host")
            << QStringList{Seed, "vm-ecommerce", "host1", "9100/TCP"} << 0
            << QStringList{"by link nodes-scrape-hosts", "vm -> host"};
        QTest::newRow("member of a linked network")
            << QStringList{Seed, "node1", "host1", "9100/TCP"} << 0
            << QStringList{"by link nodes-scrape-hosts"};
        QTest::newRow("cross-zone unlinked") << QStringList{Seed, "node1", "node3"} << 1
                                             << QStringList{"cross-zone", "would be denied"};
        QTest::newRow("host to pod unlinked")
            << QStringList{Seed, "host1", "web", "8080/TCP"} << 1 << QStringList{"host-to-pod"};
        QTest::newRow("by live exception")
            << QStringList{DualStack, "h1", "app", "8080/TCP", "--today", "2026-06-01"} << 0
            << QStringList{"allowed", "by link debug-app", "exception", "2026-12-31"};
        QTest::newRow("exception expired")
            << QStringList{DualStack, "h1", "app", "8080/TCP", "--today", "2027-01-01"} << 1
            << QStringList{"denied", "by link debug-app", "host-to-pod"};
    }
    void explain()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, says);
        const Run r = cli(QStringList{"explain"} + args);
        QCOMPARE(r.exitCode, exitCode);
        for (const QString &s : says)
            QVERIFY2(r.out.contains(s.toUtf8()),
                     qPrintable(s + QLatin1String(" not in:\n") + QString::fromUtf8(r.out)));
    }

    void helpForBothCommands()
    {
        for (const char *command : {"export", "explain"}) {
            const Run r = cli({QString::fromLatin1(command), "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(QByteArray(QByteArray("planar-cli ") + command)));
            QVERIFY(cli({"--help"}).out.contains(command));
        }
        // Every exporter is offered with what it writes.
        const QByteArray help = cli({"export", "--help"}).out;
        for (const char *line : {"ovs           Open vSwitch per host",
                                 "libvirt       libvirt:", "kubeadm       kubeadm-config.yaml",
                                 "calico        calico-ippools"})
            QVERIFY2(help.contains(line), help.constData());
    }
};

QTEST_GUILESS_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"
