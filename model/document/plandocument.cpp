#include "plandocument.h"

#include <QUndoStack>

namespace Planar {

PlanSettings PlanSettings::of(const Plan &plan)
{
    return {plan.name,          plan.description, plan.profiles,
            plan.adminNetworks, plan.cluster,     plan.policy, plan.reviewed};
}

void PlanSettings::applyTo(Plan &plan) const
{
    plan.name = name;
    plan.description = description;
    plan.profiles = profiles;
    plan.adminNetworks = adminNetworks;
    plan.cluster = cluster;
    plan.policy = policy;
    plan.reviewed = reviewed;
}

PlanDocument::PlanDocument(QObject *parent) : QObject(parent), mUndoStack(new QUndoStack(this))
{
    connect(mUndoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT dirtyChanged(!clean); });
}

PlanDocument::~PlanDocument() = default;

void PlanDocument::setFilePath(const QString &path)
{
    if (path == mFilePath) return;
    mFilePath = path;
    Q_EMIT filePathChanged(path);
}

bool PlanDocument::isDirty() const
{
    return !mUndoStack->isClean();
}

void PlanDocument::setClean()
{
    mUndoStack->setClean();
}

void PlanDocument::setUnsaved()
{
    mUndoStack->resetClean();
}

void PlanDocument::loadPlan(const Plan &plan, const QString &path)
{
    const bool wasDirty = isDirty();
    mUndoStack->clear();
    mPlan = plan;
    assignLinkKeys();
    rebuildIndex();
    rebuildLayoutIndex();
    setFilePath(path);
    Q_EMIT planReset();
    Q_EMIT contentChanged();
    if (wasDirty) Q_EMIT dirtyChanged(false);
}

namespace {
template <typename T> std::optional<Entity> at(const QList<T> &list, qsizetype i)
{
    if (i < 0 || i >= list.size()) return std::nullopt;
    return Entity(list[i]);
}
} // namespace

std::optional<Entity> PlanDocument::entity(const QString &key) const
{
    const Ref ref = mIndex.value(key);
    switch (ref.kind) {
    case ItemKind::Zone:
        return at(mPlan.zones, ref.index);
    case ItemKind::Network:
        return at(mPlan.networks, ref.index);
    case ItemKind::Host:
        return at(mPlan.hosts, ref.index);
    case ItemKind::Vm:
        return at(mPlan.vms, ref.index);
    case ItemKind::Workload:
        return at(mPlan.workloads, ref.index);
    case ItemKind::Link:
        return at(mPlan.links, ref.index);
    case ItemKind::None:
        break;
    }
    return std::nullopt;
}

QStringList PlanDocument::keys(ItemKind kind) const
{
    QStringList out;
    auto ids = [&out, kind, this](const auto &list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Ref ref = mIndex.value(list[i].id);
            if (ref.kind == kind && ref.index == i) out << list[i].id;
        }
    };
    switch (kind) {
    case ItemKind::Zone:
        ids(mPlan.zones);
        break;
    case ItemKind::Network:
        ids(mPlan.networks);
        break;
    case ItemKind::Host:
        ids(mPlan.hosts);
        break;
    case ItemKind::Vm:
        ids(mPlan.vms);
        break;
    case ItemKind::Workload:
        ids(mPlan.workloads);
        break;
    case ItemKind::Link:
        return mLinkKeys;
    case ItemKind::None:
        break;
    }
    return out;
}

QString PlanDocument::newLinkKey(const Link &link) const
{
    const QString byId = QStringLiteral("link:") + link.id;
    if (!link.id.isEmpty() && !mIndex.contains(byId)) return byId;
    for (int n = 1;; ++n) {
        const QString key = QStringLiteral("link:#%1").arg(n);
        if (!mIndex.contains(key)) return key;
    }
}

std::optional<QPointF> PlanDocument::position(const QString &id) const
{
    const qsizetype i = mLayoutIndex.value(id, -1);
    if (i < 0) return std::nullopt;
    return mPlan.layout[i].position;
}

namespace {
template <typename T> void insertAt(QList<T> &list, qsizetype index, const T &value)
{
    if (index < 0 || index > list.size()) index = list.size();
    list.insert(index, value);
}
} // namespace

void PlanDocument::insertEntity(const Entity &entity, qsizetype index, const QString &key)
{
    std::visit(
        [&](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Zone>)
                insertAt(mPlan.zones, index, e);
            else if constexpr (std::is_same_v<T, Network>)
                insertAt(mPlan.networks, index, e);
            else if constexpr (std::is_same_v<T, Host>)
                insertAt(mPlan.hosts, index, e);
            else if constexpr (std::is_same_v<T, Vm>)
                insertAt(mPlan.vms, index, e);
            else if constexpr (std::is_same_v<T, Workload>)
                insertAt(mPlan.workloads, index, e);
            else {
                if (index < 0 || index > mPlan.links.size()) index = mPlan.links.size();
                mPlan.links.insert(index, e);
                mLinkKeys.insert(index, key);
            }
        },
        entity);
    rebuildIndex();
    Q_EMIT entityAdded(key);
    Q_EMIT contentChanged();
}

Entity PlanDocument::takeEntity(const QString &key, qsizetype *index)
{
    const Ref ref = mIndex.value(key);
    Q_ASSERT(ref.kind != ItemKind::None);
    if (index) *index = ref.index;
    Entity taken;
    switch (ref.kind) {
    case ItemKind::Zone:
        taken = mPlan.zones.takeAt(ref.index);
        break;
    case ItemKind::Network:
        taken = mPlan.networks.takeAt(ref.index);
        break;
    case ItemKind::Host:
        taken = mPlan.hosts.takeAt(ref.index);
        break;
    case ItemKind::Vm:
        taken = mPlan.vms.takeAt(ref.index);
        break;
    case ItemKind::Workload:
        taken = mPlan.workloads.takeAt(ref.index);
        break;
    case ItemKind::Link:
        taken = mPlan.links.takeAt(ref.index);
        mLinkKeys.removeAt(ref.index);
        break;
    case ItemKind::None:
        break;
    }
    rebuildIndex();
    Q_EMIT entityRemoved(key, ref.kind);
    Q_EMIT contentChanged();
    return taken;
}

void PlanDocument::replaceEntity(const QString &key, const Entity &entity)
{
    const Ref ref = mIndex.value(key);
    Q_ASSERT(ref.kind == Planar::kindOf(entity));
    std::visit(
        [&](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Zone>)
                mPlan.zones[ref.index] = e;
            else if constexpr (std::is_same_v<T, Network>)
                mPlan.networks[ref.index] = e;
            else if constexpr (std::is_same_v<T, Host>)
                mPlan.hosts[ref.index] = e;
            else if constexpr (std::is_same_v<T, Vm>)
                mPlan.vms[ref.index] = e;
            else if constexpr (std::is_same_v<T, Workload>)
                mPlan.workloads[ref.index] = e;
            else
                mPlan.links[ref.index] = e;
        },
        entity);
    Q_EMIT entityChanged(key);
    Q_EMIT contentChanged();
}

void PlanDocument::setPosition(const QString &id, const std::optional<QPointF> &position)
{
    const qsizetype i = mLayoutIndex.value(id, -1);
    if (position) {
        if (i >= 0)
            mPlan.layout[i].position = *position;
        else {
            mPlan.layout.append({id, *position});
            mLayoutIndex.insert(id, mPlan.layout.size() - 1);
        }
    } else if (i >= 0) {
        mPlan.layout.removeAt(i);
        rebuildLayoutIndex();
    }
    Q_EMIT positionChanged(id);
}

void PlanDocument::setSettings(const PlanSettings &settings)
{
    settings.applyTo(mPlan);
    Q_EMIT settingsChanged();
    Q_EMIT contentChanged();
}

void PlanDocument::replacePlan(const Plan &plan)
{
    mPlan = plan;
    assignLinkKeys();
    rebuildIndex();
    rebuildLayoutIndex();
    Q_EMIT planReset();
    Q_EMIT contentChanged();
}

void PlanDocument::rebuildIndex()
{
    mIndex.clear();
    // The first declaration of a duplicated id wins, as in PlanLookup; the validator reports
    // the others.
    auto add = [this](const auto &list, ItemKind kind) {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (!mIndex.contains(list[i].id)) mIndex.insert(list[i].id, {kind, i});
    };
    add(mPlan.zones, ItemKind::Zone);
    add(mPlan.networks, ItemKind::Network);
    add(mPlan.hosts, ItemKind::Host);
    add(mPlan.vms, ItemKind::Vm);
    add(mPlan.workloads, ItemKind::Workload);
    for (qsizetype i = 0; i < mLinkKeys.size(); ++i)
        mIndex.insert(mLinkKeys[i], {ItemKind::Link, i});
}

void PlanDocument::rebuildLayoutIndex()
{
    mLayoutIndex.clear();
    for (qsizetype i = 0; i < mPlan.layout.size(); ++i)
        if (!mLayoutIndex.contains(mPlan.layout[i].id)) mLayoutIndex.insert(mPlan.layout[i].id, i);
}

void PlanDocument::assignLinkKeys()
{
    mLinkKeys.clear();
    mIndex.clear();
    for (const Link &link : mPlan.links) {
        const QString key = newLinkKey(link);
        mLinkKeys << key;
        mIndex.insert(key, {ItemKind::Link, mLinkKeys.size() - 1});
    }
}

} // namespace Planar
