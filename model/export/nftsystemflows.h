#pragma once

#include "check/clusterflows.h"

#include <QStringList>

namespace Planar {

class EndpointResolver;

/**
 * The nftables side of the cluster system flows: named sets of the cluster's node addresses
 * and one accept per system flow between them, for the forward chain ahead of its cross-zone
 * drops. Built from ClusterFlows, so the ruleset admits exactly what `explain` calls a
 * cluster system flow, and nothing else across zones.
 */
struct NftSystemFlows {
    /** Set declarations (cluster_nodes_v4, cluster_control_plane_v4 …), indented for a table. */
    QString sets;
    /** One accept rule per system flow and address family, commented with the flow's name. */
    QStringList rules;

    static NftSystemFlows build(const ClusterFlows &flows, const EndpointResolver &resolver);
    /** The comment of a flow's rule; `explain` says the same words. */
    static QString ruleName(const SystemFlow &flow);
};

} // namespace Planar
