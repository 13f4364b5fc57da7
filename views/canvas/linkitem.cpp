#include "linkitem.h"

#include "displaytext.h"
#include "entityitem.h"
#include "linkrouter.h"
#include "planscene.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Planar {

namespace {

constexpr qreal ArrowSize = 10;
constexpr qreal CornerRadius = 12;

/** The point @p fraction of the way along @p path, by length. */
QPointF pointAlong(const QPolygonF &path, qreal fraction)
{
    qreal total = 0;
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        total += QLineF(path[i], path[i + 1]).length();
    qreal left = total * fraction;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const QLineF segment(path[i], path[i + 1]);
        if (left <= segment.length() || i + 2 == path.size())
            return segment.pointAt(segment.length() > 0 ? std::min(1.0, left / segment.length())
                                                        : 0);
        left -= segment.length();
    }
    return path.isEmpty() ? QPointF() : path.first();
}

} // namespace

/** The tag of a link: its ports and, when judged, "forbidden" or "exception". */
class LinkLabel : public QGraphicsItem {
public:
    LinkLabel()
    {
        setZValue(5);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    void set(const QString &text, const QColor &color, const QColor &textColor)
    {
        prepareGeometryChange();
        mText = text;
        mColor = color;
        mTextColor = textColor;
        QFont f;
        f.setPointSizeF(8);
        const QFontMetricsF metrics(f);
        const qreal w = metrics.horizontalAdvance(text) + 8;
        mRect = text.isEmpty() ? QRectF()
                               : QRectF(-w / 2, -metrics.height() / 2 - 1, w, metrics.height() + 2);
        update();
    }
    QString text() const { return mText; }
    QRectF boundingRect() const override { return mRect.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        // Far out the tags would be specks over the cards; LinkBundles counts the links there.
        if (mText.isEmpty() ||
            option->levelOfDetailFromTransform(painter->worldTransform()) < Theme::DetailZoom)
            return;
        QFont f = painter->font();
        f.setPointSizeF(8);
        painter->setFont(f);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(QColor(255, 255, 255, 240));
        painter->setPen(QPen(mColor, 1));
        painter->drawRoundedRect(mRect, 3, 3);
        painter->setPen(mTextColor);
        painter->drawText(mRect, Qt::AlignCenter, mText);
    }

private:
    QString mText;
    QColor mColor;
    QColor mTextColor;
    QRectF mRect;
};

LinkItem::LinkItem(const QString &key) : mKey(key), mLabelItem(new LinkLabel)
{
    setFlags(ItemIsSelectable);
    setZValue(1);
}

LinkItem::~LinkItem() = default;

QGraphicsItem *LinkItem::labelItem() const
{
    return mLabelItem;
}

QString LinkItem::labelText() const
{
    return mLabelItem->text();
}

void LinkItem::setEnds(EntityItem *from, EntityItem *to)
{
    mFrom = from;
    mTo = to;
    updateGeometry();
}

void LinkItem::setLabel(const QString &label)
{
    mLabel = displayText(label);
    updateGeometry();
}

void LinkItem::setState(LinkState state, const QString &why)
{
    mState = state;
    setToolTip(displayLines(why));
    mLabelItem->setToolTip(displayLines(why));
    updateGeometry();
}

void LinkItem::setFolded(int count, LinkState worst)
{
    if (count == mFoldCount && (count == 0 || worst == mFoldState)) return;
    mFoldCount = count;
    mFoldState = worst;
    updateGeometry();
}

void LinkItem::updateGeometry()
{
    prepareGeometryChange();
    if (!mFrom || !mTo || mFrom == mTo) {
        mPath.clear();
        mLabelItem->set({}, {}, {});
        if (auto *planScene = qobject_cast<PlanScene *>(scene()))
            planScene->placeTag(mLabelItem, {});
        return;
    }
    const QRectF a = mFrom->sceneBoundingRect().adjusted(4, 4, -4, -4);
    const QRectF b = mTo->sceneBoundingRect().adjusted(4, 4, -4, -4);
    const auto *planScene = qobject_cast<PlanScene *>(scene());
    if (planScene && planScene->routesLinks())
        mPath = LinkRouter::route(
            a, b, [planScene](const QLineF &segment) { return planScene->cardsAlong(segment); });
    else
        mPath = QPolygonF{exitPoint(a, b.center()), exitPoint(b, a.center())};

    // Folded, the tag counts the links the arrow stands for, as LinkBundles does far out.
    const QString label =
        mFoldCount > 1 ? QCoreApplication::translate("Planar::LinkItem", "%1 links").arg(mFoldCount)
                       : mLabel;
    QString text = label;
    if (shownState() == LinkState::Forbidden)
        text = QCoreApplication::translate("Planar::LinkItem", "✕ forbidden  %1").arg(label);
    else if (shownState() == LinkState::ByException)
        text = QCoreApplication::translate("Planar::LinkItem", "⚑ exception  %1").arg(label);
    const QColor color = pen().color();
    mLabelItem->set(text.trimmed(), color,
                    shownState() == LinkState::Allowed ? Theme::TextColor : color.darker(110));
    placeLabel();
}

void LinkItem::placeLabel()
{
    auto *planScene = qobject_cast<PlanScene *>(scene());
    const QRectF tag = mLabelItem->boundingRect();
    // On the route, where no card and no other tag is: the middle first, then further out,
    // then beside the line. A tag nowhere free stays in the middle.
    QPointF at = pointAlong(mPath, 0.5);
    if (planScene && !tag.isEmpty()) {
        bool found = false;
        for (const qreal side : {0.0, -1.0, 1.0}) {
            for (const qreal t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
                const QPointF spot =
                    pointAlong(mPath, t) + QPointF(0, side * (tag.height() / 2 + 3));
                if (planScene->tagSpotFree(tag.translated(spot), mLabelItem)) {
                    at = spot;
                    found = true;
                    break;
                }
            }
            if (found) break;
        }
        planScene->placeTag(mLabelItem, tag.translated(at));
    }
    mLabelItem->setPos(at);
}

QPen LinkItem::pen() const
{
    return linkPen(shownState());
}

QPainterPath LinkItem::stroke() const
{
    // The route with its corners rounded: it reads as one flowing line, not a zigzag.
    QPainterPath path;
    if (mPath.size() < 2) return path;
    path.moveTo(mPath.first());
    for (qsizetype i = 1; i + 1 < mPath.size(); ++i) {
        const QLineF in(mPath[i], mPath[i - 1]), out(mPath[i], mPath[i + 1]);
        const qreal r = std::min({CornerRadius, in.length() / 2, out.length() / 2});
        path.lineTo(in.pointAt(r / std::max<qreal>(in.length(), 1)));
        path.quadTo(mPath[i], out.pointAt(r / std::max<qreal>(out.length(), 1)));
    }
    path.lineTo(mPath.last());
    return path;
}

QRectF LinkItem::boundingRect() const
{
    if (mPath.size() < 2) return {};
    return mPath.boundingRect().adjusted(-12, -12, 12, 12);
}

QPainterPath LinkItem::shape() const
{
    if (mPath.size() < 2) return {};
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(stroke());
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (mPath.size() < 2) return;
    const QLineF last(mPath[mPath.size() - 2], mPath.last());
    if (last.length() < 1 && mPath.size() == 2) return;
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < Theme::DetailZoom)
        return; // LinkBundles draws the links far out
    painter->setRenderHint(QPainter::Antialiasing);
    QPen p = pen();
    if (option->state & QStyle::State_Selected) p.setWidthF(p.widthF() + 2);
    painter->setPen(p);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(stroke());

    const qreal angle = std::atan2(-last.dy(), last.dx());
    const QPointF tip = last.p2();
    const QPointF left = tip - QPointF(std::cos(angle - M_PI / 7) * ArrowSize,
                                       -std::sin(angle - M_PI / 7) * ArrowSize);
    const QPointF right = tip - QPointF(std::cos(angle + M_PI / 7) * ArrowSize,
                                        -std::sin(angle + M_PI / 7) * ArrowSize);
    painter->setPen(Qt::NoPen);
    painter->setBrush(p.color());
    painter->drawPolygon(QPolygonF{tip, left, right});
}

} // namespace Planar
