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
 * Writes `report.pdf`: the report's sections laid out by QTextDocument on A4 pages (text
 * stays text, so it can be selected and searched), the diagram painted as vectors on its own
 * page, Title/Subject/Keywords in the document info. Returns false with @p error on failure.
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
