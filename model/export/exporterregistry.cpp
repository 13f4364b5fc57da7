#include "exporterregistry.h"

#include "calicoexporter.h"
#include "istioexporter.h"
#include "kubeadmexporter.h"
#include "libvirtexporter.h"
#include "networkpolicyexporter.h"
#include "nftablesexporter.h"
#include "ovsexporter.h"
#include "yamlexporter.h"

namespace Planar::ExporterRegistry {

namespace {

QList<QPair<QString, Factory>> &registered()
{
    static QList<QPair<QString, Factory>> factories;
    return factories;
}

} // namespace

QStringList ids()
{
    QStringList out{QStringLiteral("yaml"),          QStringLiteral("nftables"),
                    QStringLiteral("networkpolicy"), QStringLiteral("ovs"),
                    QStringLiteral("libvirt"),       QStringLiteral("kubeadm"),
                    QStringLiteral("calico"),        QStringLiteral("istio")};
    for (const auto &[id, factory] : registered())
        out << id;
    return out;
}

void registerExporter(const QString &id, Factory factory)
{
    if (ids().contains(id)) return;
    registered().append({id, std::move(factory)});
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
    if (id == QLatin1String("istio")) return std::make_unique<IstioExporter>();
    for (const auto &[known, factory] : registered())
        if (known == id) return factory();
    return nullptr;
}

} // namespace Planar::ExporterRegistry
