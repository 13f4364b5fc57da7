#pragma once

#include "clicommand.h"

namespace Planar {

/**
 * `planar-cli explain PLAN FROM TO [PORT/PROTO] [--today YYYY-MM-DD]`: whether the plan allows
 * that flow and which link, matrix cell, override or exception decided it. @p arguments are the
 * program name, then the words after "explain". Exit codes: 0 allowed, 1 denied, 2 bad input.
 */
int runExplainCommand(const QStringList &arguments, CliStreams &io);

} // namespace Planar
