#pragma once

#include "theme.h"

#include <QLineF>
#include <QPen>
#include <QRectF>

namespace Planar {

/** How the plane matrix judges a link, as the canvas and the diagram show it. */
enum class LinkState { Allowed, Forbidden, ByException };

/** How a link is stroked: the canvas and the diagram must agree so a legend reads for both. */
inline QPen linkPen(LinkState state)
{
    switch (state) {
    case LinkState::Forbidden:
        return QPen(Theme::ErrorColor, 2.5, Qt::DashLine);
    case LinkState::ByException:
        return QPen(Theme::ExceptionColor, 2, Qt::DashDotLine);
    case LinkState::Allowed:
        break;
    }
    return QPen(Theme::LinkColor, 1.6);
}

/** Where the segment from the centre of @p rect towards @p outside leaves the rect. */
inline QPointF exitPoint(const QRectF &rect, const QPointF &outside)
{
    const QPointF c = rect.center();
    const QLineF ray(c, outside);
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF &edge : edges) {
        QPointF hit;
        if (ray.intersects(edge, &hit) == QLineF::BoundedIntersection) return hit;
    }
    return c;
}

} // namespace Planar
