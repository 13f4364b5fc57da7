#pragma once

#include "report.h"

namespace Planar {

/** `report.json`: every section as data, keys in the contract's order, lists in plan order. */
QByteArray reportJson(const Report &report);

/** A JSON string literal (quotes included) with every control character escaped. */
QString jsonString(const QString &text);

} // namespace Planar
