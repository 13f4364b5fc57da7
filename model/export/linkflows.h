#pragma once

#include "check/linkjudge.h"
#include "endpointresolver.h"

namespace Planar {

/** One concrete flow of a link that the plan allows, between two expanded endpoints. */
struct AllowedFlow {
    Endpoint from;
    Endpoint to;
    /** Forbidden by the matrix, let through by the link's live exception. */
    bool byException = false;
};

/**
 * The flows of each link that the plane matrix (with overrides, zones, exceptions) allows,
 * decided by LinkJudge pair by pair, so that exporters and the validator never disagree.
 * Flows the judge denies are left out: with --force an artifact still never opens them.
 */
class LinkFlows {
public:
    LinkFlows(const Plan &plan, const PlanLookup &lookup, const EndpointResolver &resolver,
              const QDate &today);

    QList<AllowedFlow> allowed(const Link &link) const;

    /** How artifacts name a link: its id, or "FROM-to-TO". */
    static QString linkName(const Link &link);

private:
    const EndpointResolver &mResolver;
    LinkJudge mJudge;
};

} // namespace Planar
