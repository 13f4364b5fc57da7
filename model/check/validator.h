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
 *
 * The rule families of a large plan run on @p threads threads (0: as many as the machine has
 * cores; small plans use one); the findings do not depend on the number.
 */
QList<Finding> validatePlan(const Plan &plan, const QDate &today, int threads = 0);

} // namespace Planar
