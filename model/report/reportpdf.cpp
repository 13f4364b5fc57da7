#include "reportpdf.h"

#include "reporthtml.h"
#include "reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

namespace Planar {

namespace {

// QTextDocument knows a subset of CSS: no grid, no @page, no attribute selectors.
const char *const PdfCss = R"(
h1 { font-size: 20pt; }
h2 { font-size: 14pt; color: #2c5d8a; page-break-before: always; }
h3 { font-size: 11pt; }
table { border-collapse: collapse; }
th { background-color: #e8eef4; font-weight: bold; }
td, th { padding: 2px; }
.banner { color: #b3261e; font-weight: bold; }
.disclaimer { font-style: italic; }
)";

QString fontFamily(const QString &lang)
{
    // Embedded with the document: CJK glyphs need a CJK font (setup-debian.sh installs it).
    return lang == u"zh_CN" ? QStringLiteral("WenQuanYi Micro Hei") : QStringLiteral("DejaVu Sans");
}

/** The report's HTML between two section ids, as QTextDocument can lay it out. */
QString part(const QString &html, const QString &fromId, const QString &toId)
{
    const QString open = QStringLiteral("<section id=\"%1\">");
    const qsizetype start = html.indexOf(open.arg(fromId));
    const qsizetype end =
        toId.isEmpty() ? html.indexOf(QLatin1String("</body>")) : html.indexOf(open.arg(toId));
    QString body = html.mid(start, end - start);
    // Each part starts on a new page already: a page break before the heading that opens it
    // would leave a blank page.
    qsizetype heading = open.arg(fromId).size();
    while (heading < body.size() && body.at(heading).isSpace())
        ++heading;
    if (body.mid(heading, 4) == u"<h2>")
        body.replace(heading, 4, QLatin1String("<h2 style=\"page-break-before: auto\">"));
    // Tables get borders the old way; QTextDocument ignores CSS borders on cells.
    body.replace(
        QLatin1String("<table>"),
        QLatin1String("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"));
    body.replace(
        QLatin1String("<table class=\"matrix\">"),
        QLatin1String("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"));
    return QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>");
}

class PdfPages {
public:
    PdfPages(QPdfWriter &writer, QPainter &painter, const QString &lang)
        : mWriter(writer), mPainter(painter), mLang(lang)
    {
    }

    /** Lays @p html out on as many pages as it needs, a page number at each foot. */
    void text(const QString &html)
    {
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&mWriter);
        QFont font(fontFamily(mLang));
        font.setPointSizeF(8.5);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(QString::fromLatin1(PdfCss));
        const QRect page(QPoint(),
                         mWriter.pageLayout().paintRectPixels(mWriter.resolution()).size());
        const qreal footer = mWriter.resolution() * 0.3;
        doc.setPageSize(QSizeF(page.width(), page.height() - footer));
        doc.setHtml(html);
        const qreal h = page.height() - footer;
        // Only pages that show text: QTextDocument pushes the empty block after a table that
        // ends at the foot of a page onto a page of its own, which a page break then leaves
        // blank.
        QSet<int> shown;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            if (block.text().trimmed().isEmpty()) continue;
            const QRectF r = doc.documentLayout()->blockBoundingRect(block);
            for (int p = int(r.top() / h); p <= int((r.bottom() - 1) / h); ++p)
                shown.insert(p);
        }
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (!shown.contains(i)) continue;
            newPage();
            mPainter.save();
            mPainter.translate(0, -i * h);
            doc.drawContents(&mPainter, QRectF(0, i * h, page.width(), h));
            mPainter.restore();
        }
    }

    /** The diagram on a landscape page of its own, scaled to fill it. */
    void diagram(const PdfPicture &d, const QString &heading)
    {
        mWriter.setPageOrientation(QPageLayout::Landscape);
        newPage();
        const QRect page(QPoint(),
                         mWriter.pageLayout().paintRectPixels(mWriter.resolution()).size());
        QFont font(fontFamily(mLang));
        font.setPointSizeF(14);
        mPainter.setFont(font);
        const QRectF title(0, 0, page.width(), mWriter.resolution() * 0.4);
        mPainter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, heading);
        const QRectF area(0, title.height(), page.width(), page.height() - title.height());
        const QRectF bounds = d.bounds;
        if (!bounds.isEmpty()) {
            const qreal scale =
                qMin(area.width() / bounds.width(), area.height() / bounds.height());
            mPainter.save();
            mPainter.translate(area.topLeft());
            mPainter.scale(scale, scale);
            mPainter.translate(-bounds.topLeft());
            d.paint(&mPainter);
            mPainter.restore();
        }
        mWriter.setPageOrientation(QPageLayout::Portrait);
    }

private:
    void newPage()
    {
        if (mPages > 0) mWriter.newPage();
        ++mPages;
        QFont font(fontFamily(mLang));
        font.setPointSizeF(7);
        mPainter.save();
        mPainter.setFont(font);
        const QRect page(QPoint(),
                         mWriter.pageLayout().paintRectPixels(mWriter.resolution()).size());
        mPainter.drawText(QRectF(0, page.height() - mWriter.resolution() * 0.2, page.width(),
                                 mWriter.resolution() * 0.2),
                          Qt::AlignRight | Qt::AlignBottom, QString::number(mPages));
        mPainter.restore();
    }

    QPdfWriter &mWriter;
    QPainter &mPainter;
    QString mLang;
    int mPages = 0;
};

} // namespace

bool writeReportPdf(const Report &report, const Plan &plan, const QString &lang,
                    const PdfPicture &diagram, QByteArray *pdf, QString *error)
{
    const ReportText t(lang);
    const QString html =
        QString::fromUtf8(reportHtml(report, plan, lang, QByteArray(), PdfTableRowLimit));
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(14, 16, 14, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(t("title") + QStringLiteral(": ") + report.planName);
        writer.setCreator(QStringLiteral("Planar ") + report.version);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = QStringLiteral("cannot start a PDF painter");
            return false;
        }
        PdfPages pages(writer, painter, lang);
        pages.text(part(html, QStringLiteral("cover"), QStringLiteral("diagram")));
        pages.diagram(diagram, t("diagram"));
        pages.text(part(html, QStringLiteral("addresses"), QString()));
        painter.end();
    }
    buffer.close();
    const bool ok = setPdfInfo(
        pdf, {{"Title", t("title") + QStringLiteral(": ") + report.planName},
              {"Subject", QStringLiteral("%1 %2, sha256 %3")
                              .arg(t("title"), report.today.toString(Qt::ISODate), report.sha256)},
              {"Keywords", (QStringList{"compliance", "PCI DSS", "MLPS 2.0", "GB/T 22239-2019"} +
                            report.profiles)
                               .join(QStringLiteral(", "))},
              {"Creator", QStringLiteral("Planar ") + report.version},
              {"Producer", QStringLiteral("Planar ") + report.version}});
    if (!ok) *error = QStringLiteral("the PDF writer produced no trailer");
    return ok;
}

} // namespace Planar
