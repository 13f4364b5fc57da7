#pragma once

#include "idsbyaddress.h"
#include "idsbytext.h"
#include "plan.h"

#include <QHash>

namespace Planar {

/** What an id names. Ids share one namespace across these kinds (plan-format.md). */
enum class EntityKind { None, Zone, Network, Host, Vm, Workload };

QString entityKindName(EntityKind kind);

/**
 * Finds plan entities by id in O(1). Built from a plan and valid while that plan is unchanged;
 * when an id is declared twice, the first declaration wins (the validator reports the rest).
 */
class PlanLookup {
public:
    struct Ref {
        EntityKind kind = EntityKind::None;
        qsizetype index = -1;
    };

    explicit PlanLookup(const Plan &plan);

    Ref find(const QString &id) const
    {
        // Most references share their declaration's string (IdsByAddress): no hash of text.
        if (const quint32 *packed = mIdsByAddress.find(id)) return unpack(*packed);
        const qsizetype at = mIdsByText.find(id, mDeclaredIds);
        return at < 0 ? Ref() : mDeclaredRefs[at];
    }
    EntityKind kindOf(const QString &id) const { return find(id).kind; }

    const Zone *zone(const QString &id) const;
    const Network *network(const QString &id) const;
    const Host *host(const QString &id) const;
    const Vm *vm(const QString &id) const;
    const Workload *workload(const QString &id) const;

    /** The VMs that run on @p hostId, in plan order. */
    QList<qsizetype> vmsOfHost(const QString &hostId) const;
    /** The entities whose id an earlier one declared (the first wins), in plan order; the
     *  validator's duplicate-id needs no look-up of its own. Empty ids are not listed. */
    const QList<Ref> &repeatedDeclarations() const { return mRepeated; }
    /** The id of the entity @p ref points at (a repeated declaration included). */
    const QString &idOf(Ref ref) const;
    /**
     * Calls @p visit(id, kind, index) for every declared entity in declaration order —
     * zones, networks, hosts, VMs, workloads — the order in which the first declaration wins.
     */
    template <typename Visit> static void forEachDeclaration(const Plan &plan, Visit visit)
    {
        for (qsizetype i = 0; i < plan.zones.size(); ++i)
            visit(plan.zones[i].id, EntityKind::Zone, i);
        for (qsizetype i = 0; i < plan.networks.size(); ++i)
            visit(plan.networks[i].id, EntityKind::Network, i);
        for (qsizetype i = 0; i < plan.hosts.size(); ++i)
            visit(plan.hosts[i].id, EntityKind::Host, i);
        for (qsizetype i = 0; i < plan.vms.size(); ++i)
            visit(plan.vms[i].id, EntityKind::Vm, i);
        for (qsizetype i = 0; i < plan.workloads.size(); ++i)
            visit(plan.workloads[i].id, EntityKind::Workload, i);
    }
    /** What VM @p vmIndex's host field names, looked up once when the lookup was built. */
    Ref hostOfVm(qsizetype vmIndex) const { return mVmHosts[vmIndex]; }

    const Plan &plan() const { return *mPlan; }
    /**
     * This lookup for @p plan, a later state of the plan it was built from in which every id
     * is declared at the same place and every VM names the same host (an edit of addresses or
     * links only): no id is hashed again.
     */
    PlanLookup rebasedOn(const Plan &plan) const;

private:
    // A Ref in 32 bits for IdsByAddress: the kind in the top three, the index below.
    static constexpr int kIndexBits = 29;
    static quint32 pack(Ref ref) { return quint32(ref.kind) << kIndexBits | quint32(ref.index); }
    static Ref unpack(quint32 packed)
    {
        return {EntityKind(packed >> kIndexBits),
                qsizetype(packed & ((quint32(1) << kIndexBits) - 1))};
    }
    /** Fills mIdsByAddress from the plan's first declarations, whose strings mDeclaredIds
     *  holds: none of its addresses can be freed or written while this lookup or a copy lives. */
    void indexAddresses();

    template <typename T>
    const T *get(const QString &id, EntityKind kind, const QList<T> &list) const;

    const Plan *mPlan;
    // Every declaration's id and what it names, in declaration order. The list holds the ids'
    // strings, so that no address IdsByAddress keeps can be freed or written meanwhile.
    QList<QString> mDeclaredIds;
    QList<Ref> mDeclaredRefs;
    IdsByText mIdsByText;       // positions in those lists, the first of equal ids
    IdsByAddress mIdsByAddress; // the same first declarations, by the address of their text
    QList<Ref> mRepeated;
    QList<Ref> mVmHosts; // by VM index
    // The VMs of host i are mVmsByHost[mVmsByHostStart[i] .. mVmsByHostStart[i + 1]): one list
    // for all hosts. VMs whose host names no host (unknown, empty) are kept by that name.
    QList<qsizetype> mVmsByHost;
    QList<qsizetype> mVmsByHostStart;
    QHash<QString, QList<qsizetype>> mVmsOfNoHost;
};

} // namespace Planar
