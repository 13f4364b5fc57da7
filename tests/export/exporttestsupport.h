#pragma once

#include "export/exportrunner.h"
#include "io/planreader.h"

#include <QFile>
#include <QTest>

namespace Planar::TestSupport {

/** The date the tests judge exceptions on, so that results never depend on the clock. */
inline QDate today()
{
    return QDate(2026, 6, 1);
}

inline QString seedPath()
{
    return QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml");
}

inline Plan readPlan(const QString &path)
{
    const ReadResult r = PlanReader::readFile(path);
    if (!r.plan) {
        for (const ReadError &e : r.errors)
            qWarning("%s", qPrintable(e.toString()));
        qFatal("cannot read %s", qPrintable(path));
    }
    return *r.plan;
}

inline Plan seedPlan()
{
    return readPlan(seedPath());
}

inline ExportResult exportPlan(const Plan &plan, const QString &kind, bool force = false)
{
    ExportOptions options;
    options.today = today();
    options.force = force;
    return ExportRunner::run(plan, kind, options);
}

/** The artifact named @p name, or an empty one (the test then fails on its content). */
inline QByteArray fileData(const ExportResult &result, const QString &name)
{
    for (const ExportedFile &f : result.files)
        if (f.name == name) return f.data;
    return {};
}

/**
 * Compares @p data with tests/data/golden/@p name. With PLANAR_UPDATE_GOLDEN=1 the golden
 * file is rewritten instead: golden files change only on purpose.
 */
inline bool matchesGolden(const QByteArray &data, const QString &name, QString *why)
{
    const QString path = QStringLiteral(PLANAR_TEST_DATA "/golden/") + name;
    if (qEnvironmentVariableIntValue("PLANAR_UPDATE_GOLDEN") == 1) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            *why = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        f.write(data);
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("%1 missing; run with PLANAR_UPDATE_GOLDEN=1 to create it").arg(path);
        return false;
    }
    const QByteArray golden = f.readAll();
    if (golden == data) return true;
    const QList<QByteArray> a = golden.split('\n'), b = data.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i)) {
            *why = QStringLiteral("%1 differs at line %2:\n  golden: %3\n  now:    %4")
                       .arg(path)
                       .arg(i + 1)
                       .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(b.value(i)));
            break;
        }
    return false;
}

/**
 * Exports @p plan with --force and checks it was refused as unsafe: nothing written, an error
 * naming @p field, every error on one line. For the data-driven hostile-name tests.
 */
inline void verifyRefusedAsUnsafe(const Plan &plan, const QString &kind, const QString &field)
{
    const ExportResult r = exportPlan(plan, kind, true);
    QCOMPARE(r.status, ExportResult::Status::Unsafe);
    QVERIFY(r.files.isEmpty());
    QVERIFY2(r.errors.join('\n').contains(field), qPrintable(r.errors.join('\n')));
    for (const QString &e : r.errors)
        QVERIFY2(!e.contains(QLatin1Char('\n')), qPrintable(e));
}

} // namespace Planar::TestSupport
