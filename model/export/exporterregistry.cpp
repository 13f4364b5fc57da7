#include "exporterregistry.h"

#include "networkpolicyexporter.h"
#include "nftablesexporter.h"
#include "yamlexporter.h"

namespace Planar::ExporterRegistry {

QStringList ids()
{
    return {QStringLiteral("yaml"), QStringLiteral("nftables"), QStringLiteral("networkpolicy")};
}

std::unique_ptr<Exporter> create(const QString &id)
{
    if (id == QLatin1String("yaml")) return std::make_unique<YamlExporter>();
    if (id == QLatin1String("nftables")) return std::make_unique<NftablesExporter>();
    if (id == QLatin1String("networkpolicy")) return std::make_unique<NetworkPolicyExporter>();
    return nullptr;
}

} // namespace Planar::ExporterRegistry
