#pragma once

#include "plan/plan.h"

namespace Planar {

/** The size and shape of a synthetic plan. */
struct GeneratorOptions {
    int hosts = 4;
    int vmsPerHost = 3;
    int workloads = 12;
    int links = -1; // -1: twice the workloads
    int zones = 3;
    quint32 seed = 1;
    /** Deliberate mistakes, spread over the rule families (0: a clean plan). */
    int mistakes = 0;
};

/**
 * Builds a deterministic, realistic plan of a requested size — hosts with management and
 * business NICs and a trunking switch, VM nodes per zone with VLANs and Pod subnets, workloads
 * per namespace, links, external networks — for benchmarks, tests and trying the tool at
 * scale. Ranges are sized to the request so a clean plan validates without findings.
 */
Plan generatePlan(const GeneratorOptions &options);

} // namespace Planar
