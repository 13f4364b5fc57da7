#pragma once

#include "net/ipaddress.h"
#include "plan/plan.h"

namespace Planar {

/**
 * Makes new entities with sensible ids and addresses for the plan they will join: the next
 * free "host3", the next free IP of a network, the next free Pod subnet of the cluster.
 * Pure functions of the plan, so the palette, paste and tests agree.
 */
namespace ItemFactory {

/** "PREFIXN" with the smallest N >= 1 that no entity or link uses. */
QString uniqueId(const Plan &plan, const QString &prefix);

Zone newZone(const Plan &plan);
/** A network on @p plane, carved as the next free /24 of the plane's supernet. */
Network newNetwork(const Plan &plan, Plane plane);
/** A host with a NIC on the management and on the business network, and a switch. */
Host newHost(const Plan &plan);
/**
 * The host networks a new host needs first: on a plan with no host network to put a NIC on,
 * a management and a business network (in that order, each with the next free /24); else none.
 */
QList<Network> hostNetworksFor(const Plan &plan);
/** A worker VM on @p hostId, with the next free IP and Pod subnet. */
Vm newVm(const Plan &plan, const QString &hostId);
Workload newWorkload(const Plan &plan, const QString &ns = QString());
Link newLink(const Plan &plan, const QString &from, const QString &to,
             const QList<PortRange> &ports);

/** Addresses NICs (and gateways) of @p plan already use in @p networkId. */
QList<IpAddress> usedAddresses(const Plan &plan, const QString &networkId);
/** The next free address of @p networkId as text, empty when none is left or it has no CIDR. */
QString nextFreeIp(const Plan &plan, const QString &networkId);
/** A MAC no NIC of @p plan uses: QEMU's 52:54:00 prefix for VMs, a local one for hosts. */
QString nextFreeMac(const Plan &plan, bool forVm);
/** The next free node Pod subnet of the cluster, empty when the cluster range is full. */
QString nextFreePodSubnet(const Plan &plan);

} // namespace ItemFactory

} // namespace Planar
