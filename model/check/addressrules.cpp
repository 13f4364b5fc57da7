// Rule family: CIDRs, NIC addresses, gateways and MACs of declared networks.
#include "net/addresstext.h"
#include "repeatedvalues.h"
#include "validationcontext.h"

namespace Planar {

namespace {

class AddressRules {
public:
    explicit AddressRules(ValidationContext &c) : mC(c), mPlan(c.plan()) {}

    void run()
    {
        qsizetype nics = 0;
        for (const Host &h : mPlan.hosts)
            nics += h.nics.size();
        for (const Vm &v : mPlan.vms)
            nics += v.nics.size();
        mIps.reserve(nics);
        mMacs.reserve(nics);
        networks();
        adminNetworks();
        const QString hostKind = QStringLiteral("host"), vmKind = QStringLiteral("VM");
        for (qsizetype h = 0; h < mPlan.hosts.size(); ++h)
            for (qsizetype n = 0; n < mPlan.hosts[h].nics.size(); ++n) {
                const HostNic &nic = mPlan.hosts[h].nics[n];
                this->nic(mPlan.hosts[h].id, hostKind, Plane::Host, nic.name, nic.network,
                          mC.hostNicNetwork(h, n), nic.ip, nic.mac);
            }
        for (qsizetype v = 0; v < mPlan.vms.size(); ++v)
            for (qsizetype n = 0; n < mPlan.vms[v].nics.size(); ++n) {
                const VmNic &nic = mPlan.vms[v].nics[n];
                this->nic(mPlan.vms[v].id, vmKind, Plane::Vm, nic.name, nic.network,
                          mC.vmNicNetwork(v, n), nic.ip, nic.mac);
            }
        duplicates();
    }

private:
    void networks();
    void gateway(const Network &n, const Cidr &cidr);
    void adminNetworks();
    void nic(const QString &owner, const QString &ownerKind, Plane expected, const QString &name,
             const QString &network, PlanLookup::Ref networkRef, const IpText &ip,
             const MacText &mac);
    void duplicates();

    ValidationContext &mC;
    const Plan &mPlan;
    RepeatedValues<IpAddress> mIps;
    RepeatedValues<MacAddress> mMacs;
};

void AddressRules::networks()
{
    for (qsizetype i = 0; i < mPlan.networks.size(); ++i) {
        const Network &n = mPlan.networks[i];
        const std::optional<Cidr> &cidr = mC.networkCidrAt(i);
        if (!cidr) {
            QString why;
            Cidr::parse(n.cidr, &why); // parsed once already; again only to say why
            mC.add("invalid-cidr", Severity::Error, {n.id},
                   QStringLiteral("network '%1': %2").arg(n.id, why));
            continue;
        }
        if (!n.gateway.isEmpty()) gateway(n, *cidr);
        qsizetype parentIndex = -1;
        const Network *parent = mC.network(n.parent, &parentIndex);
        const auto parentCidr = parent ? mC.networkCidrAt(parentIndex) : std::nullopt;
        if (parentCidr && parent->plane == n.plane && !parentCidr->contains(*cidr))
            mC.add("parent-not-containing", Severity::Error, {n.id, n.parent},
                   QStringLiteral("network '%1' (%2) names '%3' (%4) as its parent, but does not "
                                  "lie inside it; fix the CIDR or the parent")
                       .arg(n.id, cidr->toString(), n.parent, parentCidr->toString()));
    }
}

void AddressRules::gateway(const Network &n, const Cidr &cidr)
{
    QString why;
    const auto gw = IpAddress::parse(n.gateway, &why);
    if (!gw) {
        mC.add("invalid-ip", Severity::Error, {n.id},
               QStringLiteral("gateway of network '%1': %2").arg(n.id, why));
        return;
    }
    if (!cidr.contains(*gw)) {
        mC.add("gateway-outside-network", Severity::Error, {n.id},
               QStringLiteral("gateway %1 of network '%2' is not inside %3; pick an "
                              "address of the network")
                   .arg(n.gateway, n.id, cidr.toString()));
        return;
    }
    // IPv4 blocks of /30 and larger lose their first and last address (RFC 3021 spares /31);
    // an IPv6 block's first address is the subnet-router anycast (RFC 4291 section 2.6.1),
    // which RFC 6164 spares on /127 point-to-point links.
    QString what;
    if (gw->isV4() && cidr.prefix() <= 30 && *gw == cidr.first())
        what = QStringLiteral("network address");
    else if (gw->isV4() && cidr.prefix() <= 30 && *gw == cidr.last())
        what = QStringLiteral("broadcast address");
    else if (!gw->isV4() && cidr.prefix() <= 126 && *gw == cidr.first())
        what = QStringLiteral("subnet-router anycast address");
    if (what.isEmpty()) return;
    mC.add("gateway-reserved", Severity::Error, {n.id},
           QStringLiteral("gateway %1 of network '%2' is the %3 of %4, which no router can "
                          "own; use the first usable address instead")
               .arg(gw->toString(), n.id, what, cidr.toString()));
}

void AddressRules::adminNetworks()
{
    for (const QString &entry : mPlan.adminNetworks) {
        QString why;
        const auto cidr = Cidr::parse(entry, &why);
        if (cidr && cidr->isDefaultRoute())
            mC.add("admin-networks-open", Severity::Warning, {},
                   QStringLiteral("adminNetworks holds %1, so anyone anywhere may SSH to the "
                                  "hosts' management NICs; name the networks your operators "
                                  "work from")
                       .arg(cidr->toString()));
        if (cidr || mC.lookup().network(entry)) continue;
        mC.add("invalid-cidr", Severity::Error, {},
               QStringLiteral("adminNetworks entry: %1; write a CIDR such as 192.168.1.0/24 or "
                              "the id of a network")
                   .arg(why));
    }
}

void AddressRules::nic(const QString &owner, const QString &ownerKind, Plane expected,
                       const QString &name, const QString &networkId, PlanLookup::Ref networkRef,
                       const IpText &ipText, const MacText &macText)
{
    // Named only when a finding needs it: this runs once per NIC of the plan.
    const auto nicName = [&] {
        return QStringLiteral("NIC %1 of %2 '%3'").arg(name, ownerKind, owner);
    };
    if (!macText.isEmpty()) {
        // Canonical text was read as a number: no parse.
        if (const auto mac = macText.address()) {
            mMacs.add(*mac, owner);
        } else {
            mC.add("mac-invalid", Severity::Error, {owner},
                   QStringLiteral("%1 has MAC '%2', which is not six hex octets like "
                                  "52:54:00:12:34:56")
                       .arg(nicName(), macText.text()));
        }
    }
    const Network *network = mC.network(networkRef);
    if (network && network->plane != expected)
        mC.add("nic-plane-mismatch", Severity::Error, {owner, networkId},
               QStringLiteral("%1 is on network '%2' of the %3 plane; a %4 NIC belongs on the %5 "
                              "plane")
                   .arg(nicName(), networkId, planeKey(network->plane), ownerKind,
                        planeKey(expected)));
    if (ipText.isEmpty()) return;
    const auto ip = ipText.address();
    if (!ip) {
        QString why;
        IpAddress::parse(ipText.text(), &why); // again only to say why
        mC.add("invalid-ip", Severity::Error, {owner},
               QStringLiteral("address of %1: %2").arg(nicName(), why));
        return;
    }
    mIps.add(*ip, owner);
    if (!network) return;
    const std::optional<Cidr> &cidr = mC.networkCidrAt(networkRef.index);
    if (!cidr) return;
    if (!cidr->contains(*ip)) {
        mC.add("ip-outside-network", Severity::Error, {owner, networkId},
               QStringLiteral("%1 has address %2, which is not inside network '%3' (%4); pick an "
                              "address of that network or attach the NIC to the right one")
                   .arg(nicName(), ip->toString(), networkId, cidr->toString()));
        return;
    }
    // /31 and /32 have no network or broadcast address (RFC 3021).
    if (ip->isV4() && cidr->prefix() <= 30 && (*ip == cidr->first() || *ip == cidr->last()))
        mC.add(
            "ip-reserved", Severity::Error, {owner, networkId},
            QStringLiteral("%1 uses %2, the %3 address of network '%4' (%5); hosts cannot "
                           "use it, pick another address")
                .arg(nicName(), ip->toString(),
                     *ip == cidr->first() ? QStringLiteral("network") : QStringLiteral("broadcast"),
                     networkId, cidr->toString()));
}

void AddressRules::duplicates()
{
    mIps.forEachRepeated([&](const IpAddress &ip, const QStringList &owners) {
        QStringList unique = owners;
        unique.removeDuplicates();
        mC.add("ip-duplicate", Severity::Error, unique,
               QStringLiteral("address %1 is used by %2 NICs (%3); every NIC needs its own address")
                   .arg(ip.toString())
                   .arg(owners.size())
                   .arg(unique.join(QStringLiteral(", "))));
    });
    mMacs.forEachRepeated([&](const MacAddress &mac, const QStringList &owners) {
        QStringList unique = owners;
        unique.removeDuplicates();
        mC.add("mac-duplicate", Severity::Error, unique,
               QStringLiteral("MAC %1 is used by %2 NICs (%3); port security binds each MAC to "
                              "one port, so give every NIC its own")
                   .arg(mac.toString())
                   .arg(owners.size())
                   .arg(unique.join(QStringLiteral(", "))));
    });
}

} // namespace

void checkAddressing(ValidationContext &context)
{
    AddressRules(context).run();
}

} // namespace Planar
