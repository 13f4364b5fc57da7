// planar-cli: validate, export and generate plans headless, for CI pipelines.
#include "clicommand.h"
#include "explaincommand.h"
#include "exportcommand.h"

#include "reportexporter.h"

#include <QGuiApplication>

#include <memory>

using namespace Planar;

namespace {

const CliCommand commands[] = {
    {"validate", "check a plan and print its findings (text or JSON)", runValidateCommand},
    {"generate", "print a synthetic plan of a requested size", runGenerateCommand},
    {"export", "write artifacts: yaml, nftables, NetworkPolicies, OVS, libvirt, kubeadm, Calico",
     runExportCommand},
    {"explain", "say whether a flow is allowed and what decided it", runExplainCommand},
};

void usage(QTextStream &s)
{
    s << "Usage: planar-cli COMMAND [options]\n\nCommands:\n";
    for (const CliCommand &c : commands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(10) << ' ' << c.summary << '\n';
    s << "\nRun 'planar-cli COMMAND --help' for the options of a command.\n"
         "Exit codes: 0 no errors, 1 the plan has errors, 2 the plan could not be read or the\n"
         "command line is wrong (messages on stderr as FILE:LINE:COLUMN: what).\n";
    s.flush();
}

/** `export ... --to report`, read before any QCoreApplication exists to pick the right one. */
bool exportsReport(int argc, char *argv[])
{
    if (argc < 2 || qstrcmp(argv[1], "export") != 0) return false;
    for (int i = 2; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--to") == 0 && qstrcmp(argv[i + 1], "report") == 0) return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // The report's PDF lays text out with real fonts, which needs a QGuiApplication; headless,
    // the offscreen platform serves it without a display. Every other command and kind stays
    // Core-only: a platform plugin would add start-up time and warnings on stderr.
    std::unique_ptr<QCoreApplication> app;
    if (exportsReport(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    registerReportExporter();
    QCoreApplication::setApplicationName(QStringLiteral("planar-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANAR_VERSION));
    QTextStream out(stdout), err(stderr);
    CliStreams io{out, err};
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        usage(err);
        return ExitUsage;
    }
    const QString name = args[1];
    if (name == u"--help" || name == u"-h" || name == u"help") {
        usage(out);
        return ExitClean;
    }
    if (name == u"--version") {
        out << "planar-cli " << PLANAR_VERSION << Qt::endl;
        return ExitClean;
    }
    for (const CliCommand &c : commands) {
        if (name != QLatin1String(c.name)) continue;
        // QCommandLineParser expects the program name first; "planar-cli" keeps help readable.
        args.removeAt(1);
        args[0] = QStringLiteral("planar-cli");
        const int code = c.run(args, io);
        out.flush();
        err.flush();
        return code;
    }
    err << "planar-cli: unknown " << (name.startsWith(u'-') ? "option" : "command") << " '" << name
        << "'\n\n";
    usage(err);
    return ExitUsage;
}
