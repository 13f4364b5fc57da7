#pragma once

#include "extrakeys.h"
#include "net/addresstext.h"

namespace Planar {

/** A physical NIC (物理网卡) of a host. */
struct HostNic {
    QString name; // interface name, [A-Za-z0-9_.:-]{1,15}
    QString network;
    IpText ip;
    MacText mac;
    ExtraKeys extra;

    friend bool operator==(const HostNic &, const HostNic &) = default;
};

/** A virtual switch (虚拟交换机: OVS bridge / vSwitch) on a host. */
struct VirtualSwitch {
    QString name;
    QString uplink;   // a NIC of the same host
    QList<int> vlans; // VLAN ids this switch trunks
    ExtraKeys extra;

    friend bool operator==(const VirtualSwitch &, const VirtualSwitch &) = default;
};

/** A physical server (宿主机). */
struct Host {
    QString id;
    QString zone;
    QList<HostNic> nics;
    QList<VirtualSwitch> switches;
    ExtraKeys extra;

    friend bool operator==(const Host &, const Host &) = default;
};

} // namespace Planar
