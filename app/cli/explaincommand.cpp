#include "explaincommand.h"

#include "check/linkjudge.h"
#include "io/planreader.h"

namespace Planar {

namespace {

QString usage()
{
    return QStringLiteral(
        "usage: planar-cli explain PLAN FROM TO [PORT/PROTO] [--today YYYY-MM-DD]\n");
}

/** Whether link endpoint @p end stands for @p id: the same id, its zone, or its network. */
bool covers(const PlanLookup &lookup, const QString &end, const QString &id)
{
    if (end == id) return true;
    const EntityKind kind = lookup.kindOf(end);
    if (kind == EntityKind::Zone) {
        if (const Network *n = lookup.network(id)) return n->zone == end;
        if (const Host *h = lookup.host(id)) return h->zone == end;
        if (const Vm *v = lookup.vm(id)) return v->zone == end;
        if (const Workload *w = lookup.workload(id)) return w->zone == end;
        return false;
    }
    if (kind != EntityKind::Network) return false;
    // A network stands for the networks below it and for the machines with a NIC on them.
    auto below = [&](QString net) {
        for (int depth = 0; depth < 16 && !net.isEmpty(); ++depth) {
            if (net == end) return true;
            const Network *n = lookup.network(net);
            net = n ? n->parent : QString();
        }
        return false;
    };
    if (lookup.network(id)) return below(id);
    if (const Host *h = lookup.host(id))
        for (const HostNic &nic : h->nics)
            if (below(nic.network)) return true;
    if (const Vm *v = lookup.vm(id))
        for (const VmNic &nic : v->nics)
            if (below(nic.network)) return true;
    return false;
}

bool portsCover(const QList<PortRange> &ports, const std::optional<PortRange> &asked)
{
    if (ports.isEmpty()) return true;
    if (!asked) return false; // "any port" is only allowed by a link without port limits
    for (const PortRange &p : ports)
        if (p.protocol == asked->protocol && p.low <= asked->low && asked->high <= p.high)
            return true;
    return false;
}

QString portsText(const QList<PortRange> &ports)
{
    if (ports.isEmpty()) return QStringLiteral("all ports");
    QStringList items;
    for (const PortRange &p : ports)
        items.append(p.toString());
    return items.join(QStringLiteral(", "));
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
               "  zones) and which link, plane-matrix cell, override or exception decided.\n"
               "  Exit codes: 0 allowed, 1 denied, 2 bad input.\n";
        return 0;
    }
    QStringList words;
    QDate today = QDate::currentDate();
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--today")) {
            today = i + 1 < args.size() ? QDate::fromString(args[++i], Qt::ISODate) : QDate();
            if (!today.isValid()) {
                err << "planar-cli explain: --today needs a date YYYY-MM-DD\n" << usage();
                return 2;
            }
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
    const ReadResult read = PlanReader::readFile(planPath);
    if (!read.plan) {
        for (const ReadError &e : read.errors)
            err << e.toString() << '\n';
        return 2;
    }
    const Plan &plan = *read.plan;
    const PlanLookup lookup(plan);
    for (const QString &id : {from, to})
        if (lookup.kindOf(id) == EntityKind::None) {
            err << planPath << ": no zone, network, host, VM or workload has the id \"" << id
                << "\"\n";
            return 2;
        }
    const LinkJudge judge(plan, lookup, today);
    const QString flow =
        QStringLiteral("%1 -> %2%3")
            .arg(from, to, port ? QStringLiteral(" on ") + port->toString() : QString());

    QStringList otherPorts;
    std::optional<QStringList> denial;
    for (const Link &link : plan.links) {
        if (!covers(lookup, link.from, from) || !covers(lookup, link.to, to)) continue;
        if (!portsCover(link.ports, port)) {
            otherPorts.append(
                QStringLiteral("link %1 allows %2 only").arg(link.label(), portsText(link.ports)));
            continue;
        }
        // Judge the concrete pair, as the exporters do: a zone link stands for its members.
        Link pair = link;
        pair.from = from;
        pair.to = to;
        const QList<FlowVerdict> verdicts = judge.judge(pair);
        bool allowed = !verdicts.isEmpty();
        QStringList why;
        for (const FlowVerdict &v : verdicts) {
            allowed = allowed && (v.allowed || v.byException);
            why.append(
                QStringLiteral("  %1 -> %2: %3%4")
                    .arg(planeKey(v.fromPlane), planeKey(v.toPlane), v.decidedBy,
                         v.code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(v.code)));
        }
        QStringList lines{QStringLiteral("  by link %1%2")
                              .arg(link.label(), link.reason.isEmpty()
                                                     ? QString()
                                                     : QStringLiteral(" (%1)").arg(link.reason))};
        lines += why;
        if (allowed) {
            out << "allowed: " << flow << '\n' << lines.join(QLatin1Char('\n')) << '\n';
            return 0;
        }
        if (!denial) denial = lines;
    }
    out << "denied: " << flow << '\n';
    if (denial) {
        out << denial->join(QLatin1Char('\n')) << '\n';
    } else {
        out << "  nothing links them: everything not linked is denied\n";
        for (const QString &o : otherPorts)
            out << "  " << o << '\n';
        // What a link would meet: the same judge, on a link that does not exist yet.
        Link wanted;
        wanted.from = from;
        wanted.to = to;
        for (const FlowVerdict &v : judge.judge(wanted))
            out << "  a link " << v.fromId << " -> " << v.toId << " would be "
                << (v.allowed ? "allowed" : "denied") << ": " << v.decidedBy
                << (v.code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(v.code)) << '\n';
    }
    return 1;
}

} // namespace Planar
