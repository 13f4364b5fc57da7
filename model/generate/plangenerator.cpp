#include "plangenerator.h"

#include "net/cidr.h"

#include <QSet>

#include <cmath>
#include <random>

namespace Planar {

namespace {

/** Smallest prefix whose block holds @p count usable IPv4 addresses, at most /24. */
int prefixFor(qint64 count)
{
    int bits = 8;
    while ((qint64(1) << bits) - 3 < count)
        ++bits;
    return 32 - bits;
}

QString v4(quint32 value)
{
    return IpAddress(IpFamily::V4, value).toString();
}

quint32 v4Value(const char *text)
{
    return quint32(IpAddress::parse(QString::fromLatin1(text))->value());
}

QString mac(quint32 index, quint8 prefix)
{
    return QStringLiteral("52:54:%1:%2:%3:%4")
        .arg(prefix, 2, 16, QLatin1Char('0'))
        .arg((index >> 16) & 0xff, 2, 16, QLatin1Char('0'))
        .arg((index >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(index & 0xff, 2, 16, QLatin1Char('0'));
}

class Generator {
public:
    explicit Generator(const GeneratorOptions &o) : mO(o), mRandom(o.seed) {}

    Plan run();

private:
    quint32 pick(quint32 n) { return n ? quint32(mRandom() % n) : 0; }
    void zonesAndNetworks();
    void hosts();
    void vms();
    void cluster();
    void workloads();
    void links();
    void mistakes();

    GeneratorOptions mO;
    std::mt19937 mRandom;
    Plan mPlan;
    QList<quint32> mZoneBase; // first address of each zone's VM network
    QList<quint32> mZoneNext; // next free address per zone
    // Networks' ids, which references copy: a plan's equal ids share one string, as read
    // plans' do (IdsByAddress).
    QStringList mZoneNetworks;
    QString mHostMgmt, mHostBiz, mInternet, mPartnerApi;
    QList<QStringList> mVmsByZone;
    QList<QStringList> mWorkloadsByZone;
    QStringList mExposed;
    int mNodeMask = 24;
};

Plan Generator::run()
{
    mO.zones = qMax(1, mO.zones);
    mPlan.name = QStringLiteral("generated-%1h-%2v-%3w")
                     .arg(mO.hosts)
                     .arg(mO.hosts * mO.vmsPerHost)
                     .arg(mO.workloads);
    mPlan.description =
        QStringLiteral("Synthetic plan from planar-cli generate (seed %1)").arg(mO.seed);
    mPlan.profiles = {QStringLiteral("mlps2-level3")};
    mPlan.adminNetworks = {QStringLiteral("10.3.255.0/24")};
    zonesAndNetworks();
    hosts();
    vms();
    cluster();
    workloads();
    links();
    mistakes();
    return mPlan;
}

void Generator::zonesAndNetworks()
{
    auto net = [this](const QString &id, Plane plane, const QString &cidr) -> Network & {
        Network n;
        n.id = id;
        n.plane = plane;
        n.cidr = cidr;
        mPlan.networks.append(n);
        return mPlan.networks.last();
    };
    Network &mgmt = net(QStringLiteral("host-mgmt"), Plane::Host, QStringLiteral("10.0.0.0/14"));
    mgmt.role = QStringLiteral("management");
    mHostMgmt = mgmt.id;
    Network &biz = net(QStringLiteral("host-biz"), Plane::Host, QStringLiteral("10.4.0.0/14"));
    biz.role = QStringLiteral("business");
    mHostBiz = biz.id;
    const qint64 vms = qint64(mO.hosts) * mO.vmsPerHost;
    const int zonePrefix = qMin(24, prefixFor(vms / mO.zones + 1));
    quint32 next = v4Value("10.16.0.0");
    for (int z = 0; z < mO.zones; ++z) {
        Zone zone;
        zone.id = QStringLiteral("bu-%1").arg(z + 1);
        zone.name = QStringLiteral("Business unit %1").arg(z + 1);
        zone.level = 2 + z % 2;
        mPlan.zones.append(zone);
        Network &n = net(QStringLiteral("vm-bu-%1").arg(z + 1), Plane::Vm,
                         QStringLiteral("%1/%2").arg(v4(next)).arg(zonePrefix));
        n.gateway = v4(next + 1);
        n.vlan = 100 + z + 1;
        n.zone = zone.id;
        mZoneNetworks << n.id;
        mZoneBase << next;
        mZoneNext << next + 10;
        next += quint32(1) << (32 - zonePrefix);
    }
    mVmsByZone.resize(mO.zones);
    mWorkloadsByZone.resize(mO.zones);
    mInternet = net(QStringLiteral("internet"), Plane::External, QStringLiteral("0.0.0.0/0")).id;
    mPartnerApi =
        net(QStringLiteral("partner-api"), Plane::External, QStringLiteral("203.0.113.0/24")).id;
}

void Generator::hosts()
{
    const quint32 mgmt = v4Value("10.0.0.10"), biz = v4Value("10.4.0.10");
    QList<int> vlans;
    for (int z = 0; z < mO.zones; ++z)
        vlans << 100 + z + 1;
    mPlan.hosts.reserve(mO.hosts);
    for (int h = 0; h < mO.hosts; ++h) {
        Host host;
        host.id = QStringLiteral("host-%1").arg(h + 1);
        host.nics = {
            {QStringLiteral("eth0"), mHostMgmt, v4(mgmt + quint32(h)), mac(quint32(h), 0x10), {}},
            {QStringLiteral("eth1"), mHostBiz, v4(biz + quint32(h)), mac(quint32(h), 0x11), {}}};
        host.switches = {{QStringLiteral("br-biz"), QStringLiteral("eth1"), vlans, {}}};
        mPlan.hosts.append(host);
    }
}

void Generator::vms()
{
    const qint64 total = qint64(mO.hosts) * mO.vmsPerHost;
    // The cluster range is a /10; nodes get the largest subnet that leaves 25 % headroom.
    const int bits = int(std::ceil(std::log2(double(qMax<qint64>(total, 1)) / 0.75)));
    mNodeMask = qMax(24, 10 + bits);
    const quint32 pods = v4Value("100.64.0.0");
    mPlan.vms.reserve(total);
    for (int h = 0; h < mO.hosts; ++h) {
        for (int j = 0; j < mO.vmsPerHost; ++j) {
            const quint32 index = quint32(h * mO.vmsPerHost + j);
            const int z = int(index % quint32(mO.zones));
            Vm vm;
            vm.id = QStringLiteral("node-%1-%2").arg(h + 1).arg(j + 1);
            vm.host = mPlan.hosts[h].id;
            vm.role = index == 0 ? QStringLiteral("control-plane") : QStringLiteral("worker");
            vm.zone = mPlan.zones[z].id;
            VmNic nic;
            nic.name = QStringLiteral("ens3");
            nic.switchName = QStringLiteral("br-biz");
            nic.vlan = 100 + z + 1;
            nic.network = mZoneNetworks[z];
            nic.ip = v4(mZoneNext[z]++);
            nic.mac = mac(index, 0x00);
            vm.nics = {nic};
            vm.podSubnets = {
                QStringLiteral("%1/%2").arg(v4(pods + (index << (32 - mNodeMask)))).arg(mNodeMask)};
            mVmsByZone[z] << vm.id;
            mPlan.vms.append(vm);
        }
    }
}

void Generator::cluster()
{
    Cluster &c = mPlan.cluster;
    c.name = QStringLiteral("generated");
    c.podSubnets = {QStringLiteral("100.64.0.0/10")};
    c.serviceSubnets = {QStringLiteral("172.20.0.0/16")};
    c.nodeMaskSize = mNodeMask;
    c.maxPodsPerNode = qMin(110, (1 << (32 - mNodeMask)) / 2);
    c.cni = QStringLiteral("calico");
    c.dnsNamespace = QStringLiteral("kube-system");
}

void Generator::workloads()
{
    mPlan.workloads.reserve(mO.workloads);
    for (int i = 0; i < mO.workloads; ++i) {
        const int z = i % mO.zones;
        Workload w;
        w.id = QStringLiteral("app-%1").arg(i + 1);
        w.ns = QStringLiteral("bu-%1").arg(z + 1);
        w.labels = {{QStringLiteral("app"), w.id}};
        w.zone = mPlan.zones[z].id;
        const QStringList &nodes = mVmsByZone[z];
        if (!nodes.isEmpty()) {
            w.nodes << nodes[pick(quint32(nodes.size()))];
            const QString second = nodes[pick(quint32(nodes.size()))];
            if (second != w.nodes.front()) w.nodes << second;
        }
        w.ports = {{QStringLiteral("http"), 8080, std::nullopt, {}}};
        if (i % 10 == 0) {
            w.expose = Expose{QStringLiteral("ingress"), 443, {}};
            mExposed << w.id;
        }
        mWorkloadsByZone[z] << w.id;
        mPlan.workloads.append(w);
    }
}

void Generator::links()
{
    const int count = mO.links < 0 ? 2 * mO.workloads : mO.links;
    mPlan.links.reserve(count);
    // Random picks repeat a pair now and then; a repeated link is a duplicate-link finding,
    // and generated plans are clean, so a repeat is dropped.
    QSet<QString> seen;
    // Bounded: a small plan may have fewer distinct pairs than links asked for.
    for (int attempt = 0; mPlan.links.size() < count && attempt < 4 * count; ++attempt) {
        Link l;
        l.id = QStringLiteral("link-%1").arg(mPlan.links.size() + 1);
        const quint32 kind = pick(20);
        if (kind == 0 && !mExposed.isEmpty()) {
            l.from = mInternet;
            l.to = mExposed[pick(quint32(mExposed.size()))];
            l.ports = {*PortRange::parse(QStringLiteral("8080/TCP"))};
            l.reason = QStringLiteral("customers reach the exposed service");
        } else if (kind == 1 && !mPlan.vms.isEmpty()) {
            const Vm &vm = mPlan.vms[pick(quint32(mPlan.vms.size()))];
            l.from = vm.id;
            l.to = vm.host;
            l.ports = {*PortRange::parse(QStringLiteral("9100/TCP"))};
            l.reason = QStringLiteral("node scrapes the host's node-exporter");
        } else if (kind == 2 && mO.workloads > 0) {
            l.from = mPlan.workloads[pick(quint32(mO.workloads))].id;
            l.to = mPartnerApi;
            l.ports = {*PortRange::parse(QStringLiteral("443/TCP"))};
            l.reason = QStringLiteral("calls the partner API");
        } else if (mO.workloads > 1) {
            const int z = int(pick(quint32(mO.zones)));
            const QStringList &pool =
                mWorkloadsByZone[z].size() > 1 ? mWorkloadsByZone[z] : mWorkloadsByZone[0];
            if (pool.size() < 2) continue;
            l.from = pool[pick(quint32(pool.size()))];
            do
                l.to = pool[pick(quint32(pool.size()))];
            while (l.to == l.from);
            l.ports = {*PortRange::parse(QStringLiteral("8080/TCP"))};
        } else {
            continue;
        }
        QStringList key{l.from, l.to};
        for (const PortRange &p : l.ports)
            key << p.toString();
        const QString joined = key.join(u'\n');
        if (seen.contains(joined)) continue;
        seen.insert(joined);
        mPlan.links.append(l);
    }
}

void Generator::mistakes()
{
    for (int m = 0; m < mO.mistakes && !mPlan.vms.isEmpty(); ++m) {
        const qsizetype victimIndex = pick(quint32(mPlan.vms.size()));
        const Vm &victim = mPlan.vms[victimIndex];
        Link l;
        switch (m % 12) {
        case 0: // a host reaching straight into the Pod plane
            l.from = victim.host;
            l.to = mPlan.workloads.isEmpty() ? QStringLiteral("bu-1") : mPlan.workloads.front().id;
            mPlan.links.append(l);
            break;
        case 1: // two business units' VMs talking directly
            if (mO.zones > 1 && mVmsByZone[1].size() > 0) {
                l.from = mVmsByZone[0].front();
                l.to = mVmsByZone[1].front();
                mPlan.links.append(l);
            }
            break;
        case 2: { // a copy-pasted address
            Vm &copy = mPlan.vms[(victimIndex + 1) % mPlan.vms.size()];
            if (copy.id != victim.id) copy.nics[0].ip = victim.nics[0].ip;
            break;
        }
        case 3: { // a host network laid over the VM plane
            Network n;
            n.id = QStringLiteral("storage-%1").arg(m + 1);
            n.plane = Plane::Host;
            n.role = QStringLiteral("storage");
            n.cidr = Cidr::containing(*victim.nics[0].ip.address(), 24).toString();
            mPlan.networks.append(n);
            break;
        }
        case 4: // a node tagged with a VLAN its switch does not trunk
            mPlan.vms[pick(quint32(mPlan.vms.size()))].nics[0].vlan = 999;
            break;
        case 5: // two nodes given the same Pod subnet
            mPlan.vms[(victimIndex + 1) % mPlan.vms.size()].podSubnets = victim.podSubnets;
            break;
        case 6: // a cloned VM that kept its MAC
            mPlan.vms[(victimIndex + 1) % mPlan.vms.size()].nics[0].mac = victim.nics[0].mac;
            break;
        case 7: // the internet straight to a workload nobody exposed
            for (const Workload &w : mPlan.workloads)
                if (!w.expose) {
                    l.from = mInternet;
                    l.to = w.id;
                    mPlan.links.append(l);
                    break;
                }
            break;
        case 8: // a forbidden flow under a live exception
            l.from = victim.host;
            l.to = mPlan.workloads.isEmpty() ? QStringLiteral("bu-1") : mPlan.workloads.back().id;
            l.exception = LinkException{QStringLiteral("incident %1").arg(m + 4700),
                                        QStringLiteral("ops-lead"),
                                        QDate(2099, 12, 31),
                                        {}};
            mPlan.links.append(l);
            break;
        case 9: // a node Pod subnet outside the cluster range
            mPlan.vms[victimIndex].podSubnets = {QStringLiteral("192.0.2.0/%1").arg(mNodeMask)};
            break;
        case 10: // a NIC address typed into the wrong network
            mPlan.vms[victimIndex].nics[0].ip = QStringLiteral("198.51.100.%1").arg(m % 250 + 1);
            break;
        case 11: // a gateway outside its network
            mPlan.networks[2 + m % mO.zones].gateway = QStringLiteral("198.51.100.254");
            break;
        }
    }
}

} // namespace

Plan generatePlan(const GeneratorOptions &options)
{
    return Generator(options).run();
}

} // namespace Planar
