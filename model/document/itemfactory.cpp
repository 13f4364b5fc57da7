#include "itemfactory.h"

#include "net/cidr.h"
#include "net/macaddress.h"

#include <QSet>

#include <algorithm>

namespace Planar::ItemFactory {

namespace {

QSet<QString> allIds(const Plan &plan)
{
    QSet<QString> ids;
    for (const Zone &z : plan.zones)
        ids.insert(z.id);
    for (const Network &n : plan.networks)
        ids.insert(n.id);
    for (const Host &h : plan.hosts)
        ids.insert(h.id);
    for (const Vm &v : plan.vms)
        ids.insert(v.id);
    for (const Workload &w : plan.workloads)
        ids.insert(w.id);
    for (const Link &l : plan.links)
        ids.insert(l.id);
    return ids;
}

const Network *findNetwork(const Plan &plan, const QString &id)
{
    for (const Network &n : plan.networks)
        if (n.id == id) return &n;
    return nullptr;
}

QList<Cidr> allCidrs(const Plan &plan)
{
    QList<Cidr> out;
    auto add = [&out](const std::optional<Cidr> &c) {
        if (c && !c->isDefaultRoute()) out << *c;
    };
    for (const Network &n : plan.networks)
        add(Cidr::parse(n.cidr));
    for (const QString &s : plan.cluster.podSubnets)
        add(Cidr::parse(s));
    for (const QString &s : plan.cluster.serviceSubnets)
        add(Cidr::parse(s));
    for (const Vm &vm : plan.vms)
        for (const CidrText &s : vm.podSubnets)
            add(s.address()); // no parse: held as a number
    return out;
}

/** A locally unique MAC with @p prefix (three octets), counting up from 1. */
QString nextMac(const Plan &plan, quint64 prefix)
{
    QSet<quint64> used;
    auto add = [&used](const MacText &text) {
        if (auto mac = text.address()) used.insert(mac->value()); // no parse when canonical
    };
    for (const Host &h : plan.hosts)
        for (const HostNic &nic : h.nics)
            add(nic.mac);
    for (const Vm &vm : plan.vms)
        for (const VmNic &nic : vm.nics)
            add(nic.mac);
    quint64 value = (prefix << 24) | 1;
    while (used.contains(value))
        ++value;
    QString text;
    for (int shift = 40; shift >= 0; shift -= 8)
        text += QStringLiteral("%1%2")
                    .arg(text.isEmpty() ? QString() : QStringLiteral(":"))
                    .arg((value >> shift) & 0xff, 2, 16, QLatin1Char('0'));
    return text;
}

bool isParent(const Plan &plan, const QString &id)
{
    return std::any_of(plan.networks.begin(), plan.networks.end(),
                       [&id](const Network &n) { return n.parent == id; });
}

QString firstHostNetwork(const Plan &plan, const QString &role)
{
    for (const Network &n : plan.networks)
        if (n.plane == Plane::Host && n.role == role) return n.id;
    return {};
}

} // namespace

QString uniqueId(const Plan &plan, const QString &prefix)
{
    const QSet<QString> ids = allIds(plan);
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!ids.contains(id)) return id;
    }
}

QList<IpAddress> usedAddresses(const Plan &plan, const QString &networkId)
{
    QList<IpAddress> used;
    auto add = [&used](const std::optional<IpAddress> &ip) {
        if (ip) used << *ip;
    };
    if (const Network *n = findNetwork(plan, networkId)) add(IpAddress::parse(n->gateway));
    // NIC addresses held as numbers need no parse.
    for (const Host &h : plan.hosts)
        for (const HostNic &nic : h.nics)
            if (nic.network == networkId) add(nic.ip.address());
    for (const Vm &vm : plan.vms)
        for (const VmNic &nic : vm.nics)
            if (nic.network == networkId) add(nic.ip.address());
    return used;
}

QString nextFreeIp(const Plan &plan, const QString &networkId)
{
    const Network *network = findNetwork(plan, networkId);
    if (!network) return {};
    const auto cidr = Cidr::parse(network->cidr);
    if (!cidr) return {};
    const auto ip = nextFreeAddress(*cidr, usedAddresses(plan, networkId));
    return ip ? ip->toString() : QString();
}

QString nextFreeMac(const Plan &plan, bool forVm)
{
    return nextMac(plan, forVm ? 0x525400 : 0x022590);
}

QString nextFreePodSubnet(const Plan &plan)
{
    for (const QString &text : plan.cluster.podSubnets) {
        const auto range = Cidr::parse(text);
        if (!range) continue;
        const int prefix =
            range->family() == IpFamily::V4
                ? plan.cluster.effectiveNodeMaskSize()
                : std::min(range->prefix() + 16, 64); // kube-controller-manager's IPv6 default
        QList<Cidr> used;
        for (const Vm &vm : plan.vms)
            for (const CidrText &s : vm.podSubnets)
                if (auto c = s.address()) used << *c;
        if (auto next = nextFreeSubnet(*range, prefix, used)) return next->toString();
    }
    return {};
}

Zone newZone(const Plan &plan)
{
    Zone zone;
    zone.id = uniqueId(plan, QStringLiteral("zone"));
    zone.name = QStringLiteral("Zone %1").arg(zone.id.mid(4));
    return zone;
}

Network newNetwork(const Plan &plan, Plane plane)
{
    static const QHash<Plane, QString> prefixes{{Plane::Host, QStringLiteral("host-net")},
                                                {Plane::Vm, QStringLiteral("vm-net")},
                                                {Plane::Pod, QStringLiteral("pod-net")},
                                                {Plane::Service, QStringLiteral("svc-net")},
                                                {Plane::External, QStringLiteral("ext-net")}};
    static const QHash<Plane, QString> defaults{{Plane::Host, QStringLiteral("192.168.0.0/16")},
                                                {Plane::Vm, QStringLiteral("10.0.0.0/16")},
                                                {Plane::Pod, QStringLiteral("172.16.0.0/12")},
                                                {Plane::Service, QStringLiteral("10.96.0.0/12")},
                                                {Plane::External, QStringLiteral("198.18.0.0/15")}};
    Network network;
    network.plane = plane;
    network.id = uniqueId(plan, prefixes.value(plane));

    // Carve from the plane's supernet (a parent-less network that other networks sit in), else
    // from the plane's usual range, else from any private range: a new network always gets a
    // free CIDR, because one without a CIDR would not read back from its own save.
    QList<std::pair<Cidr, QString>> ranges; // where to carve, and the parent that implies
    for (const Network &n : plan.networks) {
        if (n.plane != plane || !n.parent.isEmpty() || !isParent(plan, n.id)) continue;
        if (auto c = Cidr::parse(n.cidr)) {
            ranges.append({*c, n.id});
            break;
        }
    }
    for (const QString &text : {defaults.value(plane), QStringLiteral("10.0.0.0/8"),
                                QStringLiteral("172.16.0.0/12"), QStringLiteral("192.168.0.0/16"),
                                QStringLiteral("100.64.0.0/10")})
        ranges.append({*Cidr::parse(text), QString()});
    const QList<Cidr> all = allCidrs(plan);
    for (const auto &[range, parent] : ranges) {
        // The range itself (and anything holding it) is not "used" space inside it.
        QList<Cidr> used;
        for (const Cidr &c : all)
            if (!c.contains(range)) used << c;
        const auto block = nextFreeSubnet(range, std::max(range.prefix(), 24), used);
        if (!block) continue;
        network.cidr = block->toString();
        network.parent = parent;
        if (plane == Plane::Host || plane == Plane::Vm)
            network.gateway = IpAddress(block->family(), block->first().value() + 1).toString();
        break;
    }
    if (plane == Plane::Host) {
        // The seed article's split: hosts need a management and a business network first.
        auto hasRole = [&plan](const QString &role) {
            return std::any_of(
                plan.networks.begin(), plan.networks.end(),
                [&role](const Network &n) { return n.plane == Plane::Host && n.role == role; });
        };
        if (!hasRole(QStringLiteral("management")))
            network.role = QStringLiteral("management");
        else if (!hasRole(QStringLiteral("business")))
            network.role = QStringLiteral("business");
    }
    if (plane == Plane::Vm) {
        QSet<int> vlans;
        for (const Network &n : plan.networks)
            if (n.vlan) vlans.insert(*n.vlan);
        int vlan = 10;
        while (vlans.contains(vlan))
            vlan += 10;
        if (vlan <= 4094) network.vlan = vlan;
    }
    return network;
}

Host newHost(const Plan &plan)
{
    Host host;
    host.id = uniqueId(plan, QStringLiteral("host"));
    Plan scratch = plan; // each NIC must see the addresses the previous one took
    auto addNic = [&](const QString &name, const QString &networkId) {
        if (networkId.isEmpty()) return;
        HostNic nic{
            name, networkId, nextFreeIp(scratch, networkId), nextMac(scratch, 0x022590), {}};
        host.nics << nic;
        scratch.hosts = plan.hosts;
        scratch.hosts << host;
    };
    QString mgmt = firstHostNetwork(plan, QStringLiteral("management"));
    const QString biz = firstHostNetwork(plan, QStringLiteral("business"));
    if (mgmt.isEmpty() && biz.isEmpty()) {
        for (const Network &n : plan.networks)
            if (n.plane == Plane::Host && !isParent(plan, n.id)) {
                mgmt = n.id;
                break;
            }
    }
    addNic(QStringLiteral("eth0"), mgmt);
    addNic(QStringLiteral("eth1"), biz);
    // VMs attach to a virtual switch: uplinked to the business NIC, else to the only NIC.
    if (!host.nics.isEmpty()) {
        VirtualSwitch sw;
        sw.name = biz.isEmpty() ? QStringLiteral("br0") : QStringLiteral("br-biz");
        sw.uplink = host.nics.last().name;
        for (const Network &n : plan.networks)
            if (n.plane == Plane::Vm && n.vlan && !sw.vlans.contains(*n.vlan)) sw.vlans << *n.vlan;
        std::sort(sw.vlans.begin(), sw.vlans.end());
        host.switches << sw;
    }
    return host;
}

QList<Network> hostNetworksFor(const Plan &plan)
{
    const bool hasNicNetwork =
        std::any_of(plan.networks.begin(), plan.networks.end(), [&plan](const Network &n) {
            return n.plane == Plane::Host && !isParent(plan, n.id);
        });
    if (hasNicNetwork) return {};
    // newNetwork gives the first host network of a plan the management role, the second the
    // business role: the seed article's split.
    Plan scratch = plan;
    QList<Network> out;
    for (int i = 0; i < 2; ++i) {
        const Network n = newNetwork(scratch, Plane::Host);
        if (n.cidr.isEmpty()) break;
        scratch.networks << n;
        out << n;
    }
    return out;
}

Vm newVm(const Plan &plan, const QString &hostId)
{
    Vm vm;
    vm.id = uniqueId(plan, QStringLiteral("node"));
    vm.host = hostId;
    vm.role = QStringLiteral("worker");
    const Host *host = nullptr;
    for (const Host &h : plan.hosts)
        if (h.id == hostId) host = &h;
    const VirtualSwitch *sw = host && !host->switches.isEmpty() ? &host->switches.first() : nullptr;

    // Prefer the network (and zone) of the VMs already on this host, then one the switch trunks.
    QString networkId;
    for (const Vm &other : plan.vms)
        if (other.host == hostId && !other.nics.isEmpty()) {
            networkId = other.nics.first().network;
            vm.zone = other.zone;
            break;
        }
    if (networkId.isEmpty()) {
        for (const Network &n : plan.networks) {
            if (n.plane != Plane::Vm || isParent(plan, n.id)) continue;
            if (sw && n.vlan && !sw->vlans.contains(*n.vlan)) continue;
            networkId = n.id;
            vm.zone = n.zone;
            break;
        }
    }
    if (vm.zone.isEmpty() && host) vm.zone = host->zone;
    if (!networkId.isEmpty() || sw) {
        VmNic nic;
        nic.name = QStringLiteral("ens3");
        nic.switchName = sw ? sw->name : QString();
        nic.network = networkId;
        if (const Network *n = findNetwork(plan, networkId)) nic.vlan = n->vlan;
        nic.ip = nextFreeIp(plan, networkId);
        nic.mac = nextMac(plan, 0x525400);
        vm.nics << nic;
    }
    const QString pods = nextFreePodSubnet(plan);
    if (!pods.isEmpty()) vm.podSubnets << pods;
    return vm;
}

Workload newWorkload(const Plan &plan, const QString &ns)
{
    Workload w;
    w.id = uniqueId(plan, QStringLiteral("app"));
    w.ns = ns.isEmpty() ? QStringLiteral("default") : ns;
    w.labels << qMakePair(QStringLiteral("app"), w.id);
    w.ports << WorkloadPort{QStringLiteral("http"), 8080, Protocol::TCP, {}};
    return w;
}

Link newLink(const Plan &plan, const QString &from, const QString &to,
             const QList<PortRange> &ports)
{
    Link link;
    link.from = from;
    link.to = to;
    link.ports = ports;
    const QSet<QString> ids = allIds(plan);
    link.id = from + QStringLiteral("-to-") + to;
    for (int n = 2; ids.contains(link.id); ++n)
        link.id = QStringLiteral("%1-to-%2-%3").arg(from, to).arg(n);
    if (link.id.size() > 63) link.id.clear(); // not a valid label: leave the id out
    return link;
}

} // namespace Planar::ItemFactory
