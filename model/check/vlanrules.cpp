// Rule family: VLAN ids, switch trunks and one zone per VLAN (seed section 4.2).
#include "validationcontext.h"

namespace Planar {

namespace {

bool validVlan(int vlan)
{
    return vlan >= 1 && vlan <= 4094;
}

void invalid(ValidationContext &c, const QString &owner, const QString &where, int vlan)
{
    c.add(
        "vlan-invalid", Severity::Error, {owner},
        QStringLiteral("%1 uses VLAN %2; 802.1Q VLAN ids run from 1 to 4094").arg(where).arg(vlan));
}

void vmNics(ValidationContext &c)
{
    const PlanLookup &lookup = c.lookup();
    const Plan &plan = c.plan();
    for (qsizetype vi = 0; vi < plan.vms.size(); ++vi) {
        const Vm &vm = plan.vms[vi];
        const PlanLookup::Ref hostRef = lookup.hostOfVm(vi);
        const Host *host = hostRef.kind == EntityKind::Host ? &plan.hosts[hostRef.index] : nullptr;
        for (qsizetype ni = 0; ni < vm.nics.size(); ++ni) {
            const VmNic &nic = vm.nics[ni];
            // Named only for a finding: this runs for every VM NIC.
            const auto where = [&] {
                return QStringLiteral("NIC %1 of VM '%2'").arg(nic.name, vm.id);
            };
            if (nic.vlan && !validVlan(*nic.vlan)) {
                invalid(c, vm.id, where(), *nic.vlan);
                continue;
            }
            const Network *network = c.network(c.vmNicNetwork(vi, ni));
            if (nic.vlan && network && network->vlan && *network->vlan != *nic.vlan)
                c.add("vlan-network-mismatch", Severity::Error, {vm.id, nic.network},
                      QStringLiteral("%1 is tagged VLAN %2, but its network '%3' is VLAN %4; "
                                     "use the network's VLAN")
                          .arg(where())
                          .arg(*nic.vlan)
                          .arg(nic.network)
                          .arg(*network->vlan));
            // A NIC without its own tag carries its network's VLAN.
            const std::optional<int> vlan = nic.vlan  ? nic.vlan
                                            : network ? network->vlan
                                                      : std::nullopt;
            if (!vlan || !validVlan(*vlan) || !host || nic.switchName.isEmpty()) continue;
            for (const VirtualSwitch &sw : host->switches) {
                if (sw.name != nic.switchName || sw.vlans.contains(*vlan)) continue;
                QStringList trunked;
                for (int v : sw.vlans)
                    trunked << QString::number(v);
                c.add("vlan-not-trunked", Severity::Error, {vm.id, host->id},
                      QStringLiteral("%1 uses VLAN %2, but switch %3 of host '%4' trunks only "
                                     "[%5]; add VLAN %2 to the switch or move the NIC")
                          .arg(where())
                          .arg(*vlan)
                          .arg(sw.name, host->id, trunked.join(QStringLiteral(", "))));
            }
        }
    }
}

void zonesPerVlan(ValidationContext &c)
{
    QHash<int, QStringList> zonesByVlan, networksByVlan;
    QList<int> order;
    for (const Network &n : c.plan().networks) {
        if (!n.vlan || !validVlan(*n.vlan) || n.zone.isEmpty()) continue;
        if (!networksByVlan.contains(*n.vlan)) order << *n.vlan;
        networksByVlan[*n.vlan] << n.id;
        if (!zonesByVlan[*n.vlan].contains(n.zone)) zonesByVlan[*n.vlan] << n.zone;
    }
    for (int vlan : order) {
        const QStringList &zones = zonesByVlan[vlan];
        if (zones.size() < 2) continue;
        c.add("vlan-zone-conflict", Severity::Error, networksByVlan[vlan],
              QStringLiteral("VLAN %1 carries networks of zones %2 (%3); one VLAN per business "
                             "unit keeps them apart, so give each zone its own VLAN")
                  .arg(vlan)
                  .arg(zones.join(QStringLiteral(", ")),
                       networksByVlan[vlan].join(QStringLiteral(", "))));
    }
}

} // namespace

void checkVlans(ValidationContext &context)
{
    for (const Network &n : context.plan().networks)
        if (n.vlan && !validVlan(*n.vlan))
            invalid(context, n.id, QStringLiteral("network '%1'").arg(n.id), *n.vlan);
    for (const Host &h : context.plan().hosts)
        for (const VirtualSwitch &sw : h.switches)
            for (int vlan : sw.vlans)
                if (!validVlan(vlan))
                    invalid(context, h.id,
                            QStringLiteral("switch %1 of host '%2'").arg(sw.name, h.id), vlan);
    vmNics(context);
    zonesPerVlan(context);
}

} // namespace Planar
