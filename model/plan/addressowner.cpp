#include "addressowner.h"

#include "net/cidr.h"

namespace Planar {

QString ownerOfAddress(const Plan &plan, const IpAddress &address)
{
    for (const Vm &vm : plan.vms)
        for (const VmNic &nic : vm.nics)
            if (nic.ip.address() == address) return vm.id;
    for (const Host &h : plan.hosts)
        for (const HostNic &nic : h.nics)
            if (nic.ip.address() == address) return h.id;
    for (const Vm &vm : plan.vms)
        for (const CidrText &s : vm.podSubnets)
            if (const auto c = s.address(); c && c->contains(address)) return vm.id;
    int best = -1;
    QString network;
    for (const Network &n : plan.networks) {
        const auto c = Cidr::parse(n.cidr);
        if (c && c->contains(address) && c->prefix() > best && !c->isDefaultRoute()) {
            best = c->prefix();
            network = n.id;
        }
    }
    return network;
}

} // namespace Planar
