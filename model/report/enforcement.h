#pragma once

#include "export/enforcingartifacts.h"

namespace Planar {

/**
 * The report's "enforced by" column: the same list explain and the link tooltips show, kept
 * in one place (export/enforcingartifacts.h).
 */
using Enforcement = EnforcingArtifacts;

/**
 * Links, workloads and VMs together up to which the full report runs the five exporters to
 * read "enforced by". Their cost grows faster than the plan (the networkpolicy exporter's
 * selector check, the ovs exporter's node pairs: docs/performance.md), and on the 10,000-host
 * plan they would not finish; beyond it the column says so and names planar-cli explain.
 */
inline constexpr qsizetype ReportEnforcementLimit = 10'000;

inline bool enforcementPractical(const Plan &plan)
{
    return plan.links.size() + plan.workloads.size() + plan.vms.size() <= ReportEnforcementLimit;
}

} // namespace Planar
