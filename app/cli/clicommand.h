#pragma once

#include "plan/plan.h"

#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Planar {

/** Exit codes of rules.md: the plan is clean, has errors, or could not be read / bad usage. */
enum CliExit { ExitClean = 0, ExitFindings = 1, ExitUsage = 2 };

/** Where a command prints: results on out, messages for humans on err. */
struct CliStreams {
    QTextStream &out;
    QTextStream &err;
};

/** One `planar-cli` sub-command: its name, a line for the overview, and its entry point. */
struct CliCommand {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments, CliStreams &io);
};

/** Reads a plan; on failure prints every FILE:LINE:COL message on err and returns nullopt. */
std::optional<Plan> loadPlanOrReport(const QString &path, CliStreams &io);

/** What `--help` says of --max-size, the same for every command that reads a plan. */
QString maxSizeHelp();

/**
 * Parses --max-size BYTES, the largest plan file a command reads (SafeFile's default when
 * @p text is empty); prints why on err and returns nullopt when it is not a positive number.
 */
std::optional<qint64> parseMaxSize(const QString &text, const QString &command, CliStreams &io);

/** Parses --today (YYYY-MM-DD); empty text means the local date. */
std::optional<QDate> parseToday(const QString &text, CliStreams &io);

int runValidateCommand(const QStringList &arguments, CliStreams &io);
int runGenerateCommand(const QStringList &arguments, CliStreams &io);

} // namespace Planar
