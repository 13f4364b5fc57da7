#pragma once

#include <yaml-cpp/mark.h>

#include <QByteArray>

#include <optional>

namespace Planar {

/** Where and how a YAML text's aliases would expand it past what a plan may hold. */
struct AliasOverrun {
    YAML::Mark mark; // the alias that crossed the limit
    qint64 limit = 0;
};

/**
 * yaml-cpp shares an aliased node instead of copying it, so a "billion laughs" text loads
 * in microseconds and then makes every walk over it take exponential time. This counts, from
 * the parser's events and before anything walks the tree, how many nodes the aliases add
 * when expanded; past @p limit the text is refused at the alias that crossed it.
 */
std::optional<AliasOverrun> checkAliasExpansion(const QByteArray &yaml, qint64 limit);

/** The most nodes the aliases of one plan may add; generous for anchors reused by hand. */
constexpr qint64 kAliasExpansionLimit = 100000;

} // namespace Planar
