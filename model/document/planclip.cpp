#include "planclip.h"

#include "commands/entitycommands.h"
#include "itemfactory.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>

namespace Planar::PlanClip {

Plan extract(const PlanDocument &document, const QStringList &keys)
{
    Plan clip;
    clip.name = QStringLiteral("clipboard");
    QSet<QString> ids;
    for (const QString &key : keys) {
        const auto entity = document.entity(key);
        if (!entity || isLinkKey(key)) continue;
        ids.insert(key);
        std::visit(
            [&clip](const auto &e) {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, Zone>)
                    clip.zones << e;
                else if constexpr (std::is_same_v<T, Network>)
                    clip.networks << e;
                else if constexpr (std::is_same_v<T, Host>)
                    clip.hosts << e;
                else if constexpr (std::is_same_v<T, Vm>)
                    clip.vms << e;
                else if constexpr (std::is_same_v<T, Workload>)
                    clip.workloads << e;
            },
            *entity);
        if (const auto pos = document.position(key)) clip.layout << LayoutEntry{key, *pos};
    }
    for (const Link &link : document.plan().links)
        if (ids.contains(link.from) && ids.contains(link.to)) clip.links << link;
    return clip;
}

namespace {

/** "node12" → "node", "web" → "web": the prefix a fresh id counts up from. */
QString stem(const QString &id)
{
    static const QRegularExpression digits(QStringLiteral("-?[0-9]+$"));
    const QString s = QString(id).remove(digits);
    return s.isEmpty() ? id : s;
}

} // namespace

QStringList paste(PlanDocument *document, const Plan &clip, const QPointF &offset)
{
    Plan work = document->plan(); // grows as entities are added, so each gets fresh values
    QHash<QString, QString> renamed;
    auto fresh = [&](const QString &id) {
        const QString next = ItemFactory::uniqueId(work, stem(id));
        renamed.insert(id, next);
        return next;
    };
    auto ref = [&renamed](QString &id) { id = renamed.value(id, id); };
    QList<Entity> entities;

    for (Zone z : clip.zones) {
        z.id = fresh(z.id);
        work.zones << z;
        entities << z;
    }
    for (Network n : clip.networks) {
        n.id = fresh(n.id);
        work.networks << n;
        entities << n;
    }
    for (Network &n : work.networks)
        ref(n.parent); // parents pasted along
    for (Entity &e : entities)
        if (auto *n = std::get_if<Network>(&e)) {
            ref(n->parent);
            ref(n->zone);
        }
    for (Host h : clip.hosts) {
        h.id = fresh(h.id);
        ref(h.zone);
        for (HostNic &nic : h.nics) {
            ref(nic.network);
            const QString ip = ItemFactory::nextFreeIp(work, nic.network);
            if (!ip.isEmpty()) nic.ip = ip;
            if (!nic.mac.isEmpty()) nic.mac = ItemFactory::nextFreeMac(work, false);
            work.hosts.removeIf([&h](const Host &x) { return x.id == h.id; });
            work.hosts << h;
        }
        work.hosts.removeIf([&h](const Host &x) { return x.id == h.id; });
        work.hosts << h;
        entities << h;
    }
    for (Vm vm : clip.vms) {
        vm.id = fresh(vm.id);
        ref(vm.host);
        ref(vm.zone);
        for (VmNic &nic : vm.nics) {
            ref(nic.network);
            const QString ip = ItemFactory::nextFreeIp(work, nic.network);
            if (!ip.isEmpty()) nic.ip = ip;
            if (!nic.mac.isEmpty()) nic.mac = ItemFactory::nextFreeMac(work, true);
            work.vms.removeIf([&vm](const Vm &x) { return x.id == vm.id; });
            work.vms << vm;
        }
        if (!vm.podSubnets.isEmpty()) {
            const QString pods = ItemFactory::nextFreePodSubnet(work);
            if (!pods.isEmpty()) vm.podSubnets = {pods};
        }
        work.vms.removeIf([&vm](const Vm &x) { return x.id == vm.id; });
        work.vms << vm;
        entities << vm;
    }
    for (Workload w : clip.workloads) {
        w.id = fresh(w.id);
        ref(w.zone);
        for (QString &node : w.nodes)
            ref(node);
        work.workloads << w;
        entities << w;
    }
    for (const Link &original : clip.links) {
        if (!renamed.contains(original.from) || !renamed.contains(original.to)) continue;
        Link link = original;
        ref(link.from);
        ref(link.to);
        if (!link.id.isEmpty()) link.id = ItemFactory::newLink(work, link.from, link.to, {}).id;
        work.links << link;
        entities << link;
    }
    if (entities.isEmpty()) return {};

    QHash<QString, QPointF> positions;
    for (const LayoutEntry &e : clip.layout)
        positions.insert(e.id, e.position + offset);
    auto *macro = new QUndoCommand(QCoreApplication::translate("Planar::Commands", "Paste %n items",
                                                               nullptr, int(entities.size())));
    QList<AddEntityCommand *> adds;
    for (const Entity &e : entities) {
        const QString original = renamed.key(idOf(e));
        std::optional<QPointF> pos;
        if (positions.contains(original)) pos = positions.value(original);
        adds << new AddEntityCommand(document, e, pos, macro);
    }
    document->undoStack()->push(macro);
    QStringList keys;
    for (const AddEntityCommand *add : adds)
        keys << add->key();
    return keys;
}

} // namespace Planar::PlanClip
