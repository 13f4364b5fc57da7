#pragma once

#include "check/finding.h"
#include "exporter.h"

namespace Planar {

/** What one export did: the artifacts (with headers) or why there are none. */
struct ExportResult {
    enum class Status {
        Ok,            // files hold every artifact
        PlanHasErrors, // refused: error findings and no --force
        Unsafe,        // refused: the exporter cannot write a name safely (even with --force)
        UnknownExporter,
    };
    Status status = Status::Ok;
    QList<ExportedFile> files;
    /** The plan's error-severity findings (also set when --force wrote the files anyway). */
    QList<Finding> planErrors;
    /** What the operator must know: forced export, no adminNetworks … */
    QStringList warnings;
    /** Why nothing was written (Unsafe, UnknownExporter). */
    QStringList errors;

    bool ok() const { return status == Status::Ok; }
};

/**
 * Runs an exporter the way both the CLI and the editor do (exports.md): validates the plan,
 * refuses one with errors unless forced, puts the common header on every artifact, and writes
 * the files so that a failure never leaves a half-written artifact behind.
 */
class ExportRunner {
public:
    static ExportResult run(const Plan &plan, const QString &exporterId,
                            const ExportOptions &options);

    /** The plan's content hash as headers show it: first 16 hex digits of SHA-256 of its YAML. */
    static QString planHash(const Plan &plan);

    /**
     * Writes @p files into @p directory (created if missing) through SafeFile: every file is
     * written in full to a temporary first, none replaces its target unless all were written,
     * and a symlink planted in the folder is replaced, never followed. Names with '/' or ".."
     * are refused.
     */
    static bool writeFiles(const QList<ExportedFile> &files, const QString &directory,
                           QString *error);
    /** Writes the one artifact of a single-file export to @p path, atomically (SafeFile). */
    static bool writeFile(const ExportedFile &file, const QString &path, QString *error);
};

} // namespace Planar
