#pragma once

#include "plan/policyrule.h"

#include <QList>

namespace Planar {

/**
 * The plane matrix of rules.md ("allow what is necessary, forbid what is not") with the plan's
 * `policy` overrides applied. A cell says whether a flow from one plane to another is allowed
 * and, when denied by default, which finding code names it.
 */
class PlaneMatrix {
public:
    struct Cell {
        PolicyAction action = PolicyAction::Allow;
        /** For default-denied cells: host-to-pod, pod-to-host, external-*; else empty. */
        QString code;
        /** Some default cells depend on the endpoints (same zone, admin network, exposed). */
        bool conditional = false;
        /** True when a `policy` entry of the plan decided the cell. */
        bool overridden = false;
        QString overrideReason;
    };

    explicit PlaneMatrix(const QList<PolicyRule> &overrides = {});

    /** The cell with overrides applied. */
    Cell cell(Plane from, Plane to) const;
    /** The cell as rules.md defines it, before overrides. */
    static Cell defaultCell(Plane from, Plane to);

private:
    QList<PolicyRule> mOverrides;
};

} // namespace Planar
