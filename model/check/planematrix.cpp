#include "planematrix.h"

namespace Planar {

PlaneMatrix::PlaneMatrix(const QList<PolicyRule> &overrides) : mOverrides(overrides) {}

PlaneMatrix::Cell PlaneMatrix::defaultCell(Plane from, Plane to)
{
    const auto deny = [](const char *code) {
        return Cell{PolicyAction::Deny, QString::fromLatin1(code), false, false, {}};
    };
    const auto conditional = [](const char *code) {
        return Cell{PolicyAction::Deny, QString::fromLatin1(code), true, false, {}};
    };
    const Cell allow{};
    // rules.md, "The plane matrix": rows are sources, columns destinations.
    switch (from) {
    case Plane::Host:
        return to == Plane::Pod ? deny("host-to-pod") : allow;
    case Plane::Vm:
        // Same zone allowed, across zones denied: decided per pair of endpoints.
        return to == Plane::Vm ? conditional("cross-zone") : allow;
    case Plane::Pod:
        return to == Plane::Host ? deny("pod-to-host") : allow;
    case Plane::Service:
        return allow;
    case Plane::External:
        switch (to) {
        case Plane::Host:
            return conditional("external-to-host"); // unless from adminNetworks
        case Plane::Vm:
            return deny("external-to-vm");
        case Plane::Pod:
            return conditional("external-not-exposed"); // unless exposed workload
        case Plane::Service:
            return deny("external-to-service");
        case Plane::External:
            return allow; // n/a: not the plan's traffic
        }
    }
    return allow;
}

PlaneMatrix::Cell PlaneMatrix::cell(Plane from, Plane to) const
{
    const Cell base = defaultCell(from, to);
    Cell c = base;
    // The last matching entry wins, as in most firewall configuration files.
    for (const PolicyRule &rule : mOverrides) {
        if (rule.from != from || rule.to != to) continue;
        c.action = rule.action;
        c.conditional = false;
        c.overridden = true;
        c.overrideReason = rule.reason;
        // A cell that was always denied keeps its own code; any other denial is the plan's.
        const bool alwaysDenied = base.action == PolicyAction::Deny && !base.conditional;
        c.code = rule.action == PolicyAction::Allow ? QString()
                 : alwaysDenied                     ? base.code
                                                    : QStringLiteral("policy-denied");
    }
    return c;
}

} // namespace Planar
