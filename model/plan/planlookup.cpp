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

PlanLookup::PlanLookup(const Plan &plan) : mPlan(plan)
{
    mIds.reserve(plan.zones.size() + plan.networks.size() + plan.hosts.size() + plan.vms.size() +
                 plan.workloads.size());
    auto add = [this](const QString &id, EntityKind kind, qsizetype index) {
        if (!mIds.contains(id)) mIds.insert(id, {kind, index});
    };
    for (qsizetype i = 0; i < plan.zones.size(); ++i)
        add(plan.zones[i].id, EntityKind::Zone, i);
    for (qsizetype i = 0; i < plan.networks.size(); ++i)
        add(plan.networks[i].id, EntityKind::Network, i);
    for (qsizetype i = 0; i < plan.hosts.size(); ++i)
        add(plan.hosts[i].id, EntityKind::Host, i);
    for (qsizetype i = 0; i < plan.vms.size(); ++i) {
        add(plan.vms[i].id, EntityKind::Vm, i);
        mVmsByHost[plan.vms[i].host].append(i);
    }
    for (qsizetype i = 0; i < plan.workloads.size(); ++i)
        add(plan.workloads[i].id, EntityKind::Workload, i);
}

template <typename T>
const T *PlanLookup::get(const QString &id, EntityKind kind, const QList<T> &list) const
{
    const Ref ref = find(id);
    return ref.kind == kind ? &list[ref.index] : nullptr;
}

const Zone *PlanLookup::zone(const QString &id) const
{
    return get(id, EntityKind::Zone, mPlan.zones);
}
const Network *PlanLookup::network(const QString &id) const
{
    return get(id, EntityKind::Network, mPlan.networks);
}
const Host *PlanLookup::host(const QString &id) const
{
    return get(id, EntityKind::Host, mPlan.hosts);
}
const Vm *PlanLookup::vm(const QString &id) const
{
    return get(id, EntityKind::Vm, mPlan.vms);
}
const Workload *PlanLookup::workload(const QString &id) const
{
    return get(id, EntityKind::Workload, mPlan.workloads);
}

} // namespace Planar
