#pragma once

#include "net/ipaddress.h"
#include "plan.h"

namespace Planar {

/**
 * What in @p plan holds @p address, most specific first: the host or VM with a NIC on that
 * address, else the VM (node) whose Pod subnet holds it, else the narrowest network that
 * contains it (never a default route). Empty when nothing does. The editor's search and the
 * Address Plan's filter both ask this, so that they agree on where an address lives.
 */
QString ownerOfAddress(const Plan &plan, const IpAddress &address);

} // namespace Planar
