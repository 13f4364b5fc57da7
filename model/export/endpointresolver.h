#pragma once

#include "net/cidr.h"
#include "plan/planlookup.h"

namespace Planar {

/** A concrete endpoint of a link after zones are expanded, with the addresses it stands for. */
struct Endpoint {
    QString id;
    EntityKind kind = EntityKind::None; // Network, Host, Vm or Workload
    Plane plane = Plane::Host;
    QString zone;
    /** NIC addresses as /32 or /128, a network's CIDR, a workload's Pod ranges; merged. */
    QList<Cidr> addresses;
};

/**
 * Turns plan ids into addresses for the exporters: a zone stands for its members, a workload
 * for the Pod ranges of its nodes. Addresses are parsed here, so an artifact only ever holds
 * canonical CIDR text; an address that does not parse is an error naming its field.
 */
class EndpointResolver {
public:
    EndpointResolver(const Plan &plan, const PlanLookup &lookup);

    /** The concrete endpoints @p id stands for (several for a zone), in plan order. */
    QList<Endpoint> expand(const QString &id) const;
    /** Every range of a plane, merged (admin: the plan's adminNetworks). */
    QList<Cidr> planeRanges(Plane plane) const { return mPlaneRanges.value(int(plane)); }
    QList<Cidr> adminRanges() const { return mAdmin; }
    /** The VM-plane ranges of one zone: its VM networks and its VMs' NIC addresses. */
    QList<Cidr> vmZoneRanges(const QString &zone) const { return mVmZones.value(zone); }
    /** Zones that have VM-plane ranges, in plan order. */
    QStringList vmZones() const;
    /** Whether @p host has a NIC on @p network or on a network below it (`parent`). */
    bool hostOnNetwork(const QString &host, const QString &network) const;

    /** Parse problems, each naming its field; empty when every address the plan holds parsed. */
    QStringList errors() const { return mErrors; }

    /** Sorted by family and address, ranges inside another dropped: fit for nft interval sets. */
    static QList<Cidr> merged(QList<Cidr> ranges);
    static QList<Cidr> ofFamily(const QList<Cidr> &ranges, IpFamily family);

private:
    Endpoint endpointOf(const QString &id) const;
    std::optional<Cidr> cidr(const QString &text, const QString &field);
    std::optional<Cidr> cidr(const CidrText &block, const QString &field);
    std::optional<Cidr> address(const IpText &ip, const QString &field);

    const Plan &mPlan;
    const PlanLookup &mLookup;
    QHash<QString, Cidr> mNetworkCidr;
    QHash<QString, QList<Cidr>> mNicAddresses; // host or VM id → its NIC addresses
    QHash<QString, QList<Cidr>> mVmPods;       // VM id → Pod subnets
    QHash<int, QList<Cidr>> mPlaneRanges;
    QList<Cidr> mAdmin;
    QHash<QString, QList<Cidr>> mVmZones;
    QStringList mErrors;
};

} // namespace Planar
