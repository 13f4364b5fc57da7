#include "propertyfields.h"

#include "dialogs/policydialog.h"
#include "document/commands/entitycommands.h"
#include "document/commands/plancommands.h"
#include "document/itemfactory.h"
#include "document/plandocument.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace Planar {

namespace {

using Kind = FieldValidator::Kind;
using Editor = PropertyField::Editor;
using Choices = QList<QPair<QString, QString>>;

// lupdate files tr() calls in namespace Planar under the context "Planar"; look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("Planar", text);
}

PropertyField makeField(const QString &name, const QString &label, const QString &value,
                        Editor editor, std::optional<Kind> kind = std::nullopt,
                        bool optional = true)
{
    PropertyField f;
    f.name = name;
    f.label = label;
    f.value = value;
    f.editor = editor;
    f.kind = kind;
    f.optional = optional;
    return f;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) out << part.trimmed();
    return out;
}

QString optionalInt(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

std::optional<int> toOptionalInt(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<int>(text.toInt());
}

/** Builds fields for one entity of type T; each commit edits a copy and pushes it. */
template <typename T> class Builder {
public:
    Builder(PlanDocument *document, const QString &key) : mDocument(document), mKey(key) {}

    QList<PropertyField> fields;

    void section(const QString &label) { fields << makeField({}, label, {}, Editor::Section); }

    void line(const QString &name, const QString &label, const QString &value,
              std::optional<Kind> kind, bool optional,
              std::function<void(T &, const QString &)> apply)
    {
        PropertyField f = makeField(name, label, value, Editor::Line, kind, optional);
        f.commit = committer(std::move(apply));
        fields << f;
    }

    void choice(const QString &name, const QString &label, const QString &value,
                const Choices &choices, std::function<void(T &, const QString &)> apply)
    {
        PropertyField f = makeField(name, label, value, Editor::Choice);
        f.choices = choices;
        f.commit = committer(std::move(apply));
        fields << f;
    }

    void button(const QString &name, const QString &label, std::function<void(T &)> apply)
    {
        PropertyField f = makeField(name, label, {}, Editor::Button);
        f.commit = committer([apply](T &t, const QString &) { apply(t); });
        fields << f;
    }

private:
    std::function<void(const QString &)> committer(std::function<void(T &, const QString &)> apply)
    {
        return [doc = mDocument, key = mKey, apply](const QString &text) {
            const auto entity = doc->entity(key);
            if (!entity) return;
            T value = std::get<T>(*entity);
            apply(value, text);
            if (Entity(value) == *entity) return;
            doc->undoStack()->push(new EditEntityCommand(doc, key, value));
        };
    }

    PlanDocument *mDocument;
    QString mKey;
};

Choices idChoices(const PlanDocument &doc, ItemKind kind, bool allowNone,
                  const std::function<bool(const QString &)> &keep = {})
{
    Choices out;
    if (allowNone) out << qMakePair(tr("(none)"), QString());
    for (const QString &id : doc.keys(kind))
        if (!keep || keep(id)) out << qMakePair(id, id);
    return out;
}

Choices textChoices(const QStringList &values, bool allowNone)
{
    Choices out;
    if (allowNone) out << qMakePair(tr("(none)"), QString());
    for (const QString &v : values)
        out << qMakePair(v, v);
    return out;
}

Choices networksOn(const PlanDocument &doc, Plane plane)
{
    return idChoices(doc, ItemKind::Network, true, [&doc, plane](const QString &id) {
        return std::get<Network>(*doc.entity(id)).plane == plane;
    });
}

PropertyField idField(PlanDocument *doc, const QString &id,
                      const std::function<void(const QStringList &)> &select)
{
    PropertyField f = makeField(QStringLiteral("id"), tr("Id"), id, Editor::Line, Kind::Id, false);
    f.check = [doc](const QString &text) {
        return doc->contains(text)
                   ? tr("'%1' is already used; ids are unique across the plan.").arg(text)
                   : QString();
    };
    f.commit = [doc, id, select](const QString &text) {
        if (doc->contains(text)) return;
        doc->undoStack()->push(new RenameCommand(doc, id, text));
        select({text});
    };
    return f;
}

void hostFields(Builder<Host> &b, PlanDocument *doc, const Host &host)
{
    b.choice(QStringLiteral("zone"), tr("Zone"), host.zone, idChoices(*doc, ItemKind::Zone, true),
             [](Host &h, const QString &v) { h.zone = v; });
    for (qsizetype i = 0; i < host.nics.size(); ++i) {
        const QString p = QStringLiteral("nic%1.").arg(i);
        b.section(tr("NIC %1").arg(host.nics[i].name));
        b.line(p + u"name", tr("Name"), host.nics[i].name, std::nullopt, false,
               [i](Host &h, const QString &v) { h.nics[i].name = v; });
        b.choice(p + u"network", tr("Network"), host.nics[i].network, networksOn(*doc, Plane::Host),
                 [i](Host &h, const QString &v) { h.nics[i].network = v; });
        b.line(p + u"ip", tr("IP"), host.nics[i].ip, Kind::Ip, false,
               [i](Host &h, const QString &v) { h.nics[i].ip = v; });
        b.line(p + u"mac", tr("MAC"), host.nics[i].mac, Kind::Mac, true,
               [i](Host &h, const QString &v) { h.nics[i].mac = v; });
    }
    QStringList nicNames;
    for (const HostNic &nic : host.nics)
        nicNames << nic.name;
    for (qsizetype j = 0; j < host.switches.size(); ++j) {
        const VirtualSwitch &sw = host.switches[j];
        const QString p = QStringLiteral("switch%1.").arg(j);
        b.section(tr("Switch %1").arg(sw.name));
        b.line(p + u"name", tr("Name"), sw.name, std::nullopt, false,
               [j](Host &h, const QString &v) { h.switches[j].name = v; });
        b.choice(p + u"uplink", tr("Uplink"), sw.uplink, textChoices(nicNames, true),
                 [j](Host &h, const QString &v) { h.switches[j].uplink = v; });
        QStringList vlans;
        for (int v : sw.vlans)
            vlans << QString::number(v);
        b.line(p + u"vlans", tr("VLANs"), vlans.join(QStringLiteral(", ")), Kind::VlanList, true,
               [j](Host &h, const QString &v) {
                   h.switches[j].vlans.clear();
                   for (const QString &s : splitList(v))
                       h.switches[j].vlans << s.toInt();
               });
    }
    b.section(QString());
    b.button(QStringLiteral("addNic"), tr("Add NIC"), [doc](Host &h) {
        HostNic nic;
        nic.name = QStringLiteral("eth%1").arg(h.nics.size());
        for (const QString &id : doc->keys(ItemKind::Network)) {
            const Network n = std::get<Network>(*doc->entity(id));
            if (n.plane == Plane::Host && n.role != QLatin1String("management")) nic.network = id;
        }
        nic.ip = ItemFactory::nextFreeIp(doc->plan(), nic.network);
        h.nics << nic;
    });
    if (!host.nics.isEmpty())
        b.button(QStringLiteral("removeNic"), tr("Remove last NIC"),
                 [](Host &h) { h.nics.removeLast(); });
}

void vmFields(Builder<Vm> &b, PlanDocument *doc, const Vm &vm)
{
    b.choice(QStringLiteral("host"), tr("Host"), vm.host, idChoices(*doc, ItemKind::Host, true),
             [](Vm &v, const QString &s) { v.host = s; });
    b.choice(QStringLiteral("role"), tr("Role"), vm.role, textChoices(vmRoles(), true),
             [](Vm &v, const QString &s) { v.role = s; });
    b.choice(QStringLiteral("zone"), tr("Zone"), vm.zone, idChoices(*doc, ItemKind::Zone, true),
             [](Vm &v, const QString &s) { v.zone = s; });
    b.line(QStringLiteral("podSubnet"), tr("Pod subnet"), vm.podSubnets.join(QStringLiteral(", ")),
           Kind::CidrList, true, [](Vm &v, const QString &s) { v.podSubnets = splitList(s); });
    QStringList switches;
    if (const auto host = doc->entity(vm.host); host && std::holds_alternative<Host>(*host))
        for (const VirtualSwitch &sw : std::get<Host>(*host).switches)
            switches << sw.name;
    for (qsizetype i = 0; i < vm.nics.size(); ++i) {
        const VmNic &nic = vm.nics[i];
        const QString p = QStringLiteral("nic%1.").arg(i);
        b.section(tr("NIC %1").arg(nic.name));
        b.line(p + u"name", tr("Name"), nic.name, std::nullopt, false,
               [i](Vm &v, const QString &s) { v.nics[i].name = s; });
        b.choice(p + u"switch", tr("Switch"), nic.switchName, textChoices(switches, true),
                 [i](Vm &v, const QString &s) { v.nics[i].switchName = s; });
        b.line(p + u"vlan", tr("VLAN"), optionalInt(nic.vlan), Kind::Vlan, true,
               [i](Vm &v, const QString &s) { v.nics[i].vlan = toOptionalInt(s); });
        b.choice(p + u"network", tr("Network"), nic.network, networksOn(*doc, Plane::Vm),
                 [i](Vm &v, const QString &s) { v.nics[i].network = s; });
        b.line(p + u"ip", tr("IP"), nic.ip, Kind::Ip, false,
               [i](Vm &v, const QString &s) { v.nics[i].ip = s; });
        b.line(p + u"mac", tr("MAC"), nic.mac, Kind::Mac, true,
               [i](Vm &v, const QString &s) { v.nics[i].mac = s; });
    }
    b.section(QString());
    b.button(QStringLiteral("addNic"), tr("Add NIC"), [doc, switches](Vm &v) {
        VmNic nic;
        nic.name = QStringLiteral("ens%1").arg(3 + v.nics.size());
        nic.switchName = switches.value(0);
        nic.mac = ItemFactory::nextFreeMac(doc->plan(), true);
        v.nics << nic;
    });
    if (!vm.nics.isEmpty())
        b.button(QStringLiteral("removeNic"), tr("Remove last NIC"),
                 [](Vm &v) { v.nics.removeLast(); });
}

void workloadFields(Builder<Workload> &b, PlanDocument *doc, const Workload &w)
{
    b.line(QStringLiteral("namespace"), tr("Namespace"), w.ns, Kind::Id, true,
           [](Workload &x, const QString &s) { x.ns = s; });
    b.choice(QStringLiteral("zone"), tr("Zone"), w.zone, idChoices(*doc, ItemKind::Zone, true),
             [](Workload &x, const QString &s) { x.zone = s; });
    QStringList labels;
    for (const auto &[k, v] : w.labels)
        labels << k + u'=' + v;
    b.line(QStringLiteral("labels"), tr("Labels"), labels.join(QStringLiteral(", ")), std::nullopt,
           true, [](Workload &x, const QString &s) {
               x.labels.clear();
               for (const QString &pair : splitList(s)) {
                   const qsizetype eq = pair.indexOf(u'=');
                   x.labels << qMakePair(pair.left(eq).trimmed(),
                                         eq < 0 ? QString() : pair.mid(eq + 1).trimmed());
               }
           });
    b.line(QStringLiteral("nodes"), tr("Nodes"), w.nodes.join(QStringLiteral(", ")), std::nullopt,
           true, [](Workload &x, const QString &s) { x.nodes = splitList(s); });
    for (qsizetype i = 0; i < w.ports.size(); ++i) {
        const QString p = QStringLiteral("port%1.").arg(i);
        b.section(tr("Port %1").arg(w.ports[i].name.isEmpty() ? QString::number(i + 1)
                                                              : w.ports[i].name));
        b.line(p + u"name", tr("Name"), w.ports[i].name, std::nullopt, true,
               [i](Workload &x, const QString &s) { x.ports[i].name = s; });
        b.line(p + u"port", tr("Port"), QString::number(w.ports[i].port), Kind::Port, false,
               [i](Workload &x, const QString &s) { x.ports[i].port = s.toInt(); });
        b.choice(p + u"protocol", tr("Protocol"), protocolKey(w.ports[i].effectiveProtocol()),
                 textChoices({QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP")},
                             false),
                 [i](Workload &x, const QString &s) { x.ports[i].protocol = protocolFromKey(s); });
    }
    b.section(tr("Exposure"));
    b.choice(QStringLiteral("expose.type"), tr("Expose"), w.expose ? w.expose->type : QString(),
             textChoices(exposeTypes(), true), [](Workload &x, const QString &s) {
                 if (s.isEmpty())
                     x.expose.reset();
                 else {
                     if (!x.expose) x.expose = Expose{};
                     x.expose->type = s;
                 }
             });
    if (w.expose)
        b.line(QStringLiteral("expose.port"), tr("Expose port"), optionalInt(w.expose->port),
               Kind::Port, true,
               [](Workload &x, const QString &s) { x.expose->port = toOptionalInt(s); });
    b.button(QStringLiteral("addPort"), tr("Add port"), [](Workload &x) {
        x.ports << WorkloadPort{QString(), 8080, Protocol::TCP, {}};
    });
}

void networkFields(Builder<Network> &b, PlanDocument *doc, const Network &n)
{
    b.choice(QStringLiteral("plane"), tr("Plane"), planeKey(n.plane),
             textChoices(planeKeys(), false),
             [](Network &x, const QString &s) { x.plane = planeFromKey(s).value_or(x.plane); });
    b.line(QStringLiteral("cidr"), tr("CIDR"), n.cidr, Kind::Cidr, false,
           [](Network &x, const QString &s) { x.cidr = s; });
    if (n.plane == Plane::Host)
        b.choice(QStringLiteral("role"), tr("Role"), n.role, textChoices(hostNetworkRoles(), true),
                 [](Network &x, const QString &s) { x.role = s; });
    b.line(QStringLiteral("gateway"), tr("Gateway"), n.gateway, Kind::Ip, true,
           [](Network &x, const QString &s) { x.gateway = s; });
    b.line(QStringLiteral("vlan"), tr("VLAN"), optionalInt(n.vlan), Kind::Vlan, true,
           [](Network &x, const QString &s) { x.vlan = toOptionalInt(s); });
    b.choice(QStringLiteral("zone"), tr("Zone"), n.zone, idChoices(*doc, ItemKind::Zone, true),
             [](Network &x, const QString &s) { x.zone = s; });
    const QString self = n.id;
    b.choice(QStringLiteral("parent"), tr("Parent"), n.parent,
             idChoices(*doc, ItemKind::Network, true,
                       [doc, self, plane = n.plane](const QString &id) {
                           return id != self && std::get<Network>(*doc->entity(id)).plane == plane;
                       }),
             [](Network &x, const QString &s) { x.parent = s; });
}

void zoneFields(Builder<Zone> &b, const Zone &z)
{
    b.line(QStringLiteral("name"), tr("Name"), z.name, std::nullopt, true,
           [](Zone &x, const QString &s) { x.name = s; });
    b.line(QStringLiteral("level"), tr("MLPS level"), optionalInt(z.level), Kind::Integer, true,
           [](Zone &x, const QString &s) { x.level = toOptionalInt(s); });
    const QString cde =
        z.cde ? (*z.cde ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    b.choice(QStringLiteral("cde"), tr("PCI-DSS CDE"), cde,
             textChoices({QStringLiteral("true"), QStringLiteral("false")}, true),
             [](Zone &x, const QString &s) {
                 x.cde =
                     s.isEmpty() ? std::nullopt : std::optional<bool>(s == QLatin1String("true"));
             });
}

void linkFields(Builder<Link> &b, PlanDocument *doc, const Link &l)
{
    Choices ends;
    for (ItemKind kind :
         {ItemKind::Workload, ItemKind::Vm, ItemKind::Host, ItemKind::Network, ItemKind::Zone})
        ends += idChoices(*doc, kind, false);
    b.line(QStringLiteral("id"), tr("Id"), l.id, Kind::Id, true,
           [](Link &x, const QString &s) { x.id = s; });
    b.choice(QStringLiteral("from"), tr("From"), l.from, ends,
             [](Link &x, const QString &s) { x.from = s; });
    b.choice(QStringLiteral("to"), tr("To"), l.to, ends,
             [](Link &x, const QString &s) { x.to = s; });
    QStringList ports;
    for (const PortRange &p : l.ports)
        ports << p.toString();
    b.line(QStringLiteral("ports"), tr("Ports"), ports.join(QStringLiteral(", ")), Kind::Ports,
           true, [](Link &x, const QString &s) {
               x.ports.clear();
               for (const QString &item : splitList(s))
                   if (auto p = PortRange::parse(item)) x.ports << *p;
           });
    b.line(QStringLiteral("reason"), tr("Reason"), l.reason, std::nullopt, true,
           [](Link &x, const QString &s) { x.reason = s; });
    b.section(tr("Exception (temporary authorisation)"));
    auto exceptionField = [&b, &l](const QString &name, const QString &label, const QString &value,
                                   std::optional<Kind> kind,
                                   std::function<void(LinkException &, const QString &)> set) {
        b.line(name, label, value, kind, true, [set](Link &x, const QString &s) {
            if (!x.exception) x.exception = LinkException{};
            set(*x.exception, s);
            if (x.exception->reason.isEmpty() && x.exception->approvedBy.isEmpty() &&
                !x.exception->expires.isValid())
                x.exception.reset();
        });
    };
    const LinkException ex = l.exception.value_or(LinkException{});
    exceptionField(QStringLiteral("exception.reason"), tr("Reason"), ex.reason, std::nullopt,
                   [](LinkException &e, const QString &s) { e.reason = s; });
    exceptionField(QStringLiteral("exception.approvedBy"), tr("Approved by"), ex.approvedBy,
                   std::nullopt, [](LinkException &e, const QString &s) { e.approvedBy = s; });
    exceptionField(
        QStringLiteral("exception.expires"), tr("Expires"), ex.expires.toString(Qt::ISODate),
        Kind::Date,
        [](LinkException &e, const QString &s) { e.expires = QDate::fromString(s, Qt::ISODate); });
}

QList<PropertyField> settingsFields(PlanDocument *doc)
{
    QList<PropertyField> fields;
    const PlanSettings s = doc->settings();
    auto line = [&](const QString &name, const QString &label, const QString &value,
                    std::optional<Kind> kind, bool optional,
                    std::function<void(PlanSettings &, const QString &)> apply) {
        PropertyField f = makeField(name, label, value, Editor::Line, kind, optional);
        f.commit = [doc, apply](const QString &text) {
            PlanSettings next = doc->settings();
            apply(next, text);
            if (next != doc->settings()) doc->undoStack()->push(new EditSettingsCommand(doc, next));
        };
        fields << f;
    };
    fields << makeField({}, tr("Plan and cluster settings"), {}, Editor::Section);
    line(QStringLiteral("planName"), tr("Plan name"), s.name, std::nullopt, false,
         [](PlanSettings &p, const QString &v) { p.name = v; });
    line(QStringLiteral("description"), tr("Description"), s.description, std::nullopt, true,
         [](PlanSettings &p, const QString &v) { p.description = v; });
    line(QStringLiteral("adminNetworks"), tr("Admin networks"),
         s.adminNetworks.join(QStringLiteral(", ")), Kind::CidrList, true,
         [](PlanSettings &p, const QString &v) { p.adminNetworks = splitList(v); });
    line(QStringLiteral("profiles"), tr("Profiles"), s.profiles.join(QStringLiteral(", ")),
         std::nullopt, true, [](PlanSettings &p, const QString &v) { p.profiles = splitList(v); });
    fields << makeField({}, tr("Cluster"), {}, Editor::Section);
    line(QStringLiteral("clusterName"), tr("Name"), s.cluster.name, std::nullopt, true,
         [](PlanSettings &p, const QString &v) { p.cluster.name = v; });
    line(QStringLiteral("podSubnet"), tr("Pod subnet"),
         s.cluster.podSubnets.join(QStringLiteral(", ")), Kind::CidrList, true,
         [](PlanSettings &p, const QString &v) { p.cluster.podSubnets = splitList(v); });
    line(QStringLiteral("serviceSubnet"), tr("Service subnet"),
         s.cluster.serviceSubnets.join(QStringLiteral(", ")), Kind::CidrList, true,
         [](PlanSettings &p, const QString &v) { p.cluster.serviceSubnets = splitList(v); });
    line(QStringLiteral("nodeMaskSize"), tr("Node mask size"), optionalInt(s.cluster.nodeMaskSize),
         Kind::Integer, true,
         [](PlanSettings &p, const QString &v) { p.cluster.nodeMaskSize = toOptionalInt(v); });
    line(QStringLiteral("maxPodsPerNode"), tr("Max Pods per node"),
         optionalInt(s.cluster.maxPodsPerNode), Kind::Integer, true,
         [](PlanSettings &p, const QString &v) { p.cluster.maxPodsPerNode = toOptionalInt(v); });
    line(QStringLiteral("cni"), tr("CNI"), s.cluster.cni, std::nullopt, true,
         [](PlanSettings &p, const QString &v) { p.cluster.cni = v; });
    line(QStringLiteral("dnsNamespace"), tr("DNS namespace"), s.cluster.dnsNamespace, Kind::Id,
         true, [](PlanSettings &p, const QString &v) { p.cluster.dnsNamespace = v; });
    fields << makeField({}, tr("Policy"), {}, Editor::Section);
    PropertyField policy =
        makeField(QStringLiteral("policy"), tr("Plane-matrix overrides (%1)…").arg(s.policy.size()),
                  {}, Editor::Button);
    policy.commit = [doc](const QString &) {
        PolicyDialog dialog(doc->settings().policy);
        if (dialog.exec() != QDialog::Accepted) return;
        PlanSettings next = doc->settings();
        next.policy = dialog.rules();
        if (next != doc->settings()) doc->undoStack()->push(new EditSettingsCommand(doc, next));
    };
    fields << policy;
    return fields;
}

template <typename T, typename Fill>
QList<PropertyField> entityFields(PlanDocument *doc, const QString &key, const T &value,
                                  const QString &title, PropertyField id, Fill fill)
{
    Builder<T> b(doc, key);
    b.fields << makeField({}, title, {}, Editor::Section);
    if (!id.name.isEmpty()) b.fields << id;
    fill(b);
    return b.fields;
}

} // namespace

QList<PropertyField> buildPropertyFields(PlanDocument *doc, const QString &key,
                                         const std::function<void(const QStringList &)> &select)
{
    if (key.startsWith(u'@')) return settingsFields(doc);
    const auto entity = doc->entity(key);
    if (!entity) return {};
    const QString title = tr("%1 %2").arg(itemKindName(Planar::kindOf(*entity)),
                                          isLinkKey(key) ? std::get<Link>(*entity).label() : key);
    const PropertyField id = isLinkKey(key) ? PropertyField{} : idField(doc, key, select);
    return std::visit(
        [&](const auto &e) -> QList<PropertyField> {
            using T = std::decay_t<decltype(e)>;
            return entityFields(doc, key, e, title, id, [&](Builder<T> &b) {
                if constexpr (std::is_same_v<T, Host>)
                    hostFields(b, doc, e);
                else if constexpr (std::is_same_v<T, Vm>)
                    vmFields(b, doc, e);
                else if constexpr (std::is_same_v<T, Workload>)
                    workloadFields(b, doc, e);
                else if constexpr (std::is_same_v<T, Network>)
                    networkFields(b, doc, e);
                else if constexpr (std::is_same_v<T, Zone>)
                    zoneFields(b, e);
                else
                    linkFields(b, doc, e);
            });
        },
        *entity);
}

} // namespace Planar
