#include "reportfacts.h"

namespace Planar {

ReportFacts::ReportFacts(const Plan &plan, const QList<Finding> &findings)
    : mPlan(plan), mLookup(plan), mFindings(findings)
{
    for (const Zone &z : plan.zones)
        if (z.cde.value_or(false)) mCdeZones.insert(z.id);
    for (const QString &text : plan.adminNetworks)
        if (const auto c = Cidr::parse(text)) mAdmin.append(*c);
}

QString ReportFacts::zoneOf(const QString &id) const
{
    switch (mLookup.kindOf(id)) {
    case EntityKind::Zone:
        return id;
    case EntityKind::Network:
        return mLookup.network(id)->zone;
    case EntityKind::Host:
        return mLookup.host(id)->zone;
    case EntityKind::Vm:
        return mLookup.vm(id)->zone;
    case EntityKind::Workload:
        return mLookup.workload(id)->zone;
    case EntityKind::None:
        break;
    }
    return {};
}

bool ReportFacts::cdeInbound(const Link &link) const
{
    return inCde(link.to) && zoneOf(link.from) != zoneOf(link.to);
}

bool ReportFacts::cdeOutbound(const Link &link) const
{
    return inCde(link.from) && zoneOf(link.from) != zoneOf(link.to);
}

QString ReportFacts::cdeDirection(const Link &link) const
{
    // A link between two different CDE zones is both; inbound names it, both checks see it.
    if (cdeInbound(link)) return QStringLiteral("inbound");
    if (cdeOutbound(link)) return QStringLiteral("outbound");
    if (inCde(link.from) && inCde(link.to)) return QStringLiteral("internal");
    return QStringLiteral("none");
}

bool ReportFacts::untrusted(const QString &id) const
{
    const Network *n = mLookup.network(id);
    if (!n || n->plane != Plane::External) return false;
    const auto cidr = Cidr::parse(n->cidr);
    if (!cidr) return true; // an address we cannot place is not trusted
    for (const Cidr &admin : mAdmin)
        if (admin.contains(*cidr)) return false;
    return true;
}

std::optional<int> ReportFacts::levelOf(const QString &zone) const
{
    const Zone *z = mLookup.zone(zone);
    return z ? z->level : std::nullopt;
}

bool ReportFacts::importantZone(const QString &zone) const
{
    return levelOf(zone).value_or(0) >= 3;
}

bool ReportFacts::reasonOk(const Link &link)
{
    if (link.reason.trimmed().isEmpty()) return false;
    return !link.exception || !link.exception->reason.trimmed().isEmpty();
}

QList<Finding> ReportFacts::findingsWith(const QStringList &codes) const
{
    QList<Finding> out;
    for (const Finding &f : mFindings)
        if (codes.contains(f.code)) out.append(f);
    return out;
}

QStringList ReportFacts::family(const QString &name)
{
    if (name == u"S")
        return {"parse-error", "unsupported-version", "duplicate-id", "invalid-id",
                "unknown-reference"};
    if (name == u"A")
        return {"invalid-cidr",          "invalid-ip",
                "plane-overlap",         "network-overlap",
                "parent-not-containing", "pod-subnet-outside-cluster",
                "pod-subnet-overlap",    "pod-subnet-size",
                "cluster-capacity",      "common-lan-range",
                "ip-outside-network",    "ip-reserved",
                "ip-duplicate",          "gateway-outside-network",
                "mac-invalid",           "mac-duplicate",
                "nic-plane-mismatch"};
    if (name == u"V")
        return {"vlan-invalid", "vlan-not-trunked", "vlan-network-mismatch", "vlan-zone-conflict"};
    if (name == u"LM")
        return {"host-to-pod",         "pod-to-host",    "cross-zone",
                "external-to-host",    "external-to-vm", "external-not-exposed",
                "external-to-service", "policy-denied",  "exception-expired"};
    return {};
}

} // namespace Planar
