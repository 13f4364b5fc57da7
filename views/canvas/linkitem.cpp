#include "linkitem.h"

#include "entityitem.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Planar {

namespace {

/** Where the segment from the centre of @p rect towards @p outside leaves the rect. */
QPointF exitPoint(const QRectF &rect, const QPointF &outside)
{
    const QPointF c = rect.center();
    const QLineF ray(c, outside);
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF &edge : edges) {
        QPointF hit;
        if (ray.intersects(edge, &hit) == QLineF::BoundedIntersection) return hit;
    }
    return c;
}

constexpr qreal ArrowSize = 10;

} // namespace

LinkItem::LinkItem(const QString &key) : mKey(key)
{
    setFlags(ItemIsSelectable);
    setZValue(1);
}

void LinkItem::setEnds(EntityItem *from, EntityItem *to)
{
    mFrom = from;
    mTo = to;
    updateGeometry();
}

void LinkItem::setLabel(const QString &label)
{
    mLabel = label;
    update();
}

void LinkItem::setState(LinkState state, const QString &why)
{
    mState = state;
    setToolTip(why);
    update();
}

void LinkItem::updateGeometry()
{
    prepareGeometryChange();
    if (!mFrom || !mTo || mFrom == mTo) {
        mLine = QLineF();
        return;
    }
    const QRectF a = mFrom->sceneBoundingRect().adjusted(4, 4, -4, -4);
    const QRectF b = mTo->sceneBoundingRect().adjusted(4, 4, -4, -4);
    mLine = QLineF(exitPoint(a, b.center()), exitPoint(b, a.center()));
}

QPen LinkItem::pen() const
{
    switch (mState) {
    case LinkState::Forbidden:
        return QPen(Theme::ErrorColor, 2.5, Qt::DashLine);
    case LinkState::ByException:
        return QPen(Theme::ExceptionColor, 2, Qt::DashDotLine);
    case LinkState::Allowed:
        break;
    }
    return QPen(QColor(0x45, 0x5a, 0x64), 1.6);
}

QRectF LinkItem::boundingRect() const
{
    if (mLine.isNull()) return {};
    return QRectF(mLine.p1(), mLine.p2()).normalized().adjusted(-130, -20, 130, 20);
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

    QString text = mLabel;
    if (mState == LinkState::Forbidden)
        text = QCoreApplication::translate("Planar::LinkItem", "✕ forbidden  %1").arg(mLabel);
    else if (mState == LinkState::ByException)
        text = QCoreApplication::translate("Planar::LinkItem", "⚑ exception  %1").arg(mLabel);
    if (text.trimmed().isEmpty()) return;
    QFont font = painter->font();
    font.setPointSizeF(8);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const QPointF mid = mLine.center();
    const QRectF box(mid.x() - metrics.horizontalAdvance(text) / 2 - 4,
                     mid.y() - metrics.height() / 2 - 1, metrics.horizontalAdvance(text) + 8,
                     metrics.height() + 2);
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->setPen(QPen(p.color(), 1));
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(mState == LinkState::Allowed ? Theme::TextColor : p.color().darker(110));
    painter->drawText(box, Qt::AlignCenter, text);
}

} // namespace Planar
