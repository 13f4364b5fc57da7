#include "segmentationplan.h"

#include "export/linkflows.h"

namespace Planar {

namespace {

/** The address a probe aims at: a NIC address, a network's CIDR, a workload's nodes' Pods. */
QString addressOf(const ReportFacts &facts, const QString &id)
{
    const PlanLookup &lookup = facts.lookup();
    if (const Network *n = lookup.network(id)) return n->cidr;
    if (const Host *h = lookup.host(id)) return h->nics.isEmpty() ? QString() : h->nics.front().ip;
    if (const Vm *v = lookup.vm(id)) return v->nics.isEmpty() ? QString() : v->nics.front().ip;
    if (const Workload *w = lookup.workload(id)) {
        QStringList pods;
        for (const QString &node : w->nodes)
            if (const Vm *v = lookup.vm(node)) pods += v->podSubnets;
        return pods.join(QLatin1Char(' '));
    }
    if (lookup.zone(id)) {
        QStringList ranges;
        for (const Network &n : facts.plan().networks)
            if (n.zone == id) ranges << n.cidr;
        return ranges.join(QLatin1Char(' '));
    }
    return {};
}

QString managementIp(const ReportFacts &facts, const Host &host)
{
    for (const HostNic &nic : host.nics)
        if (const Network *n = facts.lookup().network(nic.network); n && n->role == u"management")
            return nic.ip;
    return {};
}

} // namespace

QList<SegmentationProbe> segmentationPlan(const ReportFacts &facts)
{
    const Plan &p = facts.plan();
    const QString any = QStringLiteral("any");
    QList<SegmentationProbe> out;
    for (const Zone &a : p.zones) {
        if (facts.isCdeZone(a.id)) continue;
        for (const Zone &b : p.zones) {
            if (!facts.isCdeZone(b.id)) continue;
            bool linked = false;
            for (const Link &l : p.links)
                linked = linked || (facts.zoneOf(l.from) == a.id && facts.zoneOf(l.to) == b.id);
            if (!linked)
                out.append({a.id, b.id, addressOf(facts, b.id), any, QStringLiteral("deny"),
                            QStringLiteral("no link from a non-CDE zone into the CDE")});
        }
    }
    for (const Host &h : p.hosts) {
        const QString ip = managementIp(facts, h);
        if (ip.isEmpty()) continue;
        for (const Vm &v : p.vms)
            for (const QString &pods : v.podSubnets)
                out.append({h.id + QStringLiteral(" (") + ip + QLatin1Char(')'), v.id, pods, any,
                            QStringLiteral("deny"), QStringLiteral("host-to-pod")});
    }
    for (const Vm &v : p.vms) {
        if (v.podSubnets.isEmpty()) continue;
        // One node's Pod subnet stands for all: the host plane must drop every one alike.
        for (const Network &n : p.networks)
            if (n.plane == Plane::Host)
                out.append(
                    {v.id + QStringLiteral(" Pods (") + v.podSubnets.front() + QLatin1Char(')'),
                     n.id, n.cidr, any, QStringLiteral("deny"), QStringLiteral("pod-to-host")});
        break;
    }
    for (const Network &n : p.networks) {
        if (!facts.untrusted(n.id)) continue;
        for (const Vm &v : p.vms)
            if (facts.isCdeZone(v.zone))
                out.append({n.id, v.id, addressOf(facts, v.id), any, QStringLiteral("deny"),
                            QStringLiteral("external-to-vm")});
        break; // the internet: the first untrusted network stands for all
    }
    for (const Link &l : p.links) {
        const QString name = LinkFlows::linkName(l);
        const QString to = addressOf(facts, l.to);
        if (l.ports.isEmpty()) out.append({l.from, l.to, to, any, QStringLiteral("allow"), name});
        for (const PortRange &r : l.ports)
            out.append({l.from, l.to, to, r.toString(), QStringLiteral("allow"), name});
    }
    return out;
}

} // namespace Planar
