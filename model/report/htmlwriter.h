#pragma once

#include <QString>
#include <QStringList>

namespace Planar {

/** Escapes text for HTML and XML: & < > " ' all become entities. */
QString htmlEscape(const QString &text);

/**
 * Appends XHTML to a string: every text and attribute value goes through htmlEscape, so free
 * text from a plan can never open a tag; only literal markup of the report itself is raw.
 */
class HtmlWriter {
public:
    QString &text() { return mOut; }

    void raw(const QString &markup) { mOut += markup; }
    /** <tag attr="value"…>escaped text</tag> on one line. */
    void element(const QString &tag, const QString &text, const QStringList &attributes = {});
    void open(const QString &tag, const QStringList &attributes = {});
    void close(const QString &tag) { mOut += QStringLiteral("</%1>\n").arg(tag); }

    /** A table with a header row; rows are added with row(). */
    /** @p widths: per column, in percent of the table (0: let the layout decide). */
    void beginTable(const QStringList &headers, const QString &cssClass = {},
                    const QList<int> &widths = {});
    /** Cells at @p nowrap stay on one line (short status words next to long clause text). */
    void row(const QStringList &cells, const QStringList &attributes = {},
             const QList<int> &nowrap = {});
    void endTable();
    /**
     * Keeps at most @p limit rows per table (0: all); the rows left out become one last row,
     * @p moreRows with %1 their count. For the PDF, whose layout cannot page a table of
     * tens of thousands of rows; the HTML and JSON keep every row.
     */
    void setRowLimit(qsizetype limit, const QString &moreRows);

    /** name="value" with the value escaped. */
    static QString attr(const QString &name, const QString &value);

private:
    QString mOut;
    qsizetype mRowLimit = 0;
    QString mMoreRows;
    qsizetype mColumns = 0;
    qsizetype mRows = 0; // in the open table
};

} // namespace Planar
