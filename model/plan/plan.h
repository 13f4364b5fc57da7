#pragma once

#include "cluster.h"
#include "host.h"
#include "link.h"
#include "network.h"
#include "policyrule.h"
#include "vm.h"
#include "workload.h"
#include "zone.h"

#include <QDate>
#include <QPointF>

#include <optional>

namespace Planar {

/** A canvas position of one item, written by the GUI and ignored by checks. */
struct LayoutEntry {
    QString id;
    QPointF position;

    friend bool operator==(const LayoutEntry &, const LayoutEntry &) = default;
};

/** The last review of the plan's rules (`reviewed: {by, date}`, PCI DSS 1.2.7). */
struct Review {
    QString by;
    QDate date; // invalid: not given
    ExtraKeys extra;

    friend bool operator==(const Review &, const Review &) = default;
};

/** The plan format version this build reads and writes. */
inline constexpr int PlanFormatVersion = 1;

/** A whole plan (plan-format.md v1) as plain values; lists keep the user's order. */
struct Plan {
    int version = PlanFormatVersion;
    QString name;
    QString description;
    QStringList profiles;
    QStringList adminNetworks;
    std::optional<Review> reviewed;
    QList<Zone> zones;
    QList<Network> networks;
    QList<Host> hosts;
    QList<Vm> vms;
    Cluster cluster;
    QList<Workload> workloads;
    QList<Link> links;
    QList<PolicyRule> policy;
    QList<LayoutEntry> layout;
    ExtraKeys extra;

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace Planar
