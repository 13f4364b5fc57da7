#pragma once

#include "linkstyle.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

namespace Planar {

class EntityItem;
class LinkLabel;

/**
 * An arrow for one link between two entity cards, routed around the cards in its way
 * (LinkRouter); dashed red when the matrix forbids it. Its tag sits where no card or other
 * tag is.
 */
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
    /**
     * The link stands for @p count links (itself among them) whose ends are folded into
     * collapsed cards, drawn in the worst colour of them, @p worst; a @p count of 0 makes it
     * itself again.
     */
    void setFolded(int count, LinkState worst);
    int foldedCount() const { return mFoldCount; }
    /** The state the link is drawn in: its own, or the worst of those it stands for. */
    LinkState shownState() const { return mFoldCount > 0 ? mFoldState : mState; }
    /** Recomputes the route and the tag after an end, or a card in the way, moved. */
    void updateGeometry();
    /** The drawn route, from the border of one card to the border of the other. */
    QPolygonF path() const { return mPath; }
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
    void placeLabel();
    QPainterPath stroke() const;

    QString mKey;
    EntityItem *mFrom = nullptr;
    EntityItem *mTo = nullptr;
    QString mLabel;
    LinkLabel *mLabelItem;
    LinkState mState = LinkState::Allowed;
    int mFoldCount = 0;
    LinkState mFoldState = LinkState::Allowed;
    QPolygonF mPath;
};

} // namespace Planar
