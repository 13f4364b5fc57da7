// planar-bench: times generating and validating one plan size in-process and prints one line
// of figures. With --io it also writes the plan to a file and times, each in a process of its
// own so that each peak memory is the stage's own: a bare libyaml event parse of that file
// (the yardstick; yaml-cpp's own event parse beside it), and reading it back plus
// validating, as `planar-cli validate` does.
// run-bench.sh calls it once per size.
#include "check/validator.h"
#include "generate/plangenerator.h"
#include "io/planreader.h"
#include "io/planwriter.h"
#include "referenceparse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <malloc.h>

using namespace Planar;

namespace {

const QDate kToday(2026, 6, 1);

/**
 * This process's peak memory. VmHWM, not getrusage's ru_maxrss: a child stage's ru_maxrss
 * starts from the parent's size at the fork, VmHWM from what the child itself uses.
 */
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
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

QString ms(double value)
{
    return QString::number(value, 'f', 0);
}

/** The child stages print their figures as numbers on one line; this runs one and reads them. */
QList<double> runStage(const QStringList &args)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(-1) || child.exitCode() != 0) return {};
    QList<double> figures;
    for (const QByteArray &word : child.readAllStandardOutput().simplified().split(' '))
        figures << word.toDouble();
    return figures;
}

/**
 * Child stage: libyaml's event parse of @p path (the median of @p runs) and its peak, then
 * yaml-cpp's event parse, once.
 */
int referenceStage(const QString &path, int runs)
{
    qint64 events = 0;
    const double libyamlMs = medianMs(runs, [&] { events = libyamlEventParse(path); });
    if (events < 0) return 1;
    const double libyamlPeak = peakMiB();
    const double yamlCppMs = medianMs(1, [&] { events = yamlCppEventParse(path); });
    if (events < 0) return 1;
    QTextStream(stdout) << libyamlMs << ' ' << libyamlPeak << ' ' << yamlCppMs << Qt::endl;
    return 0;
}

/** Heap bytes in use (glibc's count of allocated chunks, their headers included). */
double heapBytes()
{
    return double(mallinfo2().uordblks);
}

/**
 * Child stage: read @p path and validate the plan, once, as `planar-cli validate` does; also
 * the heap the plan holds once read (the reader's tree is gone by then), per VM.
 */
int readStage(const QString &path, int threads)
{
    std::optional<Plan> plan;
    const double heapBefore = heapBytes();
    const double readMs = medianMs(1, [&] { plan = PlanReader::readFile(path).plan; });
    if (!plan) return 1;
    const double planBytesPerVm =
        (heapBytes() - heapBefore) / double(qMax(1, int(plan->vms.size())));
    const double validateMs = medianMs(1, [&] { validatePlan(*plan, kToday, threads); });
    QTextStream(stdout) << readMs << ' ' << validateMs << ' ' << peakMiB() << ' ' << planBytesPerVm
                        << Qt::endl;
    return 0;
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
    int threads = 0; // the validator's own choice
    QString libyamlFile, readFile;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--scale" && i + 1 < args.size())
            scale = args[++i].toDouble();
        else if (args[i] == u"--io")
            withIo = true;
        else if (args[i] == u"--runs" && i + 1 < args.size())
            runs = qMax(1, args[++i].toInt());
        else if (args[i] == u"--threads" && i + 1 < args.size())
            threads = qMax(1, args[++i].toInt());
        else if (args[i] == u"--libyaml" && i + 1 < args.size())
            libyamlFile = args[++i];
        else if (args[i] == u"--read" && i + 1 < args.size())
            readFile = args[++i];
        else {
            QTextStream(stderr)
                << "usage: planar-bench [--scale F] [--io] [--runs N] [--threads N]\n"
                   "       planar-bench --libyaml FILE [--runs N] | --read FILE [--threads N]\n"
                   "  scale 1 = 10,000 hosts, 50,000 VMs, 5,000 workloads, 20,000 links\n";
            return 2;
        }
    }
    if (!libyamlFile.isEmpty()) return referenceStage(libyamlFile, runs);
    if (!readFile.isEmpty()) return readStage(readFile, threads);

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
        medianMs(runs, [&] { findings = validatePlan(plan, kToday, threads).size(); });
    // The same on one thread: what the rule families cost in all, and the parallel gain.
    const double oneThreadMs =
        threads == 1 ? validateMs : medianMs(runs, [&] { validatePlan(plan, kToday, 1); });
    out << QStringLiteral("scale %1: %2 hosts, %3 VMs, %4 workloads, %5 links, %6 address blocks | "
                          "generate %7 ms | validate %8 ms (%9 findings)")
               .arg(scale)
               .arg(plan.hosts.size())
               .arg(plan.vms.size())
               .arg(plan.workloads.size())
               .arg(plan.links.size())
               .arg(networks)
               .arg(ms(generateMs), ms(validateMs))
               .arg(findings);
    out << QStringLiteral(" on up to %1 threads, %2 ms on one")
               .arg(threads > 0 ? threads : QThread::idealThreadCount())
               .arg(ms(oneThreadMs));
    if (withIo) {
        const QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.planar.yaml"));
        QString error;
        bool written = false;
        const double writeMs =
            medianMs(1, [&] { written = PlanWriter::writeFile(plan, path, &error); });
        if (!written) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        const double writePeak = peakMiB();
        const QList<double> libyaml =
            runStage({"--libyaml", path, "--runs", QString::number(runs)});
        const QList<double> read = runStage({"--read", path});
        if (libyaml.size() != 3 || read.size() != 4) return 1;
        const double parseMs = libyaml[0];
        const auto ratio = [parseMs](double t) { return QString::number(t / parseMs, 'f', 1); };
        out << QStringLiteral(" | YAML %1 MiB: libyaml parse %2 ms (peak %3 MiB), yaml-cpp event "
                              "parse %4 ms = %5× libyaml; write %6 ms = %7× libyaml; "
                              "read+validate %8 ms = %9× libyaml")
                   .arg(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 0, 'f', 1)
                   .arg(ms(parseMs))
                   .arg(libyaml[1], 0, 'f', 0)
                   .arg(ms(libyaml[2]), ratio(libyaml[2]), ms(writeMs), ratio(writeMs),
                        ms(read[0] + read[1]), ratio(read[0] + read[1]));
        out << QStringLiteral(" (read %1 = %2× libyaml, validate %3 = %4× libyaml), peak %5 MiB; "
                              "plan in memory %6 KB per VM")
                   .arg(ms(read[0]), ratio(read[0]), ms(read[1]), ratio(read[1]))
                   .arg(read[2], 0, 'f', 0)
                   .arg(read[3] / 1000.0, 0, 'f', 1);
        out << QStringLiteral(" | peak of generate, validate and write %1 MiB")
                   .arg(writePeak, 0, 'f', 0)
            << Qt::endl;
        return 0;
    }
    out << QStringLiteral(" | peak %1 MiB").arg(peakMiB(), 0, 'f', 0) << Qt::endl;
    return 0;
}
