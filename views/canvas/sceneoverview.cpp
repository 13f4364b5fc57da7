// PlanScene far out, below Theme::DetailZoom: every card a block, drawn in one pass (ten
// thousand items drawing themselves cost QGraphicsView more than the drawing does), links as
// bundles under the cards, and a ring around each card with a finding, so that a fault is
// found from the overview.
#include "planscene.h"

#include <QGraphicsView>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Planar {

namespace {
constexpr qreal RingBelow = 16; // px: cards smaller on screen get a ring when they have findings
constexpr qreal RingRadius = 8;
} // namespace

bool PlanScene::isFarOut(const QPainter *painter)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) <
           Theme::DetailZoom;
}

void PlanScene::setFarOut(bool farOut)
{
    if (farOut == mFarOut) return;
    mFarOut = farOut;
    for (EntityItem *card : std::as_const(mItems))
        card->setFlag(QGraphicsItem::ItemHasNoContents, farOut);
    for (LinkItem *link : std::as_const(mLinks)) {
        link->setFlag(QGraphicsItem::ItemHasNoContents, farOut);
        link->labelItem()->setFlag(QGraphicsItem::ItemHasNoContents, farOut);
    }
    repaintFarOut();
}

void PlanScene::repaintFarOut()
{
    if (!mFarOut) return;
    for (QGraphicsView *view : views())
        view->viewport()->update();
}

void PlanScene::drawFarOut(QPainter *painter, const QRectF &rect)
{
    // Under the cards, so that a bundle never hides one.
    mBundles.paintLines(painter);
    if (!mFarOut) return; // the items draw themselves (as blocks, at this zoom)
    // The blocks by colour, a few drawRects() for ten thousand cards; then what goes on top.
    const qreal zoom =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    QHash<QRgb, QList<QRectF>> blocks;
    QList<QPair<EntityItem *, QRectF>> onTop;
    for (EntityItem *card : std::as_const(mItems)) {
        const QRectF block = card->sceneRect();
        if (!block.intersects(rect) || !card->isVisible()) continue;
        blocks[card->blockColor().rgba()] << block;
        // An id needs 40 x 11 px (EntityItem::paintBlockId).
        if (card->isSelected() || (block.width() * zoom >= 40 && block.height() * zoom >= 11))
            onTop << qMakePair(card, block);
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        painter->setBrush(QColor::fromRgba(it.key()));
        painter->drawRects(it->constData(), int(it->size()));
    }
    for (const auto &[card, block] : std::as_const(onTop)) {
        if (card->isSelected()) card->paintSelection(painter, block);
        card->paintBlockId(painter, block);
    }
}

void PlanScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (!isFarOut(painter)) return;
    mBundles.paintCounts(painter);
    // A card can be smaller than a pixel: each one with a finding gets a ring a few pixels
    // wide. Errors last, on top.
    const QTransform toScreen = painter->worldTransform();
    const QRectF exposed =
        toScreen.mapRect(rect).adjusted(-RingRadius, -RingRadius, RingRadius, RingRadius);
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    // Hidden cards are ringed through the collapsed card that takes their colour.
    QList<const EntityItem *> cards;
    for (auto it = mStatuses.cbegin(); it != mStatuses.cend(); ++it)
        if (const EntityItem *card = mItems.value(it.key()))
            if (card->isVisible() && !card->folded()) cards << card;
    for (const QString &key : mCollapsed)
        if (const EntityItem *card = mItems.value(key); card && card->isVisible()) cards << card;
    for (const ItemStatus status : {ItemStatus::Warning, ItemStatus::Error}) {
        painter->setPen(
            QPen(status == ItemStatus::Error ? Theme::ErrorColor : Theme::WarningColor, 2));
        for (const EntityItem *card : std::as_const(cards)) {
            if (card->shownStatus() != status) continue;
            const QRectF onScreen = toScreen.mapRect(card->sceneBoundingRect());
            if (onScreen.width() >= RingBelow && onScreen.height() >= RingBelow) continue;
            if (exposed.contains(onScreen.center()))
                painter->drawEllipse(onScreen.center(), RingRadius, RingRadius);
        }
    }
    painter->restore();
}

} // namespace Planar
