#pragma once

#include "fieldbuilder.h"

#include "plan/workload.h"

namespace Planar::Fields {

/** A workload's namespace, zone, labels, placement, ports, exposure and mesh identity. */
void workloadFields(Builder<Workload> &b, PlanDocument *doc, const Workload &w);

} // namespace Planar::Fields
