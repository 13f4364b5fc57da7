#include "linkrouter.h"

#include "linkstyle.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace Planar {

bool LinkRouter::crosses(const QLineF &segment, const QRectF &rect)
{
    // Liang–Barsky: clip the segment to the rectangle; a piece of positive length inside means
    // it passes through.
    const qreal dx = segment.dx(), dy = segment.dy();
    qreal t0 = 0, t1 = 1;
    const qreal p[] = {-dx, dx, -dy, dy};
    const qreal q[] = {segment.x1() - rect.left(), rect.right() - segment.x1(),
                       segment.y1() - rect.top(), rect.bottom() - segment.y1()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] <= 0) return false; // parallel to and outside (or on) this edge
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 >= t1) return false;
    }
    return (t1 - t0) * std::hypot(dx, dy) > 0.5;
}

namespace {

/** A shortest path from nodes[0] to nodes[1] through the other nodes, seeing past none of
 *  @p walls; empty when there is none. */
QPolygonF shortestPath(const QList<QPointF> &nodes, const QList<QRectF> &walls)
{
    const qsizetype n = nodes.size();
    const auto visible = [&](qsizetype a, qsizetype b) {
        const QLineF s(nodes[a], nodes[b]);
        return std::none_of(walls.cbegin(), walls.cend(),
                            [&s](const QRectF &w) { return LinkRouter::crosses(s, w); });
    };
    // Each bend costs a little, so of two nearly equal paths the one with fewer corners wins.
    constexpr qreal BendCost = 30;
    QList<qreal> dist(n, std::numeric_limits<qreal>::max());
    QList<qsizetype> previous(n, -1);
    QList<bool> done(n, false);
    using Entry = std::pair<qreal, qsizetype>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    dist[0] = 0;
    queue.push({0, 0});
    while (!queue.empty()) {
        const auto [d, u] = queue.top();
        queue.pop();
        if (done[u]) continue;
        done[u] = true;
        if (u == 1) break;
        for (qsizetype v = 0; v < n; ++v) {
            if (done[v] || v == u) continue;
            const qreal step = QLineF(nodes[u], nodes[v]).length() + (v == 1 ? 0 : BendCost);
            if (d + step >= dist[v] || !visible(u, v)) continue;
            dist[v] = d + step;
            previous[v] = u;
            queue.push({dist[v], v});
        }
    }
    if (previous[1] < 0) return {};
    QPolygonF path;
    for (qsizetype at = 1; at >= 0; at = previous[at])
        path.prepend(nodes[at]);
    return path;
}

} // namespace

QPolygonF LinkRouter::route(const QRectF &from, const QRectF &to, const CardsAlong &cardsAlong)
{
    const QPointF a = from.center(), b = to.center();
    const QPolygonF straight{exitPoint(from, b), exitPoint(to, a)};
    const QLineF line(straight.first(), straight.last());
    if (from.intersects(to) || line.length() > MaxLength || !cardsAlong) return straight;

    // Cards that hold an end cannot be gone around; the rest in the way are obstacles.
    const auto usable = [&](const QRectF &r) { return !r.contains(a) && !r.contains(b); };
    QList<QRectF> obstacles;
    for (const QRectF &r : cardsAlong(line))
        if (usable(r)) obstacles << r;
    if (obstacles.isEmpty()) return straight;

    for (int round = 0; round < 4 && obstacles.size() <= MaxObstacles; ++round) {
        QList<QRectF> walls;
        QList<QPointF> nodes{a, b};
        for (const QRectF &o : obstacles) {
            const QRectF grown = o.adjusted(-Margin, -Margin, Margin, Margin);
            walls << grown.adjusted(1, 1, -1, -1); // corners and edges of a wall are walkable
            for (const QPointF &corner :
                 {grown.topLeft(), grown.topRight(), grown.bottomLeft(), grown.bottomRight()})
                nodes << corner;
        }
        // The ends' own cards are no walls, but a corner inside them leads nowhere useful.
        nodes.erase(std::remove_if(nodes.begin() + 2, nodes.end(),
                                   [&](const QPointF &p) {
                                       return from.contains(p) || to.contains(p) ||
                                              std::any_of(
                                                  walls.cbegin(), walls.cend(),
                                                  [&p](const QRectF &w) { return w.contains(p); });
                                   }),
                    nodes.end());
        const QPolygonF path = shortestPath(nodes, walls);
        if (path.size() < 2) return straight;

        // The path was planned around the obstacles known so far; a card next to them may sit
        // on the detour: add it and plan again.
        qsizetype known = obstacles.size();
        for (qsizetype i = 0; i + 1 < path.size(); ++i)
            for (const QRectF &r : cardsAlong(QLineF(path[i], path[i + 1])))
                if (usable(r) && !obstacles.contains(r)) obstacles << r;
        if (obstacles.size() > known) continue;

        QPolygonF out = path;
        out.first() = exitPoint(from, path[1]);
        out.last() = exitPoint(to, path[path.size() - 2]);
        // A first or last corner inside its end card (cards touching) would point backwards.
        if (from.contains(path[1]) || to.contains(path[path.size() - 2])) return straight;
        return out;
    }
    return straight;
}

} // namespace Planar
