#include "exportcommand.h"

#include "export/exporterregistry.h"
#include "export/exportrunner.h"
#include "io/planreader.h"

#include <QDir>
#include <QFileInfo>

namespace Planar {

namespace {

QString usage()
{
    return QStringLiteral("usage: planar-cli export PLAN --to KIND [-o DIR|FILE] [--force] "
                          "[--today YYYY-MM-DD] [--lang en|zh_CN]\n  KIND: %1\n")
        .arg(ExporterRegistry::ids().join(QStringLiteral(" | ")));
}

struct Arguments {
    QString plan;
    QString kind;
    QString output;
    ExportOptions options;
};

/** Empty string when the words make sense, else what is wrong with them. */
QString parse(const QStringList &args, Arguments *a)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        auto value = [&](QString *target) {
            if (i + 1 >= args.size()) return false;
            *target = args[++i];
            return true;
        };
        if (arg == QLatin1String("--to")) {
            if (!value(&a->kind)) return QStringLiteral("--to needs a KIND");
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (!value(&a->output)) return QStringLiteral("-o needs a DIR or FILE");
        } else if (arg == QLatin1String("--force")) {
            a->options.force = true;
        } else if (arg == QLatin1String("--today")) {
            QString date;
            if (!value(&date)) return QStringLiteral("--today needs a date YYYY-MM-DD");
            a->options.today = QDate::fromString(date, Qt::ISODate);
            if (!a->options.today.isValid())
                return QStringLiteral("--today %1: not a date YYYY-MM-DD").arg(date);
        } else if (arg == QLatin1String("--lang")) {
            if (!value(&a->options.lang)) return QStringLiteral("--lang needs en or zh_CN");
            if (a->options.lang != u"en" && a->options.lang != u"zh_CN")
                return QStringLiteral("--lang %1: the languages are en and zh_CN")
                    .arg(a->options.lang);
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return QStringLiteral("unknown option %1").arg(arg);
        } else if (a->plan.isEmpty()) {
            a->plan = arg;
        } else {
            return QStringLiteral("unexpected argument %1").arg(arg);
        }
    }
    if (a->plan.isEmpty()) return QStringLiteral("no PLAN given");
    if (a->kind.isEmpty()) return QStringLiteral("no --to KIND given");
    if (!ExporterRegistry::ids().contains(a->kind))
        return QStringLiteral("unknown export kind %1").arg(a->kind);
    return {};
}

} // namespace

int runExportCommand(const QStringList &arguments, CliStreams &io)
{
    QTextStream &out = io.out;
    QTextStream &err = io.err;
    const QStringList args = arguments.mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << usage();
        for (const QString &id : ExporterRegistry::ids())
            out << "    " << id.leftJustified(14) << ExporterRegistry::create(id)->description()
                << '\n';
        out << "  Without -o, a single artifact goes to stdout; several go to the current "
               "directory.\n"
               "  Exit codes: 0 written, 1 the plan has errors (refused, or written with --force) "
               "or\n"
               "  names that cannot be written safely, 2 bad input or an unwritable output.\n";
        return 0;
    }
    Arguments a;
    if (const QString problem = parse(args, &a); !problem.isEmpty()) {
        err << "planar-cli export: " << problem << '\n' << usage();
        return 2;
    }
    const ReadResult read = PlanReader::readFile(a.plan);
    if (!read.plan) {
        for (const ReadError &e : read.errors)
            err << e.toString() << '\n';
        return 2;
    }
    const ExportResult result = ExportRunner::run(*read.plan, a.kind, a.options);
    switch (result.status) {
    case ExportResult::Status::Ok:
        break;
    case ExportResult::Status::UnknownExporter:
        for (const QString &e : result.errors)
            err << "planar-cli export: " << e << '\n';
        return 2;
    case ExportResult::Status::PlanHasErrors:
        for (const Finding &f : result.planErrors)
            err << a.plan << ": error " << f.code << " [" << f.subjects.join(QStringLiteral(", "))
                << "]: " << f.message << '\n';
        err << a.plan << ": refused: the plan has " << result.planErrors.size()
            << " error(s); fix them, or export anyway with --force\n";
        return 1;
    case ExportResult::Status::Unsafe:
        for (const QString &e : result.errors)
            err << a.plan << ": " << e << '\n';
        err << a.plan << ": refused: these values cannot be written safely into " << a.kind
            << " artifacts\n";
        return 1;
    }

    // One artifact and no -o: it goes to stdout, so the summary goes to stderr.
    const bool toStdout = a.output.isEmpty() && result.files.size() == 1;
    QTextStream &summary = toStdout ? err : out;
    QString error;
    if (toStdout) {
        out << QString::fromUtf8(result.files.first().data);
        out.flush();
    } else {
        const QFileInfo target(a.output.isEmpty() ? QStringLiteral(".") : a.output);
        const bool intoDirectory = target.isDir() || a.output.endsWith(QLatin1Char('/')) ||
                                   a.output.isEmpty() || result.files.size() != 1;
        if (intoDirectory) {
            if (!ExportRunner::writeFiles(result.files, target.filePath(), &error)) {
                err << "planar-cli export: " << error << '\n';
                return 2;
            }
            for (const ExportedFile &f : result.files)
                summary << "wrote " << QDir(target.filePath()).filePath(f.name) << '\n';
        } else {
            if (!ExportRunner::writeFile(result.files.first(), a.output, &error)) {
                err << "planar-cli export: " << error << '\n';
                return 2;
            }
            summary << "wrote " << a.output << '\n';
        }
    }
    for (const QString &w : result.warnings)
        summary << "warning: " << w << '\n';
    return result.planErrors.isEmpty() ? 0 : 1;
}

} // namespace Planar
