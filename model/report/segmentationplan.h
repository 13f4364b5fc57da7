#pragma once

#include "reportfacts.h"

namespace Planar {

/**
 * The segmentation test plan of PCI 11.4.5: the probes that must be denied (across the CDE
 * boundary, host to Pod, Pod to host, internet to CDE VMs) and one allowed probe per link and
 * port, each with the address to aim at.
 */
QList<SegmentationProbe> segmentationPlan(const ReportFacts &facts);

} // namespace Planar
