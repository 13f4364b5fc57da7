#include "htmlwriter.h"

namespace Planar {

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            // XML 1.0 forbids most control characters even as references: drop them visibly.
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

QString HtmlWriter::attr(const QString &name, const QString &value)
{
    return QStringLiteral("%1=\"%2\"").arg(name, htmlEscape(value));
}

void HtmlWriter::element(const QString &tag, const QString &text, const QStringList &attributes)
{
    mOut += QStringLiteral("<%1%2>%3</%1>\n")
                .arg(tag,
                     attributes.isEmpty() ? QString()
                                          : QLatin1Char(' ') + attributes.join(QLatin1Char(' ')),
                     htmlEscape(text));
}

void HtmlWriter::open(const QString &tag, const QStringList &attributes)
{
    mOut +=
        QStringLiteral("<%1%2>\n")
            .arg(tag, attributes.isEmpty() ? QString()
                                           : QLatin1Char(' ') + attributes.join(QLatin1Char(' ')));
}

void HtmlWriter::beginTable(const QStringList &headers, const QString &cssClass,
                            const QList<int> &widths)
{
    mOut += cssClass.isEmpty() ? QStringLiteral("<table>")
                               : QStringLiteral("<table %1>").arg(attr("class", cssClass));
    mOut += QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        mOut += (widths.value(i) > 0 ? QStringLiteral("<th width=\"") +
                                           QString::number(widths.value(i)) + QStringLiteral("%\">")
                                     : QStringLiteral("<th>")) +
                htmlEscape(headers[i]) + QStringLiteral("</th>");
    mOut += QStringLiteral("</tr></thead><tbody>\n");
    mColumns = headers.size();
    mRows = 0;
}

void HtmlWriter::setRowLimit(qsizetype limit, const QString &moreRows)
{
    mRowLimit = limit;
    mMoreRows = moreRows;
}

void HtmlWriter::endTable()
{
    if (mRowLimit > 0 && mRows > mRowLimit)
        mOut += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>\n")
                    .arg(mColumns)
                    .arg(htmlEscape(QString(mMoreRows).replace(
                        QStringLiteral("%1"), QString::number(mRows - mRowLimit))));
    mOut += QStringLiteral("</tbody></table>\n");
}

void HtmlWriter::row(const QStringList &cells, const QStringList &attributes,
                     const QList<int> &nowrap)
{
    if (mRowLimit > 0 && ++mRows > mRowLimit) return;
    mOut += attributes.isEmpty() ? QStringLiteral("<tr>")
                                 : QStringLiteral("<tr %1>").arg(attributes.join(QLatin1Char(' ')));
    for (qsizetype i = 0; i < cells.size(); ++i)
        mOut += (nowrap.contains(int(i)) ? QStringLiteral("<td nowrap=\"nowrap\">")
                                         : QStringLiteral("<td>")) +
                htmlEscape(cells[i]) + QStringLiteral("</td>");
    mOut += QStringLiteral("</tr>\n");
}

} // namespace Planar
