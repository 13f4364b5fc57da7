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
    mTexts.reset();
    mBlockText = QString();
    updateBlockColor();
    updateGeometryAndTip();
}

void EntityItem::updateGeometryAndTip()
{
    prepareGeometryChange();
    mRect = QRectF(0, 0, mContent.width, heightFor(mContent.lines.size() + (folded() ? 1 : 0)));
    QStringList tip{mContent.title};
    if (!mStatusText.isEmpty()) tip << mStatusText;
    if (folded()) tip << mFoldMarker;
    if (!mFoldText.isEmpty()) tip << mFoldText;
    setToolTip(tip.join(u'\n'));
    update();
}

void EntityItem::setFold(const QString &marker, ItemStatus hidden, const QString &why)
{
    const QString text = displayLines(why);
    if (marker == mFoldMarker && hidden == mFoldStatus && text == mFoldText) return;
    mFoldMarker = marker;
    mFoldStatus = marker.isEmpty() ? ItemStatus::Ok : hidden;
    mFoldText = marker.isEmpty() ? QString() : text;
    mBlockText = QString();
    updateBlockColor();
    updateGeometryAndTip();
}

QRectF EntityItem::foldMarkerRect() const
{
    if (!folded()) return {};
    return QRectF(mRect.left(), mRect.bottom() - LineHeight - 4, mRect.width(), LineHeight + 4)
        .translated(pos());
}

void EntityItem::setStatus(ItemStatus status, const QString &why)
{
    const QString text = displayLines(why); // the findings' messages quote the plan's texts
    if (status == mStatus && text == mStatusText) return;
    mStatus = status;
    mStatusText = text;
    updateBlockColor();
    updateGeometryAndTip();
}

QRectF EntityItem::boundingRect() const
{
    return mRect.adjusted(-4, -4, 4, 4);
}

void EntityItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < Theme::DetailZoom) {
        paintBlock(painter, mRect, selected);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QColor border = Theme::CardBorderColor;
    qreal borderWidth = 1;
    QColor fill = Qt::white;
    const ItemStatus status = shownStatus();
    if (status == ItemStatus::Error) {
        border = Theme::ErrorColor;
        borderWidth = 3;
        fill = Theme::ErrorFill;
    } else if (status == ItemStatus::Warning) {
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

    const Texts &texts = textsFor(painter->font());
    const qreal pad = 8;
    const QRectF headerRect(mRect.left() + pad, mRect.top(), mRect.width() - 2 * pad, HeaderHeight);
    painter->setFont(texts.small);
    painter->setPen(QColor(255, 255, 255, 220));
    painter->drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, texts.kind);
    painter->setFont(texts.bold);
    painter->setPen(Qt::white);
    painter->drawText(headerRect.adjusted(0, 0, -texts.kindWidth - 6, 0),
                      Qt::AlignLeft | Qt::AlignVCenter, texts.title);

    // The zone as a side stripe, so cross-zone links stand out.
    if (!mContent.zone.isEmpty() && mKind != ItemKind::Zone) {
        painter->fillRect(QRectF(mRect.left() + 1, mRect.top() + HeaderHeight, 5,
                                 mRect.height() - HeaderHeight - 1),
                          mContent.zoneColor);
    }

    painter->setFont(texts.body);
    qreal y = mRect.top() + HeaderHeight + 4;
    for (qsizetype i = 0; i < mContent.lines.size(); ++i) {
        const ItemContent::Line &line = mContent.lines[i];
        const QRectF r(mRect.left() + pad + 2, y, mRect.width() - 2 * pad - 2, LineHeight);
        const QString &text = texts.lines[i];
        if (line.badge) {
            const QRectF pill(r.left(), r.top() + 1, texts.lineWidths[i] + 8, LineHeight - 2);
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
    if (folded()) {
        // The fold marker, a button-like pill: a click on it expands the card.
        const QRectF r(mRect.left() + pad + 2, y + 1, mRect.width() - 2 * pad - 2, LineHeight - 2);
        const QColor ink = status == ItemStatus::Error     ? Theme::ErrorColor
                           : status == ItemStatus::Warning ? Theme::WarningColor
                                                           : mContent.accent;
        QColor tint = ink;
        tint.setAlpha(40);
        painter->setPen(QPen(ink, 1));
        painter->setBrush(tint);
        painter->drawRoundedRect(r, 3, 3);
        painter->setPen(ink.darker(140));
        painter->drawText(
            r.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(texts.body).elidedText(mFoldMarker, Qt::ElideRight, r.width() - 8));
    }

    if (selected) {
        painter->setPen(QPen(QColor(0x19, 0x76, 0xd2), 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(mRect.adjusted(-3, -3, 3, 3), radius + 2, radius + 2);
    }
}

const EntityItem::Texts &EntityItem::textsFor(const QFont &font) const
{
    // Eliding shapes the text, which was most of a frame's time with a few hundred cards in
    // view: the cut texts only change with the content.
    if (mTexts && mTexts->base == font) return *mTexts;
    auto texts = std::make_unique<Texts>();
    texts->base = font;
    texts->bold = font;
    texts->bold.setBold(true);
    texts->bold.setPointSizeF(9);
    texts->small = font;
    texts->small.setPointSizeF(8);
    texts->body = font;
    texts->body.setPointSizeF(8.5);
    const qreal pad = 8;
    const qreal headerWidth = mRect.width() - 2 * pad;
    const QFontMetricsF smallMetrics(texts->small);
    texts->kindWidth =
        qMin(smallMetrics.horizontalAdvance(mContent.kindLabel) + 2, mRect.width() / 2);
    texts->kind = smallMetrics.elidedText(mContent.kindLabel, Qt::ElideRight, texts->kindWidth);
    texts->title =
        QFontMetricsF(texts->bold)
            .elidedText(mContent.title, Qt::ElideRight, headerWidth - texts->kindWidth - 6);
    const QFontMetricsF metrics(texts->body);
    const qreal lineWidth = mRect.width() - 2 * pad - 2 - 8;
    for (const ItemContent::Line &line : mContent.lines) {
        texts->lines << metrics.elidedText(line.text, Qt::ElideRight, lineWidth);
        texts->lineWidths << metrics.horizontalAdvance(texts->lines.last());
    }
    mTexts = std::move(texts);
    return *mTexts;
}

void EntityItem::updateBlockColor()
{
    // Far out a card is a block: pale in its plane's colour, or solid red or amber when it has
    // a finding, so that faults stand out of thousands of cards.
    if (shownStatus() == ItemStatus::Error) {
        mBlockColor = Theme::ErrorColor;
    } else if (shownStatus() == ItemStatus::Warning) {
        mBlockColor = Theme::WarningColor;
    } else {
        const QColor accent = mContent.accent.isValid() ? mContent.accent : Theme::CardBorderColor;
        mBlockColor =
            QColor::fromRgbF(0.45f * accent.redF() + 0.55f, 0.45f * accent.greenF() + 0.55f,
                             0.45f * accent.blueF() + 0.55f);
    }
}

void EntityItem::paintBlock(QPainter *painter, const QRectF &rect, bool selected)
{
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(rect, mBlockColor);
    if (selected) paintSelection(painter, rect);
    paintBlockId(painter, rect);
}

void EntityItem::paintSelection(QPainter *painter, const QRectF &rect)
{
    QPen pen(QColor(0x19, 0x76, 0xd2), 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect);
}

void EntityItem::paintBlockId(QPainter *painter, const QRectF &rect)
{
    // In screen pixels, when the block is big enough to hold it.
    const QRectF onScreen = painter->worldTransform().mapRect(rect);
    if (onScreen.width() < 40 || onScreen.height() < 11) return;
    const int pixels = int(qBound(8.0, onScreen.height() * 0.4, 12.0));
    const int width = int(onScreen.width()) - 6;
    if (mBlockText.isNull() || mBlockPixels != pixels || mBlockWidth != width) {
        QFont font = painter->font();
        font.setPixelSize(pixels);
        mBlockFont = font;
        // Ids of a generated plan differ at the end (node-1001-3, node-1001-4): keep it.
        const QString title =
            folded() ? mContent.title + u' ' + mFoldMarker.section(u' ', 0, 1) : mContent.title;
        mBlockText = QFontMetrics(font).elidedText(title, Qt::ElideMiddle, width);
        mBlockPixels = pixels;
        mBlockWidth = width;
    }
    if (mBlockText.size() < 3) return; // "n…" says nothing
    const bool flagged = shownStatus() == ItemStatus::Error || shownStatus() == ItemStatus::Warning;
    painter->save();
    painter->resetTransform();
    painter->setFont(mBlockFont);
    painter->setPen(flagged ? QColor(Qt::white) : mContent.accent.darker(170));
    painter->drawText(onScreen.adjusted(3, 0, -3, 0), Qt::AlignCenter, mBlockText);
    painter->restore();
}

QVariant EntityItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    auto *planScene = qobject_cast<PlanScene *>(scene());
    if (planScene && change == ItemPositionChange) return planScene->snapped(value.toPointF());
    if (planScene && change == ItemPositionHasChanged) planScene->itemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace Planar
