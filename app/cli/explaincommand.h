#pragma once

#include <QStringList>
#include <QTextStream>

namespace Planar {

/**
 * `planar-cli explain PLAN FROM TO [PORT/PROTO] [--today YYYY-MM-DD]`: whether the plan allows
 * that flow and which link, matrix cell, override or exception decided it. @p args are the
 * words after "explain". Exit codes: 0 allowed, 1 denied, 2 bad input.
 */
int runExplainCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Planar
