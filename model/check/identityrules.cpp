// Rule family: ids, references between entities, unknown keys and the format version.
#include "net/names.h"
#include "plan/idsbytext.h"
#include "validationcontext.h"

namespace Planar {

namespace {

class IdentityRules {
public:
    explicit IdentityRules(ValidationContext &c) : mC(c), mLookup(c.lookup()) {}

    void run()
    {
        version();
        ids();
        references();
        unknownKeys();
    }

private:
    void version();
    void ids();
    void references();
    void unknownKeys();

    /**
     * Reports @p ref unless it names an entity of @p kind; empty references are fine. @p field
     * names the field on demand: this runs for every reference of the plan. Returns what @p ref
     * names, so that callers need not look it up again.
     */
    template <typename Field>
    PlanLookup::Ref expect(const QString &owner, Field field, const QString &ref, EntityKind kind)
    {
        return expect(owner, field, ref, kind, mLookup.find(ref));
    }
    /** The same for a reference the context has looked up already (@p target). */
    template <typename Field>
    PlanLookup::Ref expect(const QString &owner, Field field, const QString &ref, EntityKind kind,
                           PlanLookup::Ref target);
    /** @p where names the place lazily: most entities have no unknown keys. */
    template <typename Where>
    void unknownKeysOf(const QString &owner, Where where, const ExtraKeys &extra);

    ValidationContext &mC;
    const PlanLookup &mLookup;
};

void IdentityRules::version()
{
    if (mC.plan().version != PlanFormatVersion)
        mC.add("unsupported-version", Severity::Error, {},
               QStringLiteral("the plan says 'planar: %1', but this build reads version %2; "
                              "open it with a Planar that knows version %1, or convert it")
                   .arg(mC.plan().version)
                   .arg(PlanFormatVersion));
}

void IdentityRules::ids()
{
    const Plan &p = mC.plan();
    // The lookup knows which entities repeat an id (the first declaration wins); only first
    // declarations are checked as labels, as a repeat is reported as such.
    const QList<PlanLookup::Ref> &repeats = mLookup.repeatedDeclarations();
    qsizetype nextRepeat = 0;
    auto declare = [&](const QString &id, EntityKind kind, qsizetype index) {
        if (nextRepeat < repeats.size() && repeats[nextRepeat].kind == kind &&
            repeats[nextRepeat].index == index) {
            ++nextRepeat;
            return;
        }
        if (!id.isEmpty() && !Names::isDnsLabel(id))
            mC.add("invalid-id", Severity::Error, {id},
                   QStringLiteral("%1 id '%2' is not a DNS-1123 label; use lowercase letters, "
                                  "digits and '-', at most 63 characters, starting and ending "
                                  "with a letter or digit")
                       .arg(entityKindName(kind), id));
    };
    PlanLookup::forEachDeclaration(p, declare);
    // Kinds per repeated id, reported in the order of their first declarations.
    QHash<QString, QStringList> repeatedKinds;
    for (const PlanLookup::Ref repeat : repeats) {
        const QString &id = mLookup.idOf(repeat);
        QStringList &kinds = repeatedKinds[id];
        if (kinds.isEmpty()) kinds << entityKindName(mLookup.kindOf(id));
        kinds << entityKindName(repeat.kind);
    }
    QStringList repeated = repeatedKinds.keys();
    std::sort(repeated.begin(), repeated.end(), [&](const QString &a, const QString &b) {
        const PlanLookup::Ref ra = mLookup.find(a), rb = mLookup.find(b);
        return std::pair(int(ra.kind), ra.index) < std::pair(int(rb.kind), rb.index);
    });
    for (const QString &id : repeated) {
        const QStringList &kinds = repeatedKinds[id];
        mC.add("duplicate-id", Severity::Error, {id},
               QStringLiteral("id '%1' is used %2 times (%3); ids are shared by zones, "
                              "networks, hosts, VMs and workloads, so rename all but one")
                   .arg(id)
                   .arg(kinds.size())
                   .arg(kinds.join(QStringLiteral(", "))));
    }
    // Links whose id an earlier link has: found as the lookup finds repeated ids, by one sort
    // of the ids' hashes (a hash set of 200,000 link ids grew faster than the plan).
    QList<QString> linkIds;
    linkIds.reserve(p.links.size());
    for (const Link &l : p.links)
        linkIds.append(l.id);
    const QList<qsizetype> repeatedLinkIds = IdsByText().build(linkIds);
    qsizetype nextRepeatedLink = 0;
    for (qsizetype i = 0; i < p.links.size(); ++i) {
        const Link &l = p.links[i];
        const bool repeated =
            nextRepeatedLink < repeatedLinkIds.size() && repeatedLinkIds[nextRepeatedLink] == i;
        if (repeated) ++nextRepeatedLink;
        if (l.id.isEmpty()) continue;
        const ValidationContext::LinkScope about(mC, i);
        if (!Names::isDnsLabel(l.id))
            mC.add("invalid-id", Severity::Error, {l.id},
                   QStringLiteral("link id '%1' is not a DNS-1123 label; use lowercase letters, "
                                  "digits and '-'")
                       .arg(l.id));
        if (repeated || mLookup.kindOf(l.id) != EntityKind::None)
            mC.add("duplicate-id", Severity::Error, {l.id},
                   QStringLiteral("link id '%1' is already used; give each link its own id")
                       .arg(l.id));
    }
    // NIC and switch names are ids within their host or VM. Lists are short: compare pairs.
    auto uniqueNames = [&](const QString &owner, const auto &items, const QString &what) {
        for (qsizetype i = 1; i < items.size(); ++i)
            for (qsizetype j = 0; j < i; ++j)
                if (!items[i].name.isEmpty() && items[i].name == items[j].name) {
                    mC.add("duplicate-id", Severity::Error, {owner},
                           QStringLiteral("%1 has two %2 named '%3'; rename one")
                               .arg(owner, what, items[i].name));
                    break;
                }
    };
    // Interface names reach firewall rules (iifname "eth0"): plan-format.md's pattern only.
    auto interfaceNames = [&](const QString &owner, const auto &items, const QString &what) {
        for (const auto &item : items)
            // An empty name too: the reader refuses one, a plan built in memory may hold it.
            if (!Names::isInterfaceName(item.name))
                mC.add("invalid-id", Severity::Error, {owner},
                       QStringLiteral("%1 of '%2' is named '%3', which is not an interface name; "
                                      "use 1 to 15 of A-Z a-z 0-9 _ . : -")
                           .arg(what, owner, item.name));
    };
    for (const Host &h : p.hosts) {
        uniqueNames(h.id, h.nics, QStringLiteral("NICs"));
        uniqueNames(h.id, h.switches, QStringLiteral("switches"));
        interfaceNames(h.id, h.nics, QStringLiteral("a NIC"));
        interfaceNames(h.id, h.switches, QStringLiteral("a switch"));
    }
    for (const Vm &v : p.vms) {
        uniqueNames(v.id, v.nics, QStringLiteral("NICs"));
        interfaceNames(v.id, v.nics, QStringLiteral("a NIC"));
    }
}

namespace {
/** A field name for expect() that needs no building. */
auto fieldNamed(const char *name)
{
    return [name] { return QString::fromLatin1(name); };
}
} // namespace

template <typename Field>
PlanLookup::Ref IdentityRules::expect(const QString &owner, Field field, const QString &ref,
                                      EntityKind kind, PlanLookup::Ref target)
{
    if (ref.isEmpty() || target.kind == kind) return target;
    const EntityKind found = target.kind;
    const QString what = found == EntityKind::None
                             ? QStringLiteral("no such id exists")
                             : QStringLiteral("it is a %1, not a %2")
                                   .arg(entityKindName(found), entityKindName(kind));
    mC.add("unknown-reference", Severity::Error, {owner, ref},
           QStringLiteral("%1 of '%2' refers to '%3', but %4; fix the id or add the %5")
               .arg(field(), owner, ref, what, entityKindName(kind)));
    return target;
}

void IdentityRules::references()
{
    const Plan &p = mC.plan();
    for (const Network &n : p.networks) {
        expect(n.id, fieldNamed("zone"), n.zone, EntityKind::Zone);
        const PlanLookup::Ref parentRef =
            expect(n.id, fieldNamed("parent"), n.parent, EntityKind::Network);
        const Network *parent =
            parentRef.kind == EntityKind::Network ? &p.networks[parentRef.index] : nullptr;
        if (parent && parent->plane != n.plane)
            mC.add("unknown-reference", Severity::Error, {n.id, n.parent},
                   QStringLiteral("parent of '%1' is '%2' on the %3 plane, but a parent must be "
                                  "on the same plane (%4)")
                       .arg(n.id, n.parent, planeKey(parent->plane), planeKey(n.plane)));
    }
    for (qsizetype hi = 0; hi < p.hosts.size(); ++hi) {
        const Host &h = p.hosts[hi];
        expect(h.id, fieldNamed("zone"), h.zone, EntityKind::Zone);
        for (qsizetype ni = 0; ni < h.nics.size(); ++ni) {
            const HostNic &nic = h.nics[ni];
            expect(
                h.id, [&] { return QStringLiteral("network of NIC %1").arg(nic.name); },
                nic.network, EntityKind::Network, mC.hostNicNetwork(hi, ni));
        }
        for (const VirtualSwitch &sw : h.switches) {
            // A host has a few NICs: a scan, not a set per host.
            const bool uplinkFound =
                std::any_of(h.nics.begin(), h.nics.end(),
                            [&](const HostNic &nic) { return nic.name == sw.uplink; });
            if (!sw.uplink.isEmpty() && !uplinkFound)
                mC.add("unknown-reference", Severity::Error, {h.id},
                       QStringLiteral("switch %1 of host '%2' uplinks to NIC '%3', which the "
                                      "host does not have; name one of its NICs")
                           .arg(sw.name, h.id, sw.uplink));
        }
    }
    for (qsizetype vi = 0; vi < p.vms.size(); ++vi) {
        const Vm &v = p.vms[vi];
        const PlanLookup::Ref hostRef =
            expect(v.id, fieldNamed("host"), v.host, EntityKind::Host, mLookup.hostOfVm(vi));
        expect(v.id, fieldNamed("zone"), v.zone, EntityKind::Zone);
        const Host *host = hostRef.kind == EntityKind::Host ? &p.hosts[hostRef.index] : nullptr;
        for (qsizetype ni = 0; ni < v.nics.size(); ++ni) {
            const VmNic &nic = v.nics[ni];
            expect(
                v.id, [&] { return QStringLiteral("network of NIC %1").arg(nic.name); },
                nic.network, EntityKind::Network, mC.vmNicNetwork(vi, ni));
            if (!host || nic.switchName.isEmpty()) continue;
            const bool found = std::any_of(host->switches.begin(), host->switches.end(),
                                           [&](const auto &s) { return s.name == nic.switchName; });
            if (!found)
                mC.add("unknown-reference", Severity::Error, {v.id, v.host},
                       QStringLiteral("NIC %1 of VM '%2' is on switch '%3', which host '%4' does "
                                      "not have; add the switch to the host or pick one of its "
                                      "switches")
                           .arg(nic.name, v.id, nic.switchName, v.host));
        }
    }
    for (const Workload &w : p.workloads) {
        expect(w.id, fieldNamed("zone"), w.zone, EntityKind::Zone);
        for (const QString &node : w.nodes)
            expect(w.id, fieldNamed("nodes"), node, EntityKind::Vm);
    }
    for (qsizetype i = 0; i < p.links.size(); ++i) {
        const Link &l = p.links[i];
        const ValidationContext::LinkScope about(mC, i);
        const ValidationContext::LinkEnds &ends = mC.linkEnds(i);
        for (const auto &[end, ref] : {std::pair(&l.from, ends.from), std::pair(&l.to, ends.to)}) {
            if (end->isEmpty()) {
                // The reader refuses an empty end; a plan built in memory may still hold one.
                mC.add("unknown-reference", Severity::Error, {l.from, l.to},
                       QStringLiteral("link %1 has an empty end; name a workload, VM, host, "
                                      "network or zone")
                           .arg(l.label()));
                continue;
            }
            if (ref.kind != EntityKind::None) continue;
            mC.add("unknown-reference", Severity::Error, {l.from, l.to},
                   QStringLiteral("link %1 refers to '%2', which is no workload, VM, host, "
                                  "network or zone; fix the id or remove the link")
                       .arg(l.label(), *end));
        }
    }
}

template <typename Where>
void IdentityRules::unknownKeysOf(const QString &owner, Where where, const ExtraKeys &extra)
{
    for (const ExtraKey &e : extra) {
        const QString at = e.line > 0 ? QStringLiteral(" (line %1)").arg(e.line) : QString();
        mC.add("unknown-key", Severity::Warning, {owner},
               QStringLiteral("unknown key '%1' in %2%3 is kept when saving but not checked; "
                              "check its spelling against plan-format.md")
                   .arg(e.key, where(), at));
    }
}

void IdentityRules::unknownKeys()
{
    const Plan &p = mC.plan();
    const auto named = [](const char *kind, const QString &id) {
        return [kind, &id] { return QStringLiteral("%1 '%2'").arg(QLatin1String(kind), id); };
    };
    unknownKeysOf(
        {}, [] { return QStringLiteral("the plan"); }, p.extra);
    for (const Zone &z : p.zones)
        unknownKeysOf(z.id, named("zone", z.id), z.extra);
    for (const Network &n : p.networks)
        unknownKeysOf(n.id, named("network", n.id), n.extra);
    for (const Host &h : p.hosts) {
        unknownKeysOf(h.id, named("host", h.id), h.extra);
        for (const HostNic &nic : h.nics)
            unknownKeysOf(
                h.id, [&] { return QStringLiteral("NIC %1 of host '%2'").arg(nic.name, h.id); },
                nic.extra);
        for (const VirtualSwitch &sw : h.switches)
            unknownKeysOf(
                h.id, [&] { return QStringLiteral("switch %1 of host '%2'").arg(sw.name, h.id); },
                sw.extra);
    }
    for (const Vm &v : p.vms) {
        unknownKeysOf(v.id, named("VM", v.id), v.extra);
        for (const VmNic &nic : v.nics)
            unknownKeysOf(
                v.id, [&] { return QStringLiteral("NIC %1 of VM '%2'").arg(nic.name, v.id); },
                nic.extra);
    }
    unknownKeysOf(
        ClusterSubject, [] { return QStringLiteral("cluster"); }, p.cluster.extra);
    for (const Workload &w : p.workloads) {
        unknownKeysOf(w.id, named("workload", w.id), w.extra);
        for (const WorkloadPort &port : w.ports)
            unknownKeysOf(
                w.id, [&] { return QStringLiteral("a port of workload '%1'").arg(w.id); },
                port.extra);
        if (w.expose)
            unknownKeysOf(
                w.id, [&] { return QStringLiteral("expose of workload '%1'").arg(w.id); },
                w.expose->extra);
    }
    for (qsizetype i = 0; i < p.links.size(); ++i) {
        const Link &l = p.links[i];
        const ValidationContext::LinkScope about(mC, i);
        unknownKeysOf(
            l.from, [&] { return QStringLiteral("link %1").arg(l.label()); }, l.extra);
        if (l.exception)
            unknownKeysOf(
                l.from, [&] { return QStringLiteral("the exception of link %1").arg(l.label()); },
                l.exception->extra);
    }
    for (const PolicyRule &r : p.policy)
        unknownKeysOf(
            {},
            [&] {
                return QStringLiteral("policy entry %1 → %2").arg(planeKey(r.from), planeKey(r.to));
            },
            r.extra);
}

} // namespace

void checkIdentity(ValidationContext &context)
{
    IdentityRules(context).run();
}

} // namespace Planar
