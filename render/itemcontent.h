#pragma once

#include "check/finding.h"
#include "document/entity.h"

#include <QColor>
#include <QList>

#include <functional>

namespace Planar {

class PlanDocument;

/** How the latest validation judged an item: drives its border colour. */
enum class ItemStatus { Ok, Info, Warning, Error };

/** The status a finding of @p severity gives its subjects (the canvas and the diagram alike). */
inline ItemStatus statusOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return ItemStatus::Error;
    case Severity::Warning:
        return ItemStatus::Warning;
    case Severity::Info:
        break;
    }
    return ItemStatus::Info;
}

/**
 * The words a card writes beside the plan's own. The canvas takes them from the installed
 * translation (no CardWords given); the report passes its language's, so that planar-cli,
 * which loads no translator, draws Chinese cards for a zh_CN report.
 */
struct CardWords {
    QString host, vmNode, workload, zone, cluster, external;
    QString network;                       // "%1 network": %1 the plane
    QString management, business, storage; // a host NIC's network role
    QString uplink;                        // "⇄ %1 on %2, VLAN %3": switch, uplink, VLANs
    QString noNics, noPodSubnet, noPorts;
    QString nicVlan;        // " VLAN %1" after a VM NIC
    QString networkVlan;    // "  VLAN %1" after a network's CIDR
    QString pods, services; // "Pods %1", "Services %1"
    QString exposed;        // "exposed: %1"
    QString level, cde;     // "  level %1", "  CDE" after a zone's name
    QString perNode;        // "/%1 per node, max %2 Pods"
};

/** What a card on the canvas shows for one entity: text lines, colours, the plane it sits on. */
struct ItemContent {
    struct Line {
        QString text;
        QColor color;
        bool badge = false; // drawn as a coloured tag (NIC role, Pod subnet)
    };
    QString title;
    QString kindLabel;
    QList<Line> lines;
    QColor accent; // plane colour: the card's header strip
    QString zone;  // zone id, drawn as a coloured side stripe
    QColor zoneColor;
    qreal width = 200;

    /** Builds the content of the entity under @p key; empty title when there is none. */
    static ItemContent of(const PlanDocument &document, const QString &key);
    /**
     * Builds the content of @p entity of @p plan; @p zoneIndex gives a zone id's place in the
     * plan's zones (-1: not a zone), which picks the zone colours.
     */
    static ItemContent of(const Plan &plan, const Entity &entity,
                          const std::function<qsizetype(const QString &)> &zoneIndex,
                          const CardWords *words = nullptr);
    /** The cluster card: Pod and Service ranges, node mask and Pod limit. */
    static ItemContent ofCluster(const Cluster &cluster, const CardWords *words = nullptr);
};

} // namespace Planar
