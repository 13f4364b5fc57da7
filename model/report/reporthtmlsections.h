#pragma once

#include "htmlwriter.h"
#include "report.h"
#include "reporttext.h"

namespace Planar {

/** The HTML of the report's sections, one function each, shared by reporthtml.cpp. */
namespace ReportHtml {

void cover(HtmlWriter &w, const Report &r, const ReportText &t);
void zones(HtmlWriter &w, const Report &r, const ReportText &t);
void addresses(HtmlWriter &w, const Report &r, const Plan &plan, const ReportText &t);
void flows(HtmlWriter &w, const Report &r, const ReportText &t);
void exceptions(HtmlWriter &w, const Report &r, const ReportText &t);
void checklist(HtmlWriter &w, const Report &r, const ReportText &t);
void findings(HtmlWriter &w, const Report &r, const ReportText &t);
void segmentation(HtmlWriter &w, const Report &r, const ReportText &t);
void notEvidenced(HtmlWriter &w, const ReportText &t);

/** "(none)" in the report's language for an empty list, else the ids joined. */
QString joined(const QStringList &items, const ReportText &t);

} // namespace ReportHtml

} // namespace Planar
