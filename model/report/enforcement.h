#pragma once

#include "export/enforcingartifacts.h"

namespace Planar {

/**
 * The report's "enforced by" column: the same list explain and the link tooltips show, kept
 * in one place (export/enforcingartifacts.h).
 */
using Enforcement = EnforcingArtifacts;

} // namespace Planar
