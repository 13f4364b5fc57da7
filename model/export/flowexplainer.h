#pragma once

#include "check/clusterflows.h"
#include "check/linkjudge.h"
#include "enforcingartifacts.h"

#include <optional>

namespace Planar {

/** The answer to "may FROM reach TO (on PORT)?": the verdict and the lines that say why. */
struct FlowExplanation {
    bool allowed = false;
    /** "web -> db on 3306/TCP" */
    QString flow;
    /** One reason a line: the deciding link and its verdicts, or why nothing allows it. */
    QStringList reasons;
    /** For an allowed flow, the artifacts that enforce its link (EnforcingArtifacts). */
    QStringList enforcedBy;
};

/**
 * Explains one flow between two plan ids the way `planar-cli explain` prints it: which link
 * covers it (a zone or network endpoint covers its members), and which plane-matrix cell,
 * override or exception the LinkJudge says decided. A port the cluster needs between two of
 * its nodes is a cluster system flow (ClusterFlows), allowed whatever the zones. Everything
 * else not linked is denied.
 */
class FlowExplainer {
public:
    FlowExplainer(const Plan &plan, const QDate &today);

    /** @p from and @p to must be ids of the plan; without @p port, "all ports" is asked. */
    FlowExplanation explain(const QString &from, const QString &to,
                            const std::optional<PortRange> &port) const;

    /** Whether link endpoint @p end stands for @p id: the same id, its zone, or its network. */
    bool covers(const QString &end, const QString &id) const;

    const PlanLookup &lookup() const { return mLookup; }

private:
    const Plan &mPlan;
    QDate mToday;
    PlanLookup mLookup;
    LinkJudge mJudge;
    ClusterFlows mClusterFlows;
    // Running the exporters costs more than judging: only an allowed flow asks, once.
    mutable std::optional<EnforcingArtifacts> mArtifacts;
};

} // namespace Planar
