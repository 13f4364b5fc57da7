// PlanScene's interaction half: dragging, the link tool, placement and the band backdrop.
#include "autolayout.h"
#include "displaytext.h"
#include "document/commands/movecommand.h"
#include "document/plandocument.h"
#include "planscene.h"
#include "theme.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QUndoStack>

namespace Planar {

namespace {
constexpr qreal Gap = 20;

Theme::Band bandOf(ItemKind kind, Plane plane)
{
    if (kind == ItemKind::Host) return Theme::Band::Host;
    if (kind == ItemKind::Workload) return Theme::Band::Pod;
    if (kind == ItemKind::Network) {
        if (plane == Plane::Host) return Theme::Band::Host;
        if (plane == Plane::Pod || plane == Plane::Service) return Theme::Band::Pod;
    }
    if (kind == ItemKind::Zone) return Theme::Band::Host;
    return Theme::Band::Vm;
}
} // namespace

QPointF PlanScene::placeForNew(ItemKind kind, Plane plane, const QString &hostId,
                               const QSizeF &size) const
{
    const Theme::Band band = bandOf(kind, plane);
    // A wrapped plan has a strip of the band per row: chips go to the first, VMs to their
    // host's row, anything else after the last row's cards.
    QList<BandStrip> strips;
    for (const BandStrip &s : mStrips)
        if (s.band == band) strips << s;
    if (strips.isEmpty()) strips << BandStrip{band, Theme::bandTop(band), Theme::BandHeight};
    const bool stacked = kind == ItemKind::Zone || kind == ItemKind::Network;
    QPointF wanted;
    BandStrip strip = strips.first(); // the strip the new card must stay within
    if (stacked) {
        // Chips stack in a column: the plane's left column, or the side column.
        const bool side =
            kind == ItemKind::Zone || plane == Plane::External || plane == Plane::Service;
        const qreal x = side ? mSideX + (plane == Plane::Service ? 220 : 0) : Theme::LeftColumn;
        qreal y = strip.top + 40;
        for (const EntityItem *item : mItems)
            if (qAbs(item->pos().x() - x) < 1 && item->pos().y() >= strip.top &&
                item->pos().y() < strip.bottom())
                y = qMax(y, item->sceneBoundingRect().bottom() + 6);
        wanted = QPointF(x, y);
    } else if (kind == ItemKind::Vm && mItems.contains(hostId)) {
        const QPointF host = mItems.value(hostId)->pos();
        BandStrip row = strips.first();
        for (const BandStrip &s : strips)
            if (s.top < host.y()) row = s; // the VM strip above the host's
        strip = row;
        qreal x = host.x();
        for (const QString &vm : mDocument->keys(ItemKind::Vm)) {
            const auto e = mDocument->entity(vm);
            const EntityItem *item = mItems.value(vm);
            if (item && std::get<Vm>(*e).host == hostId)
                x = qMax(x, item->sceneBoundingRect().right() + Gap - 4);
        }
        wanted = QPointF(x, row.top + 50);
    } else {
        // Anything else goes after the last row's cards.
        strip = strips.last();
        qreal x = Theme::ContentLeft;
        for (const EntityItem *item : mItems)
            if (item->kind() == kind && (strips.size() == 1 || (item->pos().y() >= strip.top &&
                                                                item->pos().y() < strip.bottom())))
                x = qMax(x, item->sceneBoundingRect().right() + Gap - 4);
        wanted = QPointF(x, strip.top + 50);
    }
    // Where it belongs may be taken (the cluster card right of the workloads, the next host's
    // VMs right of this host's): the nearest free spot to the right, or lower in the strip.
    const QSizeF card = size.isEmpty() ? QSizeF(200, Theme::cardHeight(2)) : size;
    const qreal bandBottom = strip.bottom();
    std::optional<QPointF> best;
    for (qreal y = snapped(wanted).y(); y == snapped(wanted).y() || y + card.height() <= bandBottom;
         y += Theme::Grid * 4) {
        for (qreal x = wanted.x(); x < wanted.x() + 100000; x += Theme::Grid * 2) {
            const QRectF rect(snapped(QPointF(x, y)), card);
            if (mIndex.anyCardIn(rect.adjusted(-Gap / 2, -Gap / 2, Gap / 2, Gap / 2))) continue;
            const QPointF spot = rect.topLeft();
            const auto distance = [&wanted](const QPointF &p) {
                return std::abs(p.x() - wanted.x()) + 3 * std::abs(p.y() - wanted.y());
            };
            if (!best || distance(spot) < distance(*best)) best = spot;
            break;
        }
        if (best && best->x() - wanted.x() < 1) break; // free where it belongs
    }
    return best.value_or(snapped(wanted));
}

QPointF PlanScene::freeOffset(const QList<QRectF> &rects) const
{
    // Same height (a pasted VM stays in the VM band), shifted right until every card is clear
    // of the others; a first try just beside the originals.
    const auto clear = [this, &rects](qreal dx) {
        return std::none_of(rects.cbegin(), rects.cend(), [&](const QRectF &r) {
            return mIndex.anyCardIn(
                r.translated(dx, 0).adjusted(-Gap / 2, -Gap / 2, Gap / 2, Gap / 2));
        });
    };
    for (qreal dx = 4 * Theme::Grid; dx < 200000; dx += 2 * Theme::Grid)
        if (clear(dx)) return QPointF(dx, 0);
    return QPointF(4 * Theme::Grid, 4 * Theme::Grid);
}

void PlanScene::arrangeAll()
{
    const AutoLayout layout(mDocument->plan());
    Positions before, after;
    for (auto it = mItems.cbegin(); it != mItems.cend(); ++it) {
        if (it.value()->kind() == ItemKind::None) continue;
        const QPointF target = layout.position(it.key());
        if (mDocument->position(it.key()) == std::optional<QPointF>(target)) continue;
        before.insert(it.key(), mDocument->position(it.key()));
        after.insert(it.key(), target);
    }
    mAutoPositions = layout.positions();
    mSideX = layout.sideX();
    mStrips = layout.strips();
    if (!after.isEmpty()) {
        auto *command = new MoveItemsCommand(mDocument, before, after, 0);
        command->setText(tr("Auto-arrange")); // the History names what the user asked for
        mDocument->undoStack()->push(command);
    }
    if (EntityItem *card = mItems.value(AutoLayout::clusterKey()))
        card->setPos(mAutoPositions.value(AutoLayout::clusterKey()));
}

void PlanScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (mTool == Tool::Link && event->button() == Qt::LeftButton) {
        mLinkFrom = entityAt(event->scenePos());
        if (mLinkFrom && mLinkFrom->kind() != ItemKind::None) {
            mRubberLink = addLine(QLineF(event->scenePos(), event->scenePos()),
                                  QPen(QColor(0x19, 0x76, 0xd2), 2, Qt::DashLine));
            mRubberLink->setZValue(10);
        }
        event->accept();
        return;
    }
    // A click on a collapsed card's "▸ 5 VMs" expands it.
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier)
        if (EntityItem *card = entityAt(event->scenePos());
            card && card->folded() && card->foldMarkerRect().contains(event->scenePos())) {
            setCollapsed(card->key(), false);
            selectKeys({card->key()});
            mMarkerClicked = true;
            event->accept();
            return;
        }
    mMarkerClicked = false;
    ++mDragSerial;
    QGraphicsScene::mousePressEvent(event);
}

void PlanScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (mRubberLink) {
        mRubberLink->setLine(QLineF(mRubberLink->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if ((event->buttons() & Qt::LeftButton) && mouseGrabberItem() &&
        mouseGrabberItem()->type() == EntityItem::Type)
        pushDragMoves();
}

void PlanScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (mTool == Tool::Link) {
        EntityItem *target = entityAt(event->scenePos());
        delete mRubberLink;
        mRubberLink = nullptr;
        EntityItem *from = mLinkFrom;
        mLinkFrom = nullptr;
        if (from && target && target != from && target->kind() != ItemKind::None)
            Q_EMIT linkRequested(from->key(), target->key());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void PlanScene::pushDragMoves()
{
    Positions before, after;
    for (QGraphicsItem *g : selectedItems()) {
        if (g->type() != EntityItem::Type) continue;
        auto *item = static_cast<EntityItem *>(g);
        if (item->kind() == ItemKind::None) continue;
        const auto saved = mDocument->position(item->key());
        if (saved.value_or(autoPosition(item->key())) == item->pos()) continue;
        before.insert(item->key(), saved);
        after.insert(item->key(), item->pos());
    }
    if (!after.isEmpty())
        mDocument->undoStack()->push(new MoveItemsCommand(mDocument, before, after, mDragSerial));
}

void PlanScene::updateDecorations()
{
    // Namespace frames around the workloads of each namespace.
    QHash<QString, QRectF> frames;
    for (const QString &key : mDocument->keys(ItemKind::Workload)) {
        const EntityItem *item = mItems.value(key);
        if (!item) continue;
        const QString ns = std::get<Workload>(*mDocument->entity(key)).effectiveNamespace();
        frames[ns] |= item->sceneBoundingRect().adjusted(-8, -30, 8, 8);
    }
    for (auto it = mFrames.begin(); it != mFrames.end();) {
        if (!frames.contains(it.key())) {
            delete it.value();
            it = mFrames.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = frames.cbegin(); it != frames.cend(); ++it) {
        auto *frame = static_cast<QGraphicsRectItem *>(mFrames.value(it.key()));
        if (!frame) {
            frame = addRect(QRectF(), QPen(Theme::planeColor(Plane::Pod), 1.2, Qt::DashLine),
                            QColor(0x43, 0xa0, 0x47, 18));
            frame->setZValue(0);
            auto *label =
                new QGraphicsSimpleTextItem(tr("namespace %1").arg(displayText(it.key())), frame);
            label->setBrush(Theme::planeColor(Plane::Pod).darker(130));
            QFont font = label->font();
            font.setPointSizeF(8.5);
            font.setItalic(true);
            label->setFont(font);
            mFrames.insert(it.key(), frame);
        }
        frame->setRect(it.value());
        frame->childItems().first()->setPos(it.value().topLeft() + QPointF(8, 5));
    }
    updateSystemFlows();
    QRectF bounds = itemsBoundingRect();
    for (const BandStrip &strip : std::as_const(mStrips))
        bounds |= QRectF(0, strip.top, 600, strip.height);
    setSceneRect(bounds.adjusted(-40, -20, 40, 20));
    Q_EMIT pictureChanged();
}

void PlanScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, Qt::white);
    const QRectF scene = sceneRect();
    const Cluster &cluster = mDocument->plan().cluster;
    struct BandInfo {
        Theme::Band band;
        Plane plane;
        QString title;
    };
    const BandInfo bands[] = {
        {Theme::Band::Pod, Plane::Pod,
         tr("Pod plane  %1").arg(displayText(cluster.podSubnets.join(QStringLiteral(", "))))},
        {Theme::Band::Vm, Plane::Vm, tr("VM node plane")},
        {Theme::Band::Host, Plane::Host, tr("Host plane")},
    };
    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(10);
    painter->setFont(font);
    const bool farOut = isFarOut(painter);
    for (const BandStrip &strip : std::as_const(mStrips)) {
        const BandInfo &b = bands[int(strip.band)];
        // Bands run across whatever is exposed, so they never end short of the window edge.
        const QRectF r(qMin(rect.left(), scene.left()), strip.top,
                       qMax(rect.right(), scene.right()) - qMin(rect.left(), scene.left()),
                       strip.height);
        if (!r.intersects(rect)) continue;
        painter->fillRect(r, Theme::bandColor(b.band));
        painter->fillRect(QRectF(scene.left(), r.top(), 6, r.height()), Theme::planeColor(b.plane));
        if (farOut) continue; // the title would be a speck over the cards
        painter->setPen(Theme::planeColor(b.plane).darker(140));
        painter->drawText(QRectF(scene.left() + 16, r.top() + 6, 600, 22),
                          Qt::AlignLeft | Qt::AlignVCenter, b.title.trimmed());
    }
    if (farOut) drawFarOut(painter, rect);
}

} // namespace Planar
