// Rule family: every link judged by the plane matrix; exceptions and their expiry; links that
// say nothing (to themselves, twice, to an empty zone, on all ports without a reason).
#include "linkjudge.h"
#include "plan/firstofequal.h"
#include "validationcontext.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

namespace Planar {

namespace {

/** A link's ends and its ports as a set: "[443/tcp, 80/TCP]" is "[80/TCP, 443/TCP]". */
struct LinkShape {
    // Ends that name an entity are compared and hashed by what they name, as numbers (one id
    // names one entity); ends that name none, by their text.
    PlanLookup::Ref from;
    PlanLookup::Ref to;
    const QString *fromText;
    const QString *toText;
    QList<PortRange> ports; // sorted, without repeats

    LinkShape(const Link &link, const ValidationContext::LinkEnds &ends)
        : from(ends.from), to(ends.to), fromText(&link.from), toText(&link.to), ports(link.ports)
    {
        const auto less = [](const PortRange &a, const PortRange &b) {
            return std::tuple(a.protocol, a.low, a.high) < std::tuple(b.protocol, b.low, b.high);
        };
        // Most links list one port, or their ports in order: those keep the shared list.
        if (std::adjacent_find(ports.cbegin(), ports.cend(), [&](const auto &a, const auto &b) {
                return !less(a, b);
            }) == ports.cend())
            return;
        std::sort(ports.begin(), ports.end(), less);
        ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    }

    static bool sameEnd(PlanLookup::Ref a, const QString *aText, PlanLookup::Ref b,
                        const QString *bText)
    {
        return a.kind == b.kind &&
               (a.kind == EntityKind::None ? *aText == *bText : a.index == b.index);
    }
    friend bool operator==(const LinkShape &a, const LinkShape &b)
    {
        return sameEnd(a.from, a.fromText, b.from, b.fromText) &&
               sameEnd(a.to, a.toText, b.to, b.toText) && a.ports == b.ports;
    }
};

size_t qHash(PlanLookup::Ref end, const QString *text, size_t seed)
{
    return end.kind == EntityKind::None ? qHash(*text, seed)
                                        : qHashMulti(seed, int(end.kind), end.index);
}

size_t qHash(const LinkShape &shape, size_t seed = 0)
{
    size_t h = qHash(shape.to, shape.toText, qHash(shape.from, shape.fromText, seed));
    for (const PortRange &p : shape.ports)
        h = qHashMulti(h, p.low, p.high, int(p.protocol));
    return h;
}

/** The zones that have members; built at the first link that names a zone, as most have none. */
QSet<QString> zonesWithMembers(const Plan &plan)
{
    QSet<QString> zones;
    auto member = [&](const QString &zone) {
        if (!zone.isEmpty()) zones.insert(zone);
    };
    for (const Network &n : plan.networks)
        member(n.zone);
    for (const Host &h : plan.hosts)
        member(h.zone);
    for (const Vm &v : plan.vms)
        member(v.zone);
    for (const Workload &w : plan.workloads)
        member(w.zone);
    return zones;
}

/** For each link, the first earlier link of the same shape (ends and port set), or -1. */
QList<qsizetype> firstOfSameShape(const ValidationContext &context)
{
    const QList<Link> &links = context.plan().links;
    std::vector<LinkShape> shapes;
    shapes.reserve(size_t(links.size()));
    std::vector<HashedItem> items;
    items.reserve(size_t(links.size()));
    for (qsizetype i = 0; i < links.size(); ++i) {
        shapes.emplace_back(links[i], context.linkEnds(i));
        // Qt's per-process random seed: a plan cannot be written to make its links collide.
        items.push_back({qHash(shapes.back(), QHashSeed::globalSeed()), i});
    }
    return firstOfEqual(
        items, [&](qsizetype a, qsizetype b) { return shapes[size_t(a)] == shapes[size_t(b)]; });
}

void linkShapes(ValidationContext &context)
{
    const Plan &plan = context.plan();
    std::optional<QSet<QString>> zonesWithMembersOnce;
    const QList<qsizetype> firstOfShape = firstOfSameShape(context);
    for (qsizetype i = 0; i < plan.links.size(); ++i) {
        const Link &link = plan.links[i];
        const ValidationContext::LinkScope about(context, i);
        // Built only for a finding: this runs for every link.
        const auto ends = [&] { return QStringList{link.from, link.to}; };
        // Whatever its ends are — a zone too stands for real members — a link that opens
        // every port and says nothing about why is a rule nobody can review.
        if (link.ports.isEmpty() && link.reason.trimmed().isEmpty())
            context.add("unjustified-link", Severity::Warning, ends(),
                        QStringLiteral("link %1 is open on all ports and gives no reason; name "
                                       "the ports the flow needs and say why it is needed")
                            .arg(link.label()));
        // A zone or network stands for its members, so linking one to itself opens traffic
        // among them; a host, VM or workload linked to itself says nothing.
        const ValidationContext::LinkEnds &linkEnds = context.linkEnds(i);
        const EntityKind fromKind = linkEnds.from.kind;
        if (link.from == link.to && (fromKind == EntityKind::Host || fromKind == EntityKind::Vm ||
                                     fromKind == EntityKind::Workload))
            context.add("self-link", Severity::Warning, ends(),
                        QStringLiteral("link %1 joins '%2' to itself; a link is a flow between "
                                       "two different things, so remove it or point it at the "
                                       "other end")
                            .arg(link.label(), link.from));
        const auto emptyZone = [&](const QString &end, EntityKind kind) {
            if (kind != EntityKind::Zone) return;
            if (!zonesWithMembersOnce) zonesWithMembersOnce = zonesWithMembers(plan);
            if (zonesWithMembersOnce->contains(end)) return;
            context.add("link-to-empty-zone", Severity::Warning, ends(),
                        QStringLiteral("link %1 names zone '%2', which has no members, so "
                                       "the link allows nothing; put networks, hosts, VMs or "
                                       "workloads in the zone, or remove the link")
                            .arg(link.label(), end));
        };
        emptyZone(link.from, fromKind);
        if (link.to != link.from) emptyZone(link.to, linkEnds.to.kind);
        if (const qsizetype first = firstOfShape[i]; first >= 0)
            context.add("duplicate-link", Severity::Warning, ends(),
                        QStringLiteral("link %1 repeats link %2 (same ends, same ports); remove "
                                       "one, or the two will drift apart when one is edited")
                            .arg(link.label(), plan.links[first].label()));
    }
}

} // namespace

void checkLinks(ValidationContext &context)
{
    linkShapes(context);
    const LinkJudge judge(context.plan(), context.lookup(), context.today());
    const QList<Link> &links = context.plan().links;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Link &link = links[i];
        const ValidationContext::LinkScope about(context, i);
        const auto ends = [&] { return QStringList{link.from, link.to}; };
        if (link.exception && link.exception->expires.isValid() &&
            !link.exception->isLive(context.today()))
            context.add("exception-expired", Severity::Error, ends(),
                        QStringLiteral("the exception of link %1 expired on %2, so the link is "
                                       "judged by the plane matrix again; renew it with a new "
                                       "date and approval, or remove the link")
                            .arg(link.label(), link.exception->expires.toString(Qt::ISODate)));
        if (link.exception && !link.exception->expires.isValid())
            context.add("exception-no-expiry", Severity::Warning, ends(),
                        QStringLiteral("the exception of link %1 has no 'expires' date; a "
                                       "temporary authorisation needs an end date")
                            .arg(link.label()));
        QSet<QString> reported;
        bool byException = false;
        const ValidationContext::LinkEnds &linkEnds = context.linkEnds(i);
        for (const FlowVerdict &v :
             judge.judge(link, linkEnds.from, linkEnds.to, LinkJudge::Wording::DeniedOnly)) {
            byException = byException || v.byException;
            if (v.allowed || reported.contains(v.code)) continue;
            reported.insert(v.code);
            const QString members = (v.fromId != link.from || v.toId != link.to)
                                        ? QStringLiteral(" (for %1 → %2)").arg(v.fromId, v.toId)
                                        : QString();
            context.add(v.code.toLatin1().constData(), Severity::Error, ends(),
                        QStringLiteral("link %1%2 is forbidden: %3; remove it, route it through "
                                       "an allowed path, or add an exception with a reason and "
                                       "an expiry date")
                            .arg(link.label(), members, v.decidedBy));
        }
        if (byException)
            context.add("exception-active", Severity::Info, ends(),
                        QStringLiteral("link %1 is forbidden by the plane matrix but allowed "
                                       "until %2 by an exception (%3); remove it when the work "
                                       "is done")
                            .arg(link.label(),
                                 link.exception->expires.isValid()
                                     ? link.exception->expires.toString(Qt::ISODate)
                                     : QStringLiteral("further notice"),
                                 link.exception->reason.isEmpty()
                                     ? QStringLiteral("no reason given")
                                     : link.exception->reason));
    }
}

} // namespace Planar
