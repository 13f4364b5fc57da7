#pragma once

#include "document/entity.h"

#include <QColor>
#include <QList>

namespace Planar {

class PlanDocument;

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
};

} // namespace Planar
