#pragma once

#include "changedrun.h"
#include "plan/plan.h"

#include <QSet>

namespace Planar {

/**
 * What LinkJudge reads of a plan, kept by the editor between two runs: the plan-wide policy,
 * adminNetworks, networks and zones; of each host, VM and workload its id, zone and exposure;
 * and the links themselves. Its own copy of the large lists, so that holding it never makes
 * the document copy its lists on the next edit.
 */
struct LinkJudgeInputs {
    struct End {
        QString id;
        QString zone;
        std::optional<Expose> expose; // workloads only

        friend bool operator==(const End &, const End &) = default;
    };

    QList<PolicyRule> policy;
    QStringList adminNetworks;
    QList<Network> networks;
    QList<Zone> zones;
    QList<End> hosts, vms, workloads;
    QList<Link> links;
    QStringList linkKeys; // parallel to links: how the caller tells its links apart

    static LinkJudgeInputs of(const Plan &plan, const QStringList &linkKeys);
};

/**
 * Which links' verdicts an edit may have changed, so that the editor judges only those again
 * on a large plan. A zone end stands for the entities in that zone.
 */
struct LinkJudgeDiff {
    /** A plan-wide input changed: every link is to be judged again. */
    bool everything = false;
    /** Else: the ids whose links are to be judged again — every host, VM and workload added,
     *  removed or changed in what the judge reads, and the zones they were or are in. */
    QSet<QString> ends;
    /** Else: the links an edit added, removed or changed — before.links[from, size - tail)
     *  became after.links[from, size - tail); the links outside that run are the same. */
    qsizetype from = 0;
    qsizetype tail = 0;

    /** Link @p i of the later inputs is to be judged again. */
    bool judgeAgain(const LinkJudgeInputs &after, qsizetype i) const;

    static LinkJudgeDiff between(const LinkJudgeInputs &before, const LinkJudgeInputs &after);
};

} // namespace Planar
