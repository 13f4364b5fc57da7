#pragma once

#include "report.h"

#include <QRectF>

#include <functional>

class QPainter;

namespace Planar {

/** A picture that paints itself as vectors within @p bounds (the report's diagram). */
struct PdfPicture {
    QRectF bounds;
    std::function<void(QPainter *)> paint;
};

/**
 * Rows per table up to which the PDF lists them all. Qt's text layout of the tables of a
 * 10,000-host plan (50,000 VM NICs, 20,000 flows) had not finished after minutes and 2 GB
 * (docs/report.md, Large plans); beyond the limit the PDF says how many rows it leaves out and
 * where they are (report.html and report.json keep every row).
 */
inline constexpr qsizetype PdfTableRowLimit = 1'000;

/**
 * Writes `report.pdf`: the report's sections laid out by QTextDocument on A4 pages (text
 * stays text, so it can be selected and searched), the diagram painted as vectors on its own
 * page, Title/Subject/Keywords in the document info; each table at most PdfTableRowLimit rows.
 * Returns false with @p error on failure.
 */
bool writeReportPdf(const Report &report, const Plan &plan, const QString &lang,
                    const PdfPicture &diagram, QByteArray *pdf, QString *error);

/**
 * Appends an incremental update to @p pdf whose document info carries Title, Subject and
 * Keywords (QPdfWriter of Qt 6.4 writes only Title and Creator). False when @p pdf has no
 * trailer to extend.
 */
bool setPdfInfo(QByteArray *pdf, const QList<QPair<QByteArray, QString>> &info);

} // namespace Planar
