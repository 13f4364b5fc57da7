#include "planedits.h"

#include "commands/entitycommands.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

namespace Planar {

namespace {
void rename(QString &ref, const QString &oldId, const QString &newId)
{
    if (ref == oldId) ref = newId;
}
} // namespace

Plan renamedPlan(const Plan &plan, const QString &oldId, const QString &newId)
{
    Plan p = plan;
    auto r = [&](QString &ref) { rename(ref, oldId, newId); };
    for (Zone &z : p.zones)
        r(z.id);
    for (Network &n : p.networks) {
        r(n.id);
        r(n.zone);
        r(n.parent);
    }
    for (Host &h : p.hosts) {
        r(h.id);
        r(h.zone);
        for (HostNic &nic : h.nics)
            r(nic.network);
    }
    for (Vm &vm : p.vms) {
        r(vm.id);
        r(vm.host);
        r(vm.zone);
        for (VmNic &nic : vm.nics)
            r(nic.network);
    }
    for (Workload &w : p.workloads) {
        r(w.id);
        r(w.zone);
        for (QString &node : w.nodes)
            r(node);
    }
    for (Link &l : p.links) {
        r(l.from);
        r(l.to);
    }
    for (LayoutEntry &e : p.layout)
        r(e.id);
    return p;
}

QStringList linksTouching(const PlanDocument &document, const QString &id)
{
    QStringList out;
    const QList<Link> &links = document.plan().links;
    for (qsizetype i = 0; i < links.size(); ++i)
        if (links[i].from == id || links[i].to == id) out << document.linkKeys().value(i);
    return out;
}

void deleteItems(PlanDocument *document, const QStringList &keys, HostVmPolicy policy,
                 const QString &targetHost)
{
    QStringList order; // entities first, so that their links are collected below
    QSet<QString> seen;
    auto add = [&](const QString &key) {
        if (!seen.contains(key) && document->contains(key)) {
            seen.insert(key);
            order << key;
        }
    };
    QList<QPair<QString, Vm>> moved;
    for (const QString &key : keys) {
        add(key);
        if (document->kindOf(key) != ItemKind::Host) continue;
        for (const Vm &vm : document->plan().vms) {
            if (vm.host != key || seen.contains(vm.id)) continue;
            if (policy == HostVmPolicy::MoveVms && !targetHost.isEmpty() &&
                !keys.contains(targetHost)) {
                Vm rehomed = vm;
                rehomed.host = targetHost;
                moved.append({vm.id, rehomed});
            } else {
                add(vm.id);
            }
        }
    }
    for (const QString &key : QStringList(order))
        if (!isLinkKey(key))
            for (const QString &link : linksTouching(*document, key))
                add(link);
    if (order.isEmpty()) return;

    auto *macro = new QUndoCommand(
        order.size() == 1
            ? QCoreApplication::translate("Planar::Commands", "Delete %1").arg(order.first())
            : QCoreApplication::translate("Planar::Commands", "Delete %n items", nullptr,
                                          int(order.size())));
    for (const auto &[id, vm] : moved)
        new EditEntityCommand(document, id, vm, macro);
    // Links go first so that undo restores their endpoints before them.
    for (const QString &key : order)
        if (isLinkKey(key)) new RemoveEntityCommand(document, key, macro);
    for (const QString &key : order)
        if (!isLinkKey(key)) new RemoveEntityCommand(document, key, macro);
    document->undoStack()->push(macro);
}

} // namespace Planar
