#include "document/itemfactory.h"
#include "net/cidr.h"

#include <QTest>

using namespace Planar;

namespace {
/** The seed article's addressing: mgmt/biz host networks, a VLAN'd VM network, a /12 Pod range. */
Plan seedLike()
{
    Plan plan;
    Network mgmt{QStringLiteral("host-mgmt"), Plane::Host, QStringLiteral("192.168.1.0/25")};
    mgmt.role = QStringLiteral("management");
    mgmt.gateway = QStringLiteral("192.168.1.1");
    Network biz{QStringLiteral("host-biz"), Plane::Host, QStringLiteral("192.168.1.128/25")};
    biz.role = QStringLiteral("business");
    Network vmPlane{QStringLiteral("vm-plane"), Plane::Vm, QStringLiteral("10.0.0.0/16")};
    Network vmNet{QStringLiteral("vm-ecommerce"), Plane::Vm, QStringLiteral("10.0.1.0/24")};
    vmNet.gateway = QStringLiteral("10.0.1.1");
    vmNet.vlan = 10;
    vmNet.zone = QStringLiteral("ecommerce");
    vmNet.parent = QStringLiteral("vm-plane");
    plan.networks << mgmt << biz << vmPlane << vmNet;
    Host host1{QStringLiteral("host1")};
    host1.nics << HostNic{QStringLiteral("eth0"), QStringLiteral("host-mgmt"),
                          QStringLiteral("192.168.1.2")};
    host1.switches << VirtualSwitch{QStringLiteral("br-biz"), QStringLiteral("eth1"), {10}};
    plan.hosts << host1;
    Vm node1{QStringLiteral("node1"), QStringLiteral("host1")};
    node1.nics << VmNic{QStringLiteral("ens3"),
                        QStringLiteral("br-biz"),
                        10,
                        QStringLiteral("vm-ecommerce"),
                        QStringLiteral("10.0.1.2"),
                        QStringLiteral("52:54:00:00:00:01")};
    node1.zone = QStringLiteral("ecommerce");
    node1.podSubnets << QStringLiteral("172.16.0.0/24");
    plan.vms << node1;
    plan.cluster.podSubnets << QStringLiteral("172.16.0.0/12");
    plan.cluster.nodeMaskSize = 24;
    return plan;
}
} // namespace

class TestItemFactory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void uniqueIdSkipsTaken();
    void newHostGetsNextAddresses();
    void newVmGetsNextIpAndPodSubnet();
    void newVmFollowsItsSiblings();
    void newNetworkIsCarvedFromTheSupernet();
    void newNetworkOnAFullPlaneStillGetsACidr();
    void newLinkIdIsUnique();
    void blankPlanGetsManagementThenBusiness();
    void hostNetworksOnlyWhereNoneIs();
};

void TestItemFactory::uniqueIdSkipsTaken()
{
    Plan plan = seedLike();
    plan.hosts << Host{QStringLiteral("host2")};
    QCOMPARE(ItemFactory::uniqueId(plan, QStringLiteral("host")), QStringLiteral("host3"));
    QCOMPARE(ItemFactory::uniqueId(plan, QStringLiteral("node")), QStringLiteral("node2"));
    QCOMPARE(ItemFactory::newZone(plan).id, QStringLiteral("zone1"));
}

void TestItemFactory::newHostGetsNextAddresses()
{
    const Host host = ItemFactory::newHost(seedLike());
    QCOMPARE(host.id, QStringLiteral("host2"));
    QCOMPARE(host.nics.size(), 2);
    QCOMPARE(host.nics[0].network, QStringLiteral("host-mgmt"));
    QCOMPARE(host.nics[0].ip, QStringLiteral("192.168.1.3")); // .1 gateway, .2 host1
    QCOMPARE(host.nics[1].network, QStringLiteral("host-biz"));
    QCOMPARE(host.nics[1].ip, QStringLiteral("192.168.1.129"));
    QVERIFY(host.nics[0].mac != host.nics[1].mac);
    QCOMPARE(host.switches.size(), 1);
    QCOMPARE(host.switches[0].uplink, QStringLiteral("eth1"));
    QCOMPARE(host.switches[0].vlans, QList<int>{10});
}

void TestItemFactory::newVmGetsNextIpAndPodSubnet()
{
    Plan plan = seedLike();
    plan.vms.clear();
    const Vm first = ItemFactory::newVm(plan, QStringLiteral("host1"));
    QCOMPARE(first.id, QStringLiteral("node1"));
    QCOMPARE(first.host, QStringLiteral("host1"));
    QCOMPARE(first.nics.size(), 1);
    QCOMPARE(first.nics[0].network, QStringLiteral("vm-ecommerce"));
    QCOMPARE(first.nics[0].switchName, QStringLiteral("br-biz"));
    QCOMPARE(first.nics[0].vlan, std::optional<int>(10));
    QCOMPARE(first.nics[0].ip, QStringLiteral("10.0.1.2"));
    QCOMPARE(texts(first.podSubnets), QStringList{QStringLiteral("172.16.0.0/24")});
    QCOMPARE(first.zone, QStringLiteral("ecommerce"));
    plan.vms << first;
    const Vm second = ItemFactory::newVm(plan, QStringLiteral("host1"));
    QCOMPARE(second.id, QStringLiteral("node2"));
    QCOMPARE(second.nics[0].ip, QStringLiteral("10.0.1.3"));
    QCOMPARE(texts(second.podSubnets), QStringList{QStringLiteral("172.16.1.0/24")});
    QVERIFY(second.nics[0].mac != first.nics[0].mac);
}

void TestItemFactory::newVmFollowsItsSiblings()
{
    Plan plan = seedLike();
    Network other{QStringLiteral("vm-other"), Plane::Vm, QStringLiteral("10.0.2.0/24")};
    plan.networks.insert(2, other); // listed first, but host1's VMs use vm-ecommerce
    const Vm vm = ItemFactory::newVm(plan, QStringLiteral("host1"));
    QCOMPARE(vm.nics[0].network, QStringLiteral("vm-ecommerce"));
    QCOMPARE(vm.nics[0].ip, QStringLiteral("10.0.1.3"));
}

void TestItemFactory::newNetworkIsCarvedFromTheSupernet()
{
    const Network n = ItemFactory::newNetwork(seedLike(), Plane::Vm);
    QCOMPARE(n.id, QStringLiteral("vm-net1"));
    QCOMPARE(n.parent, QStringLiteral("vm-plane"));
    QCOMPARE(n.cidr, QStringLiteral("10.0.0.0/24"));
    QCOMPARE(n.gateway, QStringLiteral("10.0.0.1"));
    QCOMPARE(n.vlan, std::optional<int>(20));
    const Network ext = ItemFactory::newNetwork(seedLike(), Plane::External);
    QCOMPARE(ext.plane, Plane::External);
    QVERIFY(!ext.cidr.isEmpty());
}

// The monkey found it: a host plane whose supernet is carved full gave a network without a
// CIDR, whose save did not read back. It now comes from the next free private range.
void TestItemFactory::newNetworkOnAFullPlaneStillGetsACidr()
{
    Plan plan;
    plan.networks << Network{QStringLiteral("hosts"), Plane::Host, QStringLiteral("192.168.0.0/16")};
    for (const auto &[id, half] : {std::pair{"low", "192.168.0.0/17"}, {"high", "192.168.128.0/17"}}) {
        Network n{QString::fromLatin1(id), Plane::Host, QString::fromLatin1(half)};
        n.parent = QStringLiteral("hosts");
        plan.networks << n;
    }
    const Network n = ItemFactory::newNetwork(plan, Plane::Host);
    QCOMPARE(n.cidr, QStringLiteral("10.0.0.0/24"));
    QCOMPARE(n.parent, QString()); // not inside the full supernet
    QCOMPARE(n.gateway, QStringLiteral("10.0.0.1"));
}

void TestItemFactory::newLinkIdIsUnique()
{
    Plan plan = seedLike();
    const Link a = ItemFactory::newLink(plan, QStringLiteral("node1"), QStringLiteral("host1"), {});
    QCOMPARE(a.id, QStringLiteral("node1-to-host1"));
    plan.links << a;
    const Link b = ItemFactory::newLink(plan, QStringLiteral("node1"), QStringLiteral("host1"), {});
    QCOMPARE(b.id, QStringLiteral("node1-to-host1-2"));
}

void TestItemFactory::blankPlanGetsManagementThenBusiness()
{
    Plan plan;
    const Network mgmt = ItemFactory::newNetwork(plan, Plane::Host);
    QCOMPARE(mgmt.role, QStringLiteral("management"));
    QCOMPARE(mgmt.cidr, QStringLiteral("192.168.0.0/24"));
    plan.networks << mgmt;
    const Network biz = ItemFactory::newNetwork(plan, Plane::Host);
    QCOMPARE(biz.role, QStringLiteral("business"));
    QCOMPARE(biz.cidr, QStringLiteral("192.168.1.0/24"));
    plan.networks << biz;
    QCOMPARE(ItemFactory::newNetwork(plan, Plane::Host).role, QString());

    // A host with only a management NIC still gets a switch for its VMs.
    plan.networks.removeLast();
    const Host host = ItemFactory::newHost(plan);
    QCOMPARE(host.nics.size(), 1);
    QCOMPARE(host.switches.size(), 1);
    QCOMPARE(host.switches[0].uplink, QStringLiteral("eth0"));
}

void TestItemFactory::hostNetworksOnlyWhereNoneIs()
{
    // A blank plan: a new host brings a management and a business network, and then gets a NIC
    // with a free address on each.
    Plan blank;
    const QList<Network> networks = ItemFactory::hostNetworksFor(blank);
    QCOMPARE(networks.size(), 2);
    QCOMPARE(networks[0].role, QStringLiteral("management"));
    QCOMPARE(networks[1].role, QStringLiteral("business"));
    QVERIFY(networks[0].id != networks[1].id);
    QVERIFY(!Cidr::parse(networks[0].cidr)->overlaps(*Cidr::parse(networks[1].cidr)));
    blank.networks += networks;
    const Host host = ItemFactory::newHost(blank);
    QCOMPARE(host.nics.size(), 2);
    QCOMPARE(host.nics[0].network, networks[0].id);
    QCOMPARE(host.nics[1].network, networks[1].id);
    QVERIFY(Cidr::parse(networks[0].cidr)->contains(*IpAddress::parse(host.nics[0].ip.text())));
    QVERIFY(Cidr::parse(networks[1].cidr)->contains(*IpAddress::parse(host.nics[1].ip.text())));
    // A plan with host networks gets none.
    QVERIFY(ItemFactory::hostNetworksFor(seedLike()).isEmpty());
}

QTEST_GUILESS_MAIN(TestItemFactory)
#include "tst_itemfactory.moc"
