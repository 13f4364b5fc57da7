#include "linkjudge.h"

#include "net/cidr.h"

#include <algorithm>

namespace Planar {

struct LinkJudge::Endpoint {
    QString id;
    Plane plane = Plane::Host;
    QString zone;
    const Workload *workload = nullptr;
    std::optional<Cidr> cidr; // networks only
};

namespace {

QString planeName(Plane p)
{
    switch (p) {
    case Plane::Host:
        return QStringLiteral("host");
    case Plane::Vm:
        return QStringLiteral("VM");
    case Plane::Pod:
        return QStringLiteral("Pod");
    case Plane::Service:
        return QStringLiteral("Service");
    case Plane::External:
        return QStringLiteral("external");
    }
    return {};
}

/** Why rules.md allows or denies each default cell, in a few words. */
QString cellReason(Plane from, Plane to)
{
    using P = Plane;
    if (from == P::Host && to == P::Vm) return QStringLiteral("hosts manage their VMs");
    if (from == P::Host && to == P::Pod)
        return QStringLiteral("hosts must not reach Pods directly, or a compromised Pod could "
                              "reach back");
    if (from == P::Vm && to == P::Host) return QStringLiteral("VMs use the host's uplink");
    if (from == P::Pod && to == P::Host)
        return QStringLiteral("a Pod reaching the host is the path of a container escape");
    if (from == P::Pod && to == P::Vm) return QStringLiteral("kube-proxy and the node network");
    if (from == P::Pod && to == P::Pod) return QStringLiteral("NetworkPolicy allows it per link");
    if (from == P::Pod && to == P::External) return QStringLiteral("egress through node NAT");
    if (from == P::External && to == P::Vm)
        return QStringLiteral("outside traffic reaches nodes only through Ingress or NodePort");
    if (from == P::External && to == P::Service)
        return QStringLiteral("ClusterIPs are not reachable from outside");
    return QStringLiteral("a necessary flow");
}

} // namespace

LinkJudge::LinkJudge(const Plan &plan, const PlanLookup &lookup, const QDate &today)
    : mPlan(plan), mLookup(lookup), mToday(today), mMatrix(plan.policy)
{
    // adminNetworks entries are CIDRs or ids of networks; parsed once, asked per flow.
    for (const QString &entry : plan.adminNetworks) {
        auto admin = Cidr::parse(entry);
        if (!admin && lookup.network(entry)) admin = Cidr::parse(lookup.network(entry)->cidr);
        if (admin) mAdminCidrs.append(*admin);
    }
    mNetworkCidrs.reserve(plan.networks.size());
    for (const Network &n : plan.networks)
        mNetworkCidrs.append(Cidr::parse(n.cidr));
}

const QHash<QString, QList<QString>> &LinkJudge::zoneMembers() const
{
    std::call_once(mZoneMembersOnce, [this] {
        auto member = [this](const QString &zone, const QString &id) {
            if (!zone.isEmpty()) mZoneMembers[zone].append(id);
        };
        for (const Network &n : mPlan.networks)
            member(n.zone, n.id);
        for (const Host &h : mPlan.hosts)
            member(h.zone, h.id);
        for (const Vm &v : mPlan.vms)
            member(v.zone, v.id);
        for (const Workload &w : mPlan.workloads)
            member(w.zone, w.id);
    });
    return mZoneMembers;
}

std::optional<Plane> LinkJudge::planeOf(const QString &id) const
{
    switch (mLookup.kindOf(id)) {
    case EntityKind::Host:
        return Plane::Host;
    case EntityKind::Vm:
        return Plane::Vm;
    case EntityKind::Workload:
        return Plane::Pod;
    case EntityKind::Network:
        return mLookup.network(id)->plane;
    case EntityKind::Zone:
    case EntityKind::None:
        break;
    }
    return std::nullopt;
}

QList<LinkJudge::Endpoint> LinkJudge::expand(const QString &id, PlanLookup::Ref ref) const
{
    if (ref.kind == EntityKind::Zone) {
        // A zone stands for its members. Members that the matrix would judge alike (same
        // plane, same exposure, same admin status) are judged once, by the first of them.
        QList<Endpoint> out;
        QSet<QString> seen;
        for (const QString &member : zoneMembers().value(id)) {
            // A member whose id a zone declared first (a duplicate-id error) is that zone by
            // its id: expanding it again went round in circles until the stack ran out.
            const PlanLookup::Ref memberRef = mLookup.find(member);
            if (memberRef.kind == EntityKind::Zone) continue;
            for (const Endpoint &e : expand(member, memberRef)) {
                const QString key =
                    planeKey(e.plane) +
                    (e.workload && e.workload->expose && e.workload->expose->isExternal()
                         ? QStringLiteral("+exposed")
                         : QString()) +
                    (e.cidr && inAdminNetworks(e) ? QStringLiteral("+admin") : QString());
                if (!seen.contains(key)) {
                    seen.insert(key);
                    out.append(e);
                }
            }
        }
        return out;
    }
    Endpoint e{id, Plane::Host, {}, nullptr, std::nullopt};
    switch (ref.kind) {
    case EntityKind::Host:
        e.zone = mPlan.hosts[ref.index].zone;
        break;
    case EntityKind::Vm:
        e.plane = Plane::Vm;
        e.zone = mPlan.vms[ref.index].zone;
        break;
    case EntityKind::Workload:
        e.plane = Plane::Pod;
        e.workload = &mPlan.workloads[ref.index];
        e.zone = e.workload->zone;
        break;
    case EntityKind::Network:
        e.plane = mPlan.networks[ref.index].plane;
        e.zone = mPlan.networks[ref.index].zone;
        e.cidr = mNetworkCidrs[ref.index];
        break;
    case EntityKind::Zone:
    case EntityKind::None:
        return {};
    }
    return {e};
}

bool LinkJudge::inAdminNetworks(const Endpoint &from) const
{
    if (!from.cidr) return false;
    return std::any_of(mAdminCidrs.begin(), mAdminCidrs.end(),
                       [&](const Cidr &admin) { return admin.contains(*from.cidr); });
}

FlowVerdict LinkJudge::judgeFlow(const Endpoint &from, const Endpoint &to, bool wordAllowed,
                                 bool wordDenied) const
{
    FlowVerdict v;
    v.fromId = from.id;
    v.toId = to.id;
    v.fromPlane = from.plane;
    v.toPlane = to.plane;
    const PlaneMatrix::Cell cell = mMatrix.cell(from.plane, to.plane);
    v.allowed = cell.action == PolicyAction::Allow;
    if (cell.overridden) {
        v.rule = FlowVerdict::Rule::Override;
    } else if (!cell.conditional) {
        v.rule = FlowVerdict::Rule::Matrix;
    } else if (from.plane == Plane::Vm) {
        v.allowed = from.zone.isEmpty() || to.zone.isEmpty() || from.zone == to.zone;
        v.rule = v.allowed ? FlowVerdict::Rule::SameZone : FlowVerdict::Rule::CrossZone;
    } else if (to.plane == Plane::Host) {
        v.allowed = inAdminNetworks(from);
        v.rule = v.allowed ? FlowVerdict::Rule::FromAdminNetwork
                           : FlowVerdict::Rule::NotFromAdminNetwork;
    } else {
        v.allowed = to.workload && to.workload->expose && to.workload->expose->isExternal();
        v.rule =
            v.allowed ? FlowVerdict::Rule::ExposedWorkload : FlowVerdict::Rule::UnexposedWorkload;
    }
    if (!v.allowed) v.code = cell.code;
    if (v.allowed ? wordAllowed : wordDenied) word(v, cell, from, to);
    return v;
}

void LinkJudge::word(FlowVerdict &v, const PlaneMatrix::Cell &cell, const Endpoint &from,
                     const Endpoint &to) const
{
    switch (v.rule) {
    case FlowVerdict::Rule::Override:
        v.ruleArgs = {cell.overrideReason};
        v.decidedBy = QStringLiteral("the plan's policy override %1 → %2: %3%4")
                          .arg(planeKey(from.plane), planeKey(to.plane),
                               v.allowed ? QStringLiteral("allow") : QStringLiteral("deny"),
                               cell.overrideReason.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" (%1)").arg(cell.overrideReason));
        break;
    case FlowVerdict::Rule::Matrix:
        v.decidedBy =
            QStringLiteral("plane matrix: %1 is %2 (%3)")
                .arg(QStringLiteral("%1 → %2").arg(planeName(from.plane), planeName(to.plane)),
                     v.allowed ? QStringLiteral("allowed") : QStringLiteral("denied"),
                     cellReason(from.plane, to.plane));
        break;
    case FlowVerdict::Rule::SameZone:
        v.decidedBy = QStringLiteral("plane matrix: VM → VM in the same zone is allowed");
        break;
    case FlowVerdict::Rule::CrossZone:
        v.ruleArgs = {from.zone, to.zone};
        v.decidedBy = QStringLiteral("plane matrix: VM → VM across zones (%1 → %2) is "
                                     "denied; cross-zone traffic goes through a Service "
                                     "or Ingress")
                          .arg(from.zone, to.zone);
        break;
    case FlowVerdict::Rule::FromAdminNetwork:
        v.ruleArgs = {from.id};
        v.decidedBy = QStringLiteral("plane matrix: external → host is allowed from "
                                     "adminNetworks, and '%1' lies in them")
                          .arg(from.id);
        break;
    case FlowVerdict::Rule::NotFromAdminNetwork:
        v.ruleArgs = {from.id};
        v.decidedBy = QStringLiteral("plane matrix: external → host is allowed only "
                                     "from adminNetworks, and '%1' is not in them")
                          .arg(from.id);
        break;
    case FlowVerdict::Rule::ExposedWorkload:
        v.ruleArgs = {to.id, to.workload->expose->type};
        v.decidedBy = QStringLiteral("plane matrix: external → Pod is allowed to an "
                                     "exposed workload ('%1' has expose: %2)")
                          .arg(to.id, to.workload->expose->type);
        break;
    case FlowVerdict::Rule::UnexposedWorkload:
        v.ruleArgs = {to.id};
        v.decidedBy = QStringLiteral("plane matrix: external → Pod is allowed only "
                                     "to a workload exposed by nodeport, ingress or "
                                     "loadbalancer, and '%1' is not")
                          .arg(to.id);
        break;
    case FlowVerdict::Rule::Exception:
        break; // wordException
    }
}

void LinkJudge::wordException(FlowVerdict &v, const LinkException &e)
{
    v.ruleArgs = {e.reason, e.approvedBy,
                  e.expires.isValid() ? e.expires.toString(Qt::ISODate) : QString()};
    v.decidedBy =
        QStringLiteral("exception%1%2%3 lets through what the plane matrix "
                       "denies")
            .arg(e.reason.isEmpty() ? QString() : QStringLiteral(" '%1'").arg(e.reason),
                 e.approvedBy.isEmpty() ? QString()
                                        : QStringLiteral(" approved by %1").arg(e.approvedBy),
                 e.expires.isValid()
                     ? QStringLiteral(" until %1").arg(e.expires.toString(Qt::ISODate))
                     : QStringLiteral(" with no expiry"));
}

QList<FlowVerdict> LinkJudge::judge(const Link &link, Wording wording) const
{
    return judge(link, mLookup.find(link.from), mLookup.find(link.to), wording);
}

QList<FlowVerdict> LinkJudge::judge(const Link &link, PlanLookup::Ref from, PlanLookup::Ref to,
                                    Wording wording) const
{
    const QList<Endpoint> froms = expand(link.from, from);
    const QList<Endpoint> tos = expand(link.to, to);
    const bool excepted = link.exception && link.exception->isLive(mToday);
    const bool all = wording == Wording::All;
    QList<FlowVerdict> out;
    for (const Endpoint &source : froms) {
        for (const Endpoint &target : tos) {
            if (source.id == target.id) continue;
            // Only denied flows are worded: a denial the exception lets through is not.
            FlowVerdict v = judgeFlow(source, target, all, all || !excepted);
            if (!v.allowed && excepted) {
                v.allowed = true;
                v.byException = true;
                v.rule = FlowVerdict::Rule::Exception;
                if (all) wordException(v, *link.exception);
            }
            out.append(v);
        }
    }
    return out;
}

} // namespace Planar
