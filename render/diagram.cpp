#include "diagram.h"

#include "autolayout.h"
#include "check/linkjudge.h"
#include "diagramtext.h"
#include "plan/planlookup.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Planar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Planar::Diagram", text);
}

constexpr qreal Pad = 8;

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

Diagram::Diagram(const Plan &plan, const QList<Finding> &findings, const QDate &today)
    : mTitle(plan.name)
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
        card.content = ItemContent::of(plan, entity, indexOfZone);
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
    cluster.content = ItemContent::ofCluster(plan.cluster);
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
                         QCoreApplication::translate("Planar::PlanScene", "namespace %1").arg(ns),
                         {},
                         false};

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
        QString label = z.name.isEmpty() || z.name == z.id ? tr("zone %1").arg(z.id)
                                                           : tr("zone %1 · %2").arg(z.id, z.name);
        if (z.level) label += tr(" · level %1").arg(*z.level);
        const QColor color = Theme::zoneColorAt(i);
        const bool cde = z.cde.value_or(false);
        // The CDE tag leads the label; the label is cut to the frame (bold runs ~10% wider).
        const qreal tag = cde ? DiagramText::width(tr("CDE"), DiagramText::KindPx) + 16 : 0;
        auto fit = [&](const QRectF &r) {
            return DiagramText::elided(label, DiagramText::BodyPx, (r.width() - 16 - tag) / 1.1);
        };
        auto add = [&](const QRectF &r) { mFrames << Frame{r, color, fit(r), z.id, cde}; };
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

bool Diagram::cardCovers(const QPointF &point) const
{
    for (const Card &c : mCards)
        if (c.rect.adjusted(-4, -4, 4, 4).contains(point)) return true;
    return false;
}

void Diagram::placeEdges(const Plan &plan, const QDate &today)
{
    QHash<QString, QRectF> cardRects;
    for (const Card &c : mCards)
        if (c.kind != ItemKind::None && !cardRects.contains(c.id)) cardRects.insert(c.id, c.rect);
    const PlanLookup lookup(plan);
    const LinkJudge judge(plan, lookup, today);
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
            e.label =
                QCoreApplication::translate("Planar::LinkItem", "✕ forbidden  %1").arg(portText);
        else if (e.state == LinkState::ByException)
            e.label =
                QCoreApplication::translate("Planar::LinkItem", "⚑ exception  %1").arg(portText);
        e.label = DiagramText::elided(e.label.trimmed(), DiagramText::LabelPx, 240);

        const bool hasFrom = cardRects.contains(link.from), hasTo = cardRects.contains(link.to);
        QPointF at;
        if (hasFrom && hasTo && link.from != link.to) {
            const QRectF a = cardRects.value(link.from), b = cardRects.value(link.to);
            e.line = QLineF(exitPoint(a, b.center()), exitPoint(b, a.center()));
            at = e.line.center();
            for (qreal t : {0.5, 0.38, 0.62, 0.28, 0.72}) {
                if (!cardCovers(e.line.pointAt(t))) {
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
        {Theme::Band::Pod, Plane::Pod,
         QCoreApplication::translate("Planar::PlanScene", "Pod plane  %1").arg(pods).trimmed()},
        {Theme::Band::Vm, Plane::Vm,
         QCoreApplication::translate("Planar::PlanScene", "VM node plane")},
        {Theme::Band::Host, Plane::Host,
         QCoreApplication::translate("Planar::PlanScene", "Host plane")},
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
    next({LegendItem::Link, {}, tr("allowed link (ports)"), LinkState::Allowed, {}, false, {}}, 40);
    next({LegendItem::Link,
          {},
          tr("denied by the plane matrix"),
          LinkState::Forbidden,
          {},
          false,
          {}},
         40);
    next({LegendItem::Link, {}, tr("allowed by exception"), LinkState::ByException, {}, false, {}},
         40);
    next({LegendItem::Frame, {}, tr("zone"), {}, Theme::zoneColorAt(0), false, {}}, 28);
    next({LegendItem::Frame,
          {},
          tr("CDE zone (PCI DSS scope)"),
          {},
          Theme::zoneColorAt(0),
          true,
          {}},
         28);
    x = hostBand.left() + 16;
    y += 26;
    next({LegendItem::Card, {}, tr("card with an error"), {}, {}, false, ItemStatus::Error}, 28);
    next({LegendItem::Card, {}, tr("card with a warning"), {}, {}, false, ItemStatus::Warning}, 28);
    const struct {
        Plane plane;
        const char *text;
    } planes[] = {{Plane::Host, QT_TRANSLATE_NOOP("Planar::Diagram", "host plane")},
                  {Plane::Vm, QT_TRANSLATE_NOOP("Planar::Diagram", "VM plane")},
                  {Plane::Pod, QT_TRANSLATE_NOOP("Planar::Diagram", "Pod plane")},
                  {Plane::Service, QT_TRANSLATE_NOOP("Planar::Diagram", "Service plane")},
                  {Plane::External, QT_TRANSLATE_NOOP("Planar::Diagram", "external")}};
    for (const auto &p : planes)
        next({LegendItem::Swatch, {}, tr(p.text), {}, Theme::planeColor(p.plane), false, {}}, 16);
}

} // namespace Planar
