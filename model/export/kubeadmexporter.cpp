#include "kubeadmexporter.h"

#include "exportsafety.h"
#include "net/cidr.h"

namespace Planar {

namespace {

const QString FileName = QStringLiteral("kubeadm-config.yaml");

/** The ranges of @p texts in canonical form, IPv4 first as kubeadm wants for dual-stack. */
QList<Cidr> ranges(const QStringList &texts)
{
    QList<Cidr> v4, v6;
    for (const QString &t : texts)
        if (const auto c = Cidr::parse(t)) (c->family() == IpFamily::V4 ? v4 : v6).append(*c);
    return v4 + v6;
}

QString joined(const QList<Cidr> &list)
{
    QStringList out;
    for (const Cidr &c : list)
        out.append(c.toString());
    return out.join(QLatin1Char(','));
}

} // namespace

QString KubeadmExporter::description() const
{
    return QStringLiteral("kubeadm-config.yaml: ClusterConfiguration (Pod and Service ranges, "
                          "node mask) for kubeadm init --config");
}

QStringList KubeadmExporter::fileNames(const Plan &) const
{
    return {FileName};
}

bool KubeadmExporter::write(const Plan &plan, const ExportOptions &, QList<ExportedFile> *files)
{
    resetMessages();
    const Cluster &cluster = plan.cluster;
    if (!cluster.name.isEmpty() && !ExportSafety::isDnsLabel(cluster.name))
        addError(QStringLiteral("cluster.name %1: not a DNS label")
                     .arg(ExportSafety::shown(cluster.name)));
    for (const QString &s : cluster.podSubnets)
        if (!Cidr::parse(s))
            addError(QStringLiteral("cluster.podSubnet %1: not a CIDR block")
                         .arg(ExportSafety::shown(s)));
    for (const QString &s : cluster.serviceSubnets)
        if (!Cidr::parse(s))
            addError(QStringLiteral("cluster.serviceSubnet %1: not a CIDR block")
                         .arg(ExportSafety::shown(s)));
    const QList<Cidr> pods = ranges(cluster.podSubnets);
    const QList<Cidr> services = ranges(cluster.serviceSubnets);
    if (errors().isEmpty() && pods.isEmpty())
        addError(QStringLiteral("cluster.podSubnet: missing; kubeadm needs it to give each node "
                                "its Pod subnet"));
    if (!errors().isEmpty()) return false;

    QString text = QStringLiteral("# Apply with: kubeadm init --config %1\n").arg(FileName);
    text += QStringLiteral("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n");
    if (!cluster.name.isEmpty()) text += QStringLiteral("clusterName: %1\n").arg(cluster.name);
    text += QStringLiteral("networking:\n  podSubnet: \"%1\"\n").arg(joined(pods));
    if (!services.isEmpty())
        text += QStringLiteral("  serviceSubnet: \"%1\"\n").arg(joined(services));
    else
        addWarning(QStringLiteral("the plan has no cluster.serviceSubnet: kubeadm uses its "
                                  "default 10.96.0.0/12"));
    // The plan has no DNS domain of its own; kubeadm's default is written so that it is visible.
    text += QStringLiteral("  dnsDomain: cluster.local\n");
    text += QStringLiteral("controllerManager:\n  extraArgs:\n");
    const bool v4 = pods.first().family() == IpFamily::V4;
    const int mask = cluster.effectiveNodeMaskSize();
    // nodeMaskSize is the IPv4 node prefix (plan-format.md); IPv6 nodes get a /64, as the
    // validator assumes.
    if (pods.size() > 1)
        text += QStringLiteral("    node-cidr-mask-size-ipv4: \"%1\"\n"
                               "    node-cidr-mask-size-ipv6: \"64\"\n")
                    .arg(mask);
    else
        text += QStringLiteral("    node-cidr-mask-size: \"%1\"\n").arg(v4 ? mask : 64);
    files->append({FileName, text.toUtf8()});
    return true;
}

} // namespace Planar
