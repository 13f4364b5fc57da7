#include "autolayout.h"

#include "theme.h"

#include <QSet>

#include <cmath>

namespace Planar {

namespace {
constexpr qreal Gap = 20;
constexpr qreal HostWidth = 240;
constexpr qreal VmWidth = 200;
constexpr qreal WorkloadWidth = 180;
constexpr qreal WorkloadGap = 90; // room for a link label between neighbours
constexpr qreal ChipWidth = 200;
constexpr qreal BandHeader = 40;

qreal snap(qreal v)
{
    return std::round(v / Theme::Grid) * Theme::Grid;
}
} // namespace

AutoLayout::AutoLayout(const Plan &plan)
{
    using Theme::Band;
    auto put = [this](const QString &id, qreal x, qreal y) {
        if (!mPositions.contains(id)) mPositions.insert(id, QPointF(snap(x), snap(y)));
    };

    // Networks of the host, VM and Pod planes: stacked at the left of their band, in columns
    // that grow leftwards when a band holds more than fits.
    QHash<Plane, QPair<int, qreal>> stacked; // per plane: column, next y
    for (const Network &n : plan.networks) {
        Band band;
        if (n.plane == Plane::Host)
            band = Band::Host;
        else if (n.plane == Plane::Vm)
            band = Band::Vm;
        else if (n.plane == Plane::Pod)
            band = Band::Pod;
        else
            continue;
        auto &[column, y] = stacked[n.plane];
        if (y == 0) y = Theme::bandTop(band) + BandHeader;
        const qreal height = Theme::cardHeight(n.role.isEmpty() ? 1 : 2);
        if (y + height > Theme::bandTop(band) + Theme::BandHeight) {
            ++column;
            y = Theme::bandTop(band) + BandHeader;
        }
        put(n.id, Theme::LeftColumn - column * (ChipWidth + Gap), y);
        y += height + 10;
    }

    // Hosts with their VMs above them: each host gets a column as wide as its VMs.
    QHash<QString, QList<const Vm *>> vmsByHost;
    QSet<QString> hostIds;
    for (const Host &h : plan.hosts)
        hostIds.insert(h.id);
    QList<const Vm *> homeless;
    for (const Vm &vm : plan.vms) {
        if (hostIds.contains(vm.host))
            vmsByHost[vm.host] << &vm;
        else
            homeless << &vm;
    }
    qreal x = Theme::ContentLeft;
    for (const Host &h : plan.hosts) {
        const QList<const Vm *> vms = vmsByHost.value(h.id);
        const qreal vmsWidth = vms.size() * (VmWidth + Gap) - Gap;
        const qreal column = qMax(HostWidth, vmsWidth);
        put(h.id, x + (column - HostWidth) / 2, Theme::bandTop(Band::Host) + BandHeader + 10);
        qreal vx = x + (column - qMax<qreal>(vmsWidth, 0)) / 2;
        for (const Vm *vm : vms) {
            put(vm->id, vx, Theme::bandTop(Band::Vm) + BandHeader + 10);
            vx += VmWidth + Gap;
        }
        x += column + 2 * Gap;
    }
    for (const Vm *vm : homeless) {
        put(vm->id, x, Theme::bandTop(Band::Vm) + BandHeader + 10);
        x += VmWidth + Gap;
    }
    qreal right = x;

    // Workloads by namespace, in the order namespaces first appear.
    QStringList namespaces;
    QHash<QString, QList<const Workload *>> byNamespace;
    for (const Workload &w : plan.workloads) {
        const QString ns = w.effectiveNamespace();
        if (!byNamespace.contains(ns)) namespaces << ns;
        byNamespace[ns] << &w;
    }
    qreal wx = Theme::ContentLeft + Gap;
    for (const QString &ns : namespaces) {
        for (const Workload *w : byNamespace.value(ns)) {
            put(w->id, wx, Theme::bandTop(Band::Pod) + BandHeader + 40);
            wx += WorkloadWidth + WorkloadGap;
        }
        wx += 3 * Gap; // room for the namespace frames
    }
    right = qMax(right, wx);

    // The side column: cluster card and Service networks by the Pod band, external networks
    // by the VM band, zones by the host band.
    mSideX = snap(right + 2 * Gap);
    qreal podY = Theme::bandTop(Band::Pod) + BandHeader;
    put(clusterKey(), mSideX, podY);
    qreal extY = Theme::bandTop(Band::Vm) + BandHeader;
    qreal extX = mSideX;
    qreal serviceY = Theme::bandTop(Band::Pod) + BandHeader;
    for (const Network &n : plan.networks) {
        if (n.plane == Plane::Service) {
            put(n.id, mSideX + ChipWidth + Gap, serviceY);
            serviceY += Theme::cardHeight(1) + 10;
        } else if (n.plane == Plane::External) {
            if (extY + Theme::cardHeight(1) > Theme::bandTop(Band::Vm) + Theme::BandHeight) {
                extY = Theme::bandTop(Band::Vm) + BandHeader;
                extX += ChipWidth + Gap;
            }
            put(n.id, extX, extY);
            extY += Theme::cardHeight(1) + 10;
        }
    }
    qreal zoneY = Theme::bandTop(Band::Host) + BandHeader;
    qreal zoneX = mSideX;
    for (const Zone &z : plan.zones) {
        if (zoneY + Theme::cardHeight(1) > Theme::bandTop(Band::Host) + Theme::BandHeight) {
            zoneY = Theme::bandTop(Band::Host) + BandHeader;
            zoneX += ChipWidth + Gap;
        }
        put(z.id, zoneX, zoneY);
        zoneY += Theme::cardHeight(1) + 10;
    }
}

} // namespace Planar
