#include "exportbatch.h"

#include "export/exportrunner.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Planar {

namespace {

/** The same file whether or not it exists yet (symlinked folders resolve when they exist). */
QString comparablePath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

ExportBatchResult ExportBatch::run(const Plan &plan, const QStringList &kinds,
                                   const QString &directory, const ExportOptions &options,
                                   const QString &planPath)
{
    ExportBatchResult result;
    if (kinds.isEmpty()) {
        result.status = ExportBatchResult::Status::NothingChosen;
        result.errors.append(tr("Choose at least one format."));
        return result;
    }

    // Warnings many kinds share (a forced export) are shown once, naming every kind.
    QStringList warningTexts;
    QList<QStringList> warningKinds;
    QList<ExportedFile> files;
    QSet<QString> names;
    for (const QString &kind : kinds) {
        const ExportResult r = ExportRunner::run(plan, kind, options);
        result.planErrors = r.planErrors;
        if (r.status == ExportResult::Status::PlanHasErrors) {
            result.status = ExportBatchResult::Status::PlanHasErrors;
            result.warnings.clear();
            return result;
        }
        if (!r.ok()) {
            result.status = ExportBatchResult::Status::Unsafe;
            for (const QString &e : r.errors)
                result.errors.append(QStringLiteral("%1: %2").arg(kind, e));
            continue; // the other kinds' problems are worth knowing in the same round
        }
        for (const QString &w : r.warnings) {
            const qsizetype at = warningTexts.indexOf(w);
            if (at >= 0) {
                warningKinds[at].append(kind);
            } else {
                warningTexts.append(w);
                warningKinds.append({kind});
            }
        }
        for (const ExportedFile &f : r.files) {
            if (names.contains(f.name)) {
                result.status = ExportBatchResult::Status::Unsafe;
                result.errors.append(
                    tr("%1: the file %2 is also written by another format").arg(kind, f.name));
            }
            names.insert(f.name);
            files.append(f);
        }
    }
    for (qsizetype i = 0; i < warningTexts.size(); ++i)
        result.warnings.append(QStringLiteral("%1: %2").arg(
            warningKinds.at(i).join(QStringLiteral(", ")), warningTexts.at(i)));
    if (!result.errors.isEmpty()) return result;

    const QDir dir(directory);
    QStringList paths;
    for (const ExportedFile &f : files)
        paths.append(QDir::cleanPath(dir.absoluteFilePath(f.name)));
    // The yaml export into the plan's own folder would replace the hand-written plan (and its
    // comments) with the normalised copy: that is never what "export" means.
    if (!planPath.isEmpty()) {
        const QString plan = comparablePath(planPath);
        for (const QString &p : paths) {
            if (comparablePath(p) == plan) {
                result.status = ExportBatchResult::Status::Unsafe;
                result.errors.append(
                    tr("%1 is the plan file itself; choose another folder.").arg(p));
                return result;
            }
        }
    }

    QString error;
    if (!ExportRunner::writeFiles(files, directory, &error)) {
        result.status = ExportBatchResult::Status::WriteFailed;
        result.errors.append(error);
        return result;
    }
    result.paths = paths;
    return result;
}

} // namespace Planar
