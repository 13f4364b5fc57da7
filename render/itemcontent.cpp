#include "itemcontent.h"

#include "displaytext.h"
#include "document/plandocument.h"
#include "theme.h"

#include <QCoreApplication>

namespace Planar {

namespace {

// The canvas's words are in the context "Planar" (QT_TRANSLATE_NOOP marks them for lupdate).
QString tr(const char *text)
{
    return QCoreApplication::translate("Planar", text);
}

/** A card's word: the caller's when it gave CardWords (the report), else the translation's. */
class Words {
public:
    explicit Words(const CardWords *words) : mWords(words) {}
    QString operator()(QString CardWords::*field, const char *source) const
    {
        return mWords ? mWords->*field : tr(source);
    }

private:
    const CardWords *mWords;
};

QString roleOfNetwork(const Plan &plan, const QString &id)
{
    for (const Network &n : plan.networks)
        if (n.id == id) return n.role;
    return {};
}

ItemContent hostContent(const Plan &plan, const Host &host, const Words &tr)
{
    ItemContent c;
    c.kindLabel = tr(&CardWords::host, QT_TRANSLATE_NOOP("Planar", "host"));
    c.accent = Theme::planeColor(Plane::Host);
    c.width = 240;
    for (const HostNic &nic : host.nics) {
        const QString role = roleOfNetwork(plan, nic.network);
        const QString roleText =
            role == QLatin1String("management")
                ? tr(&CardWords::management, QT_TRANSLATE_NOOP("Planar", "mgmt"))
            : role == QLatin1String("business")
                ? tr(&CardWords::business, QT_TRANSLATE_NOOP("Planar", "biz"))
            : role == QLatin1String("storage")
                ? tr(&CardWords::storage, QT_TRANSLATE_NOOP("Planar", "storage"))
                : displayText(nic.network);
        const QColor color =
            role == QLatin1String("management") ? Theme::ManagementColor : Theme::BusinessColor;
        c.lines << ItemContent::Line{
            QStringLiteral("%1  %2  %3").arg(displayText(nic.name), roleText, displayText(nic.ip)),
            color, true};
    }
    for (const VirtualSwitch &sw : host.switches) {
        QStringList vlans;
        for (int v : sw.vlans)
            vlans << QString::number(v);
        c.lines << ItemContent::Line{
            tr(&CardWords::uplink, QT_TRANSLATE_NOOP("Planar", "⇄ %1 on %2, VLAN %3"))
                .arg(displayText(sw.name), displayText(sw.uplink),
                     displayText(vlans.join(QLatin1Char(',')))),
            Theme::MutedTextColor, false};
    }
    if (host.nics.isEmpty())
        c.lines << ItemContent::Line{tr(&CardWords::noNics, QT_TRANSLATE_NOOP("Planar", "no NICs")),
                                     Theme::MutedTextColor};
    return c;
}

ItemContent vmContent(const Vm &vm, const Words &tr)
{
    ItemContent c;
    c.kindLabel = vm.role.isEmpty() ? tr(&CardWords::vmNode, QT_TRANSLATE_NOOP("Planar", "VM node"))
                                    : displayText(vm.role);
    c.accent = Theme::planeColor(Plane::Vm);
    c.width = 200;
    for (const VmNic &nic : vm.nics) {
        const QString vlan =
            nic.vlan
                ? tr(&CardWords::nicVlan, QT_TRANSLATE_NOOP("Planar", " VLAN %1")).arg(*nic.vlan)
                : QString();
        c.lines << ItemContent::Line{
            QStringLiteral("%1  %2%3").arg(displayText(nic.name), displayText(nic.ip), vlan),
            Theme::TextColor};
    }
    for (const CidrText &pods : vm.podSubnets)
        c.lines << ItemContent::Line{tr(&CardWords::pods, QT_TRANSLATE_NOOP("Planar", "Pods %1"))
                                         .arg(displayText(pods.text())),
                                     Theme::planeColor(Plane::Pod), true};
    if (vm.podSubnets.isEmpty())
        c.lines << ItemContent::Line{
            tr(&CardWords::noPodSubnet, QT_TRANSLATE_NOOP("Planar", "no Pod subnet")),
            Theme::MutedTextColor};
    return c;
}

ItemContent workloadContent(const Workload &w, const Words &tr)
{
    ItemContent c;
    c.kindLabel = tr(&CardWords::workload, QT_TRANSLATE_NOOP("Planar", "workload"));
    c.accent = Theme::planeColor(Plane::Pod);
    c.width = 180;
    QStringList ports;
    for (const WorkloadPort &p : w.ports)
        ports << QStringLiteral("%1/%2").arg(p.port).arg(protocolKey(p.effectiveProtocol()));
    c.lines << ItemContent::Line{
        ports.isEmpty() ? tr(&CardWords::noPorts, QT_TRANSLATE_NOOP("Planar", "no ports"))
                        : displayText(ports.join(QStringLiteral(", "))),
        Theme::TextColor};
    if (w.expose)
        c.lines << ItemContent::Line{
            tr(&CardWords::exposed, QT_TRANSLATE_NOOP("Planar", "exposed: %1"))
                .arg(displayText(w.expose->type)),
            Theme::planeColor(Plane::External), true};
    return c;
}

ItemContent networkContent(const Network &n, const Words &tr)
{
    ItemContent c;
    c.kindLabel = n.plane == Plane::External
                      ? tr(&CardWords::external, QT_TRANSLATE_NOOP("Planar", "external"))
                      : tr(&CardWords::network, QT_TRANSLATE_NOOP("Planar", "%1 network"))
                            .arg(planeKey(n.plane));
    c.accent = Theme::planeColor(n.plane);
    c.width = 200;
    QString detail = displayText(n.cidr);
    if (n.vlan)
        detail +=
            tr(&CardWords::networkVlan, QT_TRANSLATE_NOOP("Planar", "  VLAN %1")).arg(*n.vlan);
    c.lines << ItemContent::Line{detail, Theme::TextColor};
    if (!n.role.isEmpty()) c.lines << ItemContent::Line{displayText(n.role), Theme::MutedTextColor};
    return c;
}

ItemContent zoneContent(const Zone &z, const Words &tr)
{
    ItemContent c;
    c.kindLabel = tr(&CardWords::zone, QT_TRANSLATE_NOOP("Planar", "zone"));
    c.width = 200;
    QString detail = displayText(z.name);
    if (z.level)
        detail += tr(&CardWords::level, QT_TRANSLATE_NOOP("Planar", "  level %1")).arg(*z.level);
    if (z.cde.value_or(false)) detail += tr(&CardWords::cde, QT_TRANSLATE_NOOP("Planar", "  CDE"));
    c.lines << ItemContent::Line{detail.trimmed(), Theme::TextColor};
    return c;
}

ItemContent clusterContent(const Cluster &cluster, const Words &tr)
{
    ItemContent c;
    c.title = cluster.name.isEmpty()
                  ? tr(&CardWords::cluster, QT_TRANSLATE_NOOP("Planar", "cluster"))
                  : displayText(cluster.name);
    c.kindLabel = tr(&CardWords::cluster, QT_TRANSLATE_NOOP("Planar", "cluster"));
    c.accent = Theme::planeColor(Plane::Service);
    c.width = 220;
    for (const QString &s : cluster.podSubnets)
        c.lines << ItemContent::Line{
            tr(&CardWords::pods, QT_TRANSLATE_NOOP("Planar", "Pods %1")).arg(displayText(s)),
            Theme::planeColor(Plane::Pod), true};
    for (const QString &s : cluster.serviceSubnets)
        c.lines << ItemContent::Line{
            tr(&CardWords::services, QT_TRANSLATE_NOOP("Planar", "Services %1"))
                .arg(displayText(s)),
            Theme::planeColor(Plane::Service), true};
    c.lines << ItemContent::Line{
        tr(&CardWords::perNode, QT_TRANSLATE_NOOP("Planar", "/%1 per node, max %2 Pods"))
            .arg(cluster.effectiveNodeMaskSize())
            .arg(cluster.effectiveMaxPodsPerNode()),
        Theme::MutedTextColor};
    return c;
}

} // namespace

ItemContent ItemContent::of(const PlanDocument &document, const QString &key)
{
    const auto entity = document.entity(key);
    if (!entity) return {};
    return of(document.plan(), *entity, [&document](const QString &zone) -> qsizetype {
        return document.kindOf(zone) == ItemKind::Zone ? document.indexOf(zone) : -1;
    });
}

ItemContent ItemContent::of(const Plan &plan, const Entity &entity,
                            const std::function<qsizetype(const QString &)> &zoneIndex,
                            const CardWords *words)
{
    const Words tr(words);
    ItemContent c;
    switch (Planar::kindOf(entity)) {
    case ItemKind::Host: {
        const Host &h = std::get<Host>(entity);
        c = hostContent(plan, h, tr);
        c.zone = h.zone;
        break;
    }
    case ItemKind::Vm: {
        const Vm &vm = std::get<Vm>(entity);
        c = vmContent(vm, tr);
        c.zone = vm.zone;
        break;
    }
    case ItemKind::Workload: {
        const Workload &w = std::get<Workload>(entity);
        c = workloadContent(w, tr);
        c.zone = w.zone;
        break;
    }
    case ItemKind::Network: {
        const Network &n = std::get<Network>(entity);
        c = networkContent(n, tr);
        c.zone = n.zone;
        break;
    }
    case ItemKind::Zone: {
        const Zone &z = std::get<Zone>(entity);
        c = zoneContent(z, tr);
        c.accent = Theme::zoneColorAt(zoneIndex(z.id));
        break;
    }
    case ItemKind::Link:
    case ItemKind::None:
        return {};
    }
    c.title = displayText(idOf(entity));
    if (!c.zone.isEmpty()) c.zoneColor = Theme::zoneColorAt(zoneIndex(c.zone));
    return c;
}

ItemContent ItemContent::ofCluster(const Cluster &cluster, const CardWords *words)
{
    return clusterContent(cluster, Words(words));
}

} // namespace Planar
