// Reader errors, written from plan-format.md: each file in tests/data/reader/ names, on its
// first line, where the reader must point (`# expect: LINE:COLUMN: fragment`, 1-based, the
// offending node as yaml-cpp marks it) and a word the message must contain.
#include "check/validator.h"
#include "io/planreader.h"

#include <QDir>
#include <QFile>
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
    void seedReadsWithoutErrors();
};

void TestReaderErrors::error_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    static const QRegularExpression expect(QStringLiteral("^# expect: (\\d+):(\\d+):\\s*(.*)$"));
    const QDir dir(readerDir());
    const QStringList names = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(QStringLiteral("no fixtures in ") + readerDir()));
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString first = QString::fromUtf8(file.readLine()).trimmed();
        const auto m = expect.match(first);
        QVERIFY2(m.hasMatch(), qPrintable(name + QStringLiteral(": first line is not # expect:")));
        QTest::newRow(qPrintable(name)) << dir.filePath(name) << m.captured(1).toInt()
                                        << m.captured(2).toInt() << m.captured(3).trimmed();
    }
}

void TestReaderErrors::error()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const ReadResult result = PlanReader::readFile(path);
    QVERIFY2(!result.plan, "the reader accepted a plan it must refuse");
    QVERIFY2(!result.errors.isEmpty(), "no plan and no error either");

    const QString prefix = QStringLiteral("%1:%2:%3:").arg(path).arg(line).arg(column);
    const bool found =
        std::any_of(result.errors.cbegin(), result.errors.cend(), [&](const ReadError &e) {
            const QString text = e.toString();
            return text.startsWith(prefix) && text.contains(fragment, Qt::CaseInsensitive);
        });
    QVERIFY2(found, qPrintable(QStringLiteral("expected an error starting with \"%1\" and "
                                              "containing \"%2\"; got:\n%3")
                                   .arg(prefix, fragment, describe(result.errors))));
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

void TestReaderErrors::seedReadsWithoutErrors()
{
    const ReadResult result = PlanReader::readText(seedText(), QStringLiteral("seed.planar.yaml"));
    QVERIFY2(result.plan && result.errors.isEmpty(), qPrintable(describe(result.errors)));
    QCOMPARE(result.plan->name, QStringLiteral("seed-three-planes"));
    QCOMPARE(result.plan->vms.size(), 3);
}

QTEST_GUILESS_MAIN(TestReaderErrors)
#include "tst_readererrors.moc"
