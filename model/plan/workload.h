#pragma once

#include "extrakeys.h"
#include "portrange.h"

#include <QPair>
#include <QStringList>

#include <optional>

namespace Planar {

struct WorkloadPort {
    QString name;
    int port = 0;
    std::optional<Protocol> protocol; // absent means TCP
    ExtraKeys extra;

    Protocol effectiveProtocol() const { return protocol.value_or(Protocol::TCP); }
    friend bool operator==(const WorkloadPort &, const WorkloadPort &) = default;
};

/** How a workload is reached from outside the cluster. */
struct Expose {
    QString type; // clusterip | nodeport | ingress | loadbalancer
    std::optional<int> port;
    ExtraKeys extra;

    /** nodeport, ingress and loadbalancer open a workload to external networks. */
    bool isExternal() const
    {
        return type == QLatin1String("nodeport") || type == QLatin1String("ingress") ||
               type == QLatin1String("loadbalancer");
    }
    friend bool operator==(const Expose &, const Expose &) = default;
};

inline const QStringList &exposeTypes()
{
    static const QStringList types{QStringLiteral("clusterip"), QStringLiteral("nodeport"),
                                   QStringLiteral("ingress"), QStringLiteral("loadbalancer")};
    return types;
}

using Labels = QList<QPair<QString, QString>>;

/** A group of Pods (a Deployment, StatefulSet …) in one namespace. */
struct Workload {
    QString id;
    QString ns; // the plan's `namespace`
    Labels labels;
    QString zone;
    QStringList nodes;
    QList<WorkloadPort> ports;
    std::optional<Expose> expose;
    QString serviceAccount;   // empty: the workload id (plan-format.md)
    std::optional<bool> mesh; // absent: in the Istio mesh
    ExtraKeys extra;

    QString effectiveNamespace() const { return ns.isEmpty() ? QStringLiteral("default") : ns; }
    /** The Kubernetes service account its Pods run as: the istio exporter's principal. */
    QString effectiveServiceAccount() const
    {
        return serviceAccount.isEmpty() ? id : serviceAccount;
    }
    bool inMesh() const { return mesh.value_or(true); }
    friend bool operator==(const Workload &, const Workload &) = default;
};

} // namespace Planar
