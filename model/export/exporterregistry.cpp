#include "exporterregistry.h"

#include "networkpolicyexporter.h"
#include "nftablesexporter.h"
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
    QStringList out{QStringLiteral("yaml"), QStringLiteral("nftables"),
                    QStringLiteral("networkpolicy")};
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
    for (const auto &[known, factory] : registered())
        if (known == id) return factory();
    return nullptr;
}

} // namespace Planar::ExporterRegistry
