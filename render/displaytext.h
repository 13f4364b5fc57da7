#pragma once
// A plan may hold a text of any length (a 256 KiB network id reads fine): the editor lays out
// only a short cut of each, or one id on a card, a chart label or a tooltip freezes it.

#include <QString>
#include <QStringList>

namespace Planar {

/** The most characters a card, tag, chart label or list row shows of one plan text. */
inline constexpr qsizetype DisplayTextMax = 64;

/** @p text cut to at most @p max characters, the last being "…" when anything was cut. */
inline QString displayText(const QString &text, qsizetype max = DisplayTextMax)
{
    if (text.size() <= max) return text;
    qsizetype keep = max - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate()) --keep; // never half a character
    return text.left(keep) + QChar(0x2026);
}

/**
 * A tooltip or a finding's message: every word (a quoted id) cut to DisplayTextMax, each line
 * to @p lineMax, at most @p maxLines lines. The words around a long id stay readable.
 */
inline QString displayLines(const QString &text, qsizetype lineMax = 400, qsizetype maxLines = 12)
{
    const QChar ellipsis(0x2026);
    const auto cutHere = [&ellipsis](QString &out) {
        if (!out.isEmpty() && out.back().isHighSurrogate()) out.chop(1);
        out += ellipsis;
    };
    QString out;
    qsizetype word = 0;
    qsizetype line = 0;
    qsizetype lines = 1;
    bool wordCut = false;
    bool lineCut = false;
    for (const QChar c : text) {
        if (c == u'\n') {
            if (++lines > maxLines) return out + u'\n' + ellipsis;
            out += c;
            word = line = 0;
            wordCut = lineCut = false;
            continue;
        }
        if (lineCut) continue;
        if (c.isSpace()) {
            word = 0;
            wordCut = false;
        } else if (wordCut) {
            continue;
        } else if (++word == DisplayTextMax) {
            wordCut = true;
            cutHere(out);
            ++line;
            continue;
        }
        if (++line == lineMax) {
            lineCut = true;
            cutHere(out);
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace Planar
