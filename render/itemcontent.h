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
                          const std::function<qsizetype(const QString &)> &zoneIndex);
    /** The cluster card: Pod and Service ranges, node mask and Pod limit. */
    static ItemContent ofCluster(const Cluster &cluster);
};

} // namespace Planar
