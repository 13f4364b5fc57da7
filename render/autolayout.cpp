#include "autolayout.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Planar {

namespace {
using Theme::Band;

constexpr qreal Gap = 20;
constexpr qreal HostWidth = 240;
constexpr qreal VmWidth = 200;
constexpr qreal WorkloadWidth = 180;
constexpr qreal WorkloadGap = 90;       // room for a link label between neighbours
constexpr qreal NamespaceGap = 3 * Gap; // room for the namespace frames
constexpr qreal ChipWidth = 200;
constexpr qreal BandHeader = 40;
constexpr qreal CardTop = BandHeader + 10; // hosts and VMs below their band's title
constexpr qreal WrappedCardTop = 34;       // below a wrapped strip's title
constexpr qreal WorkloadTop = BandHeader + 40;   // below the title and a namespace frame's
constexpr qreal SideWidth = 2 * ChipWidth + Gap; // the cluster card and the Service networks
/** One row this many times wider than the view's shape is wrapped; anything less stays as
 *  drawn by hand so far (the examples, every plan a person draws on the canvas). */
constexpr qreal WrapBeyond = 2;

qreal snap(qreal v)
{
    return std::round(v / Theme::Grid) * Theme::Grid;
}

qreal snapUp(qreal v)
{
    return std::ceil(v / Theme::Grid) * Theme::Grid;
}

// Card heights as ItemContent fills the cards: wrapped strips are as tall as their tallest card.
qsizetype linesOf(const Host &h)
{
    return h.nics.size() + h.switches.size() + (h.nics.isEmpty() ? 1 : 0);
}
qsizetype linesOf(const Vm &vm)
{
    return vm.nics.size() + qMax<qsizetype>(1, vm.podSubnets.size());
}
qsizetype linesOf(const Workload &w)
{
    return w.expose ? 2 : 1;
}

/** Something placed along a row that may wrap: a host column, a workload. */
struct Slot {
    qreal width = 0;
    qreal advance = 0; // to the next slot's left edge
    int group = 0;     // one zone's hosts, one namespace's workloads: kept together if they fit
};

/** Where each slot went: rows of at most `limit` pixels. */
struct Wrap {
    QList<int> row;
    QList<qreal> x;
    int rows = 0;
    qreal right = 0; // the furthest any row reaches, its last advance included
};

Wrap wrap(const QList<Slot> &slots, qreal limit, qreal groupGap)
{
    QHash<int, qreal> groupWidth;
    for (const Slot &s : slots)
        groupWidth[s.group] += s.advance;
    Wrap w;
    qreal x = 0;
    int row = 0;
    for (qsizetype i = 0; i < slots.size(); ++i) {
        const Slot &s = slots[i];
        if (i > 0 && s.group != slots[i - 1].group && x > 0) {
            // A group that does not fit in the rest of the row starts the next one.
            if (x + groupGap + groupWidth.value(s.group) > limit) {
                ++row;
                x = 0;
            } else {
                x += groupGap;
            }
        }
        if (x > 0 && x + s.width > limit) {
            ++row;
            x = 0;
        }
        w.row << row;
        w.x << x;
        x += s.advance;
        w.right = qMax(w.right, x);
    }
    w.rows = slots.isEmpty() ? 0 : row + 1;
    return w;
}

/** A host with the VMs above it (or a VM whose host is not in the plan, alone). */
struct Column {
    const Host *host = nullptr;
    QList<const Vm *> vms;
    qreal width = 0;
    qreal vmsWidth = 0;
    qreal advance = 0;
    int group = 0;
};

/** Chips stacked down the strips of one band, then in a further column. */
class Stack {
public:
    Stack(const QList<BandStrip> &strips, qreal x, qreal columnStep)
        : mStrips(strips), mX(x), mStep(columnStep), mY(strips.first().top + BandHeader)
    {
    }
    QPointF next(qreal height)
    {
        if (mY + height > mStrips[mStrip].bottom()) {
            if (++mStrip == mStrips.size()) {
                mStrip = 0;
                ++mColumn;
            }
            mY = mStrips[mStrip].top + BandHeader;
        }
        const QPointF at(mX + mColumn * mStep, mY);
        mY += height + 10;
        return at;
    }

private:
    QList<BandStrip> mStrips;
    qreal mX, mStep, mY;
    qsizetype mStrip = 0;
    int mColumn = 0;
};

qreal chipHeight(const Network &n)
{
    return Theme::cardHeight(n.role.isEmpty() ? 1 : 2);
}

} // namespace

void AutoLayout::put(const QString &id, qreal x, qreal y)
{
    if (!mPositions.contains(id)) mPositions.insert(id, QPointF(snap(x), snap(y)));
}

AutoLayout::AutoLayout(const Plan &plan, qreal aspect)
{
    // Host columns, each as wide as its VMs; VMs without a known host follow one by one.
    QHash<QString, QList<const Vm *>> vmsByHost;
    QSet<QString> hostIds;
    for (const Host &h : plan.hosts)
        hostIds.insert(h.id);
    QList<const Vm *> homeless;
    qsizetype vmLines = 1, hostLines = 1, workloadLines = 1;
    for (const Vm &vm : plan.vms) {
        (hostIds.contains(vm.host) ? vmsByHost[vm.host] : homeless) << &vm;
        vmLines = qMax(vmLines, linesOf(vm));
    }
    QHash<QString, int> zoneGroups;
    QList<Column> columns;
    for (const Host &h : plan.hosts) {
        Column c{&h, vmsByHost.value(h.id)};
        c.vmsWidth = qMax<qreal>(0, c.vms.size() * (VmWidth + Gap) - Gap);
        c.width = qMax(HostWidth, c.vmsWidth);
        c.advance = c.width + 2 * Gap;
        c.group = zoneGroups.contains(h.zone)
                      ? zoneGroups.value(h.zone)
                      : zoneGroups.insert(h.zone, zoneGroups.size()).value();
        columns << c;
        hostLines = qMax(hostLines, linesOf(h));
    }
    for (const Vm *vm : homeless)
        columns << Column{nullptr, {vm}, VmWidth, VmWidth, VmWidth + Gap, int(zoneGroups.size())};

    // Workloads by namespace, in the order namespaces first appear.
    QHash<QString, int> namespaces;
    QList<QList<const Workload *>> byNamespace;
    for (const Workload &w : plan.workloads) {
        const QString ns = w.effectiveNamespace();
        if (!namespaces.contains(ns)) {
            namespaces.insert(ns, int(byNamespace.size()));
            byNamespace.emplaceBack();
        }
        byNamespace[namespaces.value(ns)] << &w;
        workloadLines = qMax(workloadLines, linesOf(w));
    }
    QList<const Workload *> workloads;
    QList<Slot> workloadSlots;
    for (qsizetype g = 0; g < byNamespace.size(); ++g) {
        for (const Workload *w : byNamespace[g]) {
            workloads << w;
            workloadSlots << Slot{WorkloadWidth, WorkloadWidth + WorkloadGap, int(g)};
        }
    }
    auto hostSlots = [&columns] {
        QList<Slot> slots;
        for (const Column &c : columns)
            slots << Slot{c.width, c.advance, c.group};
        return slots;
    };
    const qreal trailing = workloads.isEmpty() ? 0 : NamespaceGap;
    auto rightOf = [trailing](const Wrap &hosts, const Wrap &loads) {
        return qMax(Theme::ContentLeft + hosts.right,
                    Theme::ContentLeft + Gap + loads.right + trailing);
    };

    // Wrapped strips fit their cards, below the strip's title; one row keeps the bands of a
    // hand-drawn plan.
    const qreal vmStrip = snapUp(WrappedCardTop + Theme::cardHeight(vmLines) + 16);
    const qreal hostStrip = snapUp(WrappedCardTop + Theme::cardHeight(hostLines) + 16);
    const qreal workloadPitch = Theme::cardHeight(workloadLines) + 70;
    auto podStrip = [&](int rows) {
        return qMax(Theme::BandHeight, snapUp(WorkloadTop + (rows - 1) * workloadPitch +
                                              Theme::cardHeight(workloadLines) + 40));
    };
    auto shapeOf = [&](const Wrap &hosts, const Wrap &loads) {
        const qreal width = rightOf(hosts, loads) + 2 * Gap + SideWidth - Theme::LeftColumn;
        const qreal height =
            podStrip(loads.rows) + hosts.rows * (2 * Theme::BandGap + vmStrip + hostStrip);
        return width / height;
    };

    constexpr qreal Unlimited = std::numeric_limits<qreal>::max();
    Wrap hosts = wrap(hostSlots(), Unlimited, 0);
    Wrap loads = wrap(workloadSlots, Unlimited, NamespaceGap);
    const qreal singleHeight = 3 * Theme::BandHeight + 2 * Theme::BandGap;
    const qreal singleWidth = rightOf(hosts, loads) + 2 * Gap + SideWidth - Theme::LeftColumn;
    const bool wrapped = singleWidth / singleHeight > WrapBeyond * aspect;
    if (wrapped) {
        // Try row widths from the widest column to one row, keep the one nearest the aspect.
        std::stable_sort(columns.begin(), columns.end(),
                         [](const Column &a, const Column &b) { return a.group < b.group; });
        const QList<Slot> slots = hostSlots();
        qreal narrowest = WorkloadWidth;
        for (const Slot &s : slots)
            narrowest = qMax(narrowest, s.width);
        const qreal widest = qMax(hosts.right, loads.right);
        qreal best = Unlimited;
        for (qreal limit = narrowest;; limit *= 1.05) {
            const Wrap h = wrap(slots, limit, NamespaceGap);
            const Wrap l = wrap(workloadSlots, limit, NamespaceGap);
            const qreal miss = std::abs(std::log(shapeOf(h, l) / aspect));
            if (miss < best) {
                best = miss;
                hosts = h;
                loads = l;
            }
            if (limit >= widest) break;
        }
    }
    mRows = qMax(1, hosts.rows);

    // The strips: Pod on top, then a VM strip over a host strip for each row of hosts.
    const qreal podHeight = wrapped ? podStrip(loads.rows) : Theme::BandHeight;
    mStrips << BandStrip{Band::Pod, 0, podHeight};
    QList<qreal> vmTops, hostTops;
    qreal top = podHeight;
    for (int r = 0; r < mRows; ++r) {
        vmTops << top + Theme::BandGap;
        mStrips << BandStrip{Band::Vm, vmTops.last(), wrapped ? vmStrip : Theme::BandHeight};
        hostTops << mStrips.last().bottom() + Theme::BandGap;
        mStrips << BandStrip{Band::Host, hostTops.last(), wrapped ? hostStrip : Theme::BandHeight};
        top = mStrips.last().bottom();
    }

    placeNetworks(plan); // first: an id used twice keeps its first place
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const Column &c = columns[i];
        const qreal x = Theme::ContentLeft + hosts.x[i];
        const int row = hosts.row[i];
        const qreal cardTop = wrapped ? WrappedCardTop : CardTop;
        if (c.host) put(c.host->id, x + (c.width - HostWidth) / 2, hostTops[row] + cardTop);
        qreal vx = x + (c.width - c.vmsWidth) / 2;
        for (const Vm *vm : c.vms) {
            put(vm->id, vx, vmTops[row] + cardTop);
            vx += VmWidth + Gap;
        }
    }
    for (qsizetype i = 0; i < workloads.size(); ++i)
        put(workloads[i]->id, Theme::ContentLeft + Gap + loads.x[i],
            WorkloadTop + loads.row[i] * workloadPitch);

    mSideX = snap(rightOf(hosts, loads) + 2 * Gap);
    placeSideColumn(plan);
}

QList<BandStrip> AutoLayout::stripsOf(Band band) const
{
    QList<BandStrip> strips;
    for (const BandStrip &s : mStrips)
        if (s.band == band) strips << s;
    return strips;
}

void AutoLayout::placeNetworks(const Plan &plan)
{
    // Networks of the host, VM and Pod planes: stacked at the left of their band, in columns
    // that grow leftwards when a band holds more than fits.
    const qreal step = -(ChipWidth + Gap);
    Stack host(stripsOf(Band::Host), Theme::LeftColumn, step);
    Stack vm(stripsOf(Band::Vm), Theme::LeftColumn, step);
    Stack pod(stripsOf(Band::Pod), Theme::LeftColumn, step);
    for (const Network &n : plan.networks) {
        Stack *stack = n.plane == Plane::Host  ? &host
                       : n.plane == Plane::Vm  ? &vm
                       : n.plane == Plane::Pod ? &pod
                                               : nullptr;
        if (!stack) continue;
        const QPointF at = stack->next(chipHeight(n));
        put(n.id, at.x(), at.y());
    }
}

void AutoLayout::placeSideColumn(const Plan &plan)
{
    // The cluster card and Service networks by the Pod band, external networks by the VM
    // band, zones by the host band.
    const BandStrip &pods = mStrips.first();
    put(clusterKey(), mSideX, pods.top + BandHeader);
    const qreal step = ChipWidth + Gap;
    Stack service({BandStrip{Band::Pod, pods.top, std::numeric_limits<qreal>::max() / 2}},
                  mSideX + step, 0);
    Stack external(stripsOf(Band::Vm), mSideX, step);
    Stack zones(stripsOf(Band::Host), mSideX, step);
    for (const Network &n : plan.networks) {
        Stack *stack = n.plane == Plane::Service    ? &service
                       : n.plane == Plane::External ? &external
                                                    : nullptr;
        if (!stack) continue;
        const QPointF at = stack->next(Theme::cardHeight(1));
        put(n.id, at.x(), at.y());
    }
    for (const Zone &z : plan.zones) {
        const QPointF at = zones.next(Theme::cardHeight(1));
        put(z.id, at.x(), at.y());
    }
}

} // namespace Planar
