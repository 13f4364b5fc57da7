// Rule family: node Pod subnets against the cluster range, per-node sizing and capacity.
#include "validationcontext.h"

#include <cmath>

namespace Planar {

namespace {

QList<Cidr> parseClusterRanges(ValidationContext &c, const QStringList &texts, const QString &what)
{
    QList<Cidr> out;
    for (const QString &text : texts) {
        QString why;
        if (const auto cidr = Cidr::parse(text, &why))
            out << *cidr;
        else
            c.add("invalid-cidr", Severity::Error, {ClusterSubject},
                  QStringLiteral("cluster %1: %2").arg(what, why));
    }
    return out;
}

/** 10.0.0.0/16 and 192.168.0.0/16: where office and data-centre LANs usually live. */
void commonLanRange(ValidationContext &c, const QList<Cidr> &ranges, const QString &what)
{
    static const QList<Cidr> lans{*Cidr::parse(u"192.168.0.0/16"), *Cidr::parse(u"10.0.0.0/16")};
    for (const Cidr &range : ranges)
        for (const Cidr &lan : lans)
            if (range.overlaps(lan))
                c.add("common-lan-range", Severity::Warning, {ClusterSubject},
                      QStringLiteral("the cluster %1 %2 overlaps %3, a range that office and "
                                     "data-centre LANs commonly use; pick a range such as "
                                     "172.16.0.0/12 that stays clear of them")
                          .arg(what, range.toString(), lan.toString()));
}

void capacity(ValidationContext &c, const QList<Cidr> &podRanges)
{
    const Cluster &cluster = c.plan().cluster;
    const qsizetype nodes = c.plan().vms.size();
    for (const Cidr &range : podRanges) {
        // nodeMaskSize is the IPv4 size; IPv6 nodes get a /64 as kube-controller-manager does.
        const int mask = range.family() == IpFamily::V4 ? cluster.effectiveNodeMaskSize() : 64;
        if (mask > range.network().bitCount()) continue;
        const int bits = mask - range.prefix();
        const double slots = bits < 0 ? 0.0 : std::ldexp(1.0, bits);
        const QString where =
            QStringLiteral("the cluster Pod range %1 holds %2 node subnets of /%3")
                .arg(range.toString())
                .arg(slots, 0, 'f', 0)
                .arg(mask);
        if (double(nodes) > slots)
            c.add("cluster-capacity", Severity::Error, {ClusterSubject},
                  QStringLiteral("%1, but the plan has %2 nodes; widen the range or raise "
                                 "nodeMaskSize")
                      .arg(where)
                      .arg(nodes));
        else if (nodes > 0 && double(nodes) >= 0.8 * slots)
            c.add("cluster-capacity", Severity::Warning, {ClusterSubject},
                  QStringLiteral("%1 and %2 nodes use %3 % of them; leave room to grow by "
                                 "widening the range")
                      .arg(where)
                      .arg(nodes)
                      .arg(qRound(100.0 * double(nodes) / slots)));
    }
}

/**
 * nodeMaskSize is an IPv4 prefix (kube-controller-manager's --node-cidr-mask-size-ipv4): it
 * must fit in 32 bits and not be wider than the cluster's IPv4 Pod range. Returns whether it
 * does, so that node subnets are not told to match an impossible size.
 */
bool nodeMask(ValidationContext &c, const QList<Cidr> &podRanges)
{
    const std::optional<int> mask = c.plan().cluster.nodeMaskSize;
    if (!mask) return true;
    if (*mask > 32) {
        c.add("invalid-node-mask", Severity::Error, {ClusterSubject},
              QStringLiteral("cluster nodeMaskSize is %1, but it is the prefix of IPv4 node "
                             "subnets and must be at most 32 (24 gives each node 256 "
                             "addresses); IPv6 nodes get a /64")
                  .arg(*mask));
        return false;
    }
    for (const Cidr &range : podRanges)
        if (range.family() == IpFamily::V4 && *mask < range.prefix()) {
            c.add("invalid-node-mask", Severity::Error, {ClusterSubject},
                  QStringLiteral("cluster nodeMaskSize /%1 is wider than the cluster Pod range "
                                 "%2, so no node subnet fits in it; use a prefix from /%3 to /32")
                      .arg(*mask)
                      .arg(range.toString())
                      .arg(range.prefix()));
            return false;
        }
    return true;
}

void nodeSubnets(ValidationContext &c, const QList<Cidr> &podRanges, bool maskValid)
{
    const Cluster &cluster = c.plan().cluster;
    const int maxPods = cluster.effectiveMaxPodsPerNode();
    const QList<Vm> &vms = c.plan().vms;
    for (qsizetype v = 0; v < vms.size(); ++v) {
        const Vm &vm = vms[v];
        const std::span<const std::optional<Cidr>> parsed = c.podSubnets(v);
        for (qsizetype s = 0; s < vm.podSubnets.size(); ++s) {
            const std::optional<Cidr> &subnet = parsed[size_t(s)];
            if (!subnet) {
                QString why;
                Cidr::parse(vm.podSubnets[s].text(), &why); // parsed once already; again to say why
                c.add("invalid-cidr", Severity::Error, {vm.id},
                      QStringLiteral("Pod subnet of node '%1': %2").arg(vm.id, why));
                continue;
            }
            if (!podRanges.isEmpty() &&
                std::none_of(podRanges.begin(), podRanges.end(),
                             [&](const Cidr &r) { return r.contains(*subnet); })) {
                QStringList ranges;
                for (const Cidr &r : podRanges)
                    ranges << r.toString();
                c.add("pod-subnet-outside-cluster", Severity::Error, {vm.id},
                      QStringLiteral("the Pod subnet %1 of node '%2' is not inside the cluster "
                                     "Pod range %3; the CNI will not route it, so take a subnet "
                                     "of the cluster range")
                          .arg(subnet->toString(), vm.id, ranges.join(QStringLiteral(", "))));
            }
            const bool v4 = subnet->family() == IpFamily::V4;
            if (v4 && !maskValid) continue; // invalid-node-mask said it; a /33 is no size to match
            if (v4 && subnet->prefix() != cluster.effectiveNodeMaskSize())
                c.add("pod-subnet-size", Severity::Warning, {vm.id},
                      QStringLiteral("the Pod subnet %1 of node '%2' is a /%3, but nodeMaskSize "
                                     "is %4; make every node's subnet a /%4")
                          .arg(subnet->toString(), vm.id)
                          .arg(subnet->prefix())
                          .arg(cluster.effectiveNodeMaskSize()));
            else if (subnet->hostBits() < 63 && subnet->addressCount() < quint64(2 * maxPods))
                c.add("pod-subnet-size", Severity::Warning, {vm.id},
                      QStringLiteral("the Pod subnet %1 of node '%2' holds %3 addresses, fewer "
                                     "than twice maxPodsPerNode (%4), so Pod addresses would be "
                                     "reused at once; use a larger subnet or fewer Pods per node")
                          .arg(subnet->toString(), vm.id)
                          .arg(subnet->addressCount())
                          .arg(maxPods));
        }
    }
}

} // namespace

void checkPodSubnets(ValidationContext &context)
{
    const Cluster &cluster = context.plan().cluster;
    const QList<Cidr> pods =
        parseClusterRanges(context, cluster.podSubnets, QStringLiteral("podSubnet"));
    const QList<Cidr> services =
        parseClusterRanges(context, cluster.serviceSubnets, QStringLiteral("serviceSubnet"));
    commonLanRange(context, pods, QStringLiteral("Pod range"));
    commonLanRange(context, services, QStringLiteral("Service range"));
    const bool maskValid = nodeMask(context, pods);
    nodeSubnets(context, pods, maskValid);
    if (maskValid) capacity(context, pods);
}

} // namespace Planar
