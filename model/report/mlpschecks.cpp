#include "checkrow.h"

#include "check/planematrix.h"
#include "export/linkflows.h"

#include <QHash>
#include <QMap>

namespace Planar {

namespace {

bool portsContain(const QList<PortRange> &outer, const QList<PortRange> &inner)
{
    if (outer.isEmpty()) return true; // an empty list is every port
    if (inner.isEmpty()) return false;
    for (const PortRange &i : inner) {
        bool inside = false;
        for (const PortRange &o : outer)
            inside = inside || (o.protocol == i.protocol && o.low <= i.low && i.high <= o.high);
        if (!inside) return false;
    }
    return true;
}

ReportCheck areasCheck(const ReportFacts &facts)
{
    CheckRow row(QStringLiteral("mlps-8.1.2.1c"));
    const Plan &p = facts.plan();
    if (p.zones.isEmpty()) row.fail("detail.noZones", {});
    QStringList unzoned;
    for (const Vm &v : p.vms)
        if (v.zone.isEmpty()) unzoned << v.id;
    for (const Workload &w : p.workloads)
        if (w.zone.isEmpty()) unzoned << w.id;
    // A VM network that others name as parent is the plane's umbrella range, not an area.
    QSet<QString> parents;
    for (const Network &n : p.networks)
        parents.insert(n.parent);
    for (const Network &n : p.networks)
        if (n.plane == Plane::Vm && n.zone.isEmpty() && !parents.contains(n.id)) unzoned << n.id;
    if (!unzoned.isEmpty()) row.fail("detail.unzoned", unzoned);
    row.failOnFindings(facts, ReportFacts::family("A"));
    row.evidence("detail.zonesNetworks",
                 {QString::number(p.zones.size()), QString::number(p.networks.size())});
    return row.finish();
}

ReportCheck importantAreaCheck(const ReportFacts &facts)
{
    CheckRow row(QStringLiteral("mlps-8.1.2.1d"));
    const Plan &p = facts.plan();
    QStringList reached, noVlan, crossing;
    for (const Link &l : p.links) {
        const QString name = LinkFlows::linkName(l);
        const QString fromZone = facts.zoneOf(l.from), toZone = facts.zoneOf(l.to);
        if (facts.untrusted(l.from) && facts.importantZone(toZone)) {
            const Workload *w = facts.lookup().workload(l.to);
            if (!w || !w->expose || !w->expose->isExternal()) reached << name;
        }
        if (fromZone != toZone && (facts.importantZone(fromZone) || facts.importantZone(toZone)) &&
            (!ReportFacts::portsOk(l) || !ReportFacts::reasonOk(l)))
            crossing << name;
    }
    for (const Network &n : p.networks)
        if (n.plane == Plane::Vm && facts.importantZone(n.zone) && !n.vlan) noVlan << n.id;
    if (!reached.isEmpty()) row.fail("detail.untrustedIntoImportant", reached);
    if (!noVlan.isEmpty()) row.fail("detail.importantNoVlan", noVlan);
    if (!crossing.isEmpty()) row.fail("detail.importantBoundary", crossing);
    row.failOnFindings(facts, checkSpec(QStringLiteral("mlps-8.1.2.1d"))->codes);
    QStringList important;
    for (const Zone &z : p.zones)
        if (facts.importantZone(z.id)) important << z.id;
    row.evidence({QStringLiteral("detail.importantZones"), {}, important, true});
    return row.finish();
}

ReportCheck defaultDenyCheck(const ReportFacts &facts)
{
    CheckRow row(QStringLiteral("mlps-8.1.3.2ac"));
    QStringList allPorts;
    for (const Link &l : facts.plan().links)
        if (!ReportFacts::portsOk(l)) allPorts << LinkFlows::linkName(l);
    if (!allPorts.isEmpty()) row.fail("detail.allPortsLinks", allPorts);
    QStringList opened;
    for (const PolicyRule &r : facts.plan().policy)
        if (r.action == PolicyAction::Allow &&
            PlaneMatrix::defaultCell(r.from, r.to).action == PolicyAction::Deny)
            opened << QStringLiteral("%1->%2").arg(planeKey(r.from), planeKey(r.to));
    if (!opened.isEmpty()) row.needsReview("detail.openedCells", opened);
    row.evidence("detail.linksWithPorts", {QString::number(facts.plan().links.size())});
    return row.finish();
}

ReportCheck minimalRulesCheck(const ReportFacts &facts)
{
    CheckRow row(QStringLiteral("mlps-8.1.3.2b"));
    const QList<Link> &links = facts.plan().links;
    // Only links with the same ends can contain each other: compared within those groups.
    QHash<QPair<QString, QString>, QList<qsizetype>> sameEnds;
    for (qsizetype i = 0; i < links.size(); ++i)
        sameEnds[{links[i].from, links[i].to}] << i;
    QStringList redundant, self;
    for (qsizetype j = 0; j < links.size(); ++j) {
        const Link &b = links[j];
        if (b.from == b.to) self << LinkFlows::linkName(b);
        for (const qsizetype i : sameEnds.value({b.from, b.to})) {
            const Link &a = links[i];
            if (i == j) continue;
            // Of two equal links the later one is the redundant one.
            if (portsContain(a.ports, b.ports) && (!portsContain(b.ports, a.ports) || i < j)) {
                redundant << LinkFlows::linkName(b);
                break;
            }
        }
    }
    if (!redundant.isEmpty()) row.fail("detail.redundant", redundant);
    if (!self.isEmpty()) row.fail("detail.selfLinks", self);
    row.failOnFindings(facts, checkSpec(QStringLiteral("mlps-8.1.3.2b"))->codes);
    row.evidence("detail.noRedundant", {QString::number(links.size())});
    return row.finish();
}

ReportCheck managementCheck(const ReportFacts &facts)
{
    CheckRow row(QStringLiteral("mlps-8.1.5.4"));
    const Plan &p = facts.plan();
    QStringList management;
    for (const Network &n : p.networks)
        if (n.plane == Plane::Host && n.role == u"management") management << n.id;
    if (management.isEmpty()) row.fail("detail.noManagement", {});
    if (p.adminNetworks.isEmpty()) row.fail("detail.noAdminNetworks", {});
    row.failOnFindings(facts, checkSpec(QStringLiteral("mlps-8.1.5.4"))->codes);
    row.evidence({QStringLiteral("detail.managementNetworks"), {}, management, true});
    row.evidence("detail.adminNetworks", {p.adminNetworks.join(QStringLiteral(", "))});
    return row.finish();
}

ReportCheck cloudIsolationCheck(const ReportFacts &facts)
{
    CheckRow row(QStringLiteral("mlps-8.2.2.1"));
    const Plan &p = facts.plan();
    QStringList tooHigh, noVlan, shared;
    for (const Zone &z : p.zones)
        if (z.level.value_or(0) > 3) tooHigh << z.id;
    QMap<int, QString> zoneOfVlan;
    for (const Network &n : p.networks) {
        if (n.plane != Plane::Vm || n.zone.isEmpty()) continue;
        if (!n.vlan) {
            noVlan << n.id;
            continue;
        }
        const QString seen = zoneOfVlan.value(*n.vlan);
        if (seen.isEmpty())
            zoneOfVlan.insert(*n.vlan, n.zone);
        else if (seen != n.zone)
            shared << n.id;
    }
    if (!tooHigh.isEmpty()) row.fail("detail.tooHigh", tooHigh);
    if (!noVlan.isEmpty()) row.fail("detail.noVlan", noVlan);
    if (!shared.isEmpty()) row.fail("detail.sharedVlan", shared);
    row.failOnFindings(facts, checkSpec(QStringLiteral("mlps-8.2.2.1"))->codes);
    row.evidence("detail.vlanCount",
                 {QString::number(zoneOfVlan.size()), QString::number(p.zones.size())});
    return row.finish();
}

ReportCheck levelBoundaryCheck(const ReportFacts &facts)
{
    CheckRow row(QStringLiteral("mlps-8.2.3.1"));
    const Plan &p = facts.plan();
    QStringList noLevel, unjustified;
    for (const Zone &z : p.zones)
        if (!z.level) noLevel << z.id;
    if (!noLevel.isEmpty()) row.fail("detail.noLevel", noLevel);
    for (const Link &l : p.links) {
        const auto a = facts.levelOf(facts.zoneOf(l.from)), b = facts.levelOf(facts.zoneOf(l.to));
        if (a && b && *a != *b && (!ReportFacts::portsOk(l) || !ReportFacts::reasonOk(l)))
            unjustified << LinkFlows::linkName(l);
    }
    if (!unjustified.isEmpty()) row.fail("detail.levelsUnjustified", unjustified);
    row.failOnFindings(facts, checkSpec(QStringLiteral("mlps-8.2.3.1"))->codes);
    row.evidence("detail.levelCount", {QString::number(p.zones.size())});
    return row.finish();
}

} // namespace

QList<ReportCheck> mlpsChecks(const ReportFacts &facts, const Report &)
{
    QList<ReportCheck> out;
    out << areasCheck(facts) << importantAreaCheck(facts);
    CheckRow boundary(QStringLiteral("mlps-8.1.3.1a"));
    boundary.failOnFindings(facts, ReportFacts::family("LM"));
    boundary.evidence("detail.noLateral");
    out << boundary.finish();
    CheckRow macs(QStringLiteral("mlps-8.1.3.1b"));
    QStringList noMac;
    int nics = 0;
    for (const Vm &v : facts.plan().vms)
        for (const VmNic &nic : v.nics) {
            ++nics;
            // A MAC held as a number is never blank: no text is spelled for it.
            if (!nic.mac.heldAsNumber() && nic.mac.text().trimmed().isEmpty())
                noMac << v.id + QLatin1Char('/') + nic.name;
        }
    if (!noMac.isEmpty()) macs.fail("detail.noMac", noMac);
    macs.failOnFindings(facts, checkSpec(QStringLiteral("mlps-8.1.3.1b"))->codes);
    macs.evidence("detail.macCount", {QString::number(nics)});
    out << macs.finish();
    out << defaultDenyCheck(facts) << minimalRulesCheck(facts) << managementCheck(facts)
        << cloudIsolationCheck(facts) << levelBoundaryCheck(facts);
    return out;
}

} // namespace Planar
