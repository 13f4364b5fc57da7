#pragma once

#include "check/finding.h"
#include "export/exporter.h"

#include <QCoreApplication>

namespace Planar {

/** What exporting several kinds into one folder did: every file, or why there is none. */
struct ExportBatchResult {
    enum class Status {
        Written,       // every file of every kind is in the folder
        NothingChosen, // no kind was asked for
        PlanHasErrors, // refused: error findings and no force
        Unsafe,        // refused: an exporter cannot write a name safely, or files would clash
        WriteFailed,   // the folder or a file could not be written; old files are untouched
    };
    Status status = Status::Written;
    /** Absolute paths of the files written, in export order. */
    QStringList paths;
    /** The plan's error findings (also set when force wrote the files anyway). */
    QList<Finding> planErrors;
    /** What the runner and exporters reported, each once, prefixed by the kinds that said it. */
    QStringList warnings;
    /** Why nothing was written, one line per problem. */
    QStringList errors;

    bool ok() const { return status == Status::Written; }
};

/**
 * Exports several kinds at once, all or nothing: every kind goes through ExportRunner (the
 * CLI's path) in memory first, and only when all succeeded are their files written together by
 * ExportRunner::writeFiles. So a refusal of one kind never leaves another kind's files behind.
 */
class ExportBatch {
    Q_DECLARE_TR_FUNCTIONS(ExportBatch)
public:
    /** @p planPath is the plan's own file, which an export must never overwrite (may be empty). */
    static ExportBatchResult run(const Plan &plan, const QStringList &kinds,
                                 const QString &directory, const ExportOptions &options,
                                 const QString &planPath = {});
};

} // namespace Planar
