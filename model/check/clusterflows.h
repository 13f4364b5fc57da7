#pragma once

#include "plan/plan.h"
#include "plan/portrange.h"

#include <QSet>

#include <optional>

namespace Planar {

/** Which nodes of the cluster one end of a system flow stands for. */
enum class NodeGroup { AllNodes, ControlPlane };

/** One row of rules.md's "Cluster system flows": a port (or IP protocol) between node groups. */
struct SystemFlow {
    /** How users and artifacts name it: "API server", "calico BGP", "IP-in-IP encapsulation". */
    QString name;
    NodeGroup from = NodeGroup::AllNodes;
    NodeGroup to = NodeGroup::AllNodes;
    /** The port it uses; nullopt when it is an IP protocol of its own (ipProtocol). */
    std::optional<PortRange> port;
    /** IP protocol number when @c port is empty (4: IP-in-IP). */
    int ipProtocol = 0;
    /** One sentence: why the cluster cannot work without it. */
    QString why;

    /** "6443/TCP" or "IP protocol 4". */
    QString portText() const;
    /** "every node → control-plane", "node ↔ node". */
    QString groupsText() const;

    friend bool operator==(const SystemFlow &, const SystemFlow &) = default;
};

/** How the report and the artifacts name a system flow's row: "system-calico-bgp". */
QString systemFlowLink(const QString &flowName);

/**
 * The traffic a Kubernetes cluster needs between its own nodes, derived from the plan
 * (`cluster.cni`, `cluster.encapsulation`, the VMs' `control-plane` role) and never drawn.
 * The validator, `explain`, every exporter, the report and the editor ask this one class,
 * as they ask LinkJudge for links, so they never disagree about what the cluster needs.
 */
class ClusterFlows {
public:
    /** What a ClusterFlows knows of the nodes. */
    enum class Nodes {
        Indexed, ///< everything, membership (isIn, between, admitting) included
        /** The flows, zones and CNI only, for a plan whose ids are known to be unique (the
         *  validator's lookup says so): no list or set of 50,000 ids is built that nobody
         *  asks; nodes() is not asked. */
        NotIndexed,
    };
    explicit ClusterFlows(const Plan &plan, Nodes nodes = Nodes::Indexed);

    /** The CNIs whose ports Planar knows: calico, cilium, flannel. */
    static const QStringList &knownCnis();

    /** cluster.cni as written; empty when the plan names none. */
    QString cni() const { return mCni; }
    /** False for a CNI Planar does not know; its routing and encapsulation ports are unknown. */
    bool cniKnown() const { return mCniKnown; }
    /** cluster.encapsulation, or the CNI's default (ipip for calico, vxlan for cilium and
     *  flannel, none otherwise). */
    QString encapsulation() const { return mEncapsulation; }

    /** Every system flow of the plan, in rules.md's table order. */
    const QList<SystemFlow> &flows() const { return mFlows; }
    /** The VM ids a group stands for, in plan order. */
    QStringList nodes(NodeGroup group) const
    {
        Q_ASSERT(mIndexed);
        return group == NodeGroup::ControlPlane ? mControlPlane : mNodes;
    }
    /** Whether @p vmId is a node of the cluster in @p group. */
    bool isIn(const QString &vmId, NodeGroup group) const
    {
        Q_ASSERT(mIndexed);
        return (group == NodeGroup::ControlPlane ? mControlPlaneSet : mNodeSet).contains(vmId);
    }

    /** The system flows from VM @p from to VM @p to (none between a node and itself). */
    QList<SystemFlow> between(const QString &from, const QString &to) const;
    /** The system flow that admits @p port from VM @p from to VM @p to, if any. */
    std::optional<SystemFlow> admitting(const QString &from, const QString &to,
                                        const PortRange &port) const;

    /** The zones the cluster's nodes sit in, in the plan's zone order (then first use). */
    QStringList zones() const { return mZones; }

private:
    QString mCni;
    bool mCniKnown = false;
    bool mIndexed = true;
    QString mEncapsulation;
    QStringList mNodes;
    QStringList mControlPlane;
    // The same ids as sets: a 50,000-node plan asks membership per VM and per link.
    QSet<QString> mNodeSet;
    QSet<QString> mControlPlaneSet;
    QStringList mZones;
    QList<SystemFlow> mFlows;
};

} // namespace Planar
