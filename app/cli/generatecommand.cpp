#include "clicommand.h"

#include "generate/plangenerator.h"
#include "io/planwriter.h"

#include <QCommandLineParser>

namespace Planar {

int runGenerateCommand(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints a deterministic synthetic plan of the requested size on stdout:\n"
                       "hosts with management and business NICs, VM nodes per zone with VLANs\n"
                       "and Pod subnets, workloads per namespace, links and external networks."));
    parser.addHelpOption();
    const GeneratorOptions defaults;
    struct IntOption {
        const char *name;
        const char *help;
        int fallback;
        int min;
    };
    const IntOption options[] = {
        {"hosts", "physical hosts", defaults.hosts, 0},
        {"vms-per-host", "VM nodes on each host", defaults.vmsPerHost, 0},
        {"workloads", "workloads (Deployments)", defaults.workloads, 0},
        {"links", "links between them (default: twice the workloads)", -1, -1},
        {"zones", "zones / business units, each with its VLAN", defaults.zones, 1},
        {"seed", "random seed; the same seed gives the same plan", int(defaults.seed), 0},
        {"mistakes", "deliberate mistakes over the rule families (default 0: clean)", 0, 0},
    };
    for (const IntOption &o : options)
        parser.addOption(
            {QString::fromLatin1(o.name),
             QStringLiteral("%1 (default %2)").arg(QLatin1String(o.help)).arg(o.fallback),
             QStringLiteral("N")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("write to FILE instead of stdout"),
                      QStringLiteral("FILE")});
    if (!parser.parse(arguments)) {
        // The usage too, as for an unknown command: the user sees what the command takes.
        io.err << "planar-cli generate: " << parser.errorText() << "\n\n"
               << parser.helpText().replace(QLatin1String("planar-cli"),
                                            QLatin1String("planar-cli generate"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText().replace(QLatin1String("planar-cli"),
                                            QLatin1String("planar-cli generate"));
        return ExitClean;
    }
    int values[std::size(options)];
    for (size_t i = 0; i < std::size(options); ++i) {
        const QString name = QString::fromLatin1(options[i].name);
        values[i] = options[i].fallback;
        if (!parser.isSet(name)) continue;
        bool ok = false;
        values[i] = parser.value(name).toInt(&ok);
        if (!ok || values[i] < options[i].min || values[i] > 10'000'000) {
            io.err << "planar-cli generate: --" << name << " must be a whole number from "
                   << options[i].min << ", not '" << parser.value(name) << "'" << Qt::endl;
            return ExitUsage;
        }
    }
    GeneratorOptions g;
    g.hosts = values[0];
    g.vmsPerHost = values[1];
    g.workloads = values[2];
    g.links = values[3];
    g.zones = values[4];
    g.seed = quint32(values[5]);
    g.mistakes = values[6];
    const Plan plan = generatePlan(g);
    if (parser.isSet(QStringLiteral("output"))) {
        QString error;
        if (!PlanWriter::writeFile(plan, parser.value(QStringLiteral("output")), &error)) {
            io.err << "planar-cli generate: " << error << Qt::endl;
            return ExitUsage;
        }
        return ExitClean;
    }
    io.out << QString::fromUtf8(PlanWriter::toYaml(plan));
    io.out.flush();
    return ExitClean;
}

} // namespace Planar
