#include "exporterregistry.h"

#include "calicoexporter.h"
#include "kubeadmexporter.h"
#include "libvirtexporter.h"
#include "networkpolicyexporter.h"
#include "nftablesexporter.h"
#include "ovsexporter.h"
#include "yamlexporter.h"

namespace Planar::ExporterRegistry {

QStringList ids()
{
    return {QStringLiteral("yaml"),  QStringLiteral("nftables"), QStringLiteral("networkpolicy"),
            QStringLiteral("ovs"),   QStringLiteral("libvirt"),  QStringLiteral("kubeadm"),
            QStringLiteral("calico")};
}

std::unique_ptr<Exporter> create(const QString &id)
{
    if (id == QLatin1String("yaml")) return std::make_unique<YamlExporter>();
    if (id == QLatin1String("nftables")) return std::make_unique<NftablesExporter>();
    if (id == QLatin1String("networkpolicy")) return std::make_unique<NetworkPolicyExporter>();
    if (id == QLatin1String("ovs")) return std::make_unique<OvsExporter>();
    if (id == QLatin1String("libvirt")) return std::make_unique<LibvirtExporter>();
    if (id == QLatin1String("kubeadm")) return std::make_unique<KubeadmExporter>();
    if (id == QLatin1String("calico")) return std::make_unique<CalicoExporter>();
    return nullptr;
}

} // namespace Planar::ExporterRegistry
