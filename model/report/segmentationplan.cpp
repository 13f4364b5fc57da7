#include "segmentationplan.h"

#include "export/linkflows.h"

#include <QHash>
#include <QSet>

namespace Planar {

namespace {

/** The address a probe aims at, computed once per id: zones and workloads scan the plan. */
class ProbeAddresses {
public:
    explicit ProbeAddresses(const ReportFacts &facts) : mFacts(facts)
    {
        for (const Network &n : facts.plan().networks)
            if (!n.zone.isEmpty()) mZoneRanges[n.zone] << n.cidr;
    }

    /** A NIC address, a network's CIDR, a workload's nodes' Pods, a zone's networks. */
    QString of(const QString &id)
    {
        const auto it = mCache.constFind(id);
        if (it != mCache.constEnd()) return *it;
        return mCache.insert(id, compute(id)).value();
    }

private:
    QString compute(const QString &id) const
    {
        const PlanLookup &lookup = mFacts.lookup();
        if (const Network *n = lookup.network(id)) return n->cidr;
        if (const Host *h = lookup.host(id))
            return h->nics.isEmpty() ? QString() : h->nics.front().ip.text();
        if (const Vm *v = lookup.vm(id)) return v->nics.isEmpty() ? QString() : v->nics.front().ip.text();
        if (const Workload *w = lookup.workload(id)) {
            QStringList pods;
            for (const QString &node : w->nodes)
                if (const Vm *v = lookup.vm(node)) pods += texts(v->podSubnets);
            return pods.join(QLatin1Char(' '));
        }
        if (lookup.zone(id)) return mZoneRanges.value(id).join(QLatin1Char(' '));
        return {};
    }

    const ReportFacts &mFacts;
    QHash<QString, QStringList> mZoneRanges;
    QHash<QString, QString> mCache;
};

QString managementIp(const ReportFacts &facts, const Host &host)
{
    for (const HostNic &nic : host.nics)
        if (const Network *n = facts.lookup().network(nic.network); n && n->role == u"management")
            return nic.ip;
    return {};
}

ReportPhrase reason(const char *key, const QStringList &args = {})
{
    return {QString::fromLatin1(key), args, {}, false};
}

/** Each non-CDE zone to each CDE zone that no link joins in that direction. */
void crossBoundary(QList<SegmentationProbe> &out, const ReportFacts &facts, ProbeAddresses &to)
{
    const Plan &p = facts.plan();
    QSet<QPair<QString, QString>> linked; // (from zone, to zone), once over the links
    for (const Link &l : p.links)
        linked.insert({facts.zoneOf(l.from), facts.zoneOf(l.to)});
    for (const Zone &a : p.zones) {
        if (facts.isCdeZone(a.id)) continue;
        for (const Zone &b : p.zones)
            if (facts.isCdeZone(b.id) && !linked.contains({a.id, b.id}))
                out.append({a.id, b.id, to.of(b.id), QStringLiteral("any"), QStringLiteral("deny"),
                            reason("probe.noLinkIntoCde")});
    }
}

/** Host management IPs to node Pod subnets, or to the cluster's Pod range beyond the limit. */
void hostToPod(QList<SegmentationProbe> &out, const ReportFacts &facts)
{
    const Plan &p = facts.plan();
    QList<QPair<const Host *, QString>> managed;
    for (const Host &h : p.hosts)
        if (const QString ip = managementIp(facts, h); !ip.isEmpty()) managed.append({&h, ip});
    qsizetype podSubnets = 0;
    for (const Vm &v : p.vms)
        podSubnets += v.podSubnets.size();
    const auto from = [](const Host *h, const QString &ip) -> QString {
        return h->id + QStringLiteral(" (") + ip + QLatin1Char(')');
    };
    const QString any = QStringLiteral("any"), deny = QStringLiteral("deny");
    // Without a cluster Pod range nothing stands for the nodes: the contract's probes remain.
    if (managed.size() * podSubnets <= HostToPodProbeLimit || p.cluster.podSubnets.isEmpty()) {
        for (const auto &[host, ip] : std::as_const(managed))
            for (const Vm &v : p.vms)
                for (const CidrText &pods : v.podSubnets)
                    out.append({from(host, ip), v.id, pods, any, deny, reason("probe.hostToPod")});
        return;
    }
    const QString cluster = p.cluster.name.isEmpty() ? QStringLiteral("cluster") : p.cluster.name;
    for (const auto &[host, ip] : std::as_const(managed))
        for (const QString &range : p.cluster.podSubnets)
            out.append({from(host, ip), cluster, range, any, deny, reason("probe.hostToPodRange")});
}

} // namespace

QList<SegmentationProbe> segmentationPlan(const ReportFacts &facts)
{
    const Plan &p = facts.plan();
    const QString any = QStringLiteral("any"), deny = QStringLiteral("deny");
    ProbeAddresses address(facts);
    QList<SegmentationProbe> out;
    crossBoundary(out, facts, address);
    hostToPod(out, facts);
    for (const Vm &v : p.vms) {
        if (v.podSubnets.isEmpty()) continue;
        // One node's Pod subnet stands for all: the host plane must drop every one alike.
        for (const Network &n : p.networks)
            if (n.plane == Plane::Host)
                out.append({v.id + QStringLiteral(" Pods (") + v.podSubnets.front().text() +
                                QLatin1Char(')'),
                            n.id, n.cidr, any, deny, reason("probe.podToHost")});
        break;
    }
    for (const Network &n : p.networks) {
        if (!facts.untrusted(n.id)) continue;
        for (const Vm &v : p.vms)
            if (facts.isCdeZone(v.zone))
                out.append({n.id, v.id, address.of(v.id), any, deny, reason("probe.externalToVm")});
        break; // the internet: the first untrusted network stands for all
    }
    for (const Link &l : p.links) {
        const ReportPhrase why = reason("probe.link", {LinkFlows::linkName(l)});
        const QString to = address.of(l.to);
        if (l.ports.isEmpty()) out.append({l.from, l.to, to, any, QStringLiteral("allow"), why});
        for (const PortRange &r : l.ports)
            out.append({l.from, l.to, to, r.toString(), QStringLiteral("allow"), why});
    }
    return out;
}

} // namespace Planar
