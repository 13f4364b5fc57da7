#include "exportcommand.h"

#include "export/exporterregistry.h"
#include "export/exportrunner.h"
#include "io/planreader.h"

#include <QDir>
#include <QFileInfo>

#include <memory>
#include <optional>

namespace Planar {

namespace {

QString usage()
{
    return QStringLiteral(
               "usage: planar-cli export PLAN --to KIND [-o DIR/|FILE] [--force] "
               "[--today YYYY-MM-DD] [--lang en|zh_CN] [--max-size BYTES] [--mesh-wide]\n"
               "  KIND: %1\n")
        .arg(ExporterRegistry::ids().join(QStringLiteral(" | ")));
}

struct Arguments {
    QString plan;
    QString kind;
    QString output;
    QString maxSize;
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
        } else if (arg == QLatin1String("--max-size")) {
            if (!value(&a->maxSize)) return QStringLiteral("--max-size needs a number of BYTES");
        } else if (arg == QLatin1String("--force")) {
            a->options.force = true;
        } else if (arg == QLatin1String("--mesh-wide")) {
            a->options.meshWide = true;
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
    if (a->options.meshWide && a->kind != u"istio")
        return QStringLiteral("--mesh-wide is an option of --to istio only");
    return {};
}

/** Where the artifacts go: a folder, or (single-artifact kinds only) one file. */
struct Destination {
    bool folder = true;
    QString path;
};

/**
 * Reads `-o` one way only (exports.md): an existing folder or a name ending in '/' is a folder;
 * any other name is a file, which only a single-artifact kind can write. Empty on a misuse,
 * with @p problem saying what to give instead.
 */
std::optional<Destination> destination(const QString &output, const Exporter &exporter,
                                       QString *problem)
{
    const QFileInfo info(output);
    if (output.endsWith(QLatin1Char('/')) || info.isDir()) return Destination{true, output};
    const QString kind = exporter.id();
    if (!exporter.singleArtifact()) {
        *problem = QStringLiteral("-o %1: %2; %3 writes one file per host or item, so -o must be a "
                                  "folder: an existing one, or a name ending in '/' to create it")
                       .arg(output,
                            info.exists() || info.isSymLink() ? QStringLiteral("not a folder")
                                                              : QStringLiteral("no such folder"),
                            kind);
        return std::nullopt;
    }
    // Only a regular file (or a symlink, which is replaced, not followed) is ever replaced:
    // `-o /dev/sda` must not swap a device node for a file.
    if (info.exists() && !info.isFile()) {
        *problem = QStringLiteral("-o %1: not a regular file or folder; leave -o out to write "
                                  "to stdout")
                       .arg(output);
        return std::nullopt;
    }
    return Destination{false, output};
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
        out << "  -o DIR/   an existing folder, or a name ending in '/' (created): every artifact "
               "goes\n"
               "            into it. Existing files there are replaced atomically; symlinks "
               "are\n"
               "            replaced, never followed.\n"
               "  -o FILE   any other name: the file of a single-artifact kind (yaml, "
               "networkpolicy);\n"
               "            for a kind that writes one file per host (nftables) it is an error.\n"
               "  Without -o, a single-artifact kind writes to stdout; the others write into the\n"
               "  current directory. When the plan gives nothing to write (nftables without "
               "hosts),\n"
               "  stderr says so and nothing is created.\n"
               "  --mesh-wide  istio: one STRICT PeerAuthentication in istio-system for the whole\n"
               "            mesh, instead of one per namespace that holds a workload.\n"
               "  --max-size BYTES\n            "
            << maxSizeHelp()
            << "\n"
               "  Exit codes: 0 written (or nothing to write), 1 the plan has errors (refused, or\n"
               "  written with --force) or names that cannot be written safely, 2 bad input or a\n"
               "  file that cannot be written (its name and the system's reason on stderr).\n";
        return 0;
    }
    Arguments a;
    if (const QString problem = parse(args, &a); !problem.isEmpty()) {
        err << "planar-cli export: " << problem << '\n' << usage();
        return 2;
    }
    const auto maxSize = parseMaxSize(a.maxSize, QStringLiteral("export"), io);
    if (!maxSize) return 2;
    const std::unique_ptr<Exporter> exporter = ExporterRegistry::create(a.kind);
    std::optional<Destination> to;
    if (!a.output.isEmpty()) {
        QString problem;
        to = destination(a.output, *exporter, &problem);
        if (!to) {
            err << "planar-cli export: " << problem << '\n';
            return 2;
        }
    }
    const ReadResult read = PlanReader::readFile(a.plan, *maxSize);
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

    QTextStream &summary = !to && exporter->singleArtifact() ? err : out;
    if (result.files.isEmpty()) {
        // Saying nothing here left operators guessing whether the export ran at all.
        err << "planar-cli export: " << a.plan << ": nothing to write: the plan gives the "
            << a.kind << " export no artifact (" << exporter->description() << ")\n";
    } else if (!to && exporter->singleArtifact()) {
        out << QString::fromUtf8(result.files.first().data);
        out.flush();
    } else {
        const Destination target = to.value_or(Destination{true, QStringLiteral(".")});
        QString error;
        const bool written =
            target.folder ? ExportRunner::writeFiles(result.files, target.path, &error)
                          : ExportRunner::writeFile(result.files.first(), target.path, &error);
        if (!written) {
            err << "planar-cli export: " << error << '\n';
            return 2;
        }
        for (const ExportedFile &f : result.files)
            summary << "wrote "
                    << (target.folder ? QDir(target.path).filePath(f.name) : target.path) << '\n';
    }
    for (const QString &w : result.warnings)
        summary << "warning: " << w << '\n';
    return result.planErrors.isEmpty() ? 0 : 1;
}

} // namespace Planar
