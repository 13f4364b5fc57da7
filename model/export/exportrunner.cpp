#include "exportrunner.h"

#include "check/validator.h"
#include "exporterregistry.h"
#include "exportsafety.h"
#include "io/planwriter.h"
#include "io/safefile.h"

#include <QCryptographicHash>
#include <QDir>

#include <memory>

namespace Planar {

namespace {

QByteArray headerFor(const Plan &plan, const QString &exporterId, const QString &hash,
                     const QList<Finding> &planErrors)
{
    QString text = QStringLiteral("# Planar export of plan \"%1\" by exporter %2, plan sha256 %3\n")
                       .arg(ExportSafety::commentText(plan.name, 80), exporterId, hash);
    text += QStringLiteral("# Generated: regenerate from the plan instead of editing this file.\n");
    if (!planErrors.isEmpty()) {
        QStringList codes;
        for (const Finding &f : planErrors)
            if (!codes.contains(f.code)) codes.append(f.code);
        text += QStringLiteral("# WARNING: written with --force although the plan has %1 error(s) "
                               "(%2); review before applying.\n")
                    .arg(planErrors.size())
                    .arg(ExportSafety::commentText(codes.join(QStringLiteral(", ")), 120));
    }
    return text.toUtf8();
}

/**
 * The header as XML comments, for artifacts that are XML documents: "#" would not be XML, and
 * "--" may not appear inside a comment, so a plan name cannot end one.
 */
QByteArray xmlHeader(const QByteArray &header)
{
    QByteArray out;
    for (QByteArray line : header.split('\n')) {
        if (line.isEmpty()) continue;
        if (line.startsWith("# ")) line = line.mid(2);
        while (line.contains("--"))
            line.replace("--", "- -");
        out += "<!-- " + line + " -->\n";
    }
    return out;
}

} // namespace

QString ExportRunner::planHash(const Plan &plan)
{
    const QByteArray digest =
        QCryptographicHash::hash(PlanWriter::toYaml(plan), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(16));
}

ExportResult ExportRunner::run(const Plan &plan, const QString &exporterId,
                               const ExportOptions &options)
{
    ExportResult result;
    std::unique_ptr<Exporter> exporter = ExporterRegistry::create(exporterId);
    if (!exporter) {
        result.status = ExportResult::Status::UnknownExporter;
        result.errors.append(QStringLiteral("unknown export kind %1 (known: %2)")
                                 .arg(ExportSafety::shown(exporterId),
                                      ExporterRegistry::ids().join(QStringLiteral(", "))));
        return result;
    }

    for (const Finding &f : validatePlan(plan, options.today))
        if (f.severity == Severity::Error) result.planErrors.append(f);
    if (!result.planErrors.isEmpty() && !options.force) {
        result.status = ExportResult::Status::PlanHasErrors;
        return result;
    }
    if (!result.planErrors.isEmpty())
        result.warnings.append(QStringLiteral("the plan has %1 error(s); written because of "
                                              "--force, every artifact says so in its header")
                                   .arg(result.planErrors.size()));

    QList<ExportedFile> bodies;
    if (!exporter->write(plan, options, &bodies)) {
        result.status = ExportResult::Status::Unsafe;
        result.errors = exporter->errors();
        return result;
    }
    result.warnings.append(exporter->warnings());

    const QByteArray header = headerFor(plan, exporter->id(), planHash(plan), result.planErrors);
    for (ExportedFile &file : bodies) {
        // exports.md: a comment first in every format that has one. JSON carries its header
        // as a `generator` object and PDF as document info, both written by their exporter.
        if (file.name.endsWith(QLatin1String(".xml")) || file.name.endsWith(QLatin1String(".html")))
            file.data.prepend(xmlHeader(header));
        else if (file.data.startsWith("#!")) // a script's interpreter line must stay first
            file.data.insert(file.data.indexOf('\n') + 1, header);
        else if (!file.name.endsWith(QLatin1String(".json")) &&
                 !file.name.endsWith(QLatin1String(".pdf")))
            file.data.prepend(header);
        result.files.append(file);
    }
    return result;
}

bool ExportRunner::writeFiles(const QList<ExportedFile> &files, const QString &directory,
                              QString *error)
{
    // An exporter names files, never paths: a name that climbs out of the folder is refused
    // before anything is created.
    for (const ExportedFile &file : files) {
        if (!SafeFile::isPlainFileName(file.name)) {
            if (error)
                *error = QStringLiteral("%1: not a plain file name; nothing was written")
                             .arg(ExportSafety::shown(file.name));
            return false;
        }
    }
    if (!SafeFile::makeFolder(directory, error)) return false;
    const QDir dir(directory);
    QList<SafeFile::Pending> pending;
    for (const ExportedFile &file : files)
        pending.append({dir.filePath(file.name), file.data});
    return SafeFile::writeAll(pending, error);
}

bool ExportRunner::writeFile(const ExportedFile &file, const QString &path, QString *error)
{
    return SafeFile::write(path, file.data, error);
}

} // namespace Planar
