#pragma once

#include "linkstyle.h"

#include <QGraphicsItem>
#include <QPen>

namespace Planar {

class EntityItem;
class LinkLabel;

/** An arrow for one link between two entity cards; dashed red when the matrix forbids it. */
class LinkItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    explicit LinkItem(const QString &key);
    ~LinkItem() override;

    QString key() const { return mKey; }
    void setEnds(EntityItem *from, EntityItem *to);
    EntityItem *from() const { return mFrom; }
    EntityItem *to() const { return mTo; }
    void setLabel(const QString &label);
    LinkState state() const { return mState; }
    void setState(LinkState state, const QString &why);
    /** Recomputes the arrow after an end moved or resized. */
    void updateGeometry();
    /**
     * The ports/verdict tag, a separate item drawn above the cards so none hides it. The scene
     * owns it (and deletes it with the link).
     */
    QGraphicsItem *labelItem() const;
    QString labelText() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPen pen() const;

    QString mKey;
    EntityItem *mFrom = nullptr;
    EntityItem *mTo = nullptr;
    QString mLabel;
    LinkLabel *mLabelItem;
    LinkState mState = LinkState::Allowed;
    QLineF mLine;
};

} // namespace Planar
