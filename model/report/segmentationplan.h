#pragma once

#include "reportfacts.h"

namespace Planar {

/**
 * Up to this many host-to-pod probes the plan lists one per host management IP and node Pod
 * subnet, as compliance.md asks; beyond it (a large cluster: 10,000 hosts × 50,000 nodes would
 * be 500 million rows) each management IP is probed against the cluster's Pod range, which
 * covers every node Pod subnet, so that the appendix grows with hosts + nodes, not their product.
 */
inline constexpr qsizetype HostToPodProbeLimit = 10'000;

/**
 * The segmentation test plan of PCI 11.4.5: the probes that must be denied (across the CDE
 * boundary, host to Pod, Pod to host, internet to CDE VMs) and one allowed probe per link and
 * port, each with the address to aim at. Linear in the plan's size but for the zone pairs.
 */
QList<SegmentationProbe> segmentationPlan(const ReportFacts &facts);

} // namespace Planar
