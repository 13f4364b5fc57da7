#pragma once

#include "report.h"

namespace Planar {

/**
 * `report.json`: every section as data, keys in the contract's order, lists in plan order; the
 * checks' details and the probes' reasons in @p lang ("en" or "zh_CN"), the rest as data.
 */
QByteArray reportJson(const Report &report, const QString &lang = QStringLiteral("en"));

/** A JSON string literal (quotes included) with every control character escaped. */
QString jsonString(const QString &text);

} // namespace Planar
