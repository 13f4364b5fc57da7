#pragma once

#include "checkrow.h"

namespace Planar {

/**
 * Computes the compliance report (compliance.md) from the plan, the report's date and the
 * validator's findings for that date: one place, rendered by every output. @p diagram holds
 * the ids the rendered diagram shows (pci-1.2.3); without it that row fails.
 */
Report buildReport(const Plan &plan, const QDate &today, const QList<Finding> &findings,
                   const DiagramEvidence *diagram);

/** The version of Planar written into the report. */
QString planarVersion();

} // namespace Planar
