// PlanScene's collapsed hosts and zones: view state, never a document edit. A collapsed host
// hides its VMs, a collapsed zone its members; the collapsed card counts what it hides and
// takes the worst colour of it, and links to hidden cards end at it, one arrow per pair of
// cards with the number of links it stands for.
#include "document/plandocument.h"
#include "planscene.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>

#include <utility>

namespace Planar {

namespace {

int severity(LinkState state)
{
    return state == LinkState::Forbidden ? 2 : state == LinkState::ByException ? 1 : 0;
}

} // namespace

bool PlanScene::canCollapse(const QString &key) const
{
    const ItemKind kind = mDocument->kindOf(key);
    if (kind != ItemKind::Host && kind != ItemKind::Zone) return false;
    return isCollapsed(key) || !foldMembers().value(key).isEmpty();
}

void PlanScene::setCollapsed(const QString &key, bool collapsed)
{
    if (collapsed == isCollapsed(key)) return;
    if (collapsed && !canCollapse(key)) return;
    if (collapsed)
        mCollapsed.insert(key);
    else
        mCollapsed.remove(key);
    refreshFolds();
}

void PlanScene::expandAll()
{
    if (mCollapsed.isEmpty()) return;
    mCollapsed.clear();
    refreshFolds();
}

void PlanScene::reveal(const QString &key)
{
    // A VM can hide in its host and in its zone: expand both, outermost first.
    while (mHiddenBy.contains(key))
        setCollapsed(mHiddenBy.value(key), false);
}

QHash<QString, QStringList> PlanScene::foldMembers() const
{
    // What each host and zone would hide: a host its VMs; a zone its hosts, networks, VMs and
    // workloads, and the VMs of its hosts.
    const Plan &plan = mDocument->plan();
    QHash<QString, QStringList> members;
    QHash<QString, QString> zoneOfHost;
    for (const Host &h : plan.hosts)
        if (!h.zone.isEmpty()) {
            members[h.zone] << h.id;
            zoneOfHost.insert(h.id, h.zone);
        }
    for (const Network &n : plan.networks)
        if (!n.zone.isEmpty()) members[n.zone] << n.id;
    for (const Vm &vm : plan.vms) {
        if (!vm.host.isEmpty()) members[vm.host] << vm.id;
        const QString zone = vm.zone.isEmpty() ? zoneOfHost.value(vm.host) : vm.zone;
        if (!zone.isEmpty()) members[zone] << vm.id;
    }
    for (const Workload &w : plan.workloads)
        if (!w.zone.isEmpty()) members[w.zone] << w.id;
    return members;
}

QString PlanScene::foldMarker(const QString &key, const QStringList &hidden) const
{
    int hosts = 0, vms = 0, workloads = 0, networks = 0;
    for (const QString &member : hidden) {
        switch (mDocument->kindOf(member)) {
        case ItemKind::Host:
            ++hosts;
            break;
        case ItemKind::Vm:
            ++vms;
            break;
        case ItemKind::Workload:
            ++workloads;
            break;
        case ItemKind::Network:
            ++networks;
            break;
        default:
            break;
        }
    }
    // Spelled out rather than "%n VM(s)": English has no plural forms file, and the marker
    // is read at a glance.
    const QString vmText = vms == 1 ? tr("1 VM") : tr("%1 VMs").arg(vms);
    if (mDocument->kindOf(key) == ItemKind::Host) return QStringLiteral("▸ ") + vmText;
    QStringList parts;
    if (hosts) parts << (hosts == 1 ? tr("1 host") : tr("%1 hosts").arg(hosts));
    if (vms) parts << vmText;
    if (workloads) parts << (workloads == 1 ? tr("1 workload") : tr("%1 workloads").arg(workloads));
    if (networks) parts << (networks == 1 ? tr("1 network") : tr("%1 networks").arg(networks));
    return QStringLiteral("▸ ") + parts.join(QStringLiteral(", "));
}

void PlanScene::refreshFolds()
{
    // Keys that went away (an undone add, a deleted zone) are forgotten.
    for (auto it = mCollapsed.begin(); it != mCollapsed.end();)
        if (!mItems.contains(*it))
            it = mCollapsed.erase(it);
        else
            ++it;
    const QHash<QString, QStringList> members =
        mCollapsed.isEmpty() ? QHash<QString, QStringList>() : foldMembers();
    QHash<QString, QString> hiddenBy;
    mFoldMembers.clear();
    // Hosts first, so that a VM in a collapsed zone counts as the zone's, the outer fold.
    for (const ItemKind kind : {ItemKind::Host, ItemKind::Zone})
        for (const QString &key : std::as_const(mCollapsed)) {
            if (mDocument->kindOf(key) != kind) continue;
            for (const QString &member : members.value(key))
                hiddenBy.insert(member, key);
        }
    // A collapsed host inside a collapsed zone hides nothing itself.
    for (auto it = hiddenBy.cbegin(); it != hiddenBy.cend(); ++it)
        mFoldMembers[it.value()] << it.key();
    const bool changed = hiddenBy != mHiddenBy;
    mHiddenBy = hiddenBy;
    for (auto it = mItems.cbegin(); it != mItems.cend(); ++it) {
        const bool shown = !mHiddenBy.contains(it.key());
        if (it.value()->isVisible() != shown) it.value()->setVisible(shown);
    }
    // A folded card is a line taller: its links and the index follow.
    const auto fold = [this](EntityItem *item, const QString &marker) {
        const QRectF before = item->sceneRect();
        item->setFold(marker, ItemStatus::Ok, {});
        if (item->sceneRect() != before) itemMoved(item);
    };
    for (const QString &key : std::as_const(mCollapsed))
        if (EntityItem *item = mItems.value(key)) fold(item, foldMarker(key, mFoldMembers[key]));
    for (EntityItem *item : std::as_const(mItems))
        if (item->folded() && !mCollapsed.contains(item->key())) fold(item, {});
    updateFoldStatuses();
    if (changed || !mCollapsed.isEmpty()) refoldLinks();
    mBundles.invalidate();
    scheduleDecorations();
    Q_EMIT foldsChanged();
}

void PlanScene::updateFoldStatuses()
{
    for (const QString &key : std::as_const(mCollapsed)) {
        EntityItem *item = mItems.value(key);
        if (!item) continue;
        ItemStatus worst = ItemStatus::Ok;
        QString why;
        for (const QString &member : mFoldMembers.value(key)) {
            const auto status = mStatuses.value(member, {ItemStatus::Ok, QString()});
            if (status.first > worst) {
                worst = status.first;
                why = tr("Hidden %1: %2").arg(member, status.second);
            }
        }
        item->setFold(item->foldMarker(), worst, why);
    }
}

EntityItem *PlanScene::shownItem(const QString &key) const
{
    return mItems.value(mHiddenBy.value(key, key));
}

void PlanScene::refoldLinks()
{
    // Links between the same two shown cards, one of them a collapsed card standing in for a
    // hidden end, become one arrow: the first of them, counting the others.
    QHash<QPair<EntityItem *, EntityItem *>, QStringList> folded;
    for (auto it = mLinks.cbegin(); it != mLinks.cend(); ++it) {
        const auto ends = mLinkEnds.value(it.key());
        LinkItem *link = it.value();
        EntityItem *from = shownItem(ends.first), *to = shownItem(ends.second);
        const bool redirected = mHiddenBy.contains(ends.first) || mHiddenBy.contains(ends.second);
        if (!redirected) {
            if (link->foldedCount()) link->setFolded(0, LinkState::Allowed);
            link->setVisible(true);
            link->labelItem()->setVisible(true);
            if (link->from() != from || link->to() != to) link->setEnds(from, to);
            continue;
        }
        if (from == to) { // both ends inside one fold
            link->setVisible(false);
            link->labelItem()->setVisible(false);
            continue;
        }
        folded[from < to ? qMakePair(from, to) : qMakePair(to, from)] << it.key();
    }
    for (auto it = folded.begin(); it != folded.end(); ++it) {
        QStringList &keys = it.value();
        keys.sort();
        LinkState worst = LinkState::Allowed;
        for (const QString &key : std::as_const(keys))
            if (severity(mLinks.value(key)->state()) > severity(worst))
                worst = mLinks.value(key)->state();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            LinkItem *link = mLinks.value(keys[i]);
            link->setVisible(i == 0);
            link->labelItem()->setVisible(i == 0);
            if (i > 0) continue;
            const auto ends = mLinkEnds.value(keys[i]);
            link->setFolded(int(keys.size()), worst);
            EntityItem *from = shownItem(ends.first), *to = shownItem(ends.second);
            if (link->from() != from || link->to() != to) link->setEnds(from, to);
        }
    }
}

void PlanScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    // A double-click on a host or zone folds it, or unfolds it; one on a fold marker has
    // expanded the card with its first click already.
    if (std::exchange(mMarkerClicked, false)) {
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && mTool == Tool::Select)
        if (const EntityItem *card = entityAt(event->scenePos());
            card && canCollapse(card->key())) {
            setCollapsed(card->key(), !isCollapsed(card->key()));
            event->accept();
            return;
        }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void PlanScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    // The card under the cursor becomes the selection (kept when it is part of it), so that
    // the menu acts on what was clicked.
    EntityItem *card = entityAt(event->scenePos());
    if (card && !card->isSelected()) selectKeys({card->key()});
    Q_EMIT contextMenuRequested(card ? card->key() : QString(), event->screenPos());
    event->accept();
}

} // namespace Planar
