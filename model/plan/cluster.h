#pragma once

#include "extrakeys.h"

#include <QStringList>

#include <optional>

namespace Planar {

/** Cluster-wide settings: the Pod and Service ranges and per-node sizing. */
struct Cluster {
    QString name;
    QStringList podSubnets;     // cluster Pod range (Pod 网段); two entries for dual-stack
    QStringList serviceSubnets; // ClusterIP range
    std::optional<int> nodeMaskSize;
    std::optional<int> maxPodsPerNode;
    QString cni;
    QString encapsulation; // none | ipip | vxlan | wireguard; empty: the CNI's default
    QString dnsNamespace;
    ExtraKeys extra;

    bool isEmpty() const { return *this == Cluster(); }

    /** Kubernetes' own defaults where the plan is silent (kube-controller-manager, kubelet). */
    int effectiveNodeMaskSize() const { return nodeMaskSize.value_or(24); }
    int effectiveMaxPodsPerNode() const { return maxPodsPerNode.value_or(110); }
    QString effectiveDnsNamespace() const
    {
        return dnsNamespace.isEmpty() ? QStringLiteral("kube-system") : dnsNamespace;
    }

    friend bool operator==(const Cluster &, const Cluster &) = default;
};

/** The values of `cluster.encapsulation`, as plan-format.md spells them. */
inline const QStringList &clusterEncapsulations()
{
    static const QStringList values{QStringLiteral("none"), QStringLiteral("ipip"),
                                    QStringLiteral("vxlan"), QStringLiteral("wireguard")};
    return values;
}

} // namespace Planar
