// Diagram::toSvg: the picture as one <svg> element. Written by hand rather than through
// QSvgGenerator so that every card carries data-id and every arrow data-link, texts stay text,
// and the bytes depend only on the plan.
#include "diagram.h"
#include "diagramtext.h"

#include <cmath>

namespace Planar {

using namespace DiagramText;

namespace {

constexpr qreal ArrowSize = 10;

QString color(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString svgPaint(const QColor &c, const char *attribute)
{
    QString s = QStringLiteral(" %1=\"%2\"").arg(QLatin1String(attribute), color(c));
    if (c.alpha() < 255)
        s += QStringLiteral(" %1-opacity=\"%2\"").arg(QLatin1String(attribute), num(c.alphaF()));
    return s;
}

QString rect(const QRectF &r, qreal radius = 0)
{
    QString s = QStringLiteral("x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\"")
                    .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()));
    if (radius > 0) s += QStringLiteral(" rx=\"%1\"").arg(num(radius));
    return s;
}

/** A line of text with its baseline centred vertically in a row at @p top of @p height. */
QString text(qreal x, qreal top, qreal height, qreal px, const QColor &fill, const QString &body,
             const char *extra = "")
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\"%4%5>%6</text>\n")
        .arg(num(x), num(top + height / 2 + px * 0.36), num(px), svgPaint(fill, "fill"),
             QLatin1String(extra), xml(body));
}

QString dashes(Qt::PenStyle style, qreal width)
{
    if (style == Qt::DashLine)
        return QStringLiteral(" stroke-dasharray=\"%1 %2\"").arg(num(4 * width), num(2 * width));
    if (style == Qt::DashDotLine)
        return QStringLiteral(" stroke-dasharray=\"%1 %2 %3 %2\"")
            .arg(num(4 * width), num(2 * width), num(width));
    return {};
}

QString linkLine(const QLineF &line, LinkState state)
{
    const QPen pen = linkPen(state);
    QString s =
        QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke-width=\"%5\"%6%7/>\n")
            .arg(num(line.x1()), num(line.y1()), num(line.x2()), num(line.y2()), num(pen.widthF()),
                 svgPaint(pen.color(), "stroke"), dashes(pen.style(), pen.widthF()));
    return s;
}

QString arrowHead(const QLineF &line, LinkState state)
{
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const QPointF tip = line.p2();
    const QPointF left = tip - QPointF(std::cos(angle - M_PI / 7) * ArrowSize,
                                       -std::sin(angle - M_PI / 7) * ArrowSize);
    const QPointF right = tip - QPointF(std::cos(angle + M_PI / 7) * ArrowSize,
                                        -std::sin(angle + M_PI / 7) * ArrowSize);
    return QStringLiteral("<polygon points=\"%1,%2 %3,%4 %5,%6\"%7/>\n")
        .arg(num(tip.x()), num(tip.y()), num(left.x()), num(left.y()), num(right.x()),
             num(right.y()), svgPaint(linkPen(state).color(), "fill"));
}

/** The header strip: rounded at the top like the card, square where the body starts. */
QString headerPath(const QRectF &r, qreal radius, const QColor &fill)
{
    const qreal x = r.x() + 1, y = r.y() + 1, w = r.width() - 2, h = Theme::CardHeaderHeight;
    return QStringLiteral(
               "<path d=\"M%1,%2 A%3,%3 0 0 1 %4,%5 H%6 A%3,%3 0 0 1 %7,%2 V%8 H%1 Z\"%9/>\n")
        .arg(num(x), num(y + radius), num(radius), num(x + radius), num(y), num(x + w - radius),
             num(x + w), num(y + h), svgPaint(fill, "fill"));
}

const char *kindKey(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Zone:
        return "zone";
    case ItemKind::Network:
        return "network";
    case ItemKind::Host:
        return "host";
    case ItemKind::Vm:
        return "vm";
    case ItemKind::Workload:
        return "workload";
    case ItemKind::Link:
    case ItemKind::None:
        break;
    }
    return "cluster";
}

const char *stateKey(LinkState state)
{
    switch (state) {
    case LinkState::Forbidden:
        return "denied";
    case LinkState::ByException:
        return "exception";
    case LinkState::Allowed:
        break;
    }
    return "allowed";
}

QString card(const Diagram::Card &c)
{
    const ItemContent &k = c.content;
    const QRectF &r = c.rect;
    QColor border = Theme::CardBorderColor, fill = Qt::white;
    qreal borderWidth = 1;
    const char *status = "ok";
    if (c.status == ItemStatus::Error) {
        border = Theme::ErrorColor, fill = Theme::ErrorFill, borderWidth = 3, status = "error";
    } else if (c.status == ItemStatus::Warning) {
        border = Theme::WarningColor, fill = Theme::WarningFill, borderWidth = 3,
        status = "warning";
    }
    const qreal radius = c.kind == ItemKind::Workload || c.kind == ItemKind::Zone ? 10 : 4;
    QString s = QStringLiteral("<g class=\"node\" data-id=\"%1\" data-kind=\"%2\" "
                               "data-status=\"%3\">\n<title>%1</title>\n")
                    .arg(xml(c.id), QLatin1String(kindKey(c.kind)), QLatin1String(status));
    s += QStringLiteral("<rect %1 stroke-width=\"%2\"%3%4/>\n")
             .arg(rect(r, radius), num(borderWidth), svgPaint(fill, "fill"),
                  svgPaint(border, "stroke"));
    s += headerPath(r, radius, k.accent);
    const QRectF header(r.left() + 8, r.top(), r.width() - 16, Theme::CardHeaderHeight);
    s += text(header.right(), header.top(), header.height(), KindPx, QColor(255, 255, 255, 220),
              k.kindLabel, " text-anchor=\"end\"");
    s += text(header.left(), header.top(), header.height(), TitlePx, Qt::white, k.title,
              " font-weight=\"bold\"");
    if (!k.zone.isEmpty() && c.kind != ItemKind::Zone)
        s += QStringLiteral("<rect %1%2/>\n")
                 .arg(rect(QRectF(r.left() + 1, r.top() + Theme::CardHeaderHeight, 5,
                                  r.height() - Theme::CardHeaderHeight - 1)),
                      svgPaint(k.zoneColor, "fill"));
    qreal y = r.top() + Theme::CardHeaderHeight + 4;
    for (const ItemContent::Line &line : k.lines) {
        const qreal x = r.left() + 10;
        if (line.badge) {
            QColor tint = line.color;
            tint.setAlpha(36);
            s += QStringLiteral("<rect %1%2/>\n")
                     .arg(rect(QRectF(x, y + 1, width(line.text, BodyPx) + 8,
                                      Theme::CardLineHeight - 2),
                               3),
                          svgPaint(tint, "fill"));
            s += text(x + 4, y, Theme::CardLineHeight, BodyPx, line.color.darker(130), line.text);
        } else {
            s += text(x, y, Theme::CardLineHeight, BodyPx, line.color, line.text);
        }
        y += Theme::CardLineHeight;
    }
    return s + QStringLiteral("</g>\n");
}

QString frame(const Diagram::Frame &f)
{
    QString s = f.zone.isEmpty()
                    ? QStringLiteral("<g class=\"namespace\">\n")
                    : QStringLiteral("<g class=\"zone-frame\" data-zone=\"%1\" data-cde=\"%2\">\n")
                          .arg(xml(f.zone), QLatin1String(f.cde ? "true" : "false"));
    QColor tint = f.color;
    tint.setAlpha(f.zone.isEmpty() ? 18 : 12);
    s += QStringLiteral("<rect %1 stroke-width=\"%2\"%3%4%5/>\n")
             .arg(rect(f.rect, f.zone.isEmpty() ? 0 : 8), num(f.cde ? 2.5 : 1.2),
                  svgPaint(tint, "fill"), svgPaint(f.color, "stroke"),
                  f.zone.isEmpty() ? dashes(Qt::DashLine, 1.2) : QString());
    const QColor ink = f.color.darker(130);
    qreal x = f.rect.left() + 8;
    if (f.cde) {
        const QString &tag = f.cdeTag;
        s += QStringLiteral("<rect %1%2/>\n")
                 .arg(rect(QRectF(x, f.rect.top() + 4, width(tag, KindPx) + 10, 15), 3),
                      svgPaint(Theme::ErrorColor.darker(120), "fill"));
        s += text(x + 5, f.rect.top() + 4, 15, KindPx, Qt::white, tag, " font-weight=\"bold\"");
        x += width(tag, KindPx) + 16;
    }
    s += text(x, f.rect.top() + 3, 16, BodyPx, ink, f.label,
              f.zone.isEmpty() ? " font-style=\"italic\"" : " font-weight=\"bold\"");
    return s + QStringLiteral("</g>\n");
}

} // namespace

QByteArray Diagram::toSvg() const
{
    const QRectF b = mBounds;
    QString s = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                               "width=\"%1\" height=\"%2\" viewBox=\"%3 %4 %1 %2\" "
                               "font-family=\"%5, Verdana, sans-serif\" role=\"img\">\n")
                    .arg(num(b.width()), num(b.height()), num(b.x()), num(b.y()),
                         QLatin1String(FontFamily));
    s += QStringLiteral("<title>%1</title>\n").arg(xml(mTitle));
    s += QStringLiteral("<rect %1 fill=\"#ffffff\"/>\n").arg(rect(b));
    s += QStringLiteral("<g class=\"bands\">\n");
    for (const Band &band : mBands) {
        s += QStringLiteral("<rect %1%2/>\n").arg(rect(band.rect), svgPaint(band.fill, "fill"));
        s += QStringLiteral("<rect %1%2/>\n")
                 .arg(rect(QRectF(band.rect.left(), band.rect.top(), 6, band.rect.height())),
                      svgPaint(band.accent, "fill"));
        s += text(band.rect.left() + 16, band.rect.top() + 6, 22, BandPx, band.accent.darker(140),
                  band.title, " font-weight=\"bold\"");
    }
    s += QStringLiteral("</g>\n<g class=\"frames\">\n");
    for (const Frame &f : mFrames)
        s += frame(f);
    s += QStringLiteral("</g>\n<g class=\"edges\">\n");
    for (const Edge &e : mEdges) {
        s += QStringLiteral(
                 "<g class=\"edge\" data-link=\"%1\" data-state=\"%2\">\n<title>%3</title>\n")
                 .arg(xml(e.key), QLatin1String(stateKey(e.state)), xml(e.title));
        if (!e.line.isNull() && e.line.length() >= 1)
            s += linkLine(e.line, e.state) + arrowHead(e.line, e.state);
        s += QStringLiteral("</g>\n");
    }
    s += QStringLiteral("</g>\n<g class=\"nodes\">\n");
    for (const Card &c : mCards)
        s += card(c);
    s += QStringLiteral("</g>\n<g class=\"link-labels\">\n");
    for (const Edge &e : mEdges) {
        if (e.labelRect.isNull()) continue;
        const QColor c = linkPen(e.state).color();
        s += QStringLiteral(
                 "<g data-label-of=\"%1\">\n<rect %2 fill=\"#ffffff\" fill-opacity=\"0.94\"%3/>\n")
                 .arg(xml(e.key), rect(e.labelRect, 3), svgPaint(c, "stroke"));
        s += text(e.labelRect.center().x(), e.labelRect.top(), e.labelRect.height(), LabelPx,
                  e.state == LinkState::Allowed ? Theme::TextColor : c.darker(110), e.label,
                  " text-anchor=\"middle\"");
        s += QStringLiteral("</g>\n");
    }
    s += QStringLiteral("</g>\n<g class=\"legend\">\n");
    for (const LegendItem &l : mLegend) {
        const QRectF &r = l.rect;
        switch (l.sample) {
        case LegendItem::Link: {
            const QLineF line(r.left(), r.center().y(), r.right(), r.center().y());
            s += linkLine(line, l.state) + arrowHead(line, l.state);
            break;
        }
        case LegendItem::Frame: {
            QColor tint = l.color;
            tint.setAlpha(12);
            s += QStringLiteral("<rect %1 stroke-width=\"%2\"%3%4/>\n")
                     .arg(rect(r, 4), num(l.cde ? 2.5 : 1.2), svgPaint(tint, "fill"),
                          svgPaint(l.color, "stroke"));
            if (l.cde)
                s += QStringLiteral("<rect %1%2/>\n")
                         .arg(rect(r.adjusted(8, 4, -8, -4), 2),
                              svgPaint(Theme::ErrorColor.darker(120), "fill"));
            break;
        }
        case LegendItem::Card:
            s += QStringLiteral("<rect %1 stroke-width=\"3\"%2%3/>\n")
                     .arg(rect(r, 4),
                          svgPaint(l.status == ItemStatus::Error ? Theme::ErrorFill
                                                                 : Theme::WarningFill,
                                   "fill"),
                          svgPaint(l.status == ItemStatus::Error ? Theme::ErrorColor
                                                                 : Theme::WarningColor,
                                   "stroke"));
            break;
        case LegendItem::Swatch:
            s += QStringLiteral("<rect %1%2/>\n").arg(rect(r, 3), svgPaint(l.color, "fill"));
            break;
        }
        s += text(r.right() + 8, r.top(), r.height(), BodyPx, Theme::TextColor, l.text);
    }
    s += QStringLiteral("</g>\n</svg>\n");
    return s.toUtf8();
}

} // namespace Planar
