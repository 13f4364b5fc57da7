#include "endpointresolver.h"

#include "exportsafety.h"

#include <algorithm>

namespace Planar {

EndpointResolver::EndpointResolver(const Plan &plan, const PlanLookup &lookup)
    : mPlan(plan), mLookup(lookup)
{
    QHash<int, QList<Cidr>> planes;
    for (const Network &n : plan.networks) {
        const auto c = cidr(n.cidr, QStringLiteral("networks[%1].cidr").arg(n.id));
        if (!c) continue;
        mNetworkCidr.insert(n.id, *c);
        if (!(n.plane == Plane::External && c->isDefaultRoute())) planes[int(n.plane)].append(*c);
        if (n.plane == Plane::Vm && !n.zone.isEmpty()) mVmZones[n.zone].append(*c);
    }
    for (const Host &h : plan.hosts) {
        for (int i = 0; i < h.nics.size(); ++i) {
            const auto a =
                address(h.nics[i].ip, QStringLiteral("hosts[%1].nics[%2].ip").arg(h.id).arg(i));
            if (!a) continue;
            mNicAddresses[h.id].append(*a);
            planes[int(Plane::Host)].append(*a);
        }
    }
    for (const Vm &vm : plan.vms) {
        for (int i = 0; i < vm.nics.size(); ++i) {
            const auto a =
                address(vm.nics[i].ip, QStringLiteral("vms[%1].nics[%2].ip").arg(vm.id).arg(i));
            if (!a) continue;
            mNicAddresses[vm.id].append(*a);
            planes[int(Plane::Vm)].append(*a);
            if (!vm.zone.isEmpty()) mVmZones[vm.zone].append(*a);
        }
        for (const CidrText &s : vm.podSubnets) {
            const auto c = cidr(s, QStringLiteral("vms[%1].podSubnet").arg(vm.id));
            if (!c) continue;
            mVmPods[vm.id].append(*c);
            planes[int(Plane::Pod)].append(*c);
        }
    }
    for (const QString &s : plan.cluster.podSubnets)
        if (const auto c = cidr(s, QStringLiteral("cluster.podSubnet")))
            planes[int(Plane::Pod)].append(*c);
    for (const QString &s : plan.cluster.serviceSubnets)
        if (const auto c = cidr(s, QStringLiteral("cluster.serviceSubnet")))
            planes[int(Plane::Service)].append(*c);
    // adminNetworks holds CIDRs or ids of networks, as the link judge reads it.
    for (const QString &s : plan.adminNetworks) {
        if (Cidr::parse(s) || !mNetworkCidr.contains(s)) {
            if (const auto c = cidr(s, QStringLiteral("adminNetworks"))) mAdmin.append(*c);
        } else {
            mAdmin.append(mNetworkCidr.value(s));
        }
    }

    for (auto it = planes.cbegin(); it != planes.cend(); ++it)
        mPlaneRanges.insert(it.key(), merged(it.value()));
    for (auto it = mVmZones.begin(); it != mVmZones.end(); ++it)
        it.value() = merged(it.value());
    for (auto it = mNicAddresses.begin(); it != mNicAddresses.end(); ++it)
        it.value() = merged(it.value());
    mAdmin = merged(mAdmin);
}

std::optional<Cidr> EndpointResolver::cidr(const QString &text, const QString &field)
{
    const auto c = Cidr::parse(text);
    if (!c)
        mErrors.append(QStringLiteral("%1 %2: not a CIDR").arg(field, ExportSafety::shown(text)));
    return c;
}

std::optional<Cidr> EndpointResolver::cidr(const CidrText &block, const QString &field)
{
    if (block.heldAsNumber()) return block.address(); // no parse: canonical, so it is one
    return cidr(block.text(), field);
}

std::optional<Cidr> EndpointResolver::address(const IpText &ip, const QString &field)
{
    if (ip.isEmpty()) return std::nullopt; // a NIC without an address has nothing to match
    const auto a = ip.address(); // no parse when the plan spells it canonically
    if (!a) {
        mErrors.append(
            QStringLiteral("%1 %2: not an IP address").arg(field, ExportSafety::shown(ip.text())));
        return std::nullopt;
    }
    return Cidr::containing(*a, a->bitCount());
}

QStringList EndpointResolver::vmZones() const
{
    QStringList zones;
    for (const Zone &z : mPlan.zones)
        if (!mVmZones.value(z.id).isEmpty()) zones.append(z.id);
    return zones;
}

bool EndpointResolver::hostOnNetwork(const QString &host, const QString &network) const
{
    const Host *h = mLookup.host(host);
    if (!h) return false;
    for (const HostNic &nic : h->nics) {
        QString id = nic.network;
        // Walk up `parent` a bounded number of steps: a cycle in a broken plan must not hang.
        for (int depth = 0; depth < 16 && !id.isEmpty(); ++depth) {
            if (id == network) return true;
            const Network *n = mLookup.network(id);
            id = n ? n->parent : QString();
        }
    }
    return false;
}

Endpoint EndpointResolver::endpointOf(const QString &id) const
{
    Endpoint e;
    e.id = id;
    e.kind = mLookup.kindOf(id);
    switch (e.kind) {
    case EntityKind::Network:
        if (const Network *n = mLookup.network(id)) {
            e.plane = n->plane;
            e.zone = n->zone;
            if (mNetworkCidr.contains(id)) e.addresses = {mNetworkCidr.value(id)};
        }
        break;
    case EntityKind::Host:
        e.plane = Plane::Host;
        e.zone = mLookup.host(id)->zone;
        e.addresses = mNicAddresses.value(id);
        break;
    case EntityKind::Vm:
        e.plane = Plane::Vm;
        e.zone = mLookup.vm(id)->zone;
        e.addresses = mNicAddresses.value(id);
        break;
    case EntityKind::Workload: {
        const Workload *w = mLookup.workload(id);
        e.plane = Plane::Pod;
        e.zone = w->zone;
        QList<Cidr> pods;
        for (const QString &node : w->nodes)
            pods += mVmPods.value(node);
        // Without placement its Pods may run anywhere in the cluster's Pod range.
        e.addresses = merged(pods.isEmpty() ? planeRanges(Plane::Pod) : pods);
        break;
    }
    case EntityKind::Zone:
    case EntityKind::None:
        break;
    }
    return e;
}

QList<Endpoint> EndpointResolver::expand(const QString &id) const
{
    if (mLookup.kindOf(id) != EntityKind::Zone) {
        if (mLookup.kindOf(id) == EntityKind::None) return {};
        return {endpointOf(id)};
    }
    QList<Endpoint> members;
    for (const Network &n : mPlan.networks)
        if (n.zone == id) members.append(endpointOf(n.id));
    for (const Host &h : mPlan.hosts)
        if (h.zone == id) members.append(endpointOf(h.id));
    for (const Vm &vm : mPlan.vms)
        if (vm.zone == id) members.append(endpointOf(vm.id));
    for (const Workload &w : mPlan.workloads)
        if (w.zone == id) members.append(endpointOf(w.id));
    return members;
}

QList<Cidr> EndpointResolver::merged(QList<Cidr> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const Cidr &a, const Cidr &b) {
        if (a.network() != b.network()) return a.network() < b.network();
        return a.prefix() < b.prefix(); // the wider block first, so it swallows the rest
    });
    QList<Cidr> out;
    for (const Cidr &c : ranges) {
        // CIDR blocks either nest or are disjoint; sorted, a contained one follows its container.
        if (!out.isEmpty() && out.last().contains(c)) continue;
        out.append(c);
    }
    return out;
}

QList<Cidr> EndpointResolver::ofFamily(const QList<Cidr> &ranges, IpFamily family)
{
    QList<Cidr> out;
    for (const Cidr &c : ranges)
        if (c.family() == family) out.append(c);
    return out;
}

} // namespace Planar
