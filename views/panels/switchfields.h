#pragma once

#include "fieldbuilder.h"

#include "plan/host.h"

namespace Planar::Fields {

/**
 * The virtual switches of @p host: name (a rename follows the host's VM NICs), uplink, trunked
 * VLANs, and add / remove buttons.
 */
void switchFields(Builder<Host> &b, PlanDocument *doc, const Host &host);

} // namespace Planar::Fields
