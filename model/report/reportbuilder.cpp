#include "reportbuilder.h"

#include "check/clusterflows.h"
#include "check/linkjudge.h"
#include "enforcement.h"
#include "export/linkflows.h"
#include "io/planwriter.h"
#include "segmentationplan.h"

#include <QCryptographicHash>

#include <optional>

namespace Planar {

namespace {

QString kindName(const ReportFacts &facts, const QString &id)
{
    const EntityKind kind = facts.lookup().kindOf(id);
    return kind == EntityKind::None ? QStringLiteral("unknown") : entityKindName(kind);
}

void addZones(Report &r, const ReportFacts &facts)
{
    const Plan &p = facts.plan();
    // Scope of each entity: cde, connected-to (linked to or from a CDE member, or a host of a
    // CDE VM), out-of-scope.
    QSet<QString> connected;
    // A zone endpoint stands for its members: gathered once, not once per link.
    QHash<QString, QStringList> zoneMembers;
    for (const Host &e : p.hosts)
        zoneMembers[e.zone] << e.id;
    for (const Vm &e : p.vms)
        zoneMembers[e.zone] << e.id;
    for (const Network &e : p.networks)
        zoneMembers[e.zone] << e.id;
    for (const Workload &e : p.workloads)
        zoneMembers[e.zone] << e.id;
    auto members = [&](const QString &id) {
        QStringList out{id};
        if (facts.lookup().zone(id)) out += zoneMembers.value(id);
        return out;
    };
    for (const Link &l : p.links) {
        if (facts.inCde(l.to))
            for (const QString &m : members(l.from))
                connected.insert(m);
        if (facts.inCde(l.from))
            for (const QString &m : members(l.to))
                connected.insert(m);
    }
    for (const Vm &v : p.vms)
        if (facts.isCdeZone(v.zone)) connected.insert(v.host);
    // The cluster's system flows join its nodes whatever their zones (cluster-spans-zones): a
    // cluster with a CDE node has every node, and so every zone holding one, connected-to.
    const bool cdeCluster = std::any_of(p.vms.begin(), p.vms.end(),
                                        [&](const Vm &v) { return facts.isCdeZone(v.zone); });
    if (cdeCluster && !ClusterFlows(p).flows().isEmpty())
        for (const Vm &v : p.vms) {
            connected.insert(v.id);
            if (!v.zone.isEmpty()) connected.insert(v.zone);
        }
    auto place = [&](const QString &id) {
        if (facts.inCde(id))
            r.cdeEntities << id;
        else if (connected.contains(id))
            r.connectedEntities << id;
        else
            r.outOfScopeEntities << id;
    };
    for (const Zone &z : p.zones)
        place(z.id);
    for (const Host &e : p.hosts)
        place(e.id);
    for (const Vm &e : p.vms)
        place(e.id);
    for (const Network &e : p.networks)
        place(e.id);
    for (const Workload &e : p.workloads)
        place(e.id);

    for (const Zone &z : p.zones) {
        ReportZone rz;
        rz.id = z.id;
        rz.name = z.name;
        rz.level = z.level;
        rz.cde = z.cde.value_or(false);
        for (const Host &e : p.hosts)
            if (e.zone == z.id) rz.hosts << e.id;
        for (const Vm &e : p.vms)
            if (e.zone == z.id) rz.vms << e.id;
        for (const Network &e : p.networks)
            if (e.zone == z.id) {
                rz.networks << e.id;
                if (e.vlan && !rz.vlans.contains(*e.vlan)) rz.vlans << *e.vlan;
            }
        for (const Workload &e : p.workloads)
            if (e.zone == z.id) rz.workloads << e.id;
        bool anyConnected = false;
        for (const QString &m : members(z.id))
            anyConnected = anyConnected || connected.contains(m);
        rz.scope = rz.cde ? Scope::Cde : anyConnected ? Scope::ConnectedTo : Scope::OutOfScope;
        r.zones << rz;
    }
}

void addToZoneMatrix(Report &r, const ReportFlow &f)
{
    if (f.fromZone.isEmpty() || f.toZone.isEmpty()) return;
    ZoneCell *cell = nullptr;
    for (ZoneCell &c : r.zoneMatrix)
        if (c.from == f.fromZone && c.to == f.toZone) cell = &c;
    if (!cell) {
        r.zoneMatrix.append({f.fromZone, f.toZone, {}, {}});
        cell = &r.zoneMatrix.last();
    }
    cell->links << f.link;
    const QStringList ports = f.ports.isEmpty() ? QStringList{QStringLiteral("all")} : f.ports;
    for (const QString &port : ports)
        if (!cell->ports.contains(port)) cell->ports << port;
}

/**
 * One row per system flow and pair of node zones: the nodes at each end, as VMs, so a reader
 * sees which machines the implicit flow joins without one row per node pair.
 */
void addSystemFlows(Report &r, const ReportFacts &facts,
                    const std::optional<Enforcement> &enforcement)
{
    const Plan &p = facts.plan();
    const ClusterFlows cluster(p);
    QStringList zones; // node zones in plan order; "" for nodes without one
    for (const Vm &v : p.vms)
        if (!zones.contains(v.zone)) zones << v.zone;
    // Each group's nodes by zone, once: the rows below ask per flow and pair of zones.
    QHash<QString, QStringList> byZone[2];
    for (const NodeGroup group : {NodeGroup::AllNodes, NodeGroup::ControlPlane})
        for (const QString &id : cluster.nodes(group))
            if (const Vm *v = facts.lookup().vm(id)) byZone[int(group)][v->zone] << id;
    const auto inZone = [&](NodeGroup group, const QString &zone) {
        return byZone[int(group)].value(zone);
    };
    for (const SystemFlow &flow : cluster.flows())
        for (const QString &fromZone : zones)
            for (const QString &toZone : zones) {
                const QStringList from = inZone(flow.from, fromZone);
                const QStringList to = inZone(flow.to, toZone);
                // A node never needs a system flow to itself.
                if (from.isEmpty() || to.isEmpty() || (from.size() == 1 && from == to)) continue;
                ReportFlow f;
                f.system = true;
                f.link = systemFlowLink(flow.name);
                f.from = from.join(QLatin1Char(' '));
                f.to = to.join(QLatin1Char(' '));
                f.fromKind = f.toKind = entityKindName(EntityKind::Vm);
                f.fromZone = fromZone;
                f.toZone = toZone;
                f.ports << flow.portText();
                f.planes = QStringLiteral("vm->vm");
                f.verdict = QStringLiteral("allowed");
                f.systemFlow = flow;
                f.reason = systemFlowReason();
                const bool toCde = facts.isCdeZone(toZone), fromCde = facts.isCdeZone(fromZone);
                f.cde = toCde && fromCde ? QStringLiteral("internal")
                        : toCde          ? QStringLiteral("inbound")
                        : fromCde        ? QStringLiteral("outbound")
                                         : QStringLiteral("none");
                if (enforcement) f.enforcedBy = enforcement->of(f.link);
                r.flows << f;
                addToZoneMatrix(r, f);
            }
}

void addFlows(Report &r, const ReportFacts &facts, const QDate &today, ReportDepth depth)
{
    const Plan &p = facts.plan();
    const LinkJudge judge(p, facts.lookup(), today);
    std::optional<Enforcement> enforcement;
    if (depth == ReportDepth::Full && enforcementPractical(p)) enforcement.emplace(p, today);
    r.enforcementSkipped = depth == ReportDepth::Full && !enforcement;
    for (const Link &l : p.links) {
        ReportFlow f;
        f.link = LinkFlows::linkName(l);
        f.from = l.from;
        f.to = l.to;
        f.fromKind = kindName(facts, l.from);
        f.toKind = kindName(facts, l.to);
        f.fromZone = facts.zoneOf(l.from);
        f.toZone = facts.zoneOf(l.to);
        for (const PortRange &port : l.ports)
            f.ports << port.toString();
        f.reason = l.reason;
        f.cde = facts.cdeDirection(l);
        if (enforcement) f.enforcedBy = enforcement->of(f.link);
        const QList<FlowVerdict> verdicts = judge.judge(l);
        QStringList planes;
        bool exception = false;
        QString denied;
        for (const FlowVerdict &v : verdicts) {
            const QString pair = planeKey(v.fromPlane) + QStringLiteral("->") + planeKey(v.toPlane);
            if (!planes.contains(pair)) planes << pair;
            if (!v.allowed && v.byException) exception = true;
            if (!v.allowed && !v.byException && denied.isEmpty()) denied = v.code;
            // One line per distinct explanation, as planar-cli explain words it.
            const bool seen = std::any_of(f.verdicts.begin(), f.verdicts.end(), [&](const auto &o) {
                return o.fromPlane == v.fromPlane && o.toPlane == v.toPlane &&
                       o.decidedBy == v.decidedBy && o.code == v.code;
            });
            if (!seen) f.verdicts << v;
        }
        f.planes = planes.join(QStringLiteral(", "));
        if (verdicts.isEmpty())
            f.verdict = QStringLiteral("denied:unknown-reference");
        else if (!denied.isEmpty())
            f.verdict = QStringLiteral("denied:") + denied;
        else
            f.verdict =
                exception ? QStringLiteral("allowed-by-exception") : QStringLiteral("allowed");
        r.flows << f;
        addToZoneMatrix(r, f);

        if (l.exception) {
            ReportException e;
            e.link = f.link;
            e.ports = f.ports;
            e.reason = l.exception->reason;
            e.approvedBy = l.exception->approvedBy;
            e.expires = l.exception->expires;
            if (!e.expires.isValid()) {
                e.state = QStringLiteral("no-expiry");
            } else {
                e.daysLeft = today.daysTo(e.expires);
                e.state = *e.daysLeft < 0 ? QStringLiteral("expired") : QStringLiteral("live");
            }
            r.exceptions << e;
        }
    }
    addSystemFlows(r, facts, enforcement);
    const PlaneMatrix &matrix = judge.matrix();
    for (const Plane from : AllPlanes)
        for (const Plane to : AllPlanes) {
            const PlaneMatrix::Cell c = matrix.cell(from, to);
            r.planeMatrix.append({from, to, c.action == PolicyAction::Allow, c.conditional,
                                  c.overridden, c.code, c.overrideReason});
        }
}

} // namespace

QString planarVersion()
{
    return QStringLiteral(PLANAR_VERSION);
}

Report buildReport(const Plan &plan, const QDate &today, const QList<Finding> &findings,
                   const DiagramEvidence *diagram, ReportDepth depth)
{
    const ReportFacts facts(plan, findings);
    Report r;
    r.planName = plan.name;
    r.description = plan.description;
    if (depth == ReportDepth::Full)
        r.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(PlanWriter::toYaml(plan), QCryptographicHash::Sha256).toHex());
    r.version = planarVersion();
    r.today = today;
    r.reviewed = plan.reviewed;
    for (const QString &profile : plan.profiles)
        (knownProfiles().contains(profile) ? r.profiles : r.unknownProfiles) << profile;
    addZones(r, facts);
    addFlows(r, facts, today, depth);
    r.checklistOnly = depth == ReportDepth::Checklist;
    if (!r.checklistOnly) r.probes = segmentationPlan(facts);
    QList<ReportCheck> all = pciChecks(facts, r, diagram) + mlpsChecks(facts, r);
    for (const QString &profile : r.profiles) // the plan's order of profiles
        for (const ReportCheck &c : all)
            if (c.profile == profile) r.checks << c;
    for (const Finding &f : findings) {
        ReportFinding rf{f, {}};
        for (const ReportCheck &c : r.checks)
            if (checkSpec(c.id)->codes.contains(f.code)) rf.checks << c.id;
        r.findings << rf;
    }
    return r;
}

} // namespace Planar
