#pragma once

#include "finding.h"
#include "plan/plan.h"

#include <QDate>

#include <memory>

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
 * cores; small plans use one); the findings do not depend on the number. With @p memo, the
 * families whose inputs are unchanged since the validation that wrote it keep their findings,
 * and @p memo then holds this validation.
 */
class ValidationMemo;
QList<Finding> validatePlan(const Plan &plan, const QDate &today, int threads = 0,
                            ValidationMemo *memo = nullptr);

/**
 * One validation kept for the next, so that the editor's run after an edit skips the rule
 * families the edit cannot have changed: each family's findings and the plan they were found
 * on (its own copy of the large lists, so that holding it never makes the document copy them
 * on the next edit). Most families read almost everything; an edit that only changes NIC
 * addresses or MACs runs the addressing family alone, one that only changes links the three
 * that read links, a new day only the link family. Findings are those of a whole run, for
 * later states of the plan as it was read: positions of unknown keys (ExtraKey's line and
 * column, which == does not compare) are taken to be unchanged.
 */
class ValidationMemo {
public:
    /** How many rule families the validation that wrote this memo ran (the rest were kept). */
    int familiesRun() const;

private:
    friend QList<Finding> validatePlan(const Plan &, const QDate &, int, ValidationMemo *);
    struct State;
    std::shared_ptr<const State> mState; // shared: a copy of the editor's result is cheap
};

} // namespace Planar
