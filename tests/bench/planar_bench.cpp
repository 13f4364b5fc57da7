// planar-bench: times generating, writing, reading and validating one plan size, in-process,
// and prints one line of figures. run-bench.sh calls it once per size so that each size's
// peak memory is its own.
#include "check/validator.h"
#include "generate/plangenerator.h"
#include "io/planreader.h"
#include "io/planwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace Planar;

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

template <typename F> double medianMs(int runs, F f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    double scale = 1.0;
    bool withIo = false;
    int runs = 3;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--scale" && i + 1 < args.size())
            scale = args[++i].toDouble();
        else if (args[i] == u"--io")
            withIo = true;
        else if (args[i] == u"--runs" && i + 1 < args.size())
            runs = qMax(1, args[++i].toInt());
        else {
            QTextStream(stderr)
                << "usage: planar-bench [--scale F] [--io] [--runs N]\n"
                   "  scale 1 = 10,000 hosts, 50,000 VMs, 5,000 workloads, 20,000 links\n";
            return 2;
        }
    }
    GeneratorOptions options;
    options.hosts = qMax(1, int(10000 * scale));
    options.vmsPerHost = 5;
    options.workloads = qMax(1, int(5000 * scale));
    options.links = qMax(1, int(20000 * scale));
    options.zones = 8;

    Plan plan;
    const double generateMs = medianMs(1, [&] { plan = generatePlan(options); });
    const qsizetype networks =
        plan.networks.size() + plan.vms.size(); // declared + node Pod subnets
    qsizetype findings = 0;
    const double validateMs =
        medianMs(runs, [&] { findings = validatePlan(plan, QDate(2026, 6, 1)).size(); });
    out << QStringLiteral("scale %1: %2 hosts, %3 VMs, %4 workloads, %5 links, %6 address blocks | "
                          "generate %7 ms | validate %8 ms (%9 findings)")
               .arg(scale)
               .arg(plan.hosts.size())
               .arg(plan.vms.size())
               .arg(plan.workloads.size())
               .arg(plan.links.size())
               .arg(networks)
               .arg(generateMs, 0, 'f', 0)
               .arg(validateMs, 0, 'f', 0)
               .arg(findings);
    if (withIo) {
        QByteArray yaml;
        const double writeMs = medianMs(1, [&] { yaml = PlanWriter::toYaml(plan); });
        std::optional<Plan> read;
        const double readMs = medianMs(
            1, [&] { read = PlanReader::readText(yaml, QStringLiteral("bench.yaml")).plan; });
        if (!read) return 1;
        out << QStringLiteral(" | YAML %1 MiB: write %2 ms, read %3 ms")
                   .arg(double(yaml.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                   .arg(writeMs, 0, 'f', 0)
                   .arg(readMs, 0, 'f', 0);
    }
    out << QStringLiteral(" | peak %1 MiB").arg(peakMiB(), 0, 'f', 0) << Qt::endl;
    return 0;
}
