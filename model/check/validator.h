#pragma once

#include "finding.h"
#include "plan/plan.h"

#include <QDate>

namespace Planar {

/** Every code the validator can emit, with its default severity (rules.md + docs/rules-extra.md).
 */
struct RuleInfo {
    QString code;
    QString summary;
};
const QList<RuleInfo> &ruleCatalogue();

/**
 * Checks a plan against rules.md. A pure function of the plan and "today" (for exception
 * expiry): no I/O, no globals. Findings come sorted (findingLess). Overlaps go through an
 * interval index, so the cost grows with the plan, not with its square.
 */
QList<Finding> validatePlan(const Plan &plan, const QDate &today);

} // namespace Planar
