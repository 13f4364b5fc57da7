#include "linkbundles.h"

#include "document/plandocument.h"
#include "planscene.h"

#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Planar {

namespace {

int severity(LinkState state)
{
    switch (state) {
    case LinkState::Forbidden:
        return 2;
    case LinkState::ByException:
        return 1;
    case LinkState::Allowed:
        break;
    }
    return 0;
}

QLineF lineOf(const LinkBundles::Bundle &b)
{
    return QLineF(exitPoint(b.fromRect, b.toRect.center()),
                  exitPoint(b.toRect, b.fromRect.center()));
}

QPen penOf(const LinkBundles::Bundle &b)
{
    QPen pen = linkPen(b.state);
    pen.setCosmetic(true);
    pen.setWidthF(qMin(1.0 + std::log2(double(b.count)), 4.0));
    if (b.state == LinkState::Allowed) { // where bundles cross, the blocks still show through
        QColor color = pen.color();
        color.setAlpha(170);
        pen.setColor(color);
    }
    return pen;
}

// Group keys cannot clash with ids: an id never holds a newline.
QString hostGroup(const QString &host)
{
    return QStringLiteral("host\n") + host;
}

QString namespaceGroup(const Workload &w)
{
    return QStringLiteral("ns\n") + w.effectiveNamespace();
}

} // namespace

const QList<LinkBundles::Bundle> &LinkBundles::bundles() const
{
    if (mStale)
        compute();
    else if (mColoursStale)
        colour();
    return mBundles;
}

QString LinkBundles::groupOf(const QString &key) const
{
    // As compute() groups them.
    const PlanDocument *document = mScene->document();
    switch (document->kindOf(key)) {
    case ItemKind::Host:
        return hostGroup(key);
    case ItemKind::Vm: {
        const QString host = std::get<Vm>(*document->entity(key)).host;
        return mScene->entityItem(host) ? hostGroup(host) : key;
    }
    case ItemKind::Workload:
        return namespaceGroup(std::get<Workload>(*document->entity(key)));
    case ItemKind::Zone:
    case ItemKind::Network:
    case ItemKind::Link:
    case ItemKind::None:
        break;
    }
    return key;
}

void LinkBundles::entityChanged(const QString &key)
{
    if (!mStale && groupOf(key) != mGroups.value(key, key)) mStale = true;
}

void LinkBundles::compute() const
{
    mStale = false;
    mUnsorted.clear();
    mMembers.clear();
    mGroups.clear();
    const Plan &plan = mScene->document()->plan();
    for (const Host &h : plan.hosts)
        mGroups.insert(h.id, hostGroup(h.id));
    for (const Vm &vm : plan.vms)
        if (mScene->entityItem(vm.host)) mGroups.insert(vm.id, hostGroup(vm.host));
    for (const Workload &w : plan.workloads)
        mGroups.insert(w.id, namespaceGroup(w));
    // A card folded into a collapsed host or zone is drawn as that card.
    auto group = [this](const QString &key) {
        const QString hider = mScene->hiddenBy(key);
        return hider.isEmpty() ? mGroups.value(key, key) : mGroups.value(hider, hider);
    };

    QHash<QPair<QString, QString>, qsizetype> index;
    const auto &ends = mScene->linkEnds();
    for (auto it = ends.cbegin(); it != ends.cend(); ++it) {
        if (!mScene->entityItem(it->first) || !mScene->entityItem(it->second)) continue;
        const QString a = group(it->first), b = group(it->second);
        if (a == b) continue;
        const auto pair = a < b ? qMakePair(a, b) : qMakePair(b, a);
        qsizetype i = index.value(pair, -1);
        if (i < 0) {
            i = mUnsorted.size();
            index.insert(pair, i);
            mUnsorted.append(Bundle{pair.first, pair.second, {}, {}, 0, LinkState::Allowed});
        }
        ++mUnsorted[i].count;
        mMembers.append({it.key(), i});
    }

    // Each group's rectangle: the union of its cards.
    QSet<QString> used;
    for (const Bundle &b : std::as_const(mUnsorted))
        used << b.from << b.to;
    QHash<QString, QRectF> rects;
    for (const QString &g : std::as_const(used))
        if (const EntityItem *card = mScene->entityItem(g))
            rects.insert(g, card->sceneBoundingRect());
    for (auto it = mGroups.cbegin(); it != mGroups.cend(); ++it)
        if (used.contains(it.value()))
            if (const EntityItem *card = mScene->entityItem(it.key()); card && card->isVisible())
                rects[it.value()] |= card->sceneBoundingRect();
    for (Bundle &b : mUnsorted) {
        b.fromRect = rects.value(b.from);
        b.toRect = rects.value(b.to);
    }
    colour();
}

void LinkBundles::colour() const
{
    mColoursStale = false;
    for (Bundle &b : mUnsorted)
        b.state = LinkState::Allowed;
    for (const auto &[key, i] : std::as_const(mMembers))
        if (const LinkItem *link = mScene->linkItem(key);
            link && severity(link->state()) > severity(mUnsorted[i].state))
            mUnsorted[i].state = link->state();
    mBundles = mUnsorted;
    // The worst drawn last, on top; the same order on every run.
    std::sort(mBundles.begin(), mBundles.end(), [](const Bundle &x, const Bundle &y) {
        if (severity(x.state) != severity(y.state)) return severity(x.state) < severity(y.state);
        return std::tie(x.from, x.to) < std::tie(y.from, y.to);
    });
}

void LinkBundles::paintLines(QPainter *painter) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Bundle &b : bundles()) {
        if (b.fromRect.isNull() || b.toRect.isNull()) continue;
        painter->setPen(penOf(b));
        painter->drawLine(lineOf(b));
    }
    painter->restore();
}

void LinkBundles::paintCounts(QPainter *painter) const
{
    const QTransform toScreen = painter->worldTransform();
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPixelSize(10);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    QList<QRectF> placed;
    for (const Bundle &b : bundles()) {
        if (b.count < 2 || b.fromRect.isNull() || b.toRect.isNull()) continue;
        const QLineF onScreen = toScreen.map(lineOf(b));
        if (onScreen.length() < 48) continue;
        const QString text = QString::number(b.count);
        QRectF tag(0, 0, metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
        // Bundles often meet at one card: slide a tag along its line off the tags drawn.
        for (const qreal t : {0.5, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85}) {
            tag.moveCenter(onScreen.pointAt(t));
            if (std::none_of(placed.cbegin(), placed.cend(),
                             [&tag](const QRectF &p) { return p.intersects(tag); }))
                break;
        }
        placed << tag;
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->setPen(QPen(penOf(b).color(), 1));
        painter->drawRoundedRect(tag, 3, 3);
        painter->drawText(tag, Qt::AlignCenter, text);
    }
    painter->restore();
}

} // namespace Planar
