#include "libvirtexporter.h"

#include "exportsafety.h"
#include "net/macaddress.h"
#include "ovsexporter.h"

#include <QSet>

#include <algorithm>

namespace Planar {

namespace {

const Host *hostOf(const Plan &plan, const QString &id)
{
    for (const Host &h : plan.hosts)
        if (h.id == id) return &h;
    return nullptr;
}

bool hasSwitch(const Host *host, const QString &name)
{
    if (!host) return false;
    return std::any_of(host->switches.begin(), host->switches.end(),
                       [&](const VirtualSwitch &s) { return s.name == name; });
}

QString networkName(const Host &host, const VirtualSwitch &sw)
{
    return host.id + QLatin1Char('-') + sw.name;
}

/**
 * Portgroup names of a switch's VLANs: the zone of the plan network on that VLAN when it is
 * the only one naming the VLAN and no other VLAN of the switch took the zone, else `vlanN`.
 */
QMap<int, QString> portgroups(const Plan &plan, const VirtualSwitch &sw)
{
    QMap<int, QString> names;
    QSet<QString> taken;
    for (const int vlan : sw.vlans) {
        QSet<QString> zones;
        for (const Network &n : plan.networks)
            if (n.vlan == vlan && !n.zone.isEmpty()) zones.insert(n.zone);
        QString name = QStringLiteral("vlan%1").arg(vlan);
        if (zones.size() == 1 && ExportSafety::isDnsLabel(*zones.begin()) &&
            !taken.contains(*zones.begin()))
            name = *zones.begin();
        taken.insert(name);
        names.insert(vlan, name);
    }
    return names;
}

} // namespace

QString LibvirtExporter::description() const
{
    return QStringLiteral("libvirt: HOSTID-SWITCH.network.xml (OVS network, a portgroup per "
                          "VLAN) and VMID.NICNAME.interface.xml per VM NIC");
}

QStringList LibvirtExporter::fileNames(const Plan &plan) const
{
    QStringList names;
    for (const Host &h : plan.hosts)
        for (const VirtualSwitch &sw : h.switches)
            names.append(networkName(h, sw) + QStringLiteral(".network.xml"));
    for (const Vm &vm : plan.vms)
        for (const VmNic &nic : vm.nics)
            if (hasSwitch(hostOf(plan, vm.host), nic.switchName))
                names.append(QStringLiteral("%1.%2.interface.xml").arg(vm.id, nic.name));
    return names;
}

bool LibvirtExporter::checkNames(const Plan &plan)
{
    auto shown = [](const QString &t) { return ExportSafety::shown(t); };
    for (int i = 0; i < plan.hosts.size(); ++i) {
        const Host &h = plan.hosts[i];
        if (!ExportSafety::isDnsLabel(h.id))
            addError(QStringLiteral("hosts[%1].id %2: not a DNS label, cannot name a file")
                         .arg(i)
                         .arg(shown(h.id)));
        for (int s = 0; s < h.switches.size(); ++s)
            if (!ExportSafety::isInterfaceName(h.switches[s].name) ||
                h.switches[s].name.startsWith(QLatin1Char('.')))
                addError(QStringLiteral("hosts[%1].switches[%2].name %3: not a bridge name")
                             .arg(i)
                             .arg(s)
                             .arg(shown(h.switches[s].name)));
    }
    for (int i = 0; i < plan.vms.size(); ++i) {
        const Vm &vm = plan.vms[i];
        if (!ExportSafety::isDnsLabel(vm.id))
            addError(QStringLiteral("vms[%1].id %2: not a DNS label").arg(i).arg(shown(vm.id)));
        for (int n = 0; n < vm.nics.size(); ++n) {
            const VmNic &nic = vm.nics[n];
            const QString field = QStringLiteral("vms[%1].nics[%2]").arg(i).arg(n);
            if (!ExportSafety::isInterfaceName(nic.name) || nic.name.startsWith(QLatin1Char('.')))
                addError(field +
                         QStringLiteral(".name %1: not an interface name").arg(shown(nic.name)));
            if (!nic.mac.isEmpty() && !nic.mac.address())
                addError(field + QStringLiteral(".mac %1: not a MAC address").arg(shown(nic.mac)));
        }
    }
    return errors().isEmpty();
}

bool LibvirtExporter::write(const Plan &plan, const ExportOptions &, QList<ExportedFile> *files)
{
    resetMessages();
    if (!checkNames(plan)) return false;
    QList<ExportedFile> out;
    for (const Host &h : plan.hosts)
        for (const VirtualSwitch &sw : h.switches) {
            QString xml = QStringLiteral("<!-- Apply with: virsh net-define %1.network.xml && "
                                         "virsh net-start %1 && virsh net-autostart %1 -->\n"
                                         "<network>\n  <name>%1</name>\n"
                                         "  <forward mode='bridge'/>\n"
                                         "  <bridge name='%2'/>\n"
                                         "  <virtualport type='openvswitch'/>\n")
                              .arg(networkName(h, sw), sw.name);
            const QMap<int, QString> groups = portgroups(plan, sw);
            for (auto it = groups.cbegin(); it != groups.cend(); ++it)
                xml += QStringLiteral("  <portgroup name='%1'>\n    <vlan>\n      <tag id='%2'/>\n"
                                      "    </vlan>\n  </portgroup>\n")
                           .arg(it.value())
                           .arg(it.key());
            xml += QStringLiteral("</network>\n");
            out.append({networkName(h, sw) + QStringLiteral(".network.xml"), xml.toUtf8()});
        }
    for (const Vm &vm : plan.vms) {
        const Host *host = hostOf(plan, vm.host);
        const QMap<QString, QString> ports =
            host ? OvsExporter::portNames(plan, host->id) : QMap<QString, QString>();
        for (const VmNic &nic : vm.nics) {
            if (!hasSwitch(host, nic.switchName)) {
                addWarning(QStringLiteral("VM %1 NIC %2 is on no switch of its host: no "
                                          "interface was written for it")
                               .arg(vm.id, nic.name));
                continue;
            }
            const VirtualSwitch *sw = nullptr;
            for (const VirtualSwitch &s : host->switches)
                if (s.name == nic.switchName) sw = &s;
            const QString file = QStringLiteral("%1.%2.interface.xml").arg(vm.id, nic.name);
            QString xml =
                QStringLiteral("<!-- Apply with: virsh attach-device %1 %2 and its option "
                               "config, which keeps it in the VM definition -->\n"
                               "<interface type='network'>\n")
                    .arg(vm.id, file);
            if (const auto mac = nic.mac.address())
                xml += QStringLiteral("  <mac address='%1'/>\n").arg(mac->toString());
            else
                addWarning(QStringLiteral("VM %1 NIC %2 has no MAC: libvirt will pick one, "
                                          "which the switch's port security does not admit")
                               .arg(vm.id, nic.name));
            xml += QStringLiteral("  <source network='%1'").arg(networkName(*host, *sw));
            const QMap<int, QString> groups = portgroups(plan, *sw);
            if (nic.vlan && groups.contains(*nic.vlan))
                xml += QStringLiteral(" portgroup='%1'").arg(groups.value(*nic.vlan));
            else
                addWarning(QStringLiteral("VM %1 NIC %2: its VLAN is not one of switch %3's, so "
                                          "its interface has no portgroup")
                               .arg(vm.id, nic.name, sw->name));
            xml += QStringLiteral("/>\n  <virtualport type='openvswitch'/>\n"
                                  "  <target dev='%1'/>\n  <model type='virtio'/>\n"
                                  "</interface>\n")
                       .arg(ports.value(OvsExporter::portKey(vm, nic)));
            out.append({file, xml.toUtf8()});
        }
    }
    files->append(out);
    return true;
}

} // namespace Planar
