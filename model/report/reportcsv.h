#pragma once

#include "report.h"

namespace Planar {

/** `flows.csv`: one row per link and port (a link without ports: one row, port "all"). */
QByteArray flowsCsv(const Report &report);
/** `checklist.csv`: one row per check of the evaluated profiles. */
QByteArray checklistCsv(const Report &report, const QString &lang = QStringLiteral("en"));

/**
 * One CSV cell: quoted per RFC 4180 when it holds a comma, quote or line break, and prefixed
 * with ' when it starts with = + - @, tab or CR, so spreadsheets never run it as a formula.
 */
QString csvCell(const QString &text);

} // namespace Planar
