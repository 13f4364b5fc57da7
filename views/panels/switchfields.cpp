#include "switchfields.h"

namespace Planar::Fields {

namespace {

/** The first of br0, br1, … that no switch of @p host is called yet. */
QString freeSwitchName(const Host &host)
{
    for (int i = 0;; ++i) {
        const QString name = QStringLiteral("br%1").arg(i);
        const bool taken =
            std::any_of(host.switches.cbegin(), host.switches.cend(),
                        [&name](const VirtualSwitch &sw) { return sw.name == name; });
        if (!taken) return name;
    }
}

/** A NIC no switch uses as its uplink yet (else the last NIC): a new bridge needs its own. */
QString freeUplink(const Host &host)
{
    for (const HostNic &nic : host.nics) {
        const bool used =
            std::any_of(host.switches.cbegin(), host.switches.cend(),
                        [&nic](const VirtualSwitch &sw) { return sw.uplink == nic.name; });
        if (!used) return nic.name;
    }
    return host.nics.isEmpty() ? QString() : host.nics.last().name;
}

} // namespace

void switchFields(Builder<Host> &b, const Host &host)
{
    QStringList nicNames;
    for (const HostNic &nic : host.nics)
        nicNames << nic.name;
    for (qsizetype j = 0; j < host.switches.size(); ++j) {
        const VirtualSwitch &sw = host.switches[j];
        const QString p = QStringLiteral("switch%1.").arg(j);
        b.section(tr("Switch %1").arg(sw.name));
        b.line(p + u"name", tr("Name"), sw.name, Kind::InterfaceName, false,
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
        b.button(p + u"remove", tr("Remove switch %1").arg(sw.name),
                 [j](Host &h) { h.switches.removeAt(j); });
    }
    b.section(QString());
    b.button(QStringLiteral("addSwitch"), tr("Add switch"), [](Host &h) {
        VirtualSwitch sw;
        sw.name = freeSwitchName(h);
        sw.uplink = freeUplink(h);
        h.switches << sw;
    });
}

} // namespace Planar::Fields
