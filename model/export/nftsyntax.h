#pragma once

#include "net/cidr.h"
#include "plan/portrange.h"

#include <QStringList>

namespace Planar {

/**
 * nft text for the pieces the nftables exporter assembles. Everything here is built from
 * parsed values (canonical CIDRs, port numbers) or from names the exporter checked before,
 * so no plan text reaches a ruleset unchecked.
 */
namespace NftSyntax {

/** "ip" or "ip6": the payload keyword of an address family. */
QString family(IpFamily family);
/** "v4" or "v6": the suffix of set names. */
QString familySuffix(IpFamily family);

/**
 * `ip saddr 10.0.0.0/8`, `ip saddr { a, b }`, or `meta nfproto ipv4` when a range is the
 * whole family (0.0.0.0/0). @p direction is "saddr" or "daddr"; @p ranges are of one family.
 */
QString addressMatch(IpFamily family, const QString &direction, const QList<Cidr> &ranges);

/**
 * One match per protocol (`tcp dport 22`, `udp dport { 53, 8000-8100 }`), ranges merged so an
 * anonymous set never holds overlapping intervals; one empty match when @p ports is empty
 * (all ports).
 */
QStringList portMatches(const QList<PortRange> &ports);

/** A named interval set of @p ranges, indented for a table body. */
QString setDeclaration(const QString &name, IpFamily family, const QList<Cidr> &ranges);

/** ` comment "TEXT"` with TEXT made safe by ExportSafety::commentText (nft allows 128 bytes). */
QString comment(const QString &text);

} // namespace NftSyntax

} // namespace Planar
