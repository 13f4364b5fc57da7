#pragma once

#include <QLineF>
#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <functional>

namespace Planar {

/**
 * Finds a path for a link between two cards that goes around the cards in its way: the
 * straight line when nothing is in the way, else the shortest path around the blocking cards
 * (a visibility graph over their corners, kept a margin away). Only cards near the line are
 * looked at, so a link costs little however big the plan is.
 */
class LinkRouter {
public:
    /** The cards whose (margin-grown) rectangles a segment crosses, the two ends excluded. */
    using CardsAlong = std::function<QList<QRectF>(const QLineF &segment)>;

    /** Space kept between a routed link and the cards it goes around. */
    static constexpr qreal Margin = 14;
    /** More cards in the way than this, and the link stays straight: a detour around that many
     *  reads worse than a line behind them. */
    static constexpr int MaxObstacles = 16;
    /** Links longer than this stay straight: they cross the whole plan anyway. */
    static constexpr qreal MaxLength = 6000;

    /**
     * The path from card @p from to card @p to, as points from @p from's border to @p to's
     * border (two points when straight). @p cardsAlong answers which other cards lie on a
     * segment.
     */
    static QPolygonF route(const QRectF &from, const QRectF &to, const CardsAlong &cardsAlong);

    /** True when @p segment passes through the inside of @p rect (touching its edge is not). */
    static bool crosses(const QLineF &segment, const QRectF &rect);
};

} // namespace Planar
