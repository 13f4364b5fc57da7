#include "linkitem.h"

#include "displaytext.h"
#include "entityitem.h"
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

void LinkItem::updateGeometry()
{
    prepareGeometryChange();
    if (!mFrom || !mTo || mFrom == mTo) {
        mLine = QLineF();
        mLabelItem->set({}, {}, {});
        return;
    }
    const QRectF a = mFrom->sceneBoundingRect().adjusted(4, 4, -4, -4);
    const QRectF b = mTo->sceneBoundingRect().adjusted(4, 4, -4, -4);
    mLine = QLineF(exitPoint(a, b.center()), exitPoint(b, a.center()));

    QString text = mLabel;
    if (mState == LinkState::Forbidden)
        text = QCoreApplication::translate("Planar::LinkItem", "✕ forbidden  %1").arg(mLabel);
    else if (mState == LinkState::ByException)
        text = QCoreApplication::translate("Planar::LinkItem", "⚑ exception  %1").arg(mLabel);
    const QColor color = pen().color();
    mLabelItem->set(text.trimmed(), color,
                    mState == LinkState::Allowed ? Theme::TextColor : color.darker(110));
    // Put the tag where no card covers it: the middle, else a little towards either end.
    QPointF at = mLine.center();
    if (const auto *planScene = qobject_cast<PlanScene *>(scene())) {
        for (qreal t : {0.5, 0.38, 0.62, 0.28, 0.72}) {
            if (!planScene->cardCovers(mLine.pointAt(t))) {
                at = mLine.pointAt(t);
                break;
            }
        }
    }
    mLabelItem->setPos(at);
}

QPen LinkItem::pen() const
{
    return linkPen(mState);
}

QRectF LinkItem::boundingRect() const
{
    if (mLine.isNull()) return {};
    return QRectF(mLine.p1(), mLine.p2()).normalized().adjusted(-12, -12, 12, 12);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path;
    if (mLine.isNull()) return path;
    path.moveTo(mLine.p1());
    path.lineTo(mLine.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (mLine.isNull() || mLine.length() < 1) return;
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < Theme::DetailZoom)
        return; // LinkBundles draws the links far out
    painter->setRenderHint(QPainter::Antialiasing);
    QPen p = pen();
    if (option->state & QStyle::State_Selected) p.setWidthF(p.widthF() + 2);
    painter->setPen(p);
    painter->drawLine(mLine);

    const qreal angle = std::atan2(-mLine.dy(), mLine.dx());
    const QPointF tip = mLine.p2();
    const QPointF left = tip - QPointF(std::cos(angle - M_PI / 7) * ArrowSize,
                                       -std::sin(angle - M_PI / 7) * ArrowSize);
    const QPointF right = tip - QPointF(std::cos(angle + M_PI / 7) * ArrowSize,
                                        -std::sin(angle + M_PI / 7) * ArrowSize);
    painter->setPen(Qt::NoPen);
    painter->setBrush(p.color());
    painter->drawPolygon(QPolygonF{tip, left, right});
}

} // namespace Planar
