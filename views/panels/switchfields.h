#pragma once

#include "fieldbuilder.h"

#include "plan/host.h"

namespace Planar::Fields {

/** The virtual switches of @p host: name, uplink, trunked VLANs, and add / remove buttons. */
void switchFields(Builder<Host> &b, const Host &host);

} // namespace Planar::Fields
