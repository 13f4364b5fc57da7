// Rule family: the cluster's own traffic (rules.md, "Cluster system flows").
#include "clusterflows.h"
#include "validationcontext.h"

#include <QRegularExpression>

namespace Planar {

namespace {

/** cni is free text that reaches the CLI, the editor and the report: plain names only. */
QString shownCni(const QString &cni)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]{1,40}$"));
    return plain.match(cni).hasMatch() ? QStringLiteral("'%1'").arg(cni)
                                       : QStringLiteral("(a value that is no plain name)");
}

QString portsOf(const ClusterFlows &flows)
{
    QStringList ports;
    for (const SystemFlow &f : flows.flows())
        if (!ports.contains(f.portText())) ports.append(f.portText());
    return ports.isEmpty() ? QStringLiteral("none Planar can derive from this plan")
                           : ports.join(QStringLiteral(", "));
}

} // namespace

void checkClusterFlows(ValidationContext &context)
{
    const Plan &plan = context.plan();
    // The node index only tells repeated VM ids apart; without repeated ids it is not needed.
    const ClusterFlows flows(plan, context.lookup().repeatedDeclarations().isEmpty()
                                       ? ClusterFlows::Nodes::NotIndexed
                                       : ClusterFlows::Nodes::Indexed);
    if (!flows.cni().isEmpty() && !flows.cniKnown())
        context.add(
            "unknown-cni", Severity::Info, {ClusterSubject},
            QStringLiteral("cluster.cni %1 is not a CNI whose ports Planar knows (%2): "
                           "only the API server, kubelet and etcd flows between nodes "
                           "are derived; its routing and encapsulation ports are not "
                           "opened across zones")
                .arg(shownCni(flows.cni()), ClusterFlows::knownCnis().join(QStringLiteral(", "))));

    const QStringList zones = flows.zones();
    if (zones.size() < 2) return;
    QStringList cde;
    for (const QString &z : zones)
        if (const Zone *zone = context.lookup().zone(z); zone && zone->cde.value_or(false))
            cde.append(z);
    QString message = QStringLiteral("the cluster's nodes sit in zones %1, so its system flows "
                                     "(%2) cross the zone boundary; the exports admit exactly "
                                     "these between its nodes")
                          .arg(zones.join(QStringLiteral(", ")), portsOf(flows));
    if (!cde.isEmpty())
        message += QStringLiteral("; for PCI DSS every zone of the cluster is connected to the "
                                  "CDE zone %1")
                       .arg(cde.join(QStringLiteral(", ")));
    context.add("cluster-spans-zones", Severity::Info, zones, message);
}

} // namespace Planar
