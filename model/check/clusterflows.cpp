#include "clusterflows.h"

#include <QRegularExpression>
#include <QSet>

namespace Planar {

namespace {

PortRange tcp(int low, int high = 0)
{
    return {low, high ? high : low, Protocol::TCP};
}

PortRange udp(int port)
{
    return {port, port, Protocol::UDP};
}

QString groupText(NodeGroup group)
{
    return group == NodeGroup::ControlPlane ? QStringLiteral("control-plane")
                                            : QStringLiteral("every node");
}

QString defaultEncapsulation(const QString &cni)
{
    if (cni == QLatin1String("calico")) return QStringLiteral("ipip");
    if (cni == QLatin1String("cilium") || cni == QLatin1String("flannel"))
        return QStringLiteral("vxlan");
    return QStringLiteral("none");
}

} // namespace

QString systemFlowLink(const QString &flowName)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    return QStringLiteral("system-") + flowName.toLower().replace(other, QStringLiteral("-"));
}

QString SystemFlow::portText() const
{
    return port ? port->toString() : QStringLiteral("IP protocol %1").arg(ipProtocol);
}

QString SystemFlow::groupsText() const
{
    if (from == to)
        return from == NodeGroup::ControlPlane ? QStringLiteral("control-plane ↔ control-plane")
                                               : QStringLiteral("node ↔ node");
    return groupText(from) + QStringLiteral(" → ") + groupText(to);
}

const QStringList &ClusterFlows::knownCnis()
{
    static const QStringList cnis{QStringLiteral("calico"), QStringLiteral("cilium"),
                                  QStringLiteral("flannel")};
    return cnis;
}

ClusterFlows::ClusterFlows(const Plan &plan, Nodes nodes) : mIndexed(nodes == Nodes::Indexed)
{
    // cni is free text; "Calico" is still Calico.
    mCni = plan.cluster.cni.trimmed();
    const QString cni = mCni.toLower();
    mCniKnown = knownCnis().contains(cni);
    mEncapsulation = plan.cluster.encapsulation.isEmpty() ? defaultEncapsulation(cni)
                                                          : plan.cluster.encapsulation;

    // Every VM of the plan is a node of its one cluster (plan-format.md: vms are nodes).
    QSet<QString> zones;
    QString lastZone; // neighbouring VMs mostly share a zone: one hash operation per change
    bool controlPlane = false;
    if (mIndexed) {
        mNodes.reserve(plan.vms.size());
        mNodeSet.reserve(plan.vms.size());
    }
    for (const Vm &vm : plan.vms) {
        if (vm.id.isEmpty()) continue;
        const bool inControlPlane = vm.role == QLatin1String("control-plane");
        if (mIndexed) {
            // One hash operation per VM: the set grows unless the id is a repeat.
            const qsizetype known = mNodeSet.size();
            mNodeSet.insert(vm.id);
            if (mNodeSet.size() == known) continue;
            mNodes.append(vm.id);
            if (inControlPlane) {
                mControlPlane.append(vm.id);
                mControlPlaneSet.insert(vm.id);
            }
        }
        controlPlane = controlPlane || inControlPlane; // a repeated id's VM is not counted
        if (!vm.zone.isEmpty() && vm.zone != lastZone) {
            zones.insert(vm.zone);
            lastZone = vm.zone;
        }
    }
    for (const Zone &z : plan.zones)
        if (zones.remove(z.id)) mZones.append(z.id);
    for (const Vm &vm : plan.vms) // zones the plan does not declare keep their first use
        if (zones.remove(vm.zone)) mZones.append(vm.zone);

    if (controlPlane) {
        const auto CP = NodeGroup::ControlPlane, All = NodeGroup::AllNodes;
        mFlows.append({QStringLiteral("API server"), All, CP, tcp(6443), 0,
                       QStringLiteral("kubelets, kube-proxy and the CNI reach the API server")});
        mFlows.append({QStringLiteral("kubelet"), CP, All, tcp(10250), 0,
                       QStringLiteral("the API server reaches each kubelet for logs, exec and "
                                      "metrics")});
        mFlows.append({QStringLiteral("etcd"), CP, CP, tcp(2379, 2380), 0,
                       QStringLiteral("the control-plane nodes keep etcd's quorum")});
    }
    if (!mCniKnown) return;

    const auto All = NodeGroup::AllNodes;
    if (cni == QLatin1String("calico")) {
        mFlows.append({QStringLiteral("calico BGP"), All, All, tcp(179), 0,
                       QStringLiteral("calico's BGP peers exchange the nodes' Pod routes")});
        mFlows.append({QStringLiteral("calico Typha"), All, All, tcp(5473), 0,
                       QStringLiteral("calico's Felix agents reach Typha for datastore updates")});
    } else if (cni == QLatin1String("cilium")) {
        mFlows.append({QStringLiteral("cilium health"), All, All, tcp(4240), 0,
                       QStringLiteral("cilium's agents probe each other's health")});
    }
    const QString why =
        QStringLiteral("Pod traffic between nodes travels %1-encapsulated (cluster.encapsulation)");
    if (mEncapsulation == QLatin1String("ipip")) {
        mFlows.append({QStringLiteral("IP-in-IP encapsulation"), All, All, std::nullopt, 4,
                       why.arg(QStringLiteral("IP-in-IP"))});
    } else if (mEncapsulation == QLatin1String("vxlan")) {
        const int port = cni == QLatin1String("calico") ? 4789 : 8472;
        mFlows.append({QStringLiteral("VXLAN encapsulation"), All, All, udp(port), 0,
                       why.arg(QStringLiteral("VXLAN"))});
    } else if (mEncapsulation == QLatin1String("wireguard")) {
        mFlows.append({QStringLiteral("WireGuard encapsulation"), All, All, udp(51820), 0,
                       why.arg(QStringLiteral("WireGuard"))});
    }
}

QList<SystemFlow> ClusterFlows::between(const QString &from, const QString &to) const
{
    QList<SystemFlow> out;
    if (from == to) return out;
    for (const SystemFlow &f : mFlows)
        if (isIn(from, f.from) && isIn(to, f.to)) out.append(f);
    return out;
}

std::optional<SystemFlow> ClusterFlows::admitting(const QString &from, const QString &to,
                                                  const PortRange &port) const
{
    for (const SystemFlow &f : between(from, to))
        if (f.port && f.port->protocol == port.protocol && f.port->low <= port.low &&
            port.high <= f.port->high)
            return f;
    return std::nullopt;
}

} // namespace Planar
