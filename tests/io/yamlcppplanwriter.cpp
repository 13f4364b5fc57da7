// The plan writer as it was before issue 11: every node through yaml-cpp's emitter. Kept
// here, and only here, as the reference that PlanWriter's bytes are compared with. Since
// issue 9 it makes a key explicit by its written length (YamlOut), as PlanWriter does.
#include "yamlcppplanwriter.h"

#include "io/yamlout.h"

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace Planar {

namespace {

class Writer {
public:
    Writer() : mOut(mYaml.emitter()) {}

    QByteArray finish() { return mYaml.finish() + '\n'; }

    void plan(const Plan &p);

private:
    void key(const char *k) { mOut << YAML::Key << k << YAML::Value; }
    void str(const QString &s, bool forceQuotes = false) { mYaml.text(s, forceQuotes); }
    void field(const char *k, const QString &v, bool forceQuotes = false)
    {
        if (v.isEmpty()) return;
        key(k);
        str(v, forceQuotes);
    }
    void field(const char *k, const std::optional<int> &v)
    {
        if (!v) return;
        key(k);
        mOut << *v;
    }
    void flowList(const char *k, const QStringList &list)
    {
        if (list.isEmpty()) return;
        key(k);
        mOut << YAML::Flow << YAML::BeginSeq;
        for (const QString &s : list)
            str(s);
        mOut << YAML::EndSeq;
    }
    /** One entry stays a scalar, as plan-format.md writes single-stack subnets. */
    void scalarOrList(const char *k, const QStringList &list)
    {
        if (list.size() == 1)
            field(k, list.front());
        else
            flowList(k, list);
    }
    /** @p flow: inside a flow mapping, where yaml-cpp quotes more and so keys grow longer. */
    void extras(const ExtraKeys &extra, bool flow = false) { mYaml.extraEntries(extra, flow); }
    template <typename T, typename WriteOne>
    void blockList(const char *k, const QList<T> &list, WriteOne writeOne)
    {
        if (list.isEmpty()) return;
        key(k);
        mOut << YAML::BeginSeq;
        for (const T &item : list) {
            mOut << YAML::BeginMap;
            writeOne(item);
            mOut << YAML::EndMap;
        }
        mOut << YAML::EndSeq;
    }

    void zone(const Zone &z);
    void network(const Network &n);
    void host(const Host &h);
    void vm(const Vm &v);
    void cluster(const Cluster &c);
    void workload(const Workload &w);
    void link(const Link &l);
    void layout(const QList<LayoutEntry> &entries);

    YamlOut mYaml;
    YAML::Emitter &mOut;
};

void Writer::plan(const Plan &p)
{
    mOut << YAML::BeginMap;
    key("planar");
    mOut << p.version;
    field("name", p.name);
    field("description", p.description);
    flowList("profiles", p.profiles);
    flowList("adminNetworks", p.adminNetworks);
    if (p.reviewed) {
        // Flow style, as plan-format.md writes it: one line next to profiles.
        key("reviewed");
        mOut << YAML::Flow << YAML::BeginMap;
        field("by", p.reviewed->by);
        if (p.reviewed->date.isValid()) field("date", p.reviewed->date.toString(Qt::ISODate));
        extras(p.reviewed->extra, true);
        mOut << YAML::EndMap;
    }
    blockList("zones", p.zones, [this](const Zone &z) { zone(z); });
    blockList("networks", p.networks, [this](const Network &n) { network(n); });
    blockList("hosts", p.hosts, [this](const Host &h) { host(h); });
    blockList("vms", p.vms, [this](const Vm &v) { vm(v); });
    if (!p.cluster.isEmpty()) cluster(p.cluster);
    blockList("workloads", p.workloads, [this](const Workload &w) { workload(w); });
    blockList("links", p.links, [this](const Link &l) { link(l); });
    blockList("policy", p.policy, [this](const PolicyRule &r) {
        field("from", planeKey(r.from));
        field("to", planeKey(r.to));
        field("action",
              r.action == PolicyAction::Allow ? QStringLiteral("allow") : QStringLiteral("deny"));
        field("reason", r.reason);
        extras(r.extra);
    });
    layout(p.layout);
    extras(p.extra);
    mOut << YAML::EndMap;
}

void Writer::zone(const Zone &z)
{
    field("id", z.id);
    field("name", z.name);
    field("level", z.level);
    if (z.cde) {
        key("cde");
        mOut << *z.cde;
    }
    extras(z.extra);
}

void Writer::network(const Network &n)
{
    field("id", n.id);
    field("plane", planeKey(n.plane));
    field("cidr", n.cidr);
    field("role", n.role);
    field("gateway", n.gateway);
    field("vlan", n.vlan);
    field("zone", n.zone);
    field("parent", n.parent);
    extras(n.extra);
}

void Writer::host(const Host &h)
{
    field("id", h.id);
    field("zone", h.zone);
    blockList("nics", h.nics, [this](const HostNic &nic) {
        field("name", nic.name);
        field("network", nic.network);
        field("ip", nic.ip);
        field("mac", nic.mac, true);
        extras(nic.extra);
    });
    blockList("switches", h.switches, [this](const VirtualSwitch &sw) {
        field("name", sw.name);
        field("uplink", sw.uplink);
        if (!sw.vlans.isEmpty()) {
            key("vlans");
            mOut << YAML::Flow << YAML::BeginSeq;
            for (int v : sw.vlans)
                mOut << v;
            mOut << YAML::EndSeq;
        }
        extras(sw.extra);
    });
    extras(h.extra);
}

void Writer::vm(const Vm &v)
{
    field("id", v.id);
    field("host", v.host);
    field("role", v.role);
    field("zone", v.zone);
    blockList("nics", v.nics, [this](const VmNic &nic) {
        field("name", nic.name);
        field("switch", nic.switchName);
        field("vlan", nic.vlan);
        field("network", nic.network);
        field("ip", nic.ip);
        field("mac", nic.mac, true);
        extras(nic.extra);
    });
    scalarOrList("podSubnet", texts(v.podSubnets));
    extras(v.extra);
}

void Writer::cluster(const Cluster &c)
{
    key("cluster");
    mOut << YAML::BeginMap;
    field("name", c.name);
    scalarOrList("podSubnet", c.podSubnets);
    scalarOrList("serviceSubnet", c.serviceSubnets);
    field("nodeMaskSize", c.nodeMaskSize);
    field("maxPodsPerNode", c.maxPodsPerNode);
    field("cni", c.cni);
    field("encapsulation", c.encapsulation);
    field("dnsNamespace", c.dnsNamespace);
    extras(c.extra);
    mOut << YAML::EndMap;
}

void Writer::workload(const Workload &w)
{
    field("id", w.id);
    field("namespace", w.ns);
    if (!w.labels.isEmpty()) {
        key("labels");
        mOut << YAML::Flow << YAML::BeginMap;
        for (const auto &[k, v] : w.labels) {
            mOut << YAML::Key;
            mYaml.text(k, false, true);
            mOut << YAML::Value;
            str(v);
        }
        mOut << YAML::EndMap;
    }
    field("zone", w.zone);
    flowList("nodes", w.nodes);
    if (!w.ports.isEmpty()) {
        key("ports");
        mOut << YAML::BeginSeq;
        for (const WorkloadPort &p : w.ports) {
            mOut << YAML::Flow << YAML::BeginMap;
            field("name", p.name);
            key("port");
            mOut << p.port;
            if (p.protocol) field("protocol", protocolKey(*p.protocol));
            extras(p.extra, true);
            mOut << YAML::EndMap;
        }
        mOut << YAML::EndSeq;
    }
    if (w.expose) {
        key("expose");
        mOut << YAML::BeginMap;
        field("type", w.expose->type);
        field("port", w.expose->port);
        extras(w.expose->extra);
        mOut << YAML::EndMap;
    }
    field("serviceAccount", w.serviceAccount);
    if (w.mesh) {
        key("mesh");
        mOut << *w.mesh;
    }
    extras(w.extra);
}

void Writer::link(const Link &l)
{
    field("id", l.id);
    field("from", l.from);
    field("to", l.to);
    if (!l.ports.isEmpty()) {
        key("ports");
        mOut << YAML::Flow << YAML::BeginSeq;
        for (const PortRange &p : l.ports)
            str(p.toString(), true);
        mOut << YAML::EndSeq;
    }
    field("reason", l.reason);
    if (l.exception) {
        const LinkException &e = *l.exception;
        key("exception");
        mOut << YAML::BeginMap;
        field("reason", e.reason);
        field("approvedBy", e.approvedBy);
        if (e.expires.isValid()) field("expires", e.expires.toString(Qt::ISODate));
        extras(e.extra);
        mOut << YAML::EndMap;
    }
    extras(l.extra);
}

void Writer::layout(const QList<LayoutEntry> &entries)
{
    if (entries.isEmpty()) return;
    key("layout");
    mOut << YAML::BeginMap;
    const auto number = [](double v) {
        // Whole numbers stay whole; fractions keep 2 decimals so saves are stable.
        return v == std::round(v) ? QString::number(qint64(std::round(v)))
                                  : QString::number(v, 'f', 2);
    };
    for (const LayoutEntry &e : entries) {
        mOut << YAML::Key;
        str(e.id);
        mOut << YAML::Value << YAML::Flow << YAML::BeginMap;
        mOut << YAML::Key << "x" << YAML::Value << number(e.position.x()).toStdString();
        mOut << YAML::Key << "y" << YAML::Value << number(e.position.y()).toStdString();
        mOut << YAML::EndMap;
    }
    mOut << YAML::EndMap;
}

} // namespace

QByteArray yamlCppPlanYaml(const Plan &plan)
{
    Writer writer;
    writer.plan(plan);
    return writer.finish();
}

} // namespace Planar
