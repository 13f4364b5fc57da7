#include "planwriter.h"

#include "safefile.h"
#include "yamlbuffer.h"

#include <cmath>

namespace Planar {

namespace {

using Map = YamlBuffer::Map;

class Writer {
public:
    QByteArray finish() { return mYaml.take(); }

    void plan(const Plan &p);

private:
    void field(Map &m, const char *k, const QString &v, bool forceQuotes = false)
    {
        if (v.isEmpty()) return;
        mYaml.key(m, k);
        mYaml.text(v, forceQuotes);
    }
    void field(Map &m, const char *k, const std::optional<int> &v)
    {
        if (!v) return;
        mYaml.key(m, k);
        mYaml.number(*v);
    }
    void field(Map &m, const char *k, const std::optional<bool> &v)
    {
        if (!v) return;
        mYaml.key(m, k);
        mYaml.boolean(*v);
    }
    void flowList(Map &m, const char *k, const QStringList &list)
    {
        if (list.isEmpty()) return;
        mYaml.key(m, k);
        mYaml.flowTexts(list);
    }
    /** One entry stays a scalar, as plan-format.md writes single-stack subnets. */
    void scalarOrList(Map &m, const char *k, const QStringList &list)
    {
        if (list.size() == 1)
            field(m, k, list.front());
        else
            flowList(m, k, list);
    }
    template <typename T, typename WriteOne>
    void blockList(Map &m, const char *k, const QList<T> &list, WriteOne writeOne)
    {
        if (list.isEmpty()) return;
        mYaml.key(m, k);
        for (const T &item : list) {
            mYaml.dash(m);
            Map entry = YamlBuffer::itemMap(m);
            writeOne(entry, item);
            mYaml.close(entry);
        }
    }

    void zone(Map &m, const Zone &z);
    void network(Map &m, const Network &n);
    void host(Map &m, const Host &h);
    void vm(Map &m, const Vm &v);
    void cluster(Map &m, const Cluster &c);
    void workload(Map &m, const Workload &w);
    void link(Map &m, const Link &l);
    void layout(Map &m, const QList<LayoutEntry> &entries);

    YamlBuffer mYaml;
};

void Writer::plan(const Plan &p)
{
    Map top;
    mYaml.key(top, "planar");
    mYaml.number(p.version);
    field(top, "name", p.name);
    field(top, "description", p.description);
    flowList(top, "profiles", p.profiles);
    flowList(top, "adminNetworks", p.adminNetworks);
    if (p.reviewed) {
        // Flow style, as plan-format.md writes it: one line next to profiles.
        YamlBuffer::FlowEntries known;
        if (!p.reviewed->by.isEmpty()) known.append({"by", p.reviewed->by});
        if (p.reviewed->date.isValid())
            known.append({"date", p.reviewed->date.toString(Qt::ISODate)});
        mYaml.key(top, "reviewed");
        mYaml.flowMap(known, p.reviewed->extra);
    }
    blockList(top, "zones", p.zones, [this](Map &m, const Zone &z) { zone(m, z); });
    blockList(top, "networks", p.networks, [this](Map &m, const Network &n) { network(m, n); });
    blockList(top, "hosts", p.hosts, [this](Map &m, const Host &h) { host(m, h); });
    blockList(top, "vms", p.vms, [this](Map &m, const Vm &v) { vm(m, v); });
    if (!p.cluster.isEmpty()) cluster(top, p.cluster);
    blockList(top, "workloads", p.workloads, [this](Map &m, const Workload &w) { workload(m, w); });
    blockList(top, "links", p.links, [this](Map &m, const Link &l) { link(m, l); });
    blockList(top, "policy", p.policy, [this](Map &m, const PolicyRule &r) {
        field(m, "from", planeKey(r.from));
        field(m, "to", planeKey(r.to));
        field(m, "action",
              r.action == PolicyAction::Allow ? QStringLiteral("allow") : QStringLiteral("deny"));
        field(m, "reason", r.reason);
        mYaml.extras(m, r.extra);
    });
    layout(top, p.layout);
    mYaml.extras(top, p.extra);
}

void Writer::zone(Map &m, const Zone &z)
{
    field(m, "id", z.id);
    field(m, "name", z.name);
    field(m, "level", z.level);
    field(m, "cde", z.cde);
    mYaml.extras(m, z.extra);
}

void Writer::network(Map &m, const Network &n)
{
    field(m, "id", n.id);
    field(m, "plane", planeKey(n.plane));
    field(m, "cidr", n.cidr);
    field(m, "role", n.role);
    field(m, "gateway", n.gateway);
    field(m, "vlan", n.vlan);
    field(m, "zone", n.zone);
    field(m, "parent", n.parent);
    mYaml.extras(m, n.extra);
}

void Writer::host(Map &m, const Host &h)
{
    field(m, "id", h.id);
    field(m, "zone", h.zone);
    blockList(m, "nics", h.nics, [this](Map &n, const HostNic &nic) {
        field(n, "name", nic.name);
        field(n, "network", nic.network);
        field(n, "ip", nic.ip);
        field(n, "mac", nic.mac, true);
        mYaml.extras(n, nic.extra);
    });
    blockList(m, "switches", h.switches, [this](Map &s, const VirtualSwitch &sw) {
        field(s, "name", sw.name);
        field(s, "uplink", sw.uplink);
        if (!sw.vlans.isEmpty()) {
            mYaml.key(s, "vlans");
            mYaml.flowNumbers(sw.vlans);
        }
        mYaml.extras(s, sw.extra);
    });
    mYaml.extras(m, h.extra);
}

void Writer::vm(Map &m, const Vm &v)
{
    field(m, "id", v.id);
    field(m, "host", v.host);
    field(m, "role", v.role);
    field(m, "zone", v.zone);
    blockList(m, "nics", v.nics, [this](Map &n, const VmNic &nic) {
        field(n, "name", nic.name);
        field(n, "switch", nic.switchName);
        field(n, "vlan", nic.vlan);
        field(n, "network", nic.network);
        field(n, "ip", nic.ip);
        field(n, "mac", nic.mac, true);
        mYaml.extras(n, nic.extra);
    });
    scalarOrList(m, "podSubnet", texts(v.podSubnets));
    mYaml.extras(m, v.extra);
}

void Writer::cluster(Map &m, const Cluster &c)
{
    mYaml.key(m, "cluster");
    Map map = YamlBuffer::nestedMap(m);
    field(map, "name", c.name);
    scalarOrList(map, "podSubnet", c.podSubnets);
    scalarOrList(map, "serviceSubnet", c.serviceSubnets);
    field(map, "nodeMaskSize", c.nodeMaskSize);
    field(map, "maxPodsPerNode", c.maxPodsPerNode);
    field(map, "cni", c.cni);
    field(map, "encapsulation", c.encapsulation);
    field(map, "dnsNamespace", c.dnsNamespace);
    mYaml.extras(map, c.extra);
    mYaml.close(map);
}

void Writer::workload(Map &m, const Workload &w)
{
    field(m, "id", w.id);
    field(m, "namespace", w.ns);
    if (!w.labels.isEmpty()) {
        mYaml.key(m, "labels");
        mYaml.flowTextMap(w.labels);
    }
    field(m, "zone", w.zone);
    flowList(m, "nodes", w.nodes);
    if (!w.ports.isEmpty()) {
        mYaml.key(m, "ports");
        for (const WorkloadPort &p : w.ports) {
            YamlBuffer::FlowEntries known;
            if (!p.name.isEmpty()) known.append({"name", p.name});
            known.append({"port", p.port});
            if (p.protocol) known.append({"protocol", protocolKey(*p.protocol)});
            mYaml.dash(m);
            mYaml.flowMap(known, p.extra);
        }
    }
    if (w.expose) {
        mYaml.key(m, "expose");
        Map map = YamlBuffer::nestedMap(m);
        field(map, "type", w.expose->type);
        field(map, "port", w.expose->port);
        mYaml.extras(map, w.expose->extra);
        mYaml.close(map);
    }
    field(m, "serviceAccount", w.serviceAccount);
    field(m, "mesh", w.mesh);
    mYaml.extras(m, w.extra);
}

void Writer::link(Map &m, const Link &l)
{
    field(m, "id", l.id);
    field(m, "from", l.from);
    field(m, "to", l.to);
    if (!l.ports.isEmpty()) {
        QStringList ports;
        ports.reserve(l.ports.size());
        for (const PortRange &p : l.ports)
            ports << p.toString();
        mYaml.key(m, "ports");
        mYaml.flowTexts(ports, true);
    }
    field(m, "reason", l.reason);
    if (l.exception) {
        const LinkException &e = *l.exception;
        mYaml.key(m, "exception");
        Map map = YamlBuffer::nestedMap(m);
        field(map, "reason", e.reason);
        field(map, "approvedBy", e.approvedBy);
        if (e.expires.isValid()) field(map, "expires", e.expires.toString(Qt::ISODate));
        mYaml.extras(map, e.extra);
        mYaml.close(map);
    }
    mYaml.extras(m, l.extra);
}

void Writer::layout(Map &m, const QList<LayoutEntry> &entries)
{
    if (entries.isEmpty()) return;
    mYaml.key(m, "layout");
    Map map = YamlBuffer::nestedMap(m);
    const auto number = [](double v) {
        // Whole numbers stay whole; fractions keep 2 decimals so saves are stable.
        return v == std::round(v) ? QString::number(qint64(std::round(v)))
                                  : QString::number(v, 'f', 2);
    };
    for (const LayoutEntry &e : entries) {
        mYaml.textKey(map, e.id);
        mYaml.flowPlainMap({{"x", number(e.position.x())}, {"y", number(e.position.y())}});
    }
}

} // namespace

QByteArray PlanWriter::toYaml(const Plan &plan)
{
    Writer writer;
    writer.plan(plan);
    return writer.finish();
}

bool PlanWriter::writeFile(const Plan &plan, const QString &path, QString *error)
{
    return SafeFile::write(path, toYaml(plan), error);
}

} // namespace Planar
