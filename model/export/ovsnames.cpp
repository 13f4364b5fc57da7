// The ovs exporter's names: port names within Linux's 15 characters, and the checks every
// name passes before it reaches a script or a flow table.
#include "exportsafety.h"
#include "net/cidr.h"
#include "net/macaddress.h"
#include "ovsexporter.h"

#include <QCryptographicHash>
#include <QSet>

namespace Planar {

QString OvsExporter::portKey(const Vm &vm, const VmNic &nic)
{
    return vm.id + QLatin1Char('/') + nic.name;
}

QMap<QString, QString> OvsExporter::portNames(const Plan &plan, const QString &host)
{
    QList<QPair<QString, QString>> wanted; // key, full name, in plan order
    for (const Vm &vm : plan.vms)
        if (vm.host == host)
            for (const VmNic &nic : vm.nics)
                wanted.append({portKey(vm, nic), vm.id + QLatin1Char('-') + nic.name});
    QMap<QString, QString> names;
    QSet<QString> taken;
    // Names that fit are kept as they are first, so that shortening one port never renames
    // another whose full name fits.
    for (const auto &[key, full] : wanted)
        if (full.size() <= 15 && !taken.contains(full)) {
            names.insert(key, full);
            taken.insert(full);
        }
    for (const auto &[key, full] : wanted) {
        if (names.contains(key)) continue;
        for (int salt = 0;; ++salt) {
            const QByteArray digest =
                QCryptographicHash::hash((full + QLatin1Char('#') + QString::number(salt)).toUtf8(),
                                         QCryptographicHash::Sha256);
            const QString candidate =
                full.left(10) + QLatin1Char('-') + QString::fromLatin1(digest.toHex().left(4));
            if (taken.contains(candidate)) continue;
            names.insert(key, candidate);
            taken.insert(candidate);
            break;
        }
    }
    return names;
}

bool OvsExporter::checkNames(const Plan &plan)
{
    auto shown = [](const QString &t) { return ExportSafety::shown(t); };
    QSet<QString> hostIds;
    for (int i = 0; i < plan.hosts.size(); ++i) {
        const Host &h = plan.hosts[i];
        if (!ExportSafety::isDnsLabel(h.id))
            addError(QStringLiteral("hosts[%1].id %2: not a DNS label, cannot name a file")
                         .arg(i)
                         .arg(shown(h.id)));
        else if (hostIds.contains(h.id))
            addError(QStringLiteral("hosts[%1].id %2: two hosts share this id").arg(i).arg(h.id));
        hostIds.insert(h.id);
        for (int n = 0; n < h.nics.size(); ++n)
            if (!ExportSafety::isInterfaceName(h.nics[n].name))
                addError(QStringLiteral("hosts[%1].nics[%2].name %3: not an interface name")
                             .arg(i)
                             .arg(n)
                             .arg(shown(h.nics[n].name)));
        QSet<QString> switchNames;
        for (int s = 0; s < h.switches.size(); ++s) {
            const VirtualSwitch &sw = h.switches[s];
            if (!ExportSafety::isInterfaceName(sw.name) || sw.name.startsWith(QLatin1Char('.')))
                addError(QStringLiteral("hosts[%1].switches[%2].name %3: not a bridge name")
                             .arg(i)
                             .arg(s)
                             .arg(shown(sw.name)));
            else if (switchNames.contains(sw.name))
                addError(QStringLiteral("hosts[%1].switches[%2].name %3: two switches share it")
                             .arg(i)
                             .arg(s)
                             .arg(sw.name));
            switchNames.insert(sw.name);
            if (!ExportSafety::isInterfaceName(sw.uplink) && !sw.uplink.isEmpty())
                addError(QStringLiteral("hosts[%1].switches[%2].uplink %3: not an interface name")
                             .arg(i)
                             .arg(s)
                             .arg(shown(sw.uplink)));
            for (const int vlan : sw.vlans)
                if (vlan < 1 || vlan > 4094)
                    addError(QStringLiteral("hosts[%1].switches[%2].vlans: %3 is not 1..4094")
                                 .arg(i)
                                 .arg(s)
                                 .arg(vlan));
        }
    }
    for (int i = 0; i < plan.vms.size(); ++i) {
        const Vm &vm = plan.vms[i];
        if (!ExportSafety::isDnsLabel(vm.id))
            addError(QStringLiteral("vms[%1].id %2: not a DNS label").arg(i).arg(shown(vm.id)));
        for (int p = 0; p < vm.podSubnets.size(); ++p)
            if (!vm.podSubnets[p].address())
                addError(QStringLiteral("vms[%1].podSubnet %2: not a CIDR block")
                             .arg(i)
                             .arg(shown(vm.podSubnets[p])));
        for (int n = 0; n < vm.nics.size(); ++n) {
            const VmNic &nic = vm.nics[n];
            const QString field = QStringLiteral("vms[%1].nics[%2]").arg(i).arg(n);
            if (!ExportSafety::isInterfaceName(nic.name))
                addError(field +
                         QStringLiteral(".name %1: not an interface name").arg(shown(nic.name)));
            if (!nic.mac.isEmpty() && !nic.mac.address())
                addError(field + QStringLiteral(".mac %1: not a MAC address").arg(shown(nic.mac)));
            if (!nic.ip.isEmpty() && !nic.ip.address())
                addError(field + QStringLiteral(".ip %1: not an IP address").arg(shown(nic.ip)));
            if (nic.vlan && (*nic.vlan < 1 || *nic.vlan > 4094))
                addError(field + QStringLiteral(".vlan: %1 is not 1..4094").arg(*nic.vlan));
        }
    }
    return errors().isEmpty();
}

} // namespace Planar
