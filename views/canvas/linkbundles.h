#pragma once

#include "linkstyle.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace Planar {

class PlanScene;

/**
 * The links as the canvas draws them far out, where single arrows would be a mat of hair over
 * the cards: one line per pair of groups (a host with its VMs, the workloads of a namespace,
 * any other card on its own) with the number of links it stands for, coloured by the worst of
 * them. Links inside a group are left out. The scene draws the lines under the cards and the
 * counts over them, only below Theme::DetailZoom; closer in, the arrows are back.
 */
class LinkBundles {
public:
    struct Bundle {
        QString from, to; // group keys, in order
        QRectF fromRect, toRect;
        int count = 0;
        LinkState state = LinkState::Allowed;
    };

    explicit LinkBundles(const PlanScene *scene) : mScene(scene) {}

    /** Links or cards changed: the bundles are worked out again when next asked. */
    void invalidate() { mStale = true; }
    /** Only the links' verdicts changed: the bundles keep their lines and take new colours
     *  (grouping 50,000 VMs again took a quarter of a second of every edit's first paint). */
    void invalidateColours() { mColoursStale = true; }
    /** Entity @p key changed: its group (a VM's host, a workload's namespace) may have. */
    void entityChanged(const QString &key);
    /** The bundles as the plan now stands. */
    const QList<Bundle> &bundles() const;
    void paintLines(QPainter *painter) const;
    /** The counts, in screen pixels, on lines long enough on screen to carry them. */
    void paintCounts(QPainter *painter) const;

private:
    void compute() const;
    void colour() const;
    QString groupOf(const QString &key) const;

    const PlanScene *mScene;
    mutable QList<Bundle> mBundles;  // in drawing order: the worst last
    mutable QList<Bundle> mUnsorted; // as compute() found them; colour() sorts a copy
    mutable QList<QPair<QString, qsizetype>> mMembers; // each bundled link, its mUnsorted index
    mutable QHash<QString, QString> mGroups; // each host's, VM's and workload's group key
    mutable bool mStale = true;
    mutable bool mColoursStale = false;
};

} // namespace Planar
