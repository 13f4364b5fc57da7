#pragma once

#include "check/clusterflows.h"
#include "linkflows.h"

namespace Planar {

/**
 * L3 zone isolation in an ovs flow file, at the VM's own vSwitch port: the one place that sees
 * every frame a VM sends (frames between VMs on one bridge never reach the host's netfilter).
 * IP to another zone's VM ranges is dropped (priority 250, above port security's 200) unless a
 * link or a cluster system flow allows it (300). Every allow carries port security's own match
 * (port, bound MAC, planned source), so nothing unverified passes in front of it. One table:
 * replace-flows then works over plain OpenFlow 1.0, as the ovs exporter's users apply it.
 */
class OvsZoneFlows {
public:
    OvsZoneFlows(const Plan &plan, const EndpointResolver &resolver, const LinkFlows &links,
                 const ClusterFlows &cluster);

    /**
     * The zone flows of one VM NIC's port: @p inPort is its `in_port=…` match, @p macMatch its
     * `dl_src=…`, @p sources the ranges port security lets it send from. A VM without a zone,
     * or a plan with one zone, needs none.
     */
    QStringList portFlows(const Vm &vm, const QString &inPort, const QString &macMatch,
                          const QList<Cidr> &sources) const;

    /** OpenFlow matches a port range needs: tp_dst value/mask pairs, the range exactly. */
    static QStringList portMatches(const PortRange &range);

private:
    const Plan &mPlan;
    const EndpointResolver &mResolver;
    const ClusterFlows &mCluster;
    /** Every allowed link flow from the VM plane or Pod plane to a zoned VM endpoint. */
    QList<QPair<const Link *, AllowedFlow>> mLinked;
};

} // namespace Planar
