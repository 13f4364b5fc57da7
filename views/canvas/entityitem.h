#pragma once

#include "itemcontent.h"
#include "theme.h"

#include <QFont>
#include <QGraphicsItem>

#include <algorithm>
#include <memory>

namespace Planar {

/** A card on the canvas for one entity (host, VM, workload, network, zone), keyed by id. */
class EntityItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    EntityItem(const QString &key, ItemKind kind);

    QString key() const { return mKey; }
    ItemKind kind() const { return mKind; }
    const ItemContent &content() const { return mContent; }
    void setContent(const ItemContent &content);
    ItemStatus status() const { return mStatus; }
    void setStatus(ItemStatus status, const QString &why);
    /**
     * Folds the card (a collapsed host or zone): a marker line @p marker ("▸ 5 VMs") under its
     * text, and the worst status of what it hides, @p hidden, unless its own is worse. An empty
     * @p marker unfolds it.
     */
    void setFold(const QString &marker, ItemStatus hidden, const QString &why);
    bool folded() const { return !mFoldMarker.isEmpty(); }
    QString foldMarker() const { return mFoldMarker; }
    /** The status the card is drawn in: its own, or the worst it hides when folded. */
    ItemStatus shownStatus() const { return std::max(mStatus, mFoldStatus); }
    /** The marker line of a folded card in scene coordinates (null when not folded). */
    QRectF foldMarkerRect() const;
    /** The card in scene coordinates (cards are never transformed): cheaper than
     *  sceneBoundingRect(), which far-out frames ask of every card. */
    QRectF sceneRect() const { return mRect.translated(pos()); }
    /** The colour of the block the card is drawn as far out (and in the minimap). */
    QColor blockColor() const { return mBlockColor; }
    /** Draws the card far out: a block of blockColor() over @p rect, with the id if it fits. */
    void paintBlock(QPainter *painter, const QRectF &rect, bool selected);
    /** The parts of paintBlock() over the block, for a caller that filled many blocks at once. */
    void paintSelection(QPainter *painter, const QRectF &rect);
    void paintBlockId(QPainter *painter, const QRectF &rect);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static constexpr qreal HeaderHeight = Theme::CardHeaderHeight;
    static constexpr qreal LineHeight = Theme::CardLineHeight;
    /** Card height for @p lineCount lines; the auto-arranger stacks cards with it. */
    static qreal heightFor(qsizetype lineCount);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    /** The card's texts cut to its width, in the fonts they are drawn in. */
    struct Texts {
        QFont base, bold, small, body;
        QString title, kind;
        qreal kindWidth = 0;
        QStringList lines;
        QList<qreal> lineWidths;
    };
    const Texts &textsFor(const QFont &font) const;
    void updateBlockColor();
    void updateGeometryAndTip();

    QString mKey;
    ItemKind mKind;
    ItemContent mContent;
    ItemStatus mStatus = ItemStatus::Ok;
    QString mStatusText;
    QString mFoldMarker;
    ItemStatus mFoldStatus = ItemStatus::Ok;
    QString mFoldText;
    QRectF mRect;
    mutable std::unique_ptr<Texts> mTexts;
    QColor mBlockColor = Theme::CardBorderColor;
    // The id on the block drawn far out, cut for the size it was last drawn at.
    QString mBlockText;
    QFont mBlockFont;
    int mBlockPixels = 0;
    int mBlockWidth = 0;
};

} // namespace Planar
