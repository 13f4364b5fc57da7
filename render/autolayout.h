#pragma once

#include "plan/plan.h"
#include "theme.h"

#include <QHash>
#include <QList>
#include <QPointF>

namespace Planar {

/** One horizontal strip of a plane's band, in scene coordinates. */
struct BandStrip {
    Theme::Band band = Theme::Band::Pod;
    qreal top = 0;
    qreal height = Theme::BandHeight;
    qreal bottom() const { return top + height; }
    friend bool operator==(const BandStrip &, const BandStrip &) = default;
};

/**
 * Places every entity of a plan on the three plane bands: hosts along the bottom, their VMs
 * straight above them, workloads on top grouped by namespace, networks at the left of their
 * plane's band, and the cluster card, external networks and zones in a column at the side.
 * A plan too wide for one row wraps into rows of hosts (each a VM strip over a host strip,
 * hosts of one zone kept together) and of workloads, so that it keeps the shape of a window.
 */
class AutoLayout {
public:
    /** The shape a wrapped plan aims for: a typical editor window, 16:10. */
    static constexpr qreal ViewAspect = 16.0 / 10.0;

    explicit AutoLayout(const Plan &plan, qreal aspect = ViewAspect);

    QHash<QString, QPointF> positions() const { return mPositions; }
    QPointF position(const QString &id) const { return mPositions.value(id); }
    /** The x of the side column (cluster card, external networks, zones). */
    qreal sideX() const { return mSideX; }
    /**
     * The bands, top to bottom: one strip per plane when the plan fits in one row; a wrapped
     * plan has one Pod strip, then a VM strip and a host strip for each row of hosts.
     */
    QList<BandStrip> strips() const { return mStrips; }
    /** Rows of hosts: 1 unless the plan wrapped. */
    int rows() const { return mRows; }

    /** Key of the cluster card, which shows the Pod and Service ranges. */
    static QString clusterKey() { return QStringLiteral("@cluster"); }

private:
    void put(const QString &id, qreal x, qreal y);
    QList<BandStrip> stripsOf(Theme::Band band) const;
    void placeNetworks(const Plan &plan);
    void placeSideColumn(const Plan &plan);

    QHash<QString, QPointF> mPositions;
    QList<BandStrip> mStrips;
    qreal mSideX = 0;
    int mRows = 1;
};

} // namespace Planar
