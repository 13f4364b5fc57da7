#pragma once

#include "fieldbuilder.h"

#include "plan/workload.h"

namespace Planar::Fields {

/** A workload's namespace, zone, labels, placement on nodes, ports and exposure. */
void workloadFields(Builder<Workload> &b, PlanDocument *doc, const Workload &w);

} // namespace Planar::Fields
