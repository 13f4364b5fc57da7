#include "explaincommand.h"

#include "export/flowexplainer.h"
#include "io/planreader.h"
#include "io/safefile.h"

namespace Planar {

namespace {

QString usage()
{
    return QStringLiteral(
        "usage: planar-cli explain PLAN FROM TO [PORT/PROTO] [--today YYYY-MM-DD] "
        "[--max-size BYTES]\n");
}

} // namespace

int runExplainCommand(const QStringList &arguments, CliStreams &io)
{
    QTextStream &out = io.out;
    QTextStream &err = io.err;
    const QStringList args = arguments.mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << usage()
            << "  Says whether the plan allows FROM -> TO (ids of workloads, VMs, hosts, networks "
               "or\n"
               "  zones) and which link, plane-matrix cell, override or exception decided; for an\n"
               "  allowed flow, the artifacts that enforce its link (nft chain, NetworkPolicy,\n"
               "  Istio policy, OVS port, libvirt interface).\n"
               "  Exit codes: 0 allowed, 1 denied, 2 bad input.\n"
            << "  --max-size BYTES  " << maxSizeHelp() << '\n';
        return 0;
    }
    QStringList words;
    QDate today = QDate::currentDate();
    qint64 maxSize = SafeFile::DefaultMaxReadSize;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--today")) {
            today = i + 1 < args.size() ? QDate::fromString(args[++i], Qt::ISODate) : QDate();
            if (!today.isValid()) {
                err << "planar-cli explain: --today needs a date YYYY-MM-DD\n" << usage();
                return 2;
            }
        } else if (args[i] == QLatin1String("--max-size")) {
            if (i + 1 >= args.size()) {
                err << "planar-cli explain: --max-size needs a number of BYTES\n" << usage();
                return 2;
            }
            const auto bytes = parseMaxSize(args[++i], QStringLiteral("explain"), io);
            if (!bytes) return 2;
            maxSize = *bytes;
        } else if (args[i].startsWith(QLatin1String("--"))) {
            err << "planar-cli explain: unknown option " << args[i] << '\n' << usage();
            return 2;
        } else {
            words.append(args[i]);
        }
    }
    if (words.size() < 3 || words.size() > 4) {
        err << "planar-cli explain: expected PLAN FROM TO [PORT/PROTO]\n" << usage();
        return 2;
    }
    const QString &planPath = words[0], &from = words[1], &to = words[2];
    std::optional<PortRange> port;
    if (words.size() == 4) {
        QString problem;
        port = PortRange::parse(words[3], &problem);
        if (!port) {
            err << "planar-cli explain: " << words[3] << ": " << problem << '\n';
            return 2;
        }
    }
    const ReadResult read = PlanReader::readFile(planPath, maxSize);
    if (!read.plan) {
        for (const ReadError &e : read.errors)
            err << e.toString() << '\n';
        return 2;
    }
    const Plan &plan = *read.plan;
    const FlowExplainer explainer(plan, today);
    for (const QString &id : {from, to})
        if (explainer.lookup().kindOf(id) == EntityKind::None) {
            err << planPath << ": no zone, network, host, VM or workload has the id \"" << id
                << "\"\n";
            return 2;
        }
    const FlowExplanation e = explainer.explain(from, to, port);
    out << (e.allowed ? "allowed: " : "denied: ") << e.flow << '\n';
    for (const QString &line : e.reasons)
        out << "  " << line << '\n';
    if (e.allowed)
        out << "  enforced by: "
            << (e.enforcedBy.isEmpty() ? QStringLiteral("no artifact (nothing the exporters write "
                                                        "covers this flow)")
                                       : e.enforcedBy.join(QStringLiteral(", ")))
            << '\n';
    return e.allowed ? 0 : 1;
}

} // namespace Planar
