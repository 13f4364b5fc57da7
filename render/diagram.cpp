#include "diagram.h"

#include "autolayout.h"
#include "check/linkjudge.h"
#include "diagramtext.h"
#include "plan/planlookup.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Planar {

namespace {

constexpr qreal Pad = 8;

/**
 * The cards' rectangles in square cells, so that asking whether a point lies on a card looks
 * at the few cards of its cell: every link's tag asks up to five times, and a plan of 50,000
 * VMs has 20,000 links over 75,000 cards.
 */
class CardGrid {
public:
    explicit CardGrid(const QList<Diagram::Card> &cards)
    {
        for (const Diagram::Card &c : cards) {
            const QRectF r = c.rect.adjusted(-4, -4, 4, 4);
            for (int x = cell(r.left()); x <= cell(r.right()); ++x)
                for (int y = cell(r.top()); y <= cell(r.bottom()); ++y)
                    mCells[{x, y}] << r;
        }
    }

    bool covers(const QPointF &point) const
    {
        const auto it = mCells.constFind({cell(point.x()), cell(point.y())});
        if (it == mCells.constEnd()) return false;
        return std::any_of(it->begin(), it->end(),
                           [&](const QRectF &r) { return r.contains(point); });
    }

private:
    static int cell(qreal v) { return int(std::floor(v / 256)); }
    QHash<QPair<int, int>, QList<QRectF>> mCells;
};

/** Cuts the card's texts to what its width shows, as the canvas elides them. */
void fitTexts(ItemContent &c)
{
    using namespace DiagramText;
    const qreal inner = c.width - 2 * Pad;
    const qreal kindWidth = qMin(width(c.kindLabel, KindPx) + 2, c.width / 2);
    c.kindLabel = elided(c.kindLabel, KindPx, kindWidth);
    c.title = elided(c.title, TitlePx, inner - kindWidth - 6);
    for (ItemContent::Line &line : c.lines)
        line.text = elided(line.text, BodyPx, inner - 2 - 8 - (line.badge ? 8 : 0));
}

} // namespace

Diagram::Diagram(const Plan &plan, const QList<Finding> &findings, const QDate &today,
                 const DiagramLabels &labels)
    : mLabels(labels), mTitle(plan.name)
{
    placeCards(plan, findings);
    placeFrames(plan);
    placeEdges(plan, today);
    placeBands(plan);
    placeLegend();
    QRectF all;
    for (const Band &b : mBands)
        all |= b.rect;
    for (const Card &c : mCards)
        all |= c.rect;
    for (const Frame &f : mFrames)
        all |= f.rect;
    for (const Edge &e : mEdges)
        all |= e.labelRect;
    for (const LegendItem &l : mLegend)
        all |= l.rect.adjusted(0, 0, DiagramText::width(l.text, DiagramText::BodyPx) + 8, 0);
    mBounds = all.adjusted(-10, -10, 10, 10);
}

void Diagram::placeCards(const Plan &plan, const QList<Finding> &findings)
{
    const AutoLayout autoLayout(plan);
    mStrips = autoLayout.strips();
    QHash<QString, QPointF> positions = autoLayout.positions();
    for (const LayoutEntry &e : plan.layout)
        if (e.id != AutoLayout::clusterKey()) positions.insert(e.id, e.position);
    QHash<QString, qsizetype> zoneIndex;
    for (qsizetype i = 0; i < plan.zones.size(); ++i)
        if (!zoneIndex.contains(plan.zones[i].id)) zoneIndex.insert(plan.zones[i].id, i);
    const auto indexOfZone = [&zoneIndex](const QString &id) { return zoneIndex.value(id, -1); };
    QHash<QString, ItemStatus> statuses;
    for (const Finding &f : findings)
        for (const QString &subject : f.subjects)
            statuses[subject] = qMax(statuses.value(subject, ItemStatus::Ok), statusOf(f.severity));

    QSet<QString> placed;
    auto add = [&](const Entity &entity) {
        const QString id = idOf(entity);
        if (placed.contains(id)) return; // a duplicate id: the validator reports it
        placed.insert(id);
        Card card;
        card.id = id;
        card.kind = kindOf(entity);
        card.content =
            ItemContent::of(plan, entity, indexOfZone, mLabels.cards ? &*mLabels.cards : nullptr);
        card.rect =
            QRectF(positions.value(id),
                   QSizeF(card.content.width, Theme::cardHeight(card.content.lines.size())));
        card.status = statuses.value(id, ItemStatus::Ok);
        fitTexts(card.content);
        mCards << card;
    };
    for (const Zone &z : plan.zones)
        add(z);
    for (const Network &n : plan.networks)
        add(n);
    for (const Host &h : plan.hosts)
        add(h);
    for (const Vm &vm : plan.vms)
        add(vm);
    for (const Workload &w : plan.workloads)
        add(w);
    Card cluster;
    cluster.id = AutoLayout::clusterKey();
    cluster.content =
        ItemContent::ofCluster(plan.cluster, mLabels.cards ? &*mLabels.cards : nullptr);
    cluster.rect =
        QRectF(autoLayout.position(cluster.id),
               QSizeF(cluster.content.width, Theme::cardHeight(cluster.content.lines.size())));
    fitTexts(cluster.content);
    mCards << cluster;
}

void Diagram::placeFrames(const Plan &plan)
{
    QHash<QString, QRectF> cardRects;
    for (const Card &c : mCards)
        if (!cardRects.contains(c.id)) cardRects.insert(c.id, c.rect);

    // Namespace frames, as the canvas draws them around the workloads of each namespace.
    QStringList namespaces;
    QHash<QString, QRectF> nsRects;
    for (const Workload &w : plan.workloads) {
        const QString ns = w.effectiveNamespace();
        if (!nsRects.contains(ns)) namespaces << ns;
        nsRects[ns] |= cardRects.value(w.id).adjusted(-8, -30, 8, 8);
    }
    for (const QString &ns : namespaces)
        mFrames << Frame{nsRects.value(ns),
                         Theme::planeColor(Plane::Pod),
                         mLabels.namespaceFrame.arg(ns),
                         {},
                         false,
                         {}};

    // Zone frames: one per zone and band around its members there, outside the namespaces.
    for (qsizetype i = 0; i < plan.zones.size(); ++i) {
        const Zone &z = plan.zones[i];
        QRectF hosts, vms, workloads;
        for (const Host &h : plan.hosts)
            if (h.zone == z.id) hosts |= cardRects.value(h.id);
        for (const Vm &vm : plan.vms)
            if (vm.zone == z.id) vms |= cardRects.value(vm.id);
        for (const Workload &w : plan.workloads)
            if (w.zone == z.id) workloads |= cardRects.value(w.id);
        QString label = z.name.isEmpty() || z.name == z.id ? mLabels.zone.arg(z.id)
                                                           : mLabels.zoneNamed.arg(z.id, z.name);
        if (z.level) label += mLabels.level.arg(*z.level);
        const QColor color = Theme::zoneColorAt(i);
        const bool cde = z.cde.value_or(false);
        // The CDE tag leads the label; the label is cut to the frame (bold runs ~10% wider).
        const qreal tag = cde ? DiagramText::width(mLabels.cde, DiagramText::KindPx) + 16 : 0;
        auto fit = [&](const QRectF &r) {
            return DiagramText::elided(label, DiagramText::BodyPx, (r.width() - 16 - tag) / 1.1);
        };
        auto add = [&](const QRectF &r) {
            mFrames << Frame{r, color, fit(r), z.id, cde, mLabels.cde};
        };
        if (!workloads.isNull()) add(workloads.adjusted(-16, -52, 16, 16));
        if (!vms.isNull()) add(vms.adjusted(-10, -24, 10, 10));
        if (!hosts.isNull()) add(hosts.adjusted(-10, -24, 10, 10));
    }
}

QStringList Diagram::linkKeys() const
{
    QStringList keys;
    for (const Edge &e : mEdges)
        keys << e.key;
    return keys;
}

void Diagram::placeEdges(const Plan &plan, const QDate &today)
{
    QHash<QString, QRectF> cardRects;
    for (const Card &c : mCards)
        if (c.kind != ItemKind::None && !cardRects.contains(c.id)) cardRects.insert(c.id, c.rect);
    const PlanLookup lookup(plan);
    const LinkJudge judge(plan, lookup, today);
    const CardGrid grid(mCards);
    QSet<QString> used;
    int unnamed = 0;
    for (const Link &link : plan.links) {
        Edge e;
        // The editor keys links by id, and id-less (or duplicate) ones "#1", "#2" … in order.
        e.key = link.id.isEmpty() || used.contains(link.id) ? QStringLiteral("#%1").arg(++unnamed)
                                                            : link.id;
        used.insert(e.key);
        e.title = link.label();
        for (const FlowVerdict &v : judge.judge(link)) {
            if (!v.allowed && !v.byException)
                e.state = LinkState::Forbidden;
            else if (v.byException && e.state == LinkState::Allowed)
                e.state = LinkState::ByException;
        }
        QStringList ports;
        for (const PortRange &p : link.ports)
            ports << p.toString();
        const QString portText = ports.join(QStringLiteral(", "));
        e.label = portText;
        if (e.state == LinkState::Forbidden)
            e.label = mLabels.forbidden.arg(portText);
        else if (e.state == LinkState::ByException)
            e.label = mLabels.exception.arg(portText);
        e.label = DiagramText::elided(e.label.trimmed(), DiagramText::LabelPx, 240);

        const bool hasFrom = cardRects.contains(link.from), hasTo = cardRects.contains(link.to);
        QPointF at;
        if (hasFrom && hasTo && link.from != link.to) {
            const QRectF a = cardRects.value(link.from), b = cardRects.value(link.to);
            e.line = QLineF(exitPoint(a, b.center()), exitPoint(b, a.center()));
            at = e.line.center();
            for (qreal t : {0.5, 0.38, 0.62, 0.28, 0.72}) {
                if (!grid.covers(e.line.pointAt(t))) {
                    at = e.line.pointAt(t);
                    break;
                }
            }
        } else if (hasFrom || hasTo) {
            // A link onto its own card (or to an unknown id): its tag sits at the card's corner.
            const QRectF r = cardRects.value(hasFrom ? link.from : link.to);
            at = r.topRight() + QPointF(0, -10);
        }
        if (!e.label.isEmpty() && (hasFrom || hasTo)) {
            const qreal w = DiagramText::width(e.label, DiagramText::LabelPx) + 10;
            const qreal h = DiagramText::LabelPx + 6;
            e.labelRect = QRectF(at.x() - w / 2, at.y() - h / 2, w, h);
        }
        mEdges << e;
    }
}

void Diagram::placeBands(const Plan &plan)
{
    QRectF content;
    for (const BandStrip &strip : std::as_const(mStrips))
        content |= QRectF(0, strip.top, 600, strip.height);
    for (const Card &c : mCards)
        content |= c.rect;
    for (const Frame &f : mFrames)
        content |= f.rect;
    const qreal left = content.left() - 40, right = content.right() + 40;
    const QString pods = plan.cluster.podSubnets.join(QStringLiteral(", "));
    const struct {
        Theme::Band band;
        Plane plane;
        QString title;
    } bands[] = {
        {Theme::Band::Pod, Plane::Pod, mLabels.podPlane.arg(pods).trimmed()},
        {Theme::Band::Vm, Plane::Vm, mLabels.vmPlane},
        {Theme::Band::Host, Plane::Host, mLabels.hostPlane},
    };
    for (const BandStrip &strip : std::as_const(mStrips)) {
        const auto &b = bands[int(strip.band)];
        mBands << Band{QRectF(left, strip.top, right - left, strip.height),
                       Theme::bandColor(b.band), Theme::planeColor(b.plane),
                       DiagramText::elided(b.title, DiagramText::BandPx, 560)};
    }
}

void Diagram::placeLegend()
{
    const QRectF hostBand = mBands.last().rect;
    qreal x = hostBand.left() + 16;
    qreal y = hostBand.bottom() + 16;
    auto next = [&](LegendItem item, qreal sampleWidth) {
        item.rect = QRectF(x, y, sampleWidth, 16);
        x += sampleWidth + 8 + DiagramText::width(item.text, DiagramText::BodyPx) + 24;
        mLegend << item;
    };
    const DiagramLabels &l = mLabels;
    next({LegendItem::Link, {}, l.legendAllowed, LinkState::Allowed, {}, false, {}}, 40);
    next({LegendItem::Link, {}, l.legendDenied, LinkState::Forbidden, {}, false, {}}, 40);
    next({LegendItem::Link, {}, l.legendException, LinkState::ByException, {}, false, {}}, 40);
    next({LegendItem::Frame, {}, l.legendZone, {}, Theme::zoneColorAt(0), false, {}}, 28);
    next({LegendItem::Frame, {}, l.legendCde, {}, Theme::zoneColorAt(0), true, {}}, 28);
    x = hostBand.left() + 16;
    y += 26;
    next({LegendItem::Card, {}, l.legendError, {}, {}, false, ItemStatus::Error}, 28);
    next({LegendItem::Card, {}, l.legendWarning, {}, {}, false, ItemStatus::Warning}, 28);
    const QPair<Plane, QString> planes[] = {{Plane::Host, l.legendHost},
                                            {Plane::Vm, l.legendVm},
                                            {Plane::Pod, l.legendPod},
                                            {Plane::Service, l.legendService},
                                            {Plane::External, l.legendExternal}};
    for (const auto &[plane, text] : planes)
        next({LegendItem::Swatch, {}, text, {}, Theme::planeColor(plane), false, {}}, 16);
}

} // namespace Planar
