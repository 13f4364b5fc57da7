#pragma once

#include "itemcontent.h"
#include "theme.h"

#include <QGraphicsItem>

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
    QString mKey;
    ItemKind mKind;
    ItemContent mContent;
    ItemStatus mStatus = ItemStatus::Ok;
    QString mStatusText;
    QRectF mRect;
};

} // namespace Planar
