#pragma once

#include <QHash>
#include <QLineF>
#include <QList>
#include <QPoint>
#include <QRectF>

#include <functional>

class QGraphicsItem;

namespace Planar {

/**
 * Where the cards and the link tags of the canvas are, in a coarse grid, so that "what is in
 * the way of this link", "is this spot free for a tag" and "is this free space for a new card"
 * cost a few cells, not a walk over every item of a 10,000-card plan.
 */
class SceneIndex {
public:
    /** Cards count as in the way of a segment that passes within @p margin of them. */
    explicit SceneIndex(qreal margin) : mMargin(margin) {}

    void clear();
    /** Adds card @p card at @p rect, or moves it there. */
    void setCard(const QGraphicsItem *card, const QRectF &rect);
    void removeCard(const QGraphicsItem *card);
    /** The rectangle card @p card was given, null when unknown. */
    QRectF cardRect(const QGraphicsItem *card) const { return mCards.value(card); }
    /** Rectangles of the cards whose margin-grown rectangle @p segment passes through; stops
     *  looking after @p limit of them. */
    QList<QRectF> cardsAlong(const QLineF &segment, int limit) const;
    /** Some card overlaps @p rect. */
    bool anyCardIn(const QRectF &rect) const;

    void setTag(const QGraphicsItem *tag, const QRectF &rect);
    void removeTag(const QGraphicsItem *tag);
    /** Some tag other than @p except overlaps @p rect. */
    bool anyTagIn(const QRectF &rect, const QGraphicsItem *except) const;

private:
    using Grid = QHash<QPoint, QList<const QGraphicsItem *>>;
    static void insert(Grid &grid, const QGraphicsItem *item, const QRectF &rect);
    static void remove(Grid &grid, const QGraphicsItem *item, const QRectF &rect);
    /** Calls @p visit for each cell @p segment passes through, until it returns false. */
    static void forEachCell(const QLineF &segment,
                            const std::function<bool(const QPoint &)> &visit);

    qreal mMargin;
    Grid mCardGrid; // by margin-grown rectangle
    QHash<const QGraphicsItem *, QRectF> mCards;
    Grid mTagGrid;
    QHash<const QGraphicsItem *, QRectF> mTags;
};

} // namespace Planar
