#pragma once

#include "report.h"

namespace Planar {

/**
 * `report.html` (compliance.md): one self-contained XHTML page — inline CSS, the inline
 * @p diagramSvg, no script, no external URL — with the sections in the contract's order.
 * @p lang is "en" or "zh_CN". Every free text of the plan is escaped.
 */
QByteArray reportHtml(const Report &report, const Plan &plan, const QString &lang,
                      const QByteArray &diagramSvg);
/** The same page with at most @p rowLimit rows per table (the PDF's text). */
QByteArray reportHtml(const Report &report, const Plan &plan, const QString &lang,
                      const QByteArray &diagramSvg, qsizetype rowLimit);

/** The <svg> element of an SVG document: declarations and DOCTYPE before it removed. */
QByteArray inlineSvg(const QByteArray &svgDocument);

} // namespace Planar
