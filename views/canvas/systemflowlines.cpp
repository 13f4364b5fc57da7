// The cluster system flows on the canvas: drawn from ClusterFlows, never from links.
#include "check/clusterflows.h"
#include "displaytext.h"
#include "document/plandocument.h"
#include "entityitem.h"
#include "planscene.h"

#include <QGraphicsPathItem>
#include <QPainterPath>
#include <QPen>

namespace Planar {

void PlanScene::setShowSystemFlows(bool show)
{
    if (mShowSystemFlows == show) return;
    mShowSystemFlows = show;
    updateSystemFlows();
}

void PlanScene::updateSystemFlows()
{
    qDeleteAll(mSystemFlows);
    mSystemFlows.clear();
    if (!mShowSystemFlows) return;
    const ClusterFlows cluster(mDocument->plan());
    const QStringList nodes = cluster.nodes(NodeGroup::AllNodes);
    const auto lines = [&](const QString &from, const QString &to) {
        QStringList out;
        for (const SystemFlow &f : cluster.between(from, to))
            out << tr("%1 → %2  %3 %4: %5")
                       .arg(displayText(from), displayText(to), f.portText(), f.name, f.why);
        return out;
    };
    // One bundled edge per pair of nodes: both directions and every port in its tooltip.
    for (qsizetype i = 0; i < nodes.size(); ++i)
        for (qsizetype j = i + 1; j < nodes.size(); ++j) {
            const EntityItem *a = mItems.value(nodes[i]);
            const EntityItem *b = mItems.value(nodes[j]);
            const QStringList tip = lines(nodes[i], nodes[j]) + lines(nodes[j], nodes[i]);
            if (!a || !b || tip.isEmpty()) continue;
            // A gentle arc, so the bundle is told apart from a straight link between the two.
            const QPointF p = a->sceneBoundingRect().center(), q = b->sceneBoundingRect().center();
            const QPointF mid = (p + q) / 2 + QPointF(0, -0.15 * QLineF(p, q).length() - 12);
            QPainterPath path(p);
            path.quadTo(mid, q);
            auto *line = addPath(path, QPen(QColor(0x9e, 0x9e, 0x9e), 1.0, Qt::DashLine));
            line->setZValue(0.4);
            line->setToolTip(tr("Cluster system flows (implicit, not drawn as links)\n") +
                             tip.join(QLatin1Char('\n')));
            line->setData(0, nodes[i]);
            line->setData(1, nodes[j]);
            mSystemFlows << line;
        }
}

} // namespace Planar
