#pragma once

#include "clicommand.h"

namespace Planar {

/**
 * `planar-cli export PLAN --to KIND [-o DIR|FILE] [--force] [--today YYYY-MM-DD]`.
 * @p arguments are the program name, then the words after "export". Exit codes as rules.md: 0
 * written from a plan without errors, 1 the plan has errors (refused, or written because of
 * --force) or holds names that cannot be written safely, 2 unreadable plan, bad command line or a
 * file that cannot be written.
 */
int runExportCommand(const QStringList &arguments, CliStreams &io);

} // namespace Planar
