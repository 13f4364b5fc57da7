// The first sections of report.html: cover, zones and the address plan.
#include "reporthtmlsections.h"

#include "net/cidr.h"

namespace Planar::ReportHtml {

namespace {

void fact(HtmlWriter &w, const QString &label, const QString &value)
{
    w.element(QStringLiteral("dt"), label);
    w.element(QStringLiteral("dd"), value);
}

QString scopeLabel(Scope s, const ReportText &t)
{
    return t(s == Scope::Cde           ? "scopeCde"
             : s == Scope::ConnectedTo ? "scopeConnected"
                                       : "scopeOut");
}

} // namespace

QString joined(const QStringList &items, const ReportText &t)
{
    return items.isEmpty() ? t("none") : items.join(QStringLiteral(", "));
}

void cover(HtmlWriter &w, const Report &r, const ReportText &t)
{
    w.element(QStringLiteral("h1"), t("title"));
    if (r.forced)
        w.element(QStringLiteral("p"), t("forced"), {HtmlWriter::attr("class", "banner")});
    w.open(QStringLiteral("dl"), {HtmlWriter::attr("class", "facts")});
    fact(w, t("plan"), r.planName);
    fact(w, t("description"), r.description);
    fact(w, t("sha256"), r.sha256);
    fact(w, t("date"), r.today.toString(Qt::ISODate));
    fact(w, t("version"), r.version);
    fact(w, t("profiles"), r.profiles.isEmpty() ? t("noProfile") : r.profiles.join(", "));
    if (!r.unknownProfiles.isEmpty()) fact(w, t("unknownProfiles"), r.unknownProfiles.join(", "));
    int counts[4] = {0, 0, 0, 0};
    for (const ReportCheck &c : r.checks)
        ++counts[int(c.status)];
    fact(w, t("checks"),
         QStringLiteral("%1 %2, %3 %4, %5 %6, %7 %8")
             .arg(t("pass"))
             .arg(counts[0])
             .arg(t("fail"))
             .arg(counts[1])
             .arg(t("manual"))
             .arg(counts[2])
             .arg(t("n/a"))
             .arg(counts[3]));
    int sev[3] = {0, 0, 0};
    for (const ReportFinding &f : r.findings)
        ++sev[int(f.finding.severity)];
    fact(w, t("findingsCount"),
         QStringLiteral("%1 %2, %3 %4, %5 %6")
             .arg(sev[0])
             .arg(t("errors"))
             .arg(sev[1])
             .arg(t("warnings"))
             .arg(sev[2])
             .arg(t("infos")));
    for (const QString &p : r.profiles)
        fact(w, t("verdict") + QStringLiteral(" ") + p,
             t(QStringLiteral("verdict.") + r.verdict(p)));
    if (r.reviewed)
        fact(w, t("lastReview"),
             r.reviewed->by + QStringLiteral(" ") + r.reviewed->date.toString(Qt::ISODate));
    w.close(QStringLiteral("dl"));
    w.raw(QStringLiteral(
              "<p>%1: <span class=\"sign\"> </span> %2: <span class=\"sign\"> </span></p>\n")
              .arg(htmlEscape(t("reviewedBy")), htmlEscape(t("reviewDate"))));
    w.element(QStringLiteral("p"), t("disclaimer"), {HtmlWriter::attr("class", "disclaimer")});
}

void zones(HtmlWriter &w, const Report &r, const ReportText &t)
{
    w.beginTable({t("zone"), t("name"), t("level"), t("cde"), t("hosts"), t("vms"), t("networks"),
                  t("workloads"), t("vlans"), t("scope")});
    for (const ReportZone &z : r.zones) {
        QStringList vlans;
        for (const int v : z.vlans)
            vlans << QString::number(v);
        w.row({z.id, z.name, z.level ? QString::number(*z.level) : QString(),
               z.cde ? QStringLiteral("✓") : QString(), joined(z.hosts, t), joined(z.vms, t),
               joined(z.networks, t), joined(z.workloads, t), joined(vlans, t),
               scopeLabel(z.scope, t)},
              {HtmlWriter::attr("data-zone", z.id),
               HtmlWriter::attr("data-scope", scopeKey(z.scope))});
    }
    w.endTable();
    w.element(QStringLiteral("h3"), t("scopeLists"));
    w.beginTable({t("scope"), t("subjects")});
    w.row({t("scopeCde"), joined(r.cdeEntities, t)}, {HtmlWriter::attr("data-scope", "cde")});
    w.row({t("scopeConnected"), joined(r.connectedEntities, t)},
          {HtmlWriter::attr("data-scope", "connected-to")});
    w.row({t("scopeOut"), joined(r.outOfScopeEntities, t)},
          {HtmlWriter::attr("data-scope", "out-of-scope")});
    w.endTable();
}

void addresses(HtmlWriter &w, const Report &, const Plan &plan, const ReportText &t)
{
    QList<Cidr> parsedNics;
    QList<IpAddress> ips;
    for (const Host &h : plan.hosts)
        for (const HostNic &n : h.nics)
            if (const auto ip = n.ip.address()) ips << *ip;
    for (const Vm &v : plan.vms)
        for (const VmNic &n : v.nics)
            if (const auto ip = n.ip.address()) ips << *ip;
    for (const Plane plane : AllPlanes) {
        QList<const Network *> nets;
        for (const Network &n : plan.networks)
            if (n.plane == plane) nets << &n;
        if (nets.isEmpty()) continue;
        w.element(QStringLiteral("h3"), t("plane") + QStringLiteral(": ") + planeKey(plane));
        w.beginTable({t("network"), t("zone"), t("cidr"), t("role"), t("vlan"), t("gateway"),
                      t("parent"), t("used"), t("utilisation")});
        for (const Network *n : nets) {
            const auto cidr = Cidr::parse(n->cidr);
            quint64 used = 0, total = cidr ? cidr->addressCount() : 0;
            for (const Network &child : plan.networks)
                if (child.parent == n->id)
                    if (const auto c = Cidr::parse(child.cidr)) used += c->addressCount();
            if (used == 0 && cidr) {
                for (const IpAddress &ip : ips)
                    used += cidr->contains(ip) ? 1 : 0;
                if (const auto gw = IpAddress::parse(n->gateway); gw && cidr->contains(*gw)) ++used;
            }
            const int percent = total ? int(qMin<quint64>(100, used * 100 / total)) : 0;
            QString cells;
            for (const QString &c :
                 {n->id, n->zone, n->cidr, n->role, n->vlan ? QString::number(*n->vlan) : QString(),
                  n->gateway, n->parent, QStringLiteral("%1 / %2").arg(used).arg(total)})
                cells += QStringLiteral("<td>%1</td>").arg(htmlEscape(c));
            w.raw(
                QStringLiteral("<tr %1>%2<td><span class=\"bar\"><span style=\"width:%3%\"></span>"
                               "</span> %3%</td></tr>\n")
                    .arg(HtmlWriter::attr("data-network", n->id), cells)
                    .arg(percent));
        }
        w.endTable();
    }
    w.element(QStringLiteral("h3"), t("podSubnets"));
    w.beginTable({t("node"), t("zone"), t("cidr")});
    for (const Vm &v : plan.vms)
        w.row({v.id, v.zone, texts(v.podSubnets).join(", ")});
    w.endTable();
    w.element(QStringLiteral("h3"), t("clusterRanges"));
    w.beginTable({t("podRange"), t("serviceRange")});
    w.row({plan.cluster.podSubnets.join(", "), plan.cluster.serviceSubnets.join(", ")});
    w.endTable();
    w.element(QStringLiteral("h3"), t("nics"));
    w.beginTable({t("owner"), t("nic"), t("network"), t("vlan"), t("ip"), t("mac")});
    for (const Host &h : plan.hosts)
        for (const HostNic &n : h.nics)
            w.row({h.id, n.name, n.network, QString(), n.ip, n.mac});
    for (const Vm &v : plan.vms)
        for (const VmNic &n : v.nics)
            w.row({v.id, n.name, n.network, n.vlan ? QString::number(*n.vlan) : QString(), n.ip,
                   n.mac});
    w.endTable();
}

} // namespace Planar::ReportHtml
