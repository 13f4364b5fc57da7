#include "switchfields.h"

#include "plan/vm.h"

namespace Planar::Fields {

namespace {

/** The first of br0, br1, … that no switch of @p host is called yet. */
QString freeSwitchName(const Host &host)
{
    for (int i = 0;; ++i) {
        const QString name = QStringLiteral("br%1").arg(i);
        const bool taken =
            std::any_of(host.switches.cbegin(), host.switches.cend(),
                        [&name](const VirtualSwitch &sw) { return sw.name == name; });
        if (!taken) return name;
    }
}

/** A NIC no switch uses as its uplink yet (else the last NIC): a new bridge needs its own. */
QString freeUplink(const Host &host)
{
    for (const HostNic &nic : host.nics) {
        const bool used =
            std::any_of(host.switches.cbegin(), host.switches.cend(),
                        [&nic](const VirtualSwitch &sw) { return sw.uplink == nic.name; });
        if (!used) return nic.name;
    }
    return host.nics.isEmpty() ? QString() : host.nics.last().name;
}

/**
 * Renames switch @p index of host @p hostId and every VM NIC on that host plugged into it, as
 * one undo step: a rename must not leave the host's VMs on a switch that is gone.
 */
void renameSwitch(PlanDocument *doc, const QString &hostId, qsizetype index, const QString &name)
{
    const auto entity = doc->entity(hostId);
    if (!entity || !std::holds_alternative<Host>(*entity)) return;
    Host host = std::get<Host>(*entity);
    if (index >= host.switches.size() || host.switches[index].name == name) return;
    const QString old = host.switches[index].name;
    host.switches[index].name = name;
    auto *command = new QUndoCommand(tr("Rename switch %1 to %2").arg(old, name));
    new EditEntityCommand(doc, hostId, host, command);
    for (const QString &id : doc->keys(ItemKind::Vm)) {
        Vm vm = std::get<Vm>(*doc->entity(id));
        if (vm.host != hostId) continue;
        bool plugged = false;
        for (VmNic &nic : vm.nics)
            if (nic.switchName == old) {
                nic.switchName = name;
                plugged = true;
            }
        if (plugged) new EditEntityCommand(doc, id, vm, command);
    }
    doc->undoStack()->push(command);
}

} // namespace

void switchFields(Builder<Host> &b, PlanDocument *doc, const Host &host)
{
    QStringList nicNames;
    for (const HostNic &nic : host.nics)
        nicNames << nic.name;
    for (qsizetype j = 0; j < host.switches.size(); ++j) {
        const VirtualSwitch &sw = host.switches[j];
        const QString p = QStringLiteral("switch%1.").arg(j);
        b.section(tr("Switch %1").arg(sw.name));
        PropertyField name =
            makeField(p + u"name", tr("Name"), sw.name, Editor::Line, Kind::InterfaceName, false);
        name.check = [host, j](const QString &text) {
            for (qsizetype k = 0; k < host.switches.size(); ++k)
                if (k != j && host.switches[k].name == text)
                    return tr("Host %1 already has a switch '%2'.").arg(host.id, text);
            return QString();
        };
        name.commit = [doc, hostId = host.id, j, check = name.check](const QString &text) {
            if (check(text).isEmpty()) renameSwitch(doc, hostId, j, text);
        };
        b.fields << name;
        b.choice(p + u"uplink", tr("Uplink"), sw.uplink, textChoices(nicNames, true),
                 [j](Host &h, const QString &v) { h.switches[j].uplink = v; });
        QStringList vlans;
        for (int v : sw.vlans)
            vlans << QString::number(v);
        b.line(p + u"vlans", tr("VLANs"), vlans.join(QStringLiteral(", ")), Kind::VlanList, true,
               [j](Host &h, const QString &v) {
                   h.switches[j].vlans.clear();
                   for (const QString &s : splitList(v))
                       h.switches[j].vlans << s.toInt();
               });
        b.button(p + u"remove", tr("Remove switch %1").arg(sw.name),
                 [j](Host &h) { h.switches.removeAt(j); });
    }
    b.section(QString());
    b.button(QStringLiteral("addSwitch"), tr("Add switch"), [](Host &h) {
        VirtualSwitch sw;
        sw.name = freeSwitchName(h);
        sw.uplink = freeUplink(h);
        h.switches << sw;
    });
}

} // namespace Planar::Fields
