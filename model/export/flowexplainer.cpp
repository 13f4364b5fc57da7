#include "flowexplainer.h"

#include "linkflows.h"

namespace Planar {

namespace {

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

QString verdictText(const FlowVerdict &v)
{
    return v.decidedBy + (v.code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(v.code));
}

} // namespace

FlowExplainer::FlowExplainer(const Plan &plan, const QDate &today)
    : mPlan(plan), mToday(today), mLookup(plan), mJudge(plan, mLookup, today), mClusterFlows(plan)
{
}

bool FlowExplainer::covers(const QString &end, const QString &id) const
{
    if (end == id) return true;
    const EntityKind kind = mLookup.kindOf(end);
    if (kind == EntityKind::Zone) {
        if (const Network *n = mLookup.network(id)) return n->zone == end;
        if (const Host *h = mLookup.host(id)) return h->zone == end;
        if (const Vm *v = mLookup.vm(id)) return v->zone == end;
        if (const Workload *w = mLookup.workload(id)) return w->zone == end;
        return false;
    }
    if (kind != EntityKind::Network) return false;
    // A network stands for the networks below it and for the machines with a NIC on them.
    auto below = [&](QString net) {
        for (int depth = 0; depth < 16 && !net.isEmpty(); ++depth) {
            if (net == end) return true;
            const Network *n = mLookup.network(net);
            net = n ? n->parent : QString();
        }
        return false;
    };
    if (mLookup.network(id)) return below(id);
    if (const Host *h = mLookup.host(id))
        for (const HostNic &nic : h->nics)
            if (below(nic.network)) return true;
    if (const Vm *v = mLookup.vm(id))
        for (const VmNic &nic : v->nics)
            if (below(nic.network)) return true;
    return false;
}

FlowExplanation FlowExplainer::explain(const QString &from, const QString &to,
                                       const std::optional<PortRange> &port) const
{
    FlowExplanation result;
    result.flow = QStringLiteral("%1 -> %2%3")
                      .arg(from, to, port ? QStringLiteral(" on ") + port->toString() : QString());
    // The exports admit system flows ahead of links and cross-zone drops, so they decide first.
    if (port) {
        if (const auto system = mClusterFlows.admitting(from, to, *port)) {
            result.allowed = true;
            result.reasons = {
                QStringLiteral("cluster system flow (%1)").arg(system->name),
                QStringLiteral("%1 %2, %3: %4")
                    .arg(system->name, system->portText(), system->groupsText(), system->why)};
            if (!mArtifacts) mArtifacts.emplace(mPlan, mToday);
            // Every host's forward chain admits it; of the switch ports, the sender's.
            for (const QString &where : mArtifacts->of(systemFlowLink(system->name)))
                if (!where.contains(QLatin1String(".flows:")) ||
                    where.section(QLatin1Char(':'), 1).startsWith(from + QLatin1Char('-')))
                    result.enforcedBy << where;
            return result;
        }
    }
    QStringList otherPorts;
    std::optional<QStringList> denial;
    for (const Link &link : mPlan.links) {
        if (!covers(link.from, from) || !covers(link.to, to)) continue;
        if (!portsCover(link.ports, port)) {
            otherPorts.append(
                QStringLiteral("link %1 allows %2 only").arg(link.label(), portsText(link.ports)));
            continue;
        }
        // Judge the concrete pair, as the exporters do: a zone link stands for its members.
        Link pair = link;
        pair.from = from;
        pair.to = to;
        const QList<FlowVerdict> verdicts = mJudge.judge(pair);
        bool allowed = !verdicts.isEmpty();
        QStringList lines{QStringLiteral("by link %1%2")
                              .arg(link.label(), link.reason.isEmpty()
                                                     ? QString()
                                                     : QStringLiteral(": %1").arg(link.reason))};
        for (const FlowVerdict &v : verdicts) {
            allowed = allowed && (v.allowed || v.byException);
            lines.append(QStringLiteral("%1 -> %2: %3")
                             .arg(planeKey(v.fromPlane), planeKey(v.toPlane), verdictText(v)));
        }
        if (allowed) {
            result.allowed = true;
            result.reasons = lines;
            if (!mArtifacts) mArtifacts.emplace(mPlan, mToday);
            result.enforcedBy = mArtifacts->of(LinkFlows::linkName(link));
            return result;
        }
        if (!denial) denial = lines;
    }
    if (denial) {
        result.reasons = *denial;
        return result;
    }
    result.reasons.append(QStringLiteral("nothing links them: everything not linked is denied"));
    result.reasons += otherPorts;
    // What a link would meet: the same judge, on a link that does not exist yet.
    Link wanted;
    wanted.from = from;
    wanted.to = to;
    for (const FlowVerdict &v : mJudge.judge(wanted))
        result.reasons.append(
            QStringLiteral("a link %1 -> %2 would be %3: %4")
                .arg(v.fromId, v.toId,
                     v.allowed ? QStringLiteral("allowed") : QStringLiteral("denied"),
                     verdictText(v)));
    return result;
}

} // namespace Planar
