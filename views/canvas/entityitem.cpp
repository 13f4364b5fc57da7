#include "entityitem.h"

#include "displaytext.h"
#include "planscene.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Planar {

EntityItem::EntityItem(const QString &key, ItemKind kind) : mKey(key), mKind(kind)
{
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges |
             (kind == ItemKind::None ? GraphicsItemFlags() : ItemIsMovable));
    setAcceptHoverEvents(true);
    setZValue(kind == ItemKind::Zone || kind == ItemKind::Network ? 2 : 3);
}

qreal EntityItem::heightFor(qsizetype lineCount)
{
    return Theme::cardHeight(lineCount);
}

void EntityItem::setContent(const ItemContent &content)
{
    prepareGeometryChange();
    mContent = content;
    mRect = QRectF(0, 0, content.width, heightFor(content.lines.size()));
    setToolTip(mStatusText.isEmpty() ? content.title : content.title + u'\n' + mStatusText);
    update();
}

void EntityItem::setStatus(ItemStatus status, const QString &why)
{
    const QString text = displayLines(why); // the findings' messages quote the plan's texts
    if (status == mStatus && text == mStatusText) return;
    mStatus = status;
    mStatusText = text;
    setToolTip(text.isEmpty() ? mContent.title : mContent.title + u'\n' + text);
    update();
}

QRectF EntityItem::boundingRect() const
{
    return mRect.adjusted(-4, -4, 4, 4);
}

void EntityItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    QColor border = Theme::CardBorderColor;
    qreal borderWidth = 1;
    QColor fill = Qt::white;
    if (mStatus == ItemStatus::Error) {
        border = Theme::ErrorColor;
        borderWidth = 3;
        fill = Theme::ErrorFill;
    } else if (mStatus == ItemStatus::Warning) {
        border = Theme::WarningColor;
        borderWidth = 3;
        fill = Theme::WarningFill;
    }
    painter->setPen(QPen(border, borderWidth));
    painter->setBrush(fill);
    const qreal radius = mKind == ItemKind::Workload || mKind == ItemKind::Zone ? 10 : 4;
    painter->drawRoundedRect(mRect, radius, radius);

    // Header strip in the plane colour, with the id and what kind of thing this is.
    QPainterPath header;
    header.addRoundedRect(mRect.adjusted(1, 1, -1, 0).left(), mRect.top() + 1, mRect.width() - 2,
                          HeaderHeight, radius, radius);
    painter->save();
    painter->setClipRect(QRectF(mRect.left(), mRect.top(), mRect.width(), HeaderHeight));
    painter->fillPath(header, mContent.accent);
    painter->restore();

    QFont bold = painter->font();
    bold.setBold(true);
    bold.setPointSizeF(9);
    QFont small = painter->font();
    small.setPointSizeF(8);
    const qreal pad = 8;
    const QRectF headerRect(mRect.left() + pad, mRect.top(), mRect.width() - 2 * pad, HeaderHeight);
    painter->setFont(small);
    const QFontMetricsF smallMetrics(small);
    const qreal kindWidth =
        qMin(smallMetrics.horizontalAdvance(mContent.kindLabel) + 2, mRect.width() / 2);
    painter->setPen(QColor(255, 255, 255, 220));
    painter->drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter,
                      smallMetrics.elidedText(mContent.kindLabel, Qt::ElideRight, kindWidth));
    painter->setFont(bold);
    painter->setPen(Qt::white);
    const QFontMetricsF boldMetrics(bold);
    painter->drawText(
        headerRect.adjusted(0, 0, -kindWidth - 6, 0), Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(mContent.title, Qt::ElideRight, headerRect.width() - kindWidth - 6));

    // The zone as a side stripe, so cross-zone links stand out.
    if (!mContent.zone.isEmpty() && mKind != ItemKind::Zone) {
        painter->fillRect(QRectF(mRect.left() + 1, mRect.top() + HeaderHeight, 5,
                                 mRect.height() - HeaderHeight - 1),
                          mContent.zoneColor);
    }

    QFont body = painter->font();
    body.setPointSizeF(8.5);
    painter->setFont(body);
    const QFontMetricsF metrics(body);
    qreal y = mRect.top() + HeaderHeight + 4;
    for (const ItemContent::Line &line : mContent.lines) {
        const QRectF r(mRect.left() + pad + 2, y, mRect.width() - 2 * pad - 2, LineHeight);
        const QString text = metrics.elidedText(line.text, Qt::ElideRight, r.width() - 8);
        if (line.badge) {
            const QRectF pill(r.left(), r.top() + 1, metrics.horizontalAdvance(text) + 8,
                              LineHeight - 2);
            QColor tint = line.color;
            tint.setAlpha(36);
            painter->setPen(Qt::NoPen);
            painter->setBrush(tint);
            painter->drawRoundedRect(pill, 3, 3);
            painter->setPen(line.color.darker(130));
            painter->drawText(pill.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
        } else {
            painter->setPen(line.color);
            painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        y += LineHeight;
    }

    if (selected) {
        painter->setPen(QPen(QColor(0x19, 0x76, 0xd2), 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(mRect.adjusted(-3, -3, 3, 3), radius + 2, radius + 2);
    }
}

QVariant EntityItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    auto *planScene = qobject_cast<PlanScene *>(scene());
    if (planScene && change == ItemPositionChange) return planScene->snapped(value.toPointF());
    if (planScene && change == ItemPositionHasChanged) planScene->itemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace Planar
