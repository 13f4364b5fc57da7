#pragma once

#include "extrakeys.h"
#include "net/addresstext.h"

#include <QStringList>

#include <optional>

namespace Planar {

/** A virtual NIC of a VM node, attached to a switch of its host. */
struct VmNic {
    QString name;
    QString switchName;
    std::optional<int> vlan;
    QString network;
    IpText ip;
    MacText mac; // port-security binding: must be unique
    ExtraKeys extra;

    friend bool operator==(const VmNic &, const VmNic &) = default;
};

/** A virtual machine that is a Kubernetes node (虚拟机节点). */
struct Vm {
    QString id;
    QString host;
    QString role; // control-plane | worker
    QString zone;
    QList<VmNic> nics;
    QList<CidrText> podSubnets; // one entry, or two for dual-stack
    ExtraKeys extra;

    friend bool operator==(const Vm &, const Vm &) = default;
};

inline const QStringList &vmRoles()
{
    static const QStringList roles{QStringLiteral("control-plane"), QStringLiteral("worker")};
    return roles;
}

} // namespace Planar
