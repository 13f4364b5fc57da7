#include "ovsexporter.h"

#include "check/clusterflows.h"
#include "endpointresolver.h"
#include "exportsafety.h"
#include "net/cidr.h"
#include "net/macaddress.h"
#include "ovszoneflows.h"

#include <QSet>

#include <algorithm>

namespace Planar {

namespace {

/** The NIC's access VLAN: its own `vlan`, else none (VLAN 0, which no uplink trunks). */
int accessTag(const VmNic &nic)
{
    return nic.vlan.value_or(0);
}

/** Addresses a VM NIC may send from: its IP, and its node's Pod subnets (unencapsulated CNI). */
QList<Cidr> sourceRanges(const Vm &vm, const VmNic &nic)
{
    QList<Cidr> out;
    if (const auto ip = nic.ip.address()) out.append(Cidr::containing(*ip, ip->bitCount()));
    for (const CidrText &s : vm.podSubnets)
        if (const auto c = s.address()) out.append(*c);
    return out;
}

QString quotedPort(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

} // namespace

QString OvsExporter::description() const
{
    return QStringLiteral("Open vSwitch per host: HOSTID.ovs.sh (bridges, VLAN trunks, VM ports) "
                          "and HOSTID.SWITCH.flows (port security)");
}

QStringList OvsExporter::fileNames(const Plan &plan) const
{
    QStringList names;
    for (const Host &h : plan.hosts) {
        if (h.switches.isEmpty()) continue;
        names.append(h.id + QStringLiteral(".ovs.sh"));
        for (const VirtualSwitch &sw : h.switches)
            names.append(QStringLiteral("%1.%2.flows").arg(h.id, sw.name));
    }
    return names;
}

bool OvsExporter::write(const Plan &plan, const ExportOptions &options, QList<ExportedFile> *files)
{
    resetMessages();
    if (!checkNames(plan)) return false;
    const PlanLookup lookup(plan);
    const EndpointResolver resolver(plan, lookup);
    for (const QString &e : resolver.errors())
        addError(e);
    if (!errors().isEmpty()) return false;
    const LinkFlows links(plan, lookup, resolver, options.today);
    const ClusterFlows cluster(plan);
    const OvsZoneFlows zones(plan, resolver, links, cluster);
    QList<ExportedFile> out;
    for (const Host &host : plan.hosts) {
        if (host.switches.isEmpty()) continue;
        const QMap<QString, QString> ports = portNames(plan, host.id);
        out.append({host.id + QStringLiteral(".ovs.sh"), script(plan, host, ports)});
        for (const VirtualSwitch &sw : host.switches)
            out.append({QStringLiteral("%1.%2.flows").arg(host.id, sw.name),
                        flows(plan, host, sw, ports, zones)});
    }
    for (const Vm &vm : plan.vms) {
        const Host *host = nullptr;
        for (const Host &h : plan.hosts)
            if (h.id == vm.host) host = &h;
        for (const VmNic &nic : vm.nics) {
            const bool onSwitch = host && std::any_of(host->switches.begin(), host->switches.end(),
                                                      [&](const VirtualSwitch &s) {
                                                          return s.name == nic.switchName;
                                                      });
            if (!onSwitch)
                addWarning(QStringLiteral("VM %1 NIC %2 is on no switch of its host: no port "
                                          "was written for it")
                               .arg(vm.id, nic.name));
            else if (nic.mac.isEmpty())
                addWarning(QStringLiteral("VM %1 NIC %2 has no MAC: its port gets no binding "
                                          "and drops everything it sends")
                               .arg(vm.id, nic.name));
            else if (!nic.vlan)
                addWarning(QStringLiteral("VM %1 NIC %2 has no VLAN: its port is an access "
                                          "port of VLAN 0, which no uplink trunks")
                               .arg(vm.id, nic.name));
        }
    }
    files->append(out);
    return true;
}

QByteArray OvsExporter::script(const Plan &plan, const Host &host,
                               const QMap<QString, QString> &ports)
{
    QString text =
        QStringLiteral(
            "#!/bin/sh\n"
            "# Host %1: Open vSwitch bridges, uplink trunks and VM access ports (idempotent).\n"
            "# Apply with: sh %1.ovs.sh [--dry-run], then for each switch SW:\n"
            "#   ovs-ofctl replace-flows SW %1.SW.flows\n"
            "# PLANAR_OVS_DUMMY=1 builds user-space test bridges and ports (ovs-vswitchd "
            "--enable-dummy).\n"
            "set -eu\n"
            "dry_run=0\n"
            "if [ \"${1:-}\" = \"--dry-run\" ]; then dry_run=1; fi\n"
            "dp_type=system\n"
            "if_type=system\n"
            "if [ \"${PLANAR_OVS_DUMMY:-0}\" = 1 ]; then dp_type=dummy; if_type=dummy; fi\n"
            "vsctl() {\n"
            "\tif [ \"$dry_run\" = 1 ]; then echo ovs-vsctl \"$@\"; else ovs-vsctl \"$@\"; fi\n"
            "}\n"
            "# Ports the plan does not name are reported, never deleted: they may carry traffic.\n"
            "report_unplanned() {\n"
            "\tbr=$1\n"
            "\tshift\n"
            "\tovs-vsctl br-exists \"$br\" 2>/dev/null || return 0\n"
            "\tfor p in $(ovs-vsctl list-ports \"$br\"); do\n"
            "\t\tcase \" $* \" in\n"
            "\t\t*\" $p \"*) ;;\n"
            "\t\t*) echo \"$0: port $p on $br is not in the plan; left in place\" >&2 ;;\n"
            "\t\tesac\n"
            "\tdone\n"
            "}\n")
            .arg(host.id);
    for (const VirtualSwitch &sw : host.switches) {
        QStringList planned;
        QStringList lines;
        lines.append(QStringLiteral("vsctl --may-exist add-br %1 -- set bridge %1 "
                                    "datapath_type=\"$dp_type\" fail_mode=secure")
                         .arg(sw.name));
        if (!sw.uplink.isEmpty()) {
            planned.append(sw.uplink);
            QStringList vlans;
            for (const int v : sw.vlans)
                vlans.append(QString::number(v));
            // An empty trunks column would carry every VLAN: a switch without VLANs gets an
            // uplink that carries only untagged frames instead.
            const QString mode = vlans.isEmpty()
                                     ? QStringLiteral("vlan_mode=access tag=0 trunks=[]")
                                     : QStringLiteral("vlan_mode=trunk tag=[] trunks=") +
                                           vlans.join(QLatin1Char(','));
            lines.append(QStringLiteral("-- --may-exist add-port %1 %2 -- set port %2 %3 "
                                        "-- set interface %2 type=\"$if_type\"")
                             .arg(sw.name, sw.uplink, mode));
        }
        for (const Vm &vm : plan.vms) {
            if (vm.host != host.id) continue;
            for (const VmNic &nic : vm.nics) {
                if (nic.switchName != sw.name) continue;
                const QString port = ports.value(OvsExporter::portKey(vm, nic));
                planned.append(port);
                QString ids = QStringLiteral("external_ids:planar-vm=%1 external_ids:planar-nic=%2")
                                  .arg(vm.id, nic.name);
                if (const auto mac = nic.mac.address())
                    ids +=
                        QStringLiteral(" 'external_ids:attached-mac=\"%1\"'").arg(mac->toString());
                lines.append(QStringLiteral("-- --may-exist add-port %1 %2 -- set port %2 "
                                            "vlan_mode=access tag=%3 trunks=[] -- set interface "
                                            "%2 type=\"$if_type\" %4")
                                 .arg(sw.name, port)
                                 .arg(accessTag(nic))
                                 .arg(ids));
            }
        }
        text += QStringLiteral("\n# Switch %1\n").arg(sw.name);
        text += lines.join(QStringLiteral(" \\\n\t")) + QLatin1Char('\n');
        text +=
            QStringLiteral("report_unplanned %1 %2\n").arg(sw.name, planned.join(QLatin1Char(' ')));
    }
    return text.toUtf8();
}

QByteArray OvsExporter::flows(const Plan &plan, const Host &host, const VirtualSwitch &sw,
                              const QMap<QString, QString> &ports, const OvsZoneFlows &zones)
{
    QString text =
        QStringLiteral("# Port security and zone isolation of switch %1 on host %2. Load with:\n"
                       "#   ovs-ofctl replace-flows %1 %2.%1.flows\n")
            .arg(sw.name, host.id);
    QStringList lines;
    QStringList zoneLines;
    for (const Vm &vm : plan.vms) {
        if (vm.host != host.id) continue;
        for (const VmNic &nic : vm.nics) {
            if (nic.switchName != sw.name) continue;
            const QString in =
                QStringLiteral("in_port=") + quotedPort(ports.value(OvsExporter::portKey(vm, nic)));
            const auto mac = nic.mac.address();
            lines.append(QStringLiteral("# VM %1 NIC %2").arg(vm.id, nic.name));
            if (mac) {
                const QString src = QStringLiteral(",%1,dl_src=%2").arg(in, mac->toString());
                const auto ip = nic.ip.address();
                if (ip && ip->isV4())
                    lines.append(QStringLiteral("priority=200,arp%1,arp_sha=%2,arp_spa=%3,"
                                                "actions=NORMAL")
                                     .arg(src, mac->toString(), ip->toString()));
                if (ip && !ip->isV4()) {
                    // Neighbour discovery: solicitations, and adverts only for its own address.
                    for (const int type : {133, 135})
                        lines.append(QStringLiteral("priority=200,icmp6%1,icmp_type=%2,"
                                                    "actions=NORMAL")
                                         .arg(src)
                                         .arg(type));
                    lines.append(QStringLiteral("priority=200,icmp6%1,icmp_type=136,nd_target=%2,"
                                                "actions=NORMAL")
                                     .arg(src, ip->toString()));
                }
                for (const Cidr &range : sourceRanges(vm, nic)) {
                    const bool v4 = range.family() == IpFamily::V4;
                    lines.append(
                        QStringLiteral("priority=200,%1%2,%3=%4,actions=NORMAL")
                            .arg(v4 ? QStringLiteral("ip") : QStringLiteral("ipv6"), src,
                                 v4 ? QStringLiteral("nw_src") : QStringLiteral("ipv6_src"),
                                 range.toString()));
                }
            }
            lines.append(QStringLiteral("priority=100,%1,actions=drop").arg(in));
            if (mac) {
                const QStringList own = zones.portFlows(
                    vm, in, QStringLiteral("dl_src=") + mac->toString(), sourceRanges(vm, nic));
                if (!own.isEmpty())
                    zoneLines << QStringLiteral("# ") +
                                     ExportSafety::commentText(
                                         QStringLiteral("VM %1 NIC %2: zone %3 isolation")
                                             .arg(vm.id, nic.name, vm.zone))
                              << own;
            }
        }
    }
    if (!sw.uplink.isEmpty())
        lines.append(
            QStringLiteral("priority=10,in_port=%1,actions=NORMAL").arg(quotedPort(sw.uplink)));
    lines.append(QStringLiteral("priority=0,actions=drop"));
    lines += zoneLines;
    return (text + lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace Planar
