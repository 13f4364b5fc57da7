// SafeFile: every write Planar makes survives a full disk and a planted symlink; every read
// refuses devices, FIFOs and oversized files before it reads them.
#include "../smalldisk.h"
#include "export/exportrunner.h"
#include "io/planreader.h"
#include "io/planwriter.h"
#include "io/safefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Planar;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void put(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

/** Files in @p dir other than the test's own filler: a leftover temporary shows up here. */
QStringList entries(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.removeAll(QStringLiteral(".filler"));
    return names;
}

} // namespace

class tst_SafeFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replacesAndKeepsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.yaml"));
        QString error;
        auto mode = [&path] {
            struct stat st {};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777
                                                                         : mode_t(0);
        };
        QVERIFY2(SafeFile::write(path, "first\n", &error), qPrintable(error));
        QCOMPARE(mode(), mode_t(0644));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
        QVERIFY2(SafeFile::write(path, "second\n", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("second\n"));
        QCOMPARE(mode(), mode_t(0600));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("plan.yaml")});
    }

    void plantedSymlinkIsReplacedNotFollowed()
    {
        QTemporaryDir root;
        const QString outside = root.filePath(QStringLiteral("outside.txt"));
        put(outside, "precious\n");
        QVERIFY(QDir(root.path()).mkdir(QStringLiteral("out")));
        const QString out = root.filePath(QStringLiteral("out"));
        QVERIFY(QFile::link(QStringLiteral("../outside.txt"), out + QStringLiteral("/host1.nft")));
        QString error;
        QVERIFY2(ExportRunner::writeFiles({{QStringLiteral("host1.nft"), "table inet x {}\n"}}, out,
                                          &error),
                 qPrintable(error));
        QCOMPARE(contents(outside), QByteArray("precious\n"));
        const QFileInfo host1(out + QStringLiteral("/host1.nft"));
        QVERIFY(!host1.isSymLink());
        QVERIFY(host1.isFile());
        QCOMPARE(contents(host1.filePath()), QByteArray("table inet x {}\n"));
    }

    void namesOutsideTheFolderAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("..");
        QTest::newRow("climbs") << QStringLiteral("../escape.nft");
        QTest::newRow("absolute") << QStringLiteral("/tmp/escape.nft");
        QTest::newRow("empty") << QString();
    }
    void namesOutsideTheFolderAreRefused()
    {
        QFETCH(QString, name);
        QTemporaryDir root;
        const QString out = root.filePath(QStringLiteral("out"));
        QString error;
        QVERIFY(!ExportRunner::writeFiles({{QStringLiteral("ok.nft"), "a\n"}, {name, "b\n"}}, out,
                                          &error));
        QVERIFY2(error.contains(QStringLiteral("not a plain file name")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(out)); // not even the good file or the folder
        QCOMPARE(entries(root.path()), QStringList());
    }

    void fullDiskKeepsTheOldFileWhole()
    {
        PLANAR_SMALL_DISK(disk, 16384);
        const QString path = disk.filePath(QStringLiteral("plan.yaml"));
        const QByteArray old(12288, 'o');
        put(path, old);
        QString error;
        QVERIFY(!SafeFile::write(path, QByteArray(8192, 'n'), &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QCOMPARE(contents(path), old);
        QCOMPARE(entries(disk.path()), QStringList{QStringLiteral("plan.yaml")});
    }

    void fullDiskHalfWayThroughABatchReplacesNothing()
    {
        PLANAR_SMALL_DISK(disk, 65536);
        const QString dir = disk.filePath(QStringLiteral("out"));
        QString error;
        QVERIFY(ExportRunner::writeFiles({{QStringLiteral("host1.nft"), "old one\n"},
                                          {QStringLiteral("host2.nft"), "old two\n"}},
                                         dir, &error));
        QVERIFY(disk.leaveFree(8192));
        // host1 fits in the space left, host2 does not: neither may replace its old file.
        QVERIFY(!ExportRunner::writeFiles({{QStringLiteral("host1.nft"), QByteArray(4096, '1')},
                                           {QStringLiteral("host2.nft"), QByteArray(8192, '2')}},
                                          dir, &error));
        QVERIFY2(error.contains(dir + QStringLiteral("/host2.nft")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QCOMPARE(contents(dir + QStringLiteral("/host1.nft")), QByteArray("old one\n"));
        QCOMPARE(contents(dir + QStringLiteral("/host2.nft")), QByteArray("old two\n"));
        QCOMPARE(entries(dir),
                 (QStringList{QStringLiteral("host1.nft"), QStringLiteral("host2.nft")}));
    }

    void planWriterSaveOnAFullDiskKeepsThePlan()
    {
        PLANAR_SMALL_DISK(disk, 16384);
        const ReadResult seed =
            PlanReader::readFile(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"));
        QVERIFY(seed.plan);
        const QString path = disk.filePath(QStringLiteral("seed.planar.yaml"));
        QString error;
        QVERIFY2(PlanWriter::writeFile(*seed.plan, path, &error), qPrintable(error));
        const QByteArray saved = contents(path);
        QVERIFY(disk.leaveFree(0));
        Plan changed = *seed.plan;
        changed.description = QStringLiteral("changed");
        QVERIFY(!PlanWriter::writeFile(changed, path, &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QCOMPARE(contents(path), saved);
    }

    void readRefusesWhatIsNotAPlanFile()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString sparse = dir.filePath(QStringLiteral("sparse.yaml"));
        {
            QFile f(sparse);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(5000)); // a hole: takes no space, reads as 5000 zero bytes
        }
        struct Case {
            QString path;
            qint64 limit;
            QString says;
        };
        const QList<Case> cases = {
            {QStringLiteral("/dev/zero"), SafeFile::DefaultMaxReadSize,
             QStringLiteral("not a regular file")},
            {fifo, SafeFile::DefaultMaxReadSize, QStringLiteral("not a regular file")},
            {dir.path(), SafeFile::DefaultMaxReadSize, QStringLiteral("not a regular file")},
            {sparse, 4096, QStringLiteral("5000 bytes, more than the limit of 4096 bytes")},
            {dir.filePath(QStringLiteral("missing")), SafeFile::DefaultMaxReadSize,
             QStringLiteral("cannot open: No such file or directory")},
        };
        for (const Case &c : cases) {
            QElapsedTimer clock;
            clock.start();
            const ReadResult r = PlanReader::readFile(c.path, c.limit);
            QVERIFY(clock.elapsed() < 5000); // a FIFO without a writer must not block
            QVERIFY(!r.plan);
            QCOMPARE(r.errors.size(), 1);
            const QString message = r.errors.first().toString();
            QVERIFY2(message.startsWith(c.path + QStringLiteral(": ")), qPrintable(message));
            QVERIFY2(message.contains(c.says), qPrintable(message));
        }
        // Under the limit the same file is read (and then found not to be YAML).
        QByteArray data;
        QString error;
        QVERIFY2(SafeFile::read(sparse, 5000, &data, &error), qPrintable(error));
        QCOMPARE(data.size(), 5000);
    }
};

QTEST_GUILESS_MAIN(tst_SafeFile)
#include "tst_safefile.moc"
