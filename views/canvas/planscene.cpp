#include "planscene.h"

#include "autolayout.h"
#include "displaytext.h"
#include "document/commands/movecommand.h"
#include "document/plandocument.h"
#include "linkrouter.h"
#include "theme.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace Planar {

PlanScene::PlanScene(PlanDocument *document, QObject *parent)
    : QGraphicsScene(parent), mDocument(document), mDecorationTimer(new QTimer(this)),
      mIndex(LinkRouter::Margin), mRerouteTimer(new QTimer(this))
{
    // Links move with every drag of their ends; a BSP index would be rebuilt all the time.
    setItemIndexMethod(NoIndex);
    mDecorationTimer->setSingleShot(true);
    mDecorationTimer->setInterval(0);
    connect(mDecorationTimer, &QTimer::timeout, this, &PlanScene::updateDecorations);
    mRerouteTimer->setSingleShot(true);
    mRerouteTimer->setInterval(0);
    connect(mRerouteTimer, &QTimer::timeout, this, &PlanScene::reroute);
    connect(document, &PlanDocument::planReset, this, &PlanScene::rebuild);
    connect(document, &PlanDocument::entityAdded, this, &PlanScene::onAdded);
    connect(document, &PlanDocument::entityRemoved, this, &PlanScene::onRemoved);
    connect(document, &PlanDocument::entityChanged, this, &PlanScene::onChanged);
    connect(document, &PlanDocument::positionChanged, this, &PlanScene::onPositionChanged);
    connect(document, &PlanDocument::settingsChanged, this, &PlanScene::updateClusterCard);
    connect(this, &QGraphicsScene::selectionChanged, this, &PlanScene::updatePlacement);
    // Far out the items draw nothing, so their changes repaint nothing by themselves.
    connect(this, &QGraphicsScene::selectionChanged, this, &PlanScene::repaintFarOut);
    connect(this, &PlanScene::pictureChanged, this, &PlanScene::repaintFarOut);
    rebuild();
}

PlanScene::~PlanScene()
{
    // Deleting the items would report selection changes to views that may be gone already.
    blockSignals(true);
}

void PlanScene::rebuild()
{
    mLinkFrom = nullptr;
    mRubberLink = nullptr;
    // Forget the items before clear() deletes them: it reports selection changes on the way.
    mItems.clear();
    mLinks.clear();
    mLinkEnds.clear();
    mLinksByEnd.clear();
    mFrames.clear();
    mPlacement.clear();
    mReroute.clear();
    mIndex.clear();
    mSystemFlows.clear();
    mHiddenBy.clear();
    mFoldMembers.clear();
    // A plan opened afresh (its undo stack empty) starts expanded; one replaced by an undoable
    // command keeps what the user had collapsed, where it still exists.
    if (mDocument->undoStack()->count() == 0) mCollapsed.clear();
    clear();
    mBundles.invalidate();
    const AutoLayout layout(mDocument->plan());
    mAutoPositions = layout.positions();
    mSideX = layout.sideX();
    mStrips = layout.strips();
    for (ItemKind kind :
         {ItemKind::Zone, ItemKind::Network, ItemKind::Host, ItemKind::Vm, ItemKind::Workload})
        for (const QString &key : mDocument->keys(kind))
            createItem(key);
    auto *cluster = new EntityItem(AutoLayout::clusterKey(), ItemKind::None);
    cluster->setFlag(QGraphicsItem::ItemHasNoContents, mFarOut);
    addItem(cluster);
    mItems.insert(AutoLayout::clusterKey(), cluster);
    updateClusterCard();
    for (const QString &key : mDocument->linkKeys())
        createLink(key);
    if (!mCollapsed.isEmpty()) refreshFolds();
    updateDecorations();
}

void PlanScene::createItem(const QString &key)
{
    auto *item = new EntityItem(key, mDocument->kindOf(key));
    item->setFlag(QGraphicsItem::ItemHasNoContents, mFarOut);
    item->setContent(ItemContent::of(*mDocument, key));
    mApplyingModel = true;
    item->setPos(mDocument->position(key).value_or(autoPosition(key)));
    mApplyingModel = false;
    if (mStatuses.contains(key)) item->setStatus(mStatuses[key].first, mStatuses[key].second);
    addItem(item);
    mItems.insert(key, item);
    const QRectF rect = item->sceneBoundingRect().adjusted(4, 4, -4, -4);
    mIndex.setCard(item, rect);
    for (const QString &link : mLinksByEnd.values(key))
        updateLink(link);
    invalidateRoutes(rect, item); // links that ran through this spot go around it now
}

QPointF PlanScene::autoPosition(const QString &key) const
{
    if (mAutoPositions.contains(key)) return mAutoPositions.value(key);
    const auto entity = mDocument->entity(key);
    if (!entity) return {};
    Plane plane = Plane::Vm;
    QString host;
    if (const auto *n = std::get_if<Network>(&*entity)) plane = n->plane;
    if (const auto *vm = std::get_if<Vm>(&*entity)) host = vm->host;
    return placeForNew(Planar::kindOf(*entity), plane, host);
}

void PlanScene::createLink(const QString &key)
{
    const auto entity = mDocument->entity(key);
    if (!entity) return;
    const Link &link = std::get<Link>(*entity);
    auto *item = new LinkItem(key);
    item->setFlag(QGraphicsItem::ItemHasNoContents, mFarOut);
    item->labelItem()->setFlag(QGraphicsItem::ItemHasNoContents, mFarOut);
    mLinks.insert(key, item);
    mLinkEnds.insert(key, {link.from, link.to});
    mLinksByEnd.insert(link.from, key);
    if (link.to != link.from) mLinksByEnd.insert(link.to, key);
    addItem(item);
    addItem(item->labelItem());
    if (mLinkStates.contains(key)) item->setState(mLinkStates[key].first, mLinkStates[key].second);
    updateLink(key);
}

void PlanScene::removeLink(const QString &key)
{
    const auto ends = mLinkEnds.take(key);
    mLinksByEnd.remove(ends.first, key);
    mLinksByEnd.remove(ends.second, key);
    if (LinkItem *link = mLinks.take(key)) {
        mIndex.removeTag(link->labelItem());
        delete link->labelItem();
        delete link;
    }
    scheduleDecorations();
}

void PlanScene::updateLink(const QString &key)
{
    LinkItem *item = mLinks.value(key);
    const auto entity = mDocument->entity(key);
    if (!item || !entity) return;
    const Link &link = std::get<Link>(*entity);
    QStringList ports;
    for (const PortRange &p : link.ports)
        ports << p.toString();
    item->setLabel(ports.join(QStringLiteral(", ")));
    item->setEnds(shownItem(link.from), shownItem(link.to));
}

void PlanScene::updateClusterCard()
{
    EntityItem *card = mItems.value(AutoLayout::clusterKey());
    if (!card) return;
    card->setContent(ItemContent::ofCluster(mDocument->plan().cluster));
    card->setPos(mAutoPositions.value(AutoLayout::clusterKey()));
    itemMoved(card); // its size follows its text: the index and the links around it follow
}

void PlanScene::onAdded(const QString &key)
{
    if (isLinkKey(key))
        createLink(key);
    else
        createItem(key);
    if (mDocument->kindOf(key) == ItemKind::Zone) refreshZoneColours();
    if (!mCollapsed.isEmpty()) refreshFolds(); // a VM added to a collapsed host hides in it
    scheduleDecorations();
}

void PlanScene::onRemoved(const QString &key, ItemKind kind)
{
    if (kind == ItemKind::Link) {
        removeLink(key);
        return;
    }
    if (EntityItem *item = mItems.take(key)) {
        for (const QString &link : mLinksByEnd.values(key))
            if (LinkItem *l = mLinks.value(link)) l->setEnds(nullptr, nullptr);
        if (mLinkFrom == item) mLinkFrom = nullptr;
        const QRectF rect = mIndex.cardRect(item);
        mIndex.removeCard(item);
        invalidateRoutes(rect, nullptr); // links that went around it may go straight now
        delete item;
    }
    if (kind == ItemKind::Zone) refreshZoneColours();
    if (!mCollapsed.isEmpty()) refreshFolds();
    scheduleDecorations();
}

void PlanScene::updatePlacement()
{
    qDeleteAll(mPlacement);
    mPlacement.clear();
    const QStringList keys = selectedKeys();
    if (keys.size() != 1 || mDocument->kindOf(keys.first()) != ItemKind::Workload) return;
    const EntityItem *workload = mItems.value(keys.first());
    const Workload w = std::get<Workload>(*mDocument->entity(keys.first()));
    QPen pen(Theme::planeColor(Plane::Pod), 1.5, Qt::DotLine);
    for (const QString &node : w.nodes) {
        const EntityItem *vm = mItems.value(node);
        if (!workload || !vm) continue;
        auto *line = addLine(
            QLineF(workload->sceneBoundingRect().center(), vm->sceneBoundingRect().center()), pen);
        line->setZValue(0.5);
        line->setToolTip(tr("%1 runs on %2").arg(displayText(w.id), displayText(node)));
        mPlacement << line;
    }
}

void PlanScene::refreshZoneColours()
{
    // Zone colours follow the zones' order, so adding or removing one recolours the members.
    for (auto it = mItems.cbegin(); it != mItems.cend(); ++it)
        if (it.value()->kind() != ItemKind::None)
            it.value()->setContent(ItemContent::of(*mDocument, it.key()));
}

void PlanScene::onChanged(const QString &key)
{
    if (isLinkKey(key)) {
        // The ends may have changed: re-register under the new ids, keeping the item (and so
        // the selection) alive.
        const auto ends = mLinkEnds.value(key);
        const Link link = std::get<Link>(*mDocument->entity(key));
        mLinksByEnd.remove(ends.first, key);
        mLinksByEnd.remove(ends.second, key);
        mLinkEnds.insert(key, {link.from, link.to});
        mLinksByEnd.insert(link.from, key);
        if (link.to != link.from) mLinksByEnd.insert(link.to, key);
        updateLink(key);
        if (!mCollapsed.isEmpty()) refreshFolds();
        scheduleDecorations();
        return;
    }
    EntityItem *item = mItems.value(key);
    if (!item) return;
    item->setContent(ItemContent::of(*mDocument, key));
    mBundles.entityChanged(key);               // a VM may have moved to another host
    itemMoved(item);                           // the size may have changed
    if (!mCollapsed.isEmpty()) refreshFolds(); // a VM moved to another host or zone
    // Host NIC roles show on host cards, so a network's role change reaches them too.
    if (item->kind() == ItemKind::Network)
        for (const QString &host : mDocument->keys(ItemKind::Host))
            if (EntityItem *h = mItems.value(host))
                h->setContent(ItemContent::of(*mDocument, host));
}

void PlanScene::onPositionChanged(const QString &id)
{
    EntityItem *item = mItems.value(id);
    if (!item) return;
    const QPointF pos = mDocument->position(id).value_or(autoPosition(id));
    if (item->pos() == pos) return;
    mApplyingModel = true;
    item->setPos(pos);
    mApplyingModel = false;
}

QStringList PlanScene::selectedKeys() const
{
    QStringList keys;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == EntityItem::Type)
            keys << static_cast<EntityItem *>(item)->key();
        else if (item->type() == LinkItem::Type)
            keys << static_cast<LinkItem *>(item)->key();
    }
    keys.sort();
    return keys;
}

void PlanScene::selectKeys(const QStringList &keys)
{
    // What the user asks to see (an issue, a search, a row of the Address Plan) comes out of
    // the collapsed card that hides it.
    for (const QString &key : keys) {
        reveal(key);
        if (mLinkEnds.contains(key)) { // a link folded into another's arrow: both its ends
            reveal(mLinkEnds.value(key).first);
            reveal(mLinkEnds.value(key).second);
        }
    }
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &key : keys) {
        if (QGraphicsItem *item = mItems.value(key))
            item->setSelected(true);
        else if (QGraphicsItem *link = mLinks.value(key))
            link->setSelected(true);
    }
    blocker.unblock();
    Q_EMIT selectionChanged();
}

QRectF PlanScene::boundsOf(const QStringList &keys) const
{
    QRectF bounds;
    for (const QString &key : keys) {
        if (const QGraphicsItem *item = mItems.value(key))
            bounds |= item->sceneBoundingRect();
        else if (const QGraphicsItem *link = mLinks.value(key))
            bounds |= link->sceneBoundingRect();
    }
    return bounds;
}

void PlanScene::setTool(Tool tool)
{
    mTool = tool;
    if (mRubberLink) {
        delete mRubberLink;
        mRubberLink = nullptr;
    }
}

QPointF PlanScene::snapped(const QPointF &pos) const
{
    if (!mSnap || mApplyingModel) return pos;
    return QPointF(std::round(pos.x() / Theme::Grid) * Theme::Grid,
                   std::round(pos.y() / Theme::Grid) * Theme::Grid);
}

void PlanScene::setStatuses(const QHash<QString, QPair<ItemStatus, QString>> &statuses)
{
    // Only what changed: a large plan's result is thousands of unchanged verdicts.
    bool changed = false;
    for (auto it = mStatuses.cbegin(); it != mStatuses.cend(); ++it)
        if (!statuses.contains(it.key()))
            if (EntityItem *item = mItems.value(it.key())) {
                item->setStatus(ItemStatus::Ok, {});
                changed = true;
            }
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        if (mStatuses.value(it.key()) != it.value() || !mStatuses.contains(it.key()))
            if (EntityItem *item = mItems.value(it.key())) {
                item->setStatus(it.value().first, it.value().second);
                changed = true;
            }
    mStatuses = statuses;
    if (!changed) return; // the far-out picture and the mini map stay as they are
    if (!mCollapsed.isEmpty()) updateFoldStatuses();
    Q_EMIT pictureChanged();
}

void PlanScene::setLinkStates(const QHash<QString, QPair<LinkState, QString>> &states)
{
    // Only what changed: each verdict re-places the link's tag.
    bool recoloured = false;
    auto set = [&](LinkItem *item, LinkState state, const QString &tooltip) {
        recoloured |= item->state() != state;
        item->setState(state, tooltip);
    };
    for (auto it = mLinkStates.cbegin(); it != mLinkStates.cend(); ++it)
        if (!states.contains(it.key()))
            if (LinkItem *item = mLinks.value(it.key())) set(item, LinkState::Allowed, {});
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        if (mLinkStates.value(it.key()) != it.value() || !mLinkStates.contains(it.key()))
            if (LinkItem *item = mLinks.value(it.key()))
                set(item, it.value().first, it.value().second);
    mLinkStates = states;
    if (!recoloured) return; // new tooltips only: nothing to paint
    if (!mCollapsed.isEmpty()) refoldLinks(); // a folded arrow takes its worst link's colour
    mBundles.invalidateColours();             // a bundle takes the colour of its worst link
    Q_EMIT pictureChanged();
}

bool PlanScene::routesLinks() const
{
    return mDocument->plan().links.size() <= RouteLimit;
}

QList<QRectF> PlanScene::cardsAlong(const QLineF &segment) const
{
    return mIndex.cardsAlong(segment, LinkRouter::MaxObstacles);
}

bool PlanScene::tagSpotFree(const QRectF &rect, const QGraphicsItem *tag) const
{
    return !mIndex.anyCardIn(rect) && !mIndex.anyTagIn(rect, tag);
}

void PlanScene::placeTag(const QGraphicsItem *tag, const QRectF &rect)
{
    mIndex.setTag(tag, rect);
}

void PlanScene::invalidateRoutes(const QRectF &area, const EntityItem *except)
{
    if (area.isNull() || !routesLinks()) return;
    const QRectF near = area.adjusted(-LinkRouter::Margin, -LinkRouter::Margin, LinkRouter::Margin,
                                      LinkRouter::Margin);
    for (auto it = mLinks.cbegin(); it != mLinks.cend(); ++it) {
        const LinkItem *link = it.value();
        if (except && (link->from() == except || link->to() == except)) continue;
        if (link->sceneBoundingRect().intersects(near)) mReroute.insert(it.key());
    }
    if (!mReroute.isEmpty()) mRerouteTimer->start();
}

void PlanScene::reroute()
{
    const QSet<QString> keys = std::exchange(mReroute, {});
    for (const QString &key : keys)
        if (LinkItem *link = mLinks.value(key)) link->updateGeometry();
}

void PlanScene::itemMoved(EntityItem *item)
{
    const QRectF before = mIndex.cardRect(item);
    const QRectF after = item->sceneBoundingRect().adjusted(4, 4, -4, -4);
    if (mItems.value(item->key()) == item) mIndex.setCard(item, after);
    // Links that went around the card where it was, or run where it is now, find a new way.
    if (before != after) {
        invalidateRoutes(before, item);
        invalidateRoutes(after, item);
    }
    if (!mPlacement.isEmpty() && item->isSelected()) updatePlacement();
    for (const QString &link : mLinksByEnd.values(item->key()))
        if (LinkItem *l = mLinks.value(link)) l->updateGeometry();
    // A card edited in place keeps its rectangle: the bundles' lines stay where they are.
    if (before != after) mBundles.invalidate();
    mDecorationTimer->start();
}

void PlanScene::scheduleDecorations()
{
    mBundles.invalidate();
    mDecorationTimer->start();
}

EntityItem *PlanScene::entityAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (item->type() == EntityItem::Type) return static_cast<EntityItem *>(item);
    return nullptr;
}

} // namespace Planar
