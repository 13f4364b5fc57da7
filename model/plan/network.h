#pragma once

#include "extrakeys.h"
#include "plane.h"

#include <optional>

namespace Planar {

/** One L3 segment (网段) on exactly one plane. Addresses stay text: the validator judges them. */
struct Network {
    QString id;
    Plane plane = Plane::Vm;
    QString cidr;
    QString role; // host plane only: management | business | storage
    QString gateway;
    std::optional<int> vlan;
    QString zone;
    QString parent; // a same-plane network that contains this one
    ExtraKeys extra;

    friend bool operator==(const Network &, const Network &) = default;
};

inline const QStringList &hostNetworkRoles()
{
    static const QStringList roles{QStringLiteral("management"), QStringLiteral("business"),
                                   QStringLiteral("storage")};
    return roles;
}

} // namespace Planar
