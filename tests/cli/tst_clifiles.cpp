// planar-cli and the files around it: a full disk, a planted symlink, what -o names, an empty
// export, and inputs that are not plan files (/dev/zero, a FIFO, a file over --max-size).
#include "../smalldisk.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, "planar-cli did not finish within 60 s"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

const QString Seed = QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml");

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool put(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

/** The seed plan with its description padded so that the file is exactly @p size bytes. */
QByteArray paddedSeed(qsizetype size)
{
    QList<QByteArray> lines = contents(Seed).split('\n');
    lines[2] = "description: \"\"";
    const qsizetype base = lines.join('\n').size();
    lines[2] = "description: \"" + QByteArray(size - base, 'p') + '"';
    return lines.join('\n');
}

} // namespace

class tst_CliFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullDiskKeepsThePlanAndExitsTwo()
    {
        PLANAR_SMALL_DISK(disk, 16384);
        const QString plan = disk.filePath(QStringLiteral("plan.yaml"));
        const QByteArray original = paddedSeed(12288);
        QVERIFY(put(plan, original));
        QVERIFY(disk.freeBytes() <= 4096);
        const Run r = cli({"export", plan, "--to", "yaml", "-o", plan});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains((plan + QStringLiteral(": ")).toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        QVERIFY2(!r.out.contains("wrote"), r.out.constData());
        QCOMPARE(contents(plan), original);
        QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("plan.yaml")});
    }

    void fullDiskInAFolderExportLeavesEveryOldFile()
    {
        // Today's rulesets, to learn their sizes; then a disk with room for host1.nft only.
        QTemporaryDir scratch;
        QCOMPARE(cli({"export", Seed, "--to", "nftables", "-o", scratch.path()}).exitCode, 0);
        const qint64 host1 = QFileInfo(scratch.filePath(QStringLiteral("host1.nft"))).size();
        QVERIFY(host1 > 0);
        PLANAR_SMALL_DISK(disk, 256 * 1024);
        const QString out = disk.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(put(out + QStringLiteral("/host1.nft"), "# old host1\n"));
        QVERIFY(put(out + QStringLiteral("/host2.nft"), "# old host2\n"));
        QVERIFY(disk.leaveFree((host1 + 4095) / 4096 * 4096));
        const Run r = cli({"export", Seed, "--to", "nftables", "-o", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains((out + QStringLiteral("/host2.nft: ")).toUtf8()),
                 r.err.constData());
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        QCOMPARE(contents(out + QStringLiteral("/host1.nft")), QByteArray("# old host1\n"));
        QCOMPARE(contents(out + QStringLiteral("/host2.nft")), QByteArray("# old host2\n"));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("host1.nft"), QStringLiteral("host2.nft")}));
    }

    void plantedSymlinkIsReplacedNotWrittenThrough()
    {
        QTemporaryDir root;
        const QString outside = root.filePath(QStringLiteral("outside.txt"));
        QVERIFY(put(outside, "not yours\n"));
        const QString dir = root.filePath(QStringLiteral("DIR"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::link(QStringLiteral("../outside.txt"), dir + QStringLiteral("/host1.nft")));
        const Run r = cli({"export", Seed, "--to", "nftables", "-o", dir});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(contents(outside), QByteArray("not yours\n"));
        const QFileInfo host1(dir + QStringLiteral("/host1.nft"));
        QVERIFY(!host1.isSymLink());
        QVERIFY(host1.isFile());
        QVERIFY(contents(host1.filePath()).contains("table inet"));
    }

    void outputNameMeansOneThing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("output"); // relative to a fresh folder; "@" is the folder
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("files"); // what exists afterwards, relative
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("single kind, new name: a file")
            << "networkpolicy"
            << "newdir" << 0 << QStringList{"newdir"} << QByteArray("wrote");
        QTest::newRow("single kind, trailing slash: a folder")
            << "networkpolicy"
            << "newdir/" << 0 << QStringList{"newdir/networkpolicies.yaml"} << QByteArray("wrote");
        QTest::newRow("single kind, existing folder")
            << "yaml"
            << "@" << 0 << QStringList{"seed-three-planes.planar.yaml"} << QByteArray("wrote");
        QTest::newRow("multi kind, new name: refused")
            << "nftables"
            << "newdir" << 2 << QStringList{} << QByteArray("-o newdir: no such folder; nftables");
        QTest::newRow("multi kind, trailing slash: created")
            << "nftables"
            << "newdir/" << 0 << QStringList{"newdir/host1.nft", "newdir/host2.nft"}
            << QByteArray("wrote");
        QTest::newRow("multi kind, existing file: refused")
            << "nftables"
            << "existing.txt" << 2 << QStringList{"existing.txt"}
            << QByteArray("-o existing.txt: not a folder");
        QTest::newRow("single kind onto a FIFO: refused")
            << "yaml"
            << "pipe" << 2 << QStringList{} << QByteArray("not a regular file");
    }
    void outputNameMeansOneThing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, output);
        QFETCH(int, exitCode);
        QFETCH(QStringList, files);
        QFETCH(QByteArray, says);
        QTemporaryDir dir;
        QVERIFY(put(dir.filePath(QStringLiteral("existing.txt")), "keep\n"));
        QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe"))).constData(),
                         0600) == 0);
        const QString target = output == u"@" ? dir.path() : output;
        const Run r = cli({"export", Seed, "--to", kind, "-o", target}, dir.path());
        QCOMPARE(r.exitCode, exitCode);
        const QByteArray said = r.out + r.err;
        QVERIFY2(said.contains(says), said.constData());
        QStringList found;
        QDirIterator it(dir.path(), QDir::Files | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(QDir(dir.path()).relativeFilePath(it.next()));
        found.removeAll(QStringLiteral("pipe"));
        if (output != u"existing.txt") found.removeAll(QStringLiteral("existing.txt"));
        found.sort();
        QCOMPARE(found, files);
        QCOMPARE(contents(dir.filePath(QStringLiteral("existing.txt"))), QByteArray("keep\n"));
    }

    void withoutOutputTheKindDecides()
    {
        QTemporaryDir dir;
        // The kind decides, not the count: yaml to stdout, nftables into the working folder.
        const Run yaml = cli({"export", Seed, "--to", "yaml"}, dir.path());
        QCOMPARE(yaml.exitCode, 0);
        QVERIFY(yaml.out.startsWith("# Planar export"));
        QVERIFY(QDir(dir.path()).isEmpty());
        const Run nft = cli({"export", Seed, "--to", "nftables"}, dir.path());
        QCOMPARE(nft.exitCode, 0);
        QVERIFY(!nft.out.contains("table inet"));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("host1.nft"))));
    }

    void nothingToWriteIsSaid()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("nohosts.planar.yaml"));
        QVERIFY(put(plan, "planar: 1\nname: no-hosts\n"));
        const QString out = dir.filePath(QStringLiteral("out/"));
        const Run r = cli({"export", plan, "--to", "nftables", "-o", out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("nothing to write"), r.err.constData());
        QVERIFY2(r.err.contains("nftables"), r.err.constData());
        QVERIFY(!r.out.contains("wrote"));
        QVERIFY(!QFileInfo::exists(out));
    }

    void inputsThatAreNotPlanFilesAreRefused_data()
    {
        QTest::addColumn<QString>("input"); // "@fifo" and "@sparse" are made by the test
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("says");
        for (const char *command : {"validate", "export", "explain"}) {
            QTest::addRow("%s /dev/zero", command) << "/dev/zero" << QStringList{command}
                                                   << QByteArray("/dev/zero: not a regular file");
            QTest::addRow("%s FIFO", command)
                << "@fifo" << QStringList{command} << QByteArray("plan.fifo: not a regular file");
            QTest::addRow("%s over --max-size", command)
                << "@sparse" << QStringList{command, "--max-size", "1000000"}
                << QByteArray("sparse.yaml: 2000000 bytes, more than the limit of 1000000 bytes");
        }
    }
    void inputsThatAreNotPlanFilesAreRefused()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, says);
        QTemporaryDir dir;
        QString path = input;
        if (input == u"@fifo") {
            path = dir.filePath(QStringLiteral("plan.fifo"));
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        } else if (input == u"@sparse") {
            path = dir.filePath(QStringLiteral("sparse.yaml"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(2000000));
        }
        const QString command = extra.takeFirst();
        QStringList args{command, path};
        if (command == u"export")
            args << "--to"
                 << "yaml"
                 << "-o" << dir.filePath("out.yaml");
        if (command == u"explain")
            args << "web"
                 << "db";
        QElapsedTimer clock;
        clock.start();
        const Run r = cli(args + extra);
        QVERIFY2(clock.elapsed() < 30000, "planar-cli took too long to refuse");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath("out.yaml")));
    }

    void maxSizeAllowsWhatFitsAndRejectsNonsense()
    {
        const qint64 size = QFileInfo(Seed).size();
        QCOMPARE(cli({"validate", Seed, "--max-size", QString::number(size)}).exitCode, 0);
        const Run small = cli({"validate", Seed, "--max-size", QString::number(size - 1)});
        QCOMPARE(small.exitCode, 2);
        QVERIFY(small.err.contains("more than the limit"));
        for (const char *command : {"validate", "export", "explain"}) {
            QStringList args{command, Seed, "--max-size", "lots"};
            if (QLatin1String(command) == u"export")
                args << "--to"
                     << "yaml";
            if (QLatin1String(command) == u"explain")
                args << "web"
                     << "db";
            const Run r = cli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--max-size"), r.err.constData());
            QVERIFY(cli({command, "--help"}).out.contains("--max-size"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliFiles)
#include "tst_clifiles.moc"
