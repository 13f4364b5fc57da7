#include "planreader.h"

#include "aliasbudget.h"
#include "libyamltree.h"
#include "safefile.h"
#include "stuckdocument.h"
#include "yamlfields.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace Planar {

namespace {

/**
 * Reads one plan document into values; every problem goes to the context. @p Node is
 * Node or the fast path's TreeNode, as for FieldReader.
 */
template <typename Node> class PlanParser {
public:
    explicit PlanParser(ReadContext &context) : mContext(context) {}

    Plan parse(const Node &root);

private:
    template <typename T, typename ReadOne>
    QList<T> readList(FieldReader<Node> &parent, const char *key, ReadOne readOne);

    Zone readZone(const Node &node);
    Network readNetwork(const Node &node);
    Host readHost(const Node &node);
    /** Names the entity a nested mapping belongs to, for messages only. */
    using Owner = std::function<QString()>;
    HostNic readHostNic(const Node &node, const Owner &owner);
    VirtualSwitch readSwitch(const Node &node, const Owner &owner);
    Vm readVm(const Node &node);
    VmNic readVmNic(const Node &node, const Owner &owner);
    Cluster readCluster(const Node &node);
    Workload readWorkload(const Node &node);
    Link readLink(const Node &node);
    LinkException readException(const Node &node, const Owner &owner);
    PolicyRule readPolicyRule(const Node &node);
    QList<LayoutEntry> readLayout(const Node &node);
    Review readReview(const Node &node);

    static QString describe(const char *kind, const QString &id)
    {
        return id.isEmpty() ? QString::fromLatin1(kind)
                            : QStringLiteral("%1 '%2'").arg(QLatin1String(kind), excerpt(id));
    }
    /** The id first, so that messages about the other fields can name the entity. */
    static QString peekId(const Node &node)
    {
        if (!node.IsMap()) return {};
        const Node id = node["id"];
        return id.IsDefined() && id.IsScalar() ? scalarText(id) : QString();
    }

    ReadContext &mContext;
};

template <typename Node>
template <typename T, typename ReadOne>
QList<T> PlanParser<Node>::readList(FieldReader<Node> &parent, const char *key, ReadOne readOne)
{
    const Node list = parent.take(key);
    if (!list.IsDefined() || list.IsNull()) return {};
    if (!list.IsSequence()) {
        parent.wrongType(list, key, QStringLiteral("a list"));
        return {};
    }
    QList<T> out;
    out.reserve(qsizetype(list.size()));
    for (const Node &item : list)
        out.append(readOne(item));
    return out;
}

template <typename Node> Plan PlanParser<Node>::parse(const Node &root)
{
    Plan plan;
    FieldReader f(mContext, root, QStringLiteral("the plan"));
    if (!f.isMap()) return plan;
    if (const auto version = f.integer("planar", true)) plan.version = *version;
    plan.name = f.string("name", true);
    plan.description = f.string("description");
    plan.profiles = f.stringList("profiles");
    plan.adminNetworks = f.stringList("adminNetworks", true);
    const Node reviewed = f.take("reviewed");
    if (reviewed.IsDefined() && !reviewed.IsNull()) {
        if (reviewed.IsMap())
            plan.reviewed = readReview(reviewed);
        else
            f.wrongType(reviewed, "reviewed",
                        QStringLiteral("a mapping like {by: TEAM, date: 2026-11-01}"));
    }
    plan.zones = readList<Zone>(f, "zones", [this](auto &n) { return readZone(n); });
    plan.networks = readList<Network>(f, "networks", [this](auto &n) { return readNetwork(n); });
    plan.hosts = readList<Host>(f, "hosts", [this](auto &n) { return readHost(n); });
    plan.vms = readList<Vm>(f, "vms", [this](auto &n) { return readVm(n); });
    const Node cluster = f.take("cluster");
    if (cluster.IsDefined() && !cluster.IsNull()) plan.cluster = readCluster(cluster);
    plan.workloads =
        readList<Workload>(f, "workloads", [this](auto &n) { return readWorkload(n); });
    plan.links = readList<Link>(f, "links", [this](auto &n) { return readLink(n); });
    plan.policy = readList<PolicyRule>(f, "policy", [this](auto &n) { return readPolicyRule(n); });
    const Node layout = f.take("layout");
    if (layout.IsDefined() && !layout.IsNull()) plan.layout = readLayout(layout);
    plan.extra = f.extras();
    return plan;
}

template <typename Node> Zone PlanParser<Node>::readZone(const Node &node)
{
    Zone z;
    FieldReader f(mContext, node, [&] { return describe("zone", peekId(node)); });
    z.id = f.id("id", true);
    z.name = f.string("name");
    z.level = f.integer("level", false, 1, 4);
    z.cde = f.boolean("cde");
    z.extra = f.extras();
    return z;
}

template <typename Node> Network PlanParser<Node>::readNetwork(const Node &node)
{
    Network n;
    FieldReader f(mContext, node, [&] { return describe("network", peekId(node)); });
    n.id = f.id("id", true);
    if (const QString plane = f.choice("plane", planeKeys(), true); !plane.isEmpty())
        n.plane = *planeFromKey(plane);
    n.cidr = f.string("cidr", true);
    n.role = f.choice("role", hostNetworkRoles());
    n.gateway = f.string("gateway");
    // Out-of-range VLANs are the validator's vlan-invalid, so any whole number is read here.
    n.vlan = f.integer("vlan");
    n.zone = f.id("zone");
    n.parent = f.id("parent");
    n.extra = f.extras();
    return n;
}

template <typename Node> Host PlanParser<Node>::readHost(const Node &node)
{
    Host h;
    FieldReader f(mContext, node, [&] { return describe("host", peekId(node)); });
    h.id = f.id("id", true);
    h.zone = f.id("zone");
    // Named only for a message: this runs for every host.
    const Owner owner = [&] { return describe("host", h.id); };
    h.nics = readList<HostNic>(f, "nics", [&](auto &n) { return readHostNic(n, owner); });
    h.switches =
        readList<VirtualSwitch>(f, "switches", [&](auto &n) { return readSwitch(n, owner); });
    h.extra = f.extras();
    return h;
}

template <typename Node> HostNic PlanParser<Node>::readHostNic(const Node &node, const Owner &owner)
{
    HostNic nic;
    FieldReader f(mContext, node, [&] { return QStringLiteral("a NIC of %1").arg(owner()); });
    nic.name = f.string("name", true);
    nic.network = f.id("network");
    nic.ip = f.string("ip");
    nic.mac = f.string("mac");
    nic.extra = f.extras();
    return nic;
}

template <typename Node>
VirtualSwitch PlanParser<Node>::readSwitch(const Node &node, const Owner &owner)
{
    VirtualSwitch sw;
    FieldReader f(mContext, node, [&] { return QStringLiteral("a switch of %1").arg(owner()); });
    sw.name = f.string("name", true);
    sw.uplink = f.string("uplink");
    sw.vlans = f.intList("vlans");
    sw.extra = f.extras();
    return sw;
}

template <typename Node> Vm PlanParser<Node>::readVm(const Node &node)
{
    Vm vm;
    FieldReader f(mContext, node, [&] { return describe("VM", peekId(node)); });
    vm.id = f.id("id", true);
    vm.host = f.id("host");
    vm.role = f.choice("role", vmRoles());
    vm.zone = f.id("zone");
    const Owner owner = [&] { return describe("VM", vm.id); };
    vm.nics = readList<VmNic>(f, "nics", [&](auto &n) { return readVmNic(n, owner); });
    vm.podSubnets = cidrTexts(f.stringList("podSubnet", true));
    vm.extra = f.extras();
    return vm;
}

template <typename Node> VmNic PlanParser<Node>::readVmNic(const Node &node, const Owner &owner)
{
    VmNic nic;
    FieldReader f(mContext, node, [&] { return QStringLiteral("a NIC of %1").arg(owner()); });
    nic.name = f.string("name", true);
    nic.switchName = f.string("switch");
    nic.vlan = f.integer("vlan");
    nic.network = f.id("network");
    nic.ip = f.string("ip");
    nic.mac = f.string("mac");
    nic.extra = f.extras();
    return nic;
}

template <typename Node> Cluster PlanParser<Node>::readCluster(const Node &node)
{
    Cluster c;
    FieldReader f(mContext, node, QStringLiteral("cluster"));
    c.name = f.string("name");
    c.podSubnets = f.stringList("podSubnet", true);
    c.serviceSubnets = f.stringList("serviceSubnet", true);
    c.nodeMaskSize = f.integer("nodeMaskSize", false, 0, 128);
    c.maxPodsPerNode = f.integer("maxPodsPerNode", false, 1, 1000000);
    c.cni = f.string("cni");
    c.encapsulation = f.choice("encapsulation", clusterEncapsulations());
    c.dnsNamespace = f.string("dnsNamespace");
    c.extra = f.extras();
    return c;
}

template <typename Node> Workload PlanParser<Node>::readWorkload(const Node &node)
{
    Workload w;
    FieldReader f(mContext, node, [&] { return describe("workload", peekId(node)); });
    w.id = f.id("id", true);
    w.ns = f.string("namespace");
    const Owner owner = [&] { return describe("workload", w.id); };
    const Node labels = f.take("labels");
    if (labels.IsDefined() && !labels.IsNull()) {
        if (!labels.IsMap()) {
            f.wrongType(labels, "labels", QStringLiteral("a mapping of label keys to values"));
        } else {
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                if (!it->first.IsScalar() || !it->second.IsScalar()) {
                    f.wrongType(it->second, "labels", QStringLiteral("text"));
                    continue;
                }
                w.labels.append({scalarText(it->first), scalarText(it->second)});
            }
        }
    }
    w.zone = f.id("zone");
    w.nodes = f.idList("nodes");
    w.ports = readList<WorkloadPort>(f, "ports", [&](const Node &n) {
        WorkloadPort p;
        FieldReader pf(mContext, n, [&] { return QStringLiteral("a port of %1").arg(owner()); });
        p.name = pf.string("name");
        p.port = pf.integer("port", true, 1, 65535).value_or(0);
        // Any case, as link ports ("80/tcp") take it; saved as TCP, UDP or SCTP.
        if (const Node proto = pf.take("protocol"); proto.IsDefined() && !proto.IsNull()) {
            p.protocol = proto.IsScalar() ? protocolFromKey(scalarText(proto)) : std::nullopt;
            if (!p.protocol)
                pf.wrongType(proto, "protocol", QStringLiteral("one of TCP, UDP, SCTP"));
        }
        p.extra = pf.extras();
        return p;
    });
    const Node expose = f.take("expose");
    if (expose.IsDefined() && !expose.IsNull()) {
        FieldReader ef(mContext, expose,
                       [&] { return QStringLiteral("expose of %1").arg(owner()); });
        Expose e;
        e.type = ef.choice("type", exposeTypes(), true);
        e.port = ef.integer("port", false, 1, 65535);
        e.extra = ef.extras();
        w.expose = e;
    }
    w.serviceAccount = f.string("serviceAccount");
    w.mesh = f.boolean("mesh");
    w.extra = f.extras();
    return w;
}

template <typename Node> Link PlanParser<Node>::readLink(const Node &node)
{
    Link l;
    FieldReader f(mContext, node, [&] { return describe("link", peekId(node)); });
    l.id = f.id("id");
    l.from = f.id("from", true);
    l.to = f.id("to", true);
    const Owner owner = [&] {
        return l.id.isEmpty() ? QStringLiteral("link %1 → %2").arg(excerpt(l.from), excerpt(l.to))
                              : describe("link", l.id);
    };
    const Node ports = f.take("ports");
    if (ports.IsDefined() && !ports.IsNull()) {
        const auto readPort = [&](const Node &p) {
            QString why;
            const QString text = p.IsScalar() ? scalarText(p) : QString();
            const auto range =
                p.IsScalar() ? PortRange::parse(text, &why) : std::optional<PortRange>();
            if (!p.IsScalar()) why = QStringLiteral("a port must be text like \"443/TCP\"");
            // PortRange's message quotes the whole text; a long one is shown cut.
            if (!range && text.size() > kExcerptLength)
                why = QStringLiteral("'%1' is not PORT/PROTO or LOW-HIGH/PROTO").arg(excerpt(text));
            if (range)
                l.ports.append(*range);
            else
                mContext.error(p, QStringLiteral("%1: %2").arg(owner(), why));
        };
        if (ports.IsSequence())
            for (const Node &p : ports)
                readPort(p);
        else if (ports.IsScalar())
            readPort(ports);
        else
            f.wrongType(ports, "ports", QStringLiteral("a list like [\"443/TCP\"]"));
    }
    l.reason = f.string("reason");
    const Node exception = f.take("exception");
    if (exception.IsDefined() && !exception.IsNull()) l.exception = readException(exception, owner);
    l.extra = f.extras();
    return l;
}

template <typename Node>
LinkException PlanParser<Node>::readException(const Node &node, const Owner &owner)
{
    LinkException e;
    FieldReader f(mContext, node,
                  [&] { return QStringLiteral("the exception of %1").arg(owner()); });
    e.reason = f.string("reason");
    e.approvedBy = f.string("approvedBy");
    const Node expires = f.take("expires");
    if (expires.IsDefined() && !expires.IsNull()) {
        const QString text = expires.IsScalar() ? scalarText(expires) : QString();
        e.expires = QDate::fromString(text, Qt::ISODate);
        if (!e.expires.isValid() || text.size() != 10)
            f.wrongType(expires, "expires", QStringLiteral("an ISO date like 2026-12-31"));
    }
    e.extra = f.extras();
    return e;
}

template <typename Node> Review PlanParser<Node>::readReview(const Node &node)
{
    Review r;
    FieldReader f(mContext, node, QStringLiteral("reviewed"));
    r.by = f.string("by");
    const Node date = f.take("date");
    if (date.IsDefined() && !date.IsNull()) {
        const QString text = date.IsScalar() ? scalarText(date) : QString();
        r.date = QDate::fromString(text, Qt::ISODate);
        if (!r.date.isValid() || text.size() != 10)
            f.wrongType(date, "date", QStringLiteral("an ISO date like 2026-11-01"));
    }
    r.extra = f.extras();
    return r;
}

template <typename Node> PolicyRule PlanParser<Node>::readPolicyRule(const Node &node)
{
    PolicyRule r;
    FieldReader f(mContext, node, QStringLiteral("a policy entry"));
    if (const QString from = f.choice("from", planeKeys(), true); !from.isEmpty())
        r.from = *planeFromKey(from);
    if (const QString to = f.choice("to", planeKeys(), true); !to.isEmpty())
        r.to = *planeFromKey(to);
    const QString action = f.choice("action", {"allow", "deny"}, true);
    r.action = action == u"allow" ? PolicyAction::Allow : PolicyAction::Deny;
    r.reason = f.string("reason");
    r.extra = f.extras();
    return r;
}

template <typename Node> QList<LayoutEntry> PlanParser<Node>::readLayout(const Node &node)
{
    QList<LayoutEntry> out;
    if (!node.IsMap()) {
        mContext.error(node, QStringLiteral("layout must map ids to {x, y}"));
        return out;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!it->first.IsScalar()) {
            mContext.error(it->first, QStringLiteral("layout has a key that is not an id"));
            continue;
        }
        const QString id = scalarText(it->first);
        const QString what = QStringLiteral("layout of '%1'").arg(excerpt(id));
        const Node pos = it->second;
        if (!pos.IsMap()) {
            mContext.error(pos, QStringLiteral("%1 must be {x: NUMBER, y: NUMBER}").arg(what));
            continue;
        }
        // FieldReader, not pos["x"]: yaml-cpp throws on a missing key with no position.
        FieldReader f(mContext, pos, what);
        const auto coordinate = [&](const char *key) -> std::optional<double> {
            const Node value = f.take(key);
            if (!value.IsDefined() || value.IsNull()) {
                f.missing(key);
                return std::nullopt;
            }
            bool ok = false;
            const double v = value.IsScalar() ? scalarText(value).toDouble(&ok) : 0;
            if (!ok || !std::isfinite(v)) {
                f.wrongType(value, key, QStringLiteral("a number"));
                return std::nullopt;
            }
            return v;
        };
        const auto x = coordinate("x");
        const auto y = coordinate("y");
        if (x && y) out.append({id, QPointF(*x, *y)});
    }
    return out;
}

/** yaml-cpp's syntax messages, said the way a plan's author can act on them. */
QString syntaxMessage(const std::string &yamlCpp)
{
    static const std::pair<const char *, const char *> known[] = {
        {YAML::ErrorMsg::END_OF_MAP,
         "a mapping ends in the wrong place; check the indentation of this line"},
        {YAML::ErrorMsg::END_OF_SEQ,
         "a list ends in the wrong place; check the indentation of this line"},
        {YAML::ErrorMsg::END_OF_MAP_FLOW, "this '{' is not closed with '}'"},
        {YAML::ErrorMsg::END_OF_SEQ_FLOW, "this '[' is not closed with ']'"},
        {YAML::ErrorMsg::FLOW_END,
         "this closing bracket does not match the '[' or '{' it should close"},
        {YAML::ErrorMsg::MAP_VALUE, "a ':' YAML cannot place here; check the indentation, or "
                                    "quote text that holds ': '"},
        {YAML::ErrorMsg::BLOCK_ENTRY, "a '- ' entry YAML cannot place here; check the indentation"},
        {YAML::ErrorMsg::UNKNOWN_ANCHOR, "this alias names no '&anchor' defined before it"},
        {YAML::ErrorMsg::TAB_IN_INDENTATION, "a tab in the indentation; YAML indents with spaces"},
        {YAML::ErrorMsg::EOF_IN_SCALAR, "quoted text is not closed before the end of the file"},
    };
    for (const auto &[theirs, ours] : known)
        if (yamlCpp == theirs) return QStringLiteral("not valid YAML: ") + QLatin1String(ours);
    return QStringLiteral("not valid YAML: %1").arg(excerpt(QString::fromStdString(yamlCpp)));
}

} // namespace

QString ReadError::toString() const
{
    if (line <= 0) return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

ReadResult PlanReader::readFile(const QString &path, qint64 maxSize)
{
    QByteArray bytes;
    QString problem;
    if (!SafeFile::read(path, maxSize, &bytes, &problem)) {
        ReadResult result;
        result.errors.append({path, 0, 0, problem});
        return result;
    }
    return readText(bytes, path);
}

ReadResult PlanReader::readText(const QByteArray &yaml, const QString &fileName)
{
    if (std::optional<ReadResult> fast = readWithLibyaml(yaml, fileName)) return std::move(*fast);
    return readWithYamlCpp(yaml, fileName);
}

std::optional<ReadResult> PlanReader::readWithLibyaml(const QByteArray &yaml,
                                                      const QString &fileName)
{
    const std::unique_ptr<LibyamlTree> tree = LibyamlTree::build(yaml);
    if (!tree) return std::nullopt;
    ReadContext context(fileName);
    Plan plan = PlanParser<TreeNode>(context).parse(tree->root());
    // Every message comes from the yaml-cpp path, whose marks and words they have always been.
    if (!context.errors().isEmpty()) return std::nullopt;
    ReadResult result;
    result.plan = std::move(plan);
    return result;
}

ReadResult PlanReader::readWithYamlCpp(const QByteArray &yaml, const QString &fileName)
{
    ReadResult result;
    std::vector<YAML::Node> documents; // first: the context keeps views of their scalars
    ReadContext context(fileName);
    try {
        // First: every other walk over the documents (the alias count, LoadAll) would loop.
        if (const auto stuck = findStuckDocument(yaml)) {
            context.error(*stuck, QStringLiteral("not valid YAML: a ',' separates items only "
                                                 "inside [ ] or { }"));
            result.errors = context.errors();
            return result;
        }
        if (const auto overrun = checkAliasExpansion(yaml, kAliasExpansionLimit)) {
            context.error(overrun->mark,
                          QStringLiteral("this alias makes the plan's aliases expand to more "
                                         "than %1 nodes; write the values out instead")
                              .arg(overrun->limit));
            result.errors = context.errors();
            return result;
        }
        documents = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        context.error(e.mark, syntaxMessage(e.msg));
        result.errors = context.errors();
        return result;
    }
    if (documents.empty() || documents.front().IsNull()) {
        context.error(YAML::Mark(),
                      QStringLiteral("the file is empty; a plan starts with 'planar: 1'"));
    } else if (documents.size() > 1) {
        context.error(documents[1].Mark(),
                      QStringLiteral("a plan file holds one YAML document, this one holds %1")
                          .arg(documents.size()));
    } else {
        try {
            Plan plan = PlanParser<YAML::Node>(context).parse(documents.front());
            if (context.errors().isEmpty()) result.plan = std::move(plan);
        } catch (const YAML::Exception &e) {
            // The parser asks yaml-cpp only what cannot throw; should a conversion still
            // throw, its words ("invalid node; ...") carry no position, so say where reading
            // stopped in ours.
            context.error(e.mark.is_null() ? documents.front().Mark() : e.mark,
                          QStringLiteral("the reader stopped here on a value it cannot read"));
        }
    }
    result.errors = context.errors();
    // The parser walks the format's key order; users read the file top to bottom.
    std::stable_sort(result.errors.begin(), result.errors.end(), [](const auto &a, const auto &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return result;
}

} // namespace Planar
