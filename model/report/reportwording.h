#pragma once

#include "report.h"
#include "reporttext.h"

namespace Planar {

/** A check's evidence in one line of the report's language. */
QString checkDetail(const ReportCheck &check, const ReportText &text);

/**
 * A flow's explanation, one line per distinct verdict: "PLANE -> PLANE: what decided (code)".
 * In English the words are the LinkJudge's own, as `planar-cli explain` prints them.
 */
QStringList flowExplanation(const ReportFlow &flow, const ReportText &text);

/** What decided one verdict: the LinkJudge's sentence in English, the glossary's in Chinese. */
QString verdictWords(const FlowVerdict &verdict, const ReportText &text);

} // namespace Planar
