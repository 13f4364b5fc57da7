#pragma once

#include "exporter.h"

namespace Planar {

class EndpointResolver;
class LinkFlows;

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
    QByteArray ruleset(const Plan &plan, const Host &host, const EndpointResolver &resolver,
                       const LinkFlows &flows);
};

} // namespace Planar
