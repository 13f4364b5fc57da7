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
    auto member = [this](const QString &zone, const QString &id) {
        if (!zone.isEmpty()) mZoneMembers[zone].append(id);
    };
    for (const Network &n : plan.networks)
        member(n.zone, n.id);
    for (const Host &h : plan.hosts)
        member(h.zone, h.id);
    for (const Vm &v : plan.vms)
        member(v.zone, v.id);
    for (const Workload &w : plan.workloads)
        member(w.zone, w.id);
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

QList<LinkJudge::Endpoint> LinkJudge::expand(const QString &id) const
{
    if (mLookup.kindOf(id) == EntityKind::Zone) {
        // A zone stands for its members. Members that the matrix would judge alike (same
        // plane, same exposure, same admin status) are judged once, by the first of them.
        QList<Endpoint> out;
        QSet<QString> seen;
        for (const QString &member : mZoneMembers.value(id)) {
            for (const Endpoint &e : expand(member)) {
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
    const auto plane = planeOf(id);
    if (!plane) return {};
    Endpoint e{id, *plane, {}, nullptr, std::nullopt};
    if (const Host *h = mLookup.host(id)) e.zone = h->zone;
    if (const Vm *v = mLookup.vm(id)) e.zone = v->zone;
    if (const Workload *w = mLookup.workload(id)) {
        e.zone = w->zone;
        e.workload = w;
    }
    if (const Network *n = mLookup.network(id)) {
        e.zone = n->zone;
        e.cidr = Cidr::parse(n->cidr);
    }
    return {e};
}

bool LinkJudge::inAdminNetworks(const Endpoint &from) const
{
    if (!from.cidr) return false;
    return std::any_of(mAdminCidrs.begin(), mAdminCidrs.end(),
                       [&](const Cidr &admin) { return admin.contains(*from.cidr); });
}

FlowVerdict LinkJudge::judgeFlow(const Endpoint &from, const Endpoint &to) const
{
    FlowVerdict v;
    v.fromId = from.id;
    v.toId = to.id;
    v.fromPlane = from.plane;
    v.toPlane = to.plane;
    const PlaneMatrix::Cell cell = mMatrix.cell(from.plane, to.plane);
    const QString flow = QStringLiteral("%1 → %2").arg(planeName(from.plane), planeName(to.plane));
    v.allowed = cell.action == PolicyAction::Allow;
    if (cell.overridden) {
        v.rule = FlowVerdict::Rule::Override;
        v.ruleArgs = {cell.overrideReason};
        v.decidedBy = QStringLiteral("the plan's policy override %1 → %2: %3%4")
                          .arg(planeKey(from.plane), planeKey(to.plane),
                               v.allowed ? QStringLiteral("allow") : QStringLiteral("deny"),
                               cell.overrideReason.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" (%1)").arg(cell.overrideReason));
    } else if (!cell.conditional) {
        v.decidedBy =
            QStringLiteral("plane matrix: %1 is %2 (%3)")
                .arg(flow, v.allowed ? QStringLiteral("allowed") : QStringLiteral("denied"),
                     cellReason(from.plane, to.plane));
    } else if (from.plane == Plane::Vm) {
        v.allowed = from.zone.isEmpty() || to.zone.isEmpty() || from.zone == to.zone;
        v.rule = v.allowed ? FlowVerdict::Rule::SameZone : FlowVerdict::Rule::CrossZone;
        if (!v.allowed) v.ruleArgs = {from.zone, to.zone};
        v.decidedBy = v.allowed
                          ? QStringLiteral("plane matrix: VM → VM in the same zone is allowed")
                          : QStringLiteral("plane matrix: VM → VM across zones (%1 → %2) is "
                                           "denied; cross-zone traffic goes through a Service "
                                           "or Ingress")
                                .arg(from.zone, to.zone);
    } else if (to.plane == Plane::Host) {
        v.allowed = inAdminNetworks(from);
        v.rule = v.allowed ? FlowVerdict::Rule::FromAdminNetwork
                           : FlowVerdict::Rule::NotFromAdminNetwork;
        v.ruleArgs = {from.id};
        v.decidedBy = v.allowed ? QStringLiteral("plane matrix: external → host is allowed from "
                                                 "adminNetworks, and '%1' lies in them")
                                      .arg(from.id)
                                : QStringLiteral("plane matrix: external → host is allowed only "
                                                 "from adminNetworks, and '%1' is not in them")
                                      .arg(from.id);
    } else {
        v.allowed = to.workload && to.workload->expose && to.workload->expose->isExternal();
        v.rule =
            v.allowed ? FlowVerdict::Rule::ExposedWorkload : FlowVerdict::Rule::UnexposedWorkload;
        v.ruleArgs = {to.id};
        if (v.allowed) v.ruleArgs << to.workload->expose->type;
        v.decidedBy = v.allowed ? QStringLiteral("plane matrix: external → Pod is allowed to an "
                                                 "exposed workload ('%1' has expose: %2)")
                                      .arg(to.id, to.workload->expose->type)
                                : QStringLiteral("plane matrix: external → Pod is allowed only "
                                                 "to a workload exposed by nodeport, ingress or "
                                                 "loadbalancer, and '%1' is not")
                                      .arg(to.id);
    }
    if (!v.allowed) v.code = cell.code;
    return v;
}

QList<FlowVerdict> LinkJudge::judge(const Link &link) const
{
    const QList<Endpoint> froms = expand(link.from);
    const QList<Endpoint> tos = expand(link.to);
    QList<FlowVerdict> out;
    for (const Endpoint &from : froms) {
        for (const Endpoint &to : tos) {
            if (from.id == to.id) continue;
            FlowVerdict v = judgeFlow(from, to);
            if (!v.allowed && link.exception && link.exception->isLive(mToday)) {
                v.allowed = true;
                v.byException = true;
                const LinkException &e = *link.exception;
                v.rule = FlowVerdict::Rule::Exception;
                v.ruleArgs = {e.reason, e.approvedBy,
                              e.expires.isValid() ? e.expires.toString(Qt::ISODate) : QString()};
                v.decidedBy =
                    QStringLiteral("exception%1%2%3 lets through what the plane matrix "
                                   "denies")
                        .arg(e.reason.isEmpty() ? QString() : QStringLiteral(" '%1'").arg(e.reason),
                             e.approvedBy.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" approved by %1").arg(e.approvedBy),
                             e.expires.isValid()
                                 ? QStringLiteral(" until %1").arg(e.expires.toString(Qt::ISODate))
                                 : QStringLiteral(" with no expiry"));
            }
            out.append(v);
        }
    }
    return out;
}

} // namespace Planar
