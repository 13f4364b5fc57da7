#pragma once
// Text helpers of the diagram. Widths are estimated from the characters, not measured with a
// font: the CLI writes diagrams without a font database, and the SVG must not depend on which
// fonts a machine has (same plan → same bytes).

#include <QString>

namespace Planar::DiagramText {

inline constexpr qreal TitlePx = 12;
inline constexpr qreal KindPx = 10.5;
inline constexpr qreal BodyPx = 11;
inline constexpr qreal LabelPx = 10.5;
inline constexpr qreal BandPx = 13;
inline const char FontFamily[] = "DejaVu Sans";

/** East Asian wide characters take a full em; Latin text about 0.6 em in DejaVu Sans. */
inline qreal width(const QString &text, qreal px)
{
    qreal w = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) ||
                          (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff) ||
                          (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60) ||
                          (u >= 0xffe0 && u <= 0xffe6) || ch.isSurrogate();
        w += wide ? px : 0.62 * px;
    }
    return w;
}

/** @p text cut with "…" so that it fits @p maxWidth. */
inline QString elided(const QString &text, qreal px, qreal maxWidth)
{
    if (width(text, px) <= maxWidth) return text;
    QString cut = text;
    const qreal ellipsis = width(QStringLiteral("…"), px);
    while (!cut.isEmpty() && width(cut, px) + ellipsis > maxWidth)
        cut.chop(cut.size() >= 2 && cut.at(cut.size() - 1).isLowSurrogate() ? 2 : 1);
    return cut + QStringLiteral("…");
}

/** Escapes the five XML specials, so free text is safe in text and in attribute values. */
inline QString xml(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            // Control characters are not allowed in XML 1.0 at all.
            if (ch.unicode() < 0x20 && ch != u'\t' && ch != u'\n' && ch != u'\r')
                out += QChar(0xfffd);
            else
                out += ch;
        }
    }
    return out;
}

/** A coordinate as the SVG writes it: at most two decimals, no trailing zeros. */
inline QString num(qreal v)
{
    QString s = QString::number(qRound64(v * 100) / 100.0, 'f', 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.')) s.chop(1);
    if (s == QLatin1String("-0")) s = QStringLiteral("0");
    return s;
}

} // namespace Planar::DiagramText
