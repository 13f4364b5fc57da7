#pragma once

#include "plan/plan.h"

#include <QHash>
#include <QPointF>

namespace Planar {

/**
 * Places every entity of a plan on the three plane bands: hosts along the bottom, their VMs
 * straight above them, workloads on top grouped by namespace, networks at the left of their
 * plane's band, and the cluster card, external networks and zones in a column at the side.
 */
class AutoLayout {
public:
    explicit AutoLayout(const Plan &plan);

    QHash<QString, QPointF> positions() const { return mPositions; }
    QPointF position(const QString &id) const { return mPositions.value(id); }
    /** The x of the side column (cluster card, external networks, zones). */
    qreal sideX() const { return mSideX; }

    /** Key of the cluster card, which shows the Pod and Service ranges. */
    static QString clusterKey() { return QStringLiteral("@cluster"); }

private:
    QHash<QString, QPointF> mPositions;
    qreal mSideX = 0;
};

} // namespace Planar
