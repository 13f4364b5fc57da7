#pragma once

// The plans the validator's whole-run comparisons go over, for tst_rules and tst_revalidation:
// every rule fixture, and generated plans with mistakes of every family.
#include "check/finding.h"
#include "generate/plangenerator.h"
#include "io/planreader.h"

#include <QDir>
#include <QTest>

#include <optional>

namespace PlanRows {

/** Columns `path` and `mistakes`: a row per rule fixture (mistakes 0), then generated plans
 *  (empty path) with 0, 40 and 400 mistakes. */
inline void addRows()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("mistakes");
    const QDir rules(QStringLiteral(PLANAR_TEST_DATA "/rules"));
    for (const QString &code : rules.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(rules.filePath(code));
        for (const QString &name :
             dir.entryList({QStringLiteral("*.planar.yaml")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(code + u'/' + name)) << dir.filePath(name) << 0;
    }
    for (int mistakes : {0, 40, 400})
        QTest::addRow("generated, %d mistakes", mistakes) << QString() << mistakes;
}

/** The plan of a row: the fixture as read (nullopt when the reader refuses it), or one
 *  generated at @p size with the row's mistakes. */
inline std::optional<Planar::Plan> planOf(const QString &path, int mistakes,
                                          Planar::GeneratorOptions size)
{
    if (path.isEmpty()) {
        size.mistakes = mistakes;
        return Planar::generatePlan(size);
    }
    return Planar::PlanReader::readFile(path).plan;
}

/** Findings a line each, for failure messages. */
inline QString describe(const QList<Planar::Finding> &findings)
{
    QStringList lines;
    for (const Planar::Finding &f : findings)
        lines << QStringLiteral("  %1 %2 [%3]: %4")
                     .arg(Planar::severityKey(f.severity), f.code,
                          f.subjects.join(QStringLiteral(", ")), f.message);
    return lines.isEmpty() ? QStringLiteral("  (no findings)") : lines.join(QLatin1Char('\n'));
}

} // namespace PlanRows
