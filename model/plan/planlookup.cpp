#include "planlookup.h"

namespace Planar {

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Zone:
        return QStringLiteral("zone");
    case EntityKind::Network:
        return QStringLiteral("network");
    case EntityKind::Host:
        return QStringLiteral("host");
    case EntityKind::Vm:
        return QStringLiteral("VM");
    case EntityKind::Workload:
        return QStringLiteral("workload");
    case EntityKind::None:
        break;
    }
    return QStringLiteral("nothing");
}

PlanLookup::PlanLookup(const Plan &plan) : mPlan(&plan)
{
    const qsizetype count = plan.zones.size() + plan.networks.size() + plan.hosts.size() +
                            plan.vms.size() + plan.workloads.size();
    mDeclaredIds.reserve(count);
    mDeclaredRefs.reserve(count);
    forEachDeclaration(plan, [this](const QString &id, EntityKind kind, qsizetype index) {
        mDeclaredIds.append(id);
        mDeclaredRefs.append({kind, index});
    });
    // The first declaration of an id wins; the later ones, in declaration order, are repeats.
    for (const qsizetype at : mIdsByText.build(mDeclaredIds))
        if (!mDeclaredIds[at].isEmpty()) mRepeated.append(mDeclaredRefs[at]);
    indexAddresses();

    // VMs by host index, counted then placed: no list and no hash insert per VM.
    mVmHosts.reserve(plan.vms.size());
    mVmsByHostStart.fill(0, plan.hosts.size() + 1);
    for (qsizetype i = 0; i < plan.vms.size(); ++i) {
        const Ref host = find(plan.vms[i].host);
        mVmHosts.append(host);
        if (host.kind == EntityKind::Host)
            ++mVmsByHostStart[host.index + 1];
        else
            mVmsOfNoHost[plan.vms[i].host].append(i);
    }
    for (qsizetype h = 0; h < plan.hosts.size(); ++h)
        mVmsByHostStart[h + 1] += mVmsByHostStart[h];
    mVmsByHost.resize(mVmsByHostStart.back());
    QList<qsizetype> next = mVmsByHostStart;
    for (qsizetype i = 0; i < plan.vms.size(); ++i)
        if (mVmHosts[i].kind == EntityKind::Host) mVmsByHost[next[mVmHosts[i].index]++] = i;
}

void PlanLookup::indexAddresses()
{
    const Plan &plan = *mPlan;
    mIdsByAddress.reserve(plan.zones.size() + plan.networks.size() + plan.hosts.size() +
                          plan.vms.size() + plan.workloads.size());
    // mRepeated lists the later declarations in declaration order: skipped as they come, so
    // that an id found by address names what it names by text, its first declaration.
    qsizetype nextRepeat = 0;
    forEachDeclaration(plan, [&](const QString &id, EntityKind kind, qsizetype index) {
        if (nextRepeat < mRepeated.size() && mRepeated[nextRepeat].kind == kind &&
            mRepeated[nextRepeat].index == index) {
            ++nextRepeat;
            return;
        }
        // An index that does not fit beside the kind is left to the look-up by text.
        if (quint64(index) < (quint64(1) << kIndexBits))
            mIdsByAddress.insert(id, pack({kind, index}));
    });
}

PlanLookup PlanLookup::rebasedOn(const Plan &plan) const
{
    // The addresses stay: mDeclaredIds holds their strings, so each still holds the same id,
    // declared at the same place in @p plan. The later state's strings mostly are those (a plan's
    // copy shares them); an id in a string of its own is found by text.
    PlanLookup copy(*this);
    copy.mPlan = &plan;
    return copy;
}

QList<qsizetype> PlanLookup::vmsOfHost(const QString &hostId) const
{
    // A repeated host id is the first host's: every VM naming it was placed there.
    const Ref host = find(hostId);
    if (host.kind != EntityKind::Host) return mVmsOfNoHost.value(hostId);
    const qsizetype from = mVmsByHostStart[host.index], to = mVmsByHostStart[host.index + 1];
    return QList<qsizetype>(mVmsByHost.cbegin() + from, mVmsByHost.cbegin() + to);
}

const QString &PlanLookup::idOf(Ref ref) const
{
    switch (ref.kind) {
    case EntityKind::Zone:
        return mPlan->zones[ref.index].id;
    case EntityKind::Network:
        return mPlan->networks[ref.index].id;
    case EntityKind::Host:
        return mPlan->hosts[ref.index].id;
    case EntityKind::Vm:
        return mPlan->vms[ref.index].id;
    case EntityKind::Workload:
        return mPlan->workloads[ref.index].id;
    case EntityKind::None:
        break;
    }
    static const QString none;
    return none;
}

template <typename T>
const T *PlanLookup::get(const QString &id, EntityKind kind, const QList<T> &list) const
{
    const Ref ref = find(id);
    return ref.kind == kind ? &list[ref.index] : nullptr;
}

const Zone *PlanLookup::zone(const QString &id) const
{
    return get(id, EntityKind::Zone, mPlan->zones);
}
const Network *PlanLookup::network(const QString &id) const
{
    return get(id, EntityKind::Network, mPlan->networks);
}
const Host *PlanLookup::host(const QString &id) const
{
    return get(id, EntityKind::Host, mPlan->hosts);
}
const Vm *PlanLookup::vm(const QString &id) const
{
    return get(id, EntityKind::Vm, mPlan->vms);
}
const Workload *PlanLookup::workload(const QString &id) const
{
    return get(id, EntityKind::Workload, mPlan->workloads);
}

} // namespace Planar
