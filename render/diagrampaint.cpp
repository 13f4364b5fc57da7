// Diagram::paint: the picture of toSvg() drawn with QPainter, as vectors, for PDF (QPdfWriter),
// PNG (QImage) and printing. Same geometry and texts; only the drawing calls differ.
#include "diagram.h"
#include "diagramtext.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Planar {

using namespace DiagramText;

namespace {

constexpr qreal ArrowSize = 10;

/** A font of @p px diagram units whatever the device's resolution. */
QFont font(QPainter *painter, qreal px, bool bold = false, bool italic = false)
{
    QFont f(QString::fromLatin1(FontFamily));
    const int dpi = painter->device() ? painter->device()->logicalDpiY() : 96;
    f.setPointSizeF(px * 72.0 / (dpi > 0 ? dpi : 96));
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

enum class Anchor { Start, Middle, End };

void text(QPainter *p, qreal x, qreal top, qreal height, const QFont &f, const QColor &color,
          const QString &body, Anchor anchor = Anchor::Start)
{
    p->setFont(f);
    p->setPen(color);
    const qreal w = QFontMetricsF(f, p->device()).horizontalAdvance(body);
    const qreal px = f.pointSizeF() * (p->device() ? p->device()->logicalDpiY() : 96) / 72.0;
    if (anchor == Anchor::Middle) x -= w / 2;
    if (anchor == Anchor::End) x -= w;
    p->drawText(QPointF(x, top + height / 2 + px * 0.36), body);
}

void arrow(QPainter *p, const QLineF &line, LinkState state)
{
    const QPen pen = linkPen(state);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawLine(line);
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const QPointF tip = line.p2();
    const QPointF left = tip - QPointF(std::cos(angle - M_PI / 7) * ArrowSize,
                                       -std::sin(angle - M_PI / 7) * ArrowSize);
    const QPointF right = tip - QPointF(std::cos(angle + M_PI / 7) * ArrowSize,
                                        -std::sin(angle + M_PI / 7) * ArrowSize);
    p->setPen(Qt::NoPen);
    p->setBrush(pen.color());
    p->drawPolygon(QPolygonF{tip, left, right});
}

void card(QPainter *p, const Diagram::Card &c)
{
    const ItemContent &k = c.content;
    const QRectF &r = c.rect;
    QColor border = Theme::CardBorderColor, fill = Qt::white;
    qreal borderWidth = 1;
    if (c.status == ItemStatus::Error)
        border = Theme::ErrorColor, fill = Theme::ErrorFill, borderWidth = 3;
    else if (c.status == ItemStatus::Warning)
        border = Theme::WarningColor, fill = Theme::WarningFill, borderWidth = 3;
    const qreal radius = c.kind == ItemKind::Workload || c.kind == ItemKind::Zone ? 10 : 4;
    p->setPen(QPen(border, borderWidth));
    p->setBrush(fill);
    p->drawRoundedRect(r, radius, radius);
    QPainterPath header;
    const qreal x = r.x() + 1, y = r.y() + 1, w = r.width() - 2;
    header.moveTo(x, y + Theme::CardHeaderHeight - 1);
    header.lineTo(x, y + radius);
    header.arcTo(QRectF(x, y, 2 * radius, 2 * radius), 180, -90);
    header.lineTo(x + w - radius, y);
    header.arcTo(QRectF(x + w - 2 * radius, y, 2 * radius, 2 * radius), 90, -90);
    header.lineTo(x + w, y + Theme::CardHeaderHeight - 1);
    header.closeSubpath();
    p->fillPath(header, k.accent);
    const QRectF head(r.left() + 8, r.top(), r.width() - 16, Theme::CardHeaderHeight);
    text(p, head.right(), head.top(), head.height(), font(p, KindPx), QColor(255, 255, 255, 220),
         k.kindLabel, Anchor::End);
    text(p, head.left(), head.top(), head.height(), font(p, TitlePx, true), Qt::white, k.title);
    if (!k.zone.isEmpty() && c.kind != ItemKind::Zone)
        p->fillRect(QRectF(r.left() + 1, r.top() + Theme::CardHeaderHeight, 5,
                           r.height() - Theme::CardHeaderHeight - 1),
                    k.zoneColor);
    const QFont body = font(p, BodyPx);
    qreal ly = r.top() + Theme::CardHeaderHeight + 4;
    for (const ItemContent::Line &line : k.lines) {
        const qreal lx = r.left() + 10;
        if (line.badge) {
            QColor tint = line.color;
            tint.setAlpha(36);
            p->setPen(Qt::NoPen);
            p->setBrush(tint);
            p->drawRoundedRect(
                QRectF(lx, ly + 1, width(line.text, BodyPx) + 8, Theme::CardLineHeight - 2), 3, 3);
            text(p, lx + 4, ly, Theme::CardLineHeight, body, line.color.darker(130), line.text);
        } else {
            text(p, lx, ly, Theme::CardLineHeight, body, line.color, line.text);
        }
        ly += Theme::CardLineHeight;
    }
}

void frame(QPainter *p, const Diagram::Frame &f)
{
    QColor tint = f.color;
    tint.setAlpha(f.zone.isEmpty() ? 18 : 12);
    QPen pen(f.color, f.cde ? 2.5 : 1.2, f.zone.isEmpty() ? Qt::DashLine : Qt::SolidLine);
    p->setPen(pen);
    p->setBrush(tint);
    if (f.zone.isEmpty())
        p->drawRect(f.rect);
    else
        p->drawRoundedRect(f.rect, 8, 8);
    qreal x = f.rect.left() + 8;
    if (f.cde) {
        const QString &tag = f.cdeTag;
        p->setPen(Qt::NoPen);
        p->setBrush(Theme::ErrorColor.darker(120));
        p->drawRoundedRect(QRectF(x, f.rect.top() + 4, width(tag, KindPx) + 10, 15), 3, 3);
        text(p, x + 5, f.rect.top() + 4, 15, font(p, KindPx, true), Qt::white, tag);
        x += width(tag, KindPx) + 16;
    }
    text(p, x, f.rect.top() + 3, 16, font(p, BodyPx, !f.zone.isEmpty(), f.zone.isEmpty()),
         f.color.darker(130), f.label);
}

} // namespace

void Diagram::paint(QPainter *painter) const
{
    QPainter *p = painter;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    p->fillRect(mBounds, Qt::white);
    for (const Band &band : mBands) {
        p->fillRect(band.rect, band.fill);
        p->fillRect(QRectF(band.rect.left(), band.rect.top(), 6, band.rect.height()), band.accent);
        text(p, band.rect.left() + 16, band.rect.top() + 6, 22, font(p, BandPx, true),
             band.accent.darker(140), band.title);
    }
    for (const Frame &f : mFrames)
        frame(p, f);
    for (const Edge &e : mEdges)
        if (!e.line.isNull() && e.line.length() >= 1) arrow(p, e.line, e.state);
    for (const Card &c : mCards)
        card(p, c);
    for (const Edge &e : mEdges) {
        if (e.labelRect.isNull()) continue;
        const QColor c = linkPen(e.state).color();
        p->setPen(QPen(c, 1));
        p->setBrush(QColor(255, 255, 255, 240));
        p->drawRoundedRect(e.labelRect, 3, 3);
        text(p, e.labelRect.center().x(), e.labelRect.top(), e.labelRect.height(), font(p, LabelPx),
             e.state == LinkState::Allowed ? Theme::TextColor : c.darker(110), e.label,
             Anchor::Middle);
    }
    for (const LegendItem &l : mLegend) {
        const QRectF &r = l.rect;
        switch (l.sample) {
        case LegendItem::Link:
            arrow(p, QLineF(r.left(), r.center().y(), r.right(), r.center().y()), l.state);
            break;
        case LegendItem::Frame: {
            QColor tint = l.color;
            tint.setAlpha(12);
            p->setPen(QPen(l.color, l.cde ? 2.5 : 1.2));
            p->setBrush(tint);
            p->drawRoundedRect(r, 4, 4);
            if (l.cde) p->fillRect(r.adjusted(8, 4, -8, -4), Theme::ErrorColor.darker(120));
            break;
        }
        case LegendItem::Card: {
            const bool error = l.status == ItemStatus::Error;
            p->setPen(QPen(error ? Theme::ErrorColor : Theme::WarningColor, 3));
            p->setBrush(error ? Theme::ErrorFill : Theme::WarningFill);
            p->drawRoundedRect(r, 4, 4);
            break;
        }
        case LegendItem::Swatch:
            p->setPen(Qt::NoPen);
            p->setBrush(l.color);
            p->drawRoundedRect(r, 3, 3);
            break;
        }
        text(p, r.right() + 8, r.top(), r.height(), font(p, BodyPx), Theme::TextColor, l.text);
    }
    p->restore();
}

} // namespace Planar
