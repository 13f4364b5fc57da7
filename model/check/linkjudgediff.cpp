#include "linkjudgediff.h"

namespace Planar {

namespace {

template <typename T>
QList<LinkJudgeInputs::End> endsOf(const QList<T> &list)
{
    QList<LinkJudgeInputs::End> ends;
    ends.reserve(list.size());
    for (const T &e : list) {
        if constexpr (std::is_same_v<T, Workload>)
            ends.append({e.id, e.zone, e.expose});
        else
            ends.append({e.id, e.zone, std::nullopt});
    }
    return ends;
}

/** Notes the ids and zones of the ends that differ between @p before and @p after. */
void noteChanged(const QList<LinkJudgeInputs::End> &before,
                 const QList<LinkJudgeInputs::End> &after, QSet<QString> &ids,
                 QSet<QString> &zones)
{
    const ChangedRun run = ChangedRun::of(before.size(), after.size(), [&](qsizetype i,
                                                                           qsizetype j) {
        return before[i] == after[j];
    });
    auto note = [&](const QList<LinkJudgeInputs::End> &list, qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            ids.insert(list[i].id);
            if (!list[i].zone.isEmpty()) zones.insert(list[i].zone); // a zone end's members
        }
    };
    note(before, run.from, before.size() - run.tail);
    note(after, run.from, after.size() - run.tail);
}

/** Notes the zones of the entities in @p list whose id is among @p ids. */
template <typename T>
void noteZonesOf(const QList<T> &list, const QSet<QString> &ids, QSet<QString> &zones)
{
    for (const T &e : list)
        if (!e.zone.isEmpty() && ids.contains(e.id)) zones.insert(e.zone);
}

} // namespace

LinkJudgeInputs LinkJudgeInputs::of(const Plan &plan, const QStringList &linkKeys)
{
    LinkJudgeInputs inputs;
    // Few and small: shared with the plan, an edit there copies little.
    inputs.policy = plan.policy;
    inputs.adminNetworks = plan.adminNetworks;
    inputs.networks = plan.networks;
    inputs.zones = plan.zones;
    inputs.hosts = endsOf(plan.hosts);
    inputs.vms = endsOf(plan.vms);
    inputs.workloads = endsOf(plan.workloads);
    inputs.links = plan.links;
    inputs.links.detach();
    inputs.linkKeys = linkKeys;
    inputs.linkKeys.detach();
    return inputs;
}

bool LinkJudgeDiff::judgeAgain(const LinkJudgeInputs &after, qsizetype i) const
{
    if (everything || (i >= from && i < after.links.size() - tail)) return true;
    const Link &link = after.links[i];
    return !ends.isEmpty() && (ends.contains(link.from) || ends.contains(link.to));
}

LinkJudgeDiff LinkJudgeDiff::between(const LinkJudgeInputs &before, const LinkJudgeInputs &after)
{
    LinkJudgeDiff diff;
    // Read for every flow: any change there is judged everywhere again.
    if (before.policy != after.policy || before.adminNetworks != after.adminNetworks ||
        before.networks != after.networks || before.zones != after.zones ||
        before.links.size() != before.linkKeys.size() ||
        after.links.size() != after.linkKeys.size()) {
        diff.everything = true;
        return diff;
    }
    QSet<QString> ids, zones;
    noteChanged(before.hosts, after.hosts, ids, zones);
    noteChanged(before.vms, after.vms, ids, zones);
    noteChanged(before.workloads, after.workloads, ids, zones);
    if (!ids.isEmpty()) {
        // A zone stands for its members by id, and an id names the first entity declared
        // with it: an entity added, removed or renamed can change what a member id of
        // another kind names (a host added under a VM's id makes that VM's zone reach a
        // host). The zones of every entity sharing a changed id are judged again too.
        noteZonesOf(after.networks, ids, zones);
        noteZonesOf(after.hosts, ids, zones);
        noteZonesOf(after.vms, ids, zones);
        noteZonesOf(after.workloads, ids, zones);
    }
    diff.ends = ids + zones;
    const ChangedRun links = ChangedRun::of(
        before.links.size(), after.links.size(), [&](qsizetype i, qsizetype j) {
            return before.linkKeys[i] == after.linkKeys[j] && before.links[i] == after.links[j];
        });
    diff.from = links.from;
    diff.tail = links.tail;
    return diff;
}

} // namespace Planar
