#pragma once

#include "exporter.h"

namespace Planar {

class EndpointResolver;
class PlanLookup;
struct AllowedFlow;
struct NftSystemFlows;

/**
 * The host plane's firewall (exports.md, seed section 4.1): one `HOSTID.nft` per host with
 * its own `table inet planar`, flushed and rebuilt on every `nft -f`, never touching others.
 */
class NftablesExporter : public Exporter {
public:
    QString id() const override { return QStringLiteral("nftables"); }
    QString description() const override;
    QStringList fileNames(const Plan &plan) const override;
    bool write(const Plan &plan, const ExportOptions &options, QList<ExportedFile> *files) override;

    /** The log prefixes of the counted drops; what operators grep the kernel log for. */
    static QString logPrefix(const QString &code);

private:
    bool checkNames(const Plan &plan);
    /** Each link with the flows the plan allows of it, computed once for all hosts. */
    using LinkedFlows = QList<QPair<const Link *, QList<AllowedFlow>>>;
    QByteArray ruleset(const Host &host, const PlanLookup &lookup, const EndpointResolver &resolver,
                       const LinkedFlows &links, const NftSystemFlows &system);
};

} // namespace Planar
