#include "ovszoneflows.h"

#include "exportsafety.h"

namespace Planar {

namespace {

QString protoMatch(Protocol p, IpFamily f)
{
    const QString name = protocolKey(p).toLower();
    return f == IpFamily::V4 ? name : name + QLatin1Char('6');
}

QString srcKey(IpFamily f)
{
    return f == IpFamily::V4 ? QStringLiteral("nw_src") : QStringLiteral("ipv6_src");
}

QString dstKey(IpFamily f)
{
    return f == IpFamily::V4 ? QStringLiteral("nw_dst") : QStringLiteral("ipv6_dst");
}

QString ipKey(IpFamily f)
{
    return f == IpFamily::V4 ? QStringLiteral("ip") : QStringLiteral("ipv6");
}

/** The part of a link's source range that this port may send from, if any. */
std::optional<Cidr> within(const Cidr &linked, const Cidr &source)
{
    if (linked.family() != source.family()) return std::nullopt;
    if (linked.contains(source)) return source;
    if (source.contains(linked)) return linked;
    return std::nullopt;
}

} // namespace

OvsZoneFlows::OvsZoneFlows(const Plan &plan, const EndpointResolver &resolver,
                           const LinkFlows &links, const ClusterFlows &cluster)
    : mPlan(plan), mResolver(resolver), mCluster(cluster)
{
    for (const Link &link : plan.links)
        for (const AllowedFlow &flow : links.allowed(link))
            if (flow.to.plane == Plane::Vm && !flow.to.zone.isEmpty() &&
                (flow.from.plane == Plane::Vm || flow.from.plane == Plane::Pod))
                mLinked.append({&link, flow});
}

QStringList OvsZoneFlows::portMatches(const PortRange &range)
{
    // Split [low, high] into aligned power-of-two blocks, each one value/mask match.
    QStringList out;
    int low = range.low;
    while (low <= range.high) {
        int size = 1;
        while (low % (size * 2) == 0 && low + size * 2 - 1 <= range.high && size < 65536)
            size *= 2;
        out.append(size == 1 ? QStringLiteral("tp_dst=%1").arg(low)
                             : QStringLiteral("tp_dst=0x%1/0x%2")
                                   .arg(low, 4, 16, QLatin1Char('0'))
                                   .arg(0xffff & ~(size - 1), 4, 16, QLatin1Char('0')));
        low += size;
    }
    return out;
}

QStringList OvsZoneFlows::portFlows(const Vm &vm, const QString &inPort, const QString &macMatch,
                                    const QList<Cidr> &sources) const
{
    QStringList lines;
    if (vm.zone.isEmpty()) return lines;
    QList<Cidr> elsewhere; // every other zone's VM ranges
    for (const QString &zone : mResolver.vmZones())
        if (zone != vm.zone) elsewhere += mResolver.vmZoneRanges(zone);
    if (elsewhere.isEmpty()) return lines;
    const auto intoElsewhere = [&](const Cidr &dst) {
        return std::any_of(elsewhere.begin(), elsewhere.end(),
                           [&](const Cidr &z) { return z.overlaps(dst); });
    };
    auto allow = [&](const QString &why, const Cidr &src, const Cidr &dst, const QString &proto,
                     const QStringList &ports) {
        lines.append(QStringLiteral("# ") + ExportSafety::commentText(why, 160));
        for (const QString &port : ports) {
            QStringList parts{QStringLiteral("priority=300"),
                              proto,
                              inPort,
                              macMatch,
                              srcKey(src.family()) + QLatin1Char('=') + src.toString(),
                              dstKey(dst.family()) + QLatin1Char('=') + dst.toString(),
                              port,
                              QStringLiteral("actions=NORMAL")};
            parts.removeAll(QString());
            lines.append(parts.join(QLatin1Char(',')));
        }
    };

    // Cluster system flows: from this node's own address to other zones' nodes.
    const QList<Cidr> nodeAddress = mResolver.expand(vm.id).value(0).addresses;
    for (const SystemFlow &flow : mCluster.flows()) {
        if (!mCluster.isIn(vm.id, flow.from)) continue;
        for (const QString &peer : mCluster.nodes(flow.to)) {
            const Vm *other = nullptr;
            for (const Vm &v : mPlan.vms)
                if (v.id == peer) other = &v;
            if (!other || peer == vm.id || other->zone.isEmpty() || other->zone == vm.zone)
                continue;
            for (const Cidr &src : nodeAddress) {
                if (!sources.contains(src)) continue; // another NIC's address
                for (const Cidr &dst : mResolver.expand(peer).value(0).addresses) {
                    if (dst.family() != src.family()) continue;
                    const QString why = QStringLiteral("cluster system flow (%1) %2 to %3 %4")
                                            .arg(flow.name, vm.id, peer, flow.portText());
                    if (flow.port)
                        allow(why, src, dst, protoMatch(flow.port->protocol, src.family()),
                              portMatches(*flow.port));
                    else
                        allow(why, src, dst,
                              QStringLiteral("%1,nw_proto=%2")
                                  .arg(ipKey(src.family()))
                                  .arg(flow.ipProtocol),
                              {QString()});
                }
            }
        }
    }

    // Linked flows from this port's sources into another zone.
    for (const auto &[link, flow] : mLinked) {
        for (const Cidr &linkedSrc : flow.from.addresses)
            for (const Cidr &source : sources) {
                const auto src = within(linkedSrc, source);
                if (!src) continue;
                for (const Cidr &dst : flow.to.addresses) {
                    if (dst.family() != src->family() || !intoElsewhere(dst)) continue;
                    const QString why = QStringLiteral("link %1").arg(LinkFlows::linkName(*link));
                    if (link->ports.isEmpty()) {
                        allow(why, *src, dst, ipKey(src->family()), {QString()});
                        continue;
                    }
                    for (const PortRange &p : link->ports)
                        allow(why, *src, dst, protoMatch(p.protocol, src->family()),
                              portMatches(p));
                }
            }
    }

    for (const Cidr &dst : EndpointResolver::merged(elsewhere))
        lines.append(QStringLiteral("priority=250,%1,%2,%3=%4,actions=drop")
                         .arg(ipKey(dst.family()), inPort, dstKey(dst.family()), dst.toString()));
    return lines;
}

} // namespace Planar
