#include "sceneindex.h"

#include "linkrouter.h"

#include <QSet>

#include <cmath>
#include <limits>

namespace Planar {

namespace {

constexpr qreal Cell = 300;

QPoint cellOf(const QPointF &p)
{
    return QPoint(int(std::floor(p.x() / Cell)), int(std::floor(p.y() / Cell)));
}

template <typename Visit> void forEachCellOf(const QRectF &rect, Visit visit)
{
    const QPoint a = cellOf(rect.topLeft()), b = cellOf(rect.bottomRight());
    for (int x = a.x(); x <= b.x(); ++x)
        for (int y = a.y(); y <= b.y(); ++y)
            if (!visit(QPoint(x, y))) return;
}

} // namespace

void SceneIndex::clear()
{
    mCardGrid.clear();
    mCards.clear();
    mTagGrid.clear();
    mTags.clear();
}

void SceneIndex::insert(Grid &grid, const QGraphicsItem *item, const QRectF &rect)
{
    forEachCellOf(rect, [&](const QPoint &cell) {
        grid[cell] << item;
        return true;
    });
}

void SceneIndex::remove(Grid &grid, const QGraphicsItem *item, const QRectF &rect)
{
    forEachCellOf(rect, [&](const QPoint &cell) {
        const auto it = grid.find(cell);
        if (it != grid.end()) {
            it->removeOne(item);
            if (it->isEmpty()) grid.erase(it);
        }
        return true;
    });
}

void SceneIndex::setCard(const QGraphicsItem *card, const QRectF &rect)
{
    removeCard(card);
    mCards.insert(card, rect);
    insert(mCardGrid, card, rect.adjusted(-mMargin, -mMargin, mMargin, mMargin));
}

void SceneIndex::removeCard(const QGraphicsItem *card)
{
    const auto it = mCards.constFind(card);
    if (it == mCards.cend()) return;
    remove(mCardGrid, card, it->adjusted(-mMargin, -mMargin, mMargin, mMargin));
    mCards.erase(it);
}

void SceneIndex::forEachCell(const QLineF &segment,
                             const std::function<bool(const QPoint &)> &visit)
{
    // Amanatides & Woo: step from cell to cell along the segment, never skipping one.
    QPoint cell = cellOf(segment.p1());
    const QPoint last = cellOf(segment.p2());
    const qreal dx = segment.dx(), dy = segment.dy();
    const int stepX = dx > 0 ? 1 : -1, stepY = dy > 0 ? 1 : -1;
    const qreal inf = std::numeric_limits<qreal>::infinity();
    const auto firstT = [](qreal start, qreal d, int cellIndex, int step) {
        if (d == 0) return std::numeric_limits<qreal>::infinity();
        const qreal boundary = (cellIndex + (step > 0 ? 1 : 0)) * Cell;
        return (boundary - start) / d;
    };
    qreal tMaxX = firstT(segment.x1(), dx, cell.x(), stepX);
    qreal tMaxY = firstT(segment.y1(), dy, cell.y(), stepY);
    const qreal tDeltaX = dx == 0 ? inf : Cell / std::abs(dx);
    const qreal tDeltaY = dy == 0 ? inf : Cell / std::abs(dy);
    const int steps = std::abs(last.x() - cell.x()) + std::abs(last.y() - cell.y());
    for (int i = 0; i <= steps; ++i) {
        if (!visit(cell) || cell == last) return;
        if (tMaxX < tMaxY) {
            cell.rx() += stepX;
            tMaxX += tDeltaX;
        } else {
            cell.ry() += stepY;
            tMaxY += tDeltaY;
        }
    }
}

QList<QRectF> SceneIndex::cardsAlong(const QLineF &segment, int limit) const
{
    QList<QRectF> out;
    QSet<const QGraphicsItem *> seen;
    forEachCell(segment, [&](const QPoint &cell) {
        for (const QGraphicsItem *card : mCardGrid.value(cell)) {
            if (seen.contains(card)) continue;
            seen.insert(card);
            const QRectF rect = mCards.value(card);
            if (LinkRouter::crosses(segment, rect.adjusted(-mMargin, -mMargin, mMargin, mMargin)))
                out << rect;
        }
        return out.size() <= limit;
    });
    return out;
}

bool SceneIndex::anyCardIn(const QRectF &rect) const
{
    bool found = false;
    forEachCellOf(rect, [&](const QPoint &cell) {
        for (const QGraphicsItem *card : mCardGrid.value(cell))
            if (mCards.value(card).intersects(rect)) found = true;
        return !found;
    });
    return found;
}

void SceneIndex::setTag(const QGraphicsItem *tag, const QRectF &rect)
{
    removeTag(tag);
    if (rect.isEmpty()) return;
    mTags.insert(tag, rect);
    insert(mTagGrid, tag, rect);
}

void SceneIndex::removeTag(const QGraphicsItem *tag)
{
    const auto it = mTags.constFind(tag);
    if (it == mTags.cend()) return;
    remove(mTagGrid, tag, *it);
    mTags.erase(it);
}

bool SceneIndex::anyTagIn(const QRectF &rect, const QGraphicsItem *except) const
{
    bool found = false;
    forEachCellOf(rect, [&](const QPoint &cell) {
        for (const QGraphicsItem *tag : mTagGrid.value(cell))
            if (tag != except && mTags.value(tag).intersects(rect)) found = true;
        return !found;
    });
    return found;
}

} // namespace Planar
