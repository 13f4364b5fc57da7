#pragma once

#include "extrakeys.h"
#include "plane.h"

namespace Planar {

enum class PolicyAction { Allow, Deny };

/** One override of a plane-matrix cell: `{from: host, to: pod, action: allow}`. */
struct PolicyRule {
    Plane from = Plane::Host;
    Plane to = Plane::Host;
    PolicyAction action = PolicyAction::Deny;
    QString reason;
    ExtraKeys extra;

    friend bool operator==(const PolicyRule &, const PolicyRule &) = default;
};

} // namespace Planar
