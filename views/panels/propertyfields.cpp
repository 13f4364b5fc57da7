#include "propertyfields.h"

#include "dialogs/policydialog.h"
#include "document/commands/plancommands.h"
#include "document/itemfactory.h"
#include "switchfields.h"
#include "workloadfields.h"

namespace Planar {

namespace Fields {

Choices idChoices(const PlanDocument &doc, ItemKind kind, bool allowNone,
                  const std::function<bool(const QString &)> &keep)
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

} // namespace Fields

// Inside Fields: lupdate files these tr() calls under the namespace, Planar::Fields.
namespace Fields {
namespace {

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
        b.line(p + u"name", tr("Name"), host.nics[i].name, Kind::InterfaceName, false,
               [i](Host &h, const QString &v) {
                   // The host's switches name their uplink by NIC name: keep them on this NIC.
                   for (VirtualSwitch &sw : h.switches)
                       if (sw.uplink == h.nics[i].name) sw.uplink = v;
                   h.nics[i].name = v;
               });
        b.choice(p + u"network", tr("Network"), host.nics[i].network, networksOn(*doc, Plane::Host),
                 [i](Host &h, const QString &v) { h.nics[i].network = v; });
        b.line(p + u"ip", tr("IP"), host.nics[i].ip, Kind::Ip, false,
               [i](Host &h, const QString &v) { h.nics[i].ip = v; });
        b.line(p + u"mac", tr("MAC"), host.nics[i].mac, Kind::Mac, true,
               [i](Host &h, const QString &v) { h.nics[i].mac = v; });
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
    switchFields(b, doc, host);
}

void vmFields(Builder<Vm> &b, PlanDocument *doc, const Vm &vm)
{
    b.choice(QStringLiteral("host"), tr("Host"), vm.host, idChoices(*doc, ItemKind::Host, true),
             [](Vm &v, const QString &s) { v.host = s; });
    b.choice(QStringLiteral("role"), tr("Role"), vm.role, textChoices(vmRoles(), true),
             [](Vm &v, const QString &s) { v.role = s; });
    b.choice(QStringLiteral("zone"), tr("Zone"), vm.zone, idChoices(*doc, ItemKind::Zone, true),
             [](Vm &v, const QString &s) { v.zone = s; });
    b.line(QStringLiteral("podSubnet"), tr("Pod subnet"),
           texts(vm.podSubnets).join(QStringLiteral(", ")), Kind::CidrList, true,
           [](Vm &v, const QString &s) { v.podSubnets = cidrTexts(splitList(s)); });
    QStringList switches;
    if (const auto host = doc->entity(vm.host); host && std::holds_alternative<Host>(*host))
        for (const VirtualSwitch &sw : std::get<Host>(*host).switches)
            switches << sw.name;
    for (qsizetype i = 0; i < vm.nics.size(); ++i) {
        const VmNic &nic = vm.nics[i];
        const QString p = QStringLiteral("nic%1.").arg(i);
        b.section(tr("NIC %1").arg(nic.name));
        b.line(p + u"name", tr("Name"), nic.name, Kind::InterfaceName, false,
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
    // The last review of the rules (PCI DSS 1.2.7): emptying both fields removes the key.
    auto review = [&line](const QString &name, const QString &label, const QString &value,
                          std::optional<Kind> kind,
                          std::function<void(Review &, const QString &)> set) {
        line(name, label, value, kind, true, [set](PlanSettings &p, const QString &v) {
            if (!p.reviewed) p.reviewed = Review{};
            set(*p.reviewed, v);
            if (p.reviewed->by.isEmpty() && !p.reviewed->date.isValid() &&
                p.reviewed->extra.isEmpty())
                p.reviewed.reset();
        });
    };
    const Review reviewed = s.reviewed.value_or(Review{});
    review(QStringLiteral("reviewed.by"), tr("Rules reviewed by"), reviewed.by, std::nullopt,
           [](Review &r, const QString &v) { r.by = v; });
    review(QStringLiteral("reviewed.date"), tr("Rules reviewed on"),
           reviewed.date.toString(Qt::ISODate), Kind::Date,
           [](Review &r, const QString &v) { r.date = QDate::fromString(v, Qt::ISODate); });
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
    // Empty is no fourth value: the plan then says nothing and the CNI's default applies.
    PropertyField encapsulation = makeField(QStringLiteral("encapsulation"), tr("Encapsulation"),
                                            s.cluster.encapsulation, Editor::Choice);
    encapsulation.choices = textChoices(clusterEncapsulations(), false);
    encapsulation.choices.prepend(qMakePair(tr("(the CNI's default)"), QString()));
    encapsulation.commit = [doc](const QString &text) {
        PlanSettings next = doc->settings();
        next.cluster.encapsulation = text;
        if (next != doc->settings()) doc->undoStack()->push(new EditSettingsCommand(doc, next));
    };
    fields << encapsulation;
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
} // namespace Fields

QList<PropertyField> buildPropertyFields(PlanDocument *doc, const QString &key,
                                         const std::function<void(const QStringList &)> &select)
{
    using namespace Fields;
    if (key.startsWith(u'@')) return settingsFields(doc);
    const auto entity = doc->entity(key);
    if (!entity) return {};
    const QString title =
        Fields::tr("%1 %2").arg(itemKindName(Planar::kindOf(*entity)),
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
