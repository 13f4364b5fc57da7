#pragma once

#include "checkrow.h"

namespace Planar {

/**
 * How much of the report to compute. The editor's live checklist needs the checks only: it
 * skips the plan's hash, the flows' "enforced by" (five exporter runs) and the segmentation
 * probes (one per host and node Pod subnet, or per host beyond HostToPodProbeLimit), which no
 * check's status reads; pci-11.4.5 then cites the appendix without its probe count.
 */
enum class ReportDepth { Full, Checklist };

/**
 * Computes the compliance report (compliance.md) from the plan, the report's date and the
 * validator's findings for that date: one place, rendered by every output. @p diagram holds
 * the ids the rendered diagram shows (pci-1.2.3); without it that row fails.
 */
Report buildReport(const Plan &plan, const QDate &today, const QList<Finding> &findings,
                   const DiagramEvidence *diagram, ReportDepth depth = ReportDepth::Full);

/** The version of Planar written into the report. */
QString planarVersion();

} // namespace Planar
