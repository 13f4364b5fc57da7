#include "nftablesexporter.h"

#include "endpointresolver.h"
#include "exportsafety.h"
#include "linkflows.h"
#include "nftsyntax.h"
#include "nftsystemflows.h"

#include <QSet>

namespace Planar {

namespace {

using namespace NftSyntax;
constexpr IpFamily Families[] = {IpFamily::V4, IpFamily::V6};

/** The rules of one chain, in order; a rule already present is not repeated. */
struct Chain {
    QStringList lines;
    QSet<QString> seen;

    void note(const QString &text)
    {
        lines.append(QStringLiteral("\t\t# ") + ExportSafety::commentText(text, 160));
    }
    void rule(const QString &text)
    {
        if (seen.contains(text)) return;
        seen.insert(text);
        lines.append(QStringLiteral("\t\t") + text);
    }
    QString text(const QString &name, const QString &hook, const QString &policy) const
    {
        return QStringLiteral("\tchain %1 {\n\t\ttype filter hook %2 priority filter; policy %3;\n")
                   .arg(name, hook, policy) +
               lines.join(QLatin1Char('\n')) + QStringLiteral("\n\t}\n");
    }
};

QString setName(const QString &key, IpFamily f)
{
    return key + QLatin1Char('_') + familySuffix(f);
}

QString zoneSetKey(const QString &zone)
{
    return QStringLiteral("vmzone_") + QString(zone).replace(QLatin1Char('-'), QLatin1Char('_'));
}

/**
 * Accept rules for one allowed flow. An empty @p src or @p dst means "not restricted"; a
 * flow that restricts an address but has none of a family gets no rule in that family.
 */
void addAccepts(Chain &chain, const Link &link, const AllowedFlow &flow, const QList<Cidr> &src,
                const QList<Cidr> &dst, bool restrictSrc, bool restrictDst)
{
    const QString name = LinkFlows::linkName(link);
    QString tag = QStringLiteral("link ") + name;
    if (flow.byException && link.exception) {
        const LinkException &e = *link.exception;
        const QString expiry =
            e.expires.isValid() ? e.expires.toString(Qt::ISODate) : QStringLiteral("no expiry");
        tag = QStringLiteral("exception for link %1 expires %2").arg(name, expiry);
        chain.note(QStringLiteral("exception for link %1: %2, approved by %3, expires %4")
                       .arg(name, e.reason, e.approvedBy, expiry));
    }
    const QStringList ports = portMatches(link.ports);
    auto emit = [&](const QString &addresses) {
        for (const QString &port : ports) {
            QStringList parts{addresses, port, QStringLiteral("accept") + comment(tag)};
            parts.removeAll(QString());
            chain.rule(parts.join(QLatin1Char(' ')));
        }
    };
    if (!restrictSrc && !restrictDst) {
        emit(QString());
        return;
    }
    for (const IpFamily f : Families) {
        const QList<Cidr> s = EndpointResolver::ofFamily(src, f);
        const QList<Cidr> d = EndpointResolver::ofFamily(dst, f);
        if ((restrictSrc && s.isEmpty()) || (restrictDst && d.isEmpty())) continue;
        QStringList match;
        if (restrictSrc) match.append(addressMatch(f, QStringLiteral("saddr"), s));
        if (restrictDst) match.append(addressMatch(f, QStringLiteral("daddr"), d));
        emit(match.join(QLatin1Char(' ')));
    }
}

/**
 * SSH (22/tcp) on the management NIC(s), from adminNetworks. When the plan lacks either, the
 * fallback keeps SSH reachable and @p warnings says how, so a ruleset never locks SSH out
 * without saying so in its header.
 */
QStringList sshRules(const Host &host, const PlanLookup &lookup, const EndpointResolver &resolver,
                     QStringList *warnings)
{
    QStringList nics;
    QList<Cidr> nicNetworks;
    for (const HostNic &nic : host.nics) {
        const Network *n = lookup.network(nic.network);
        if (n && n->role == QLatin1String("management")) {
            nics.append(nic.name);
            nicNetworks += resolver.expand(n->id).value(0).addresses;
        }
    }
    if (nics.isEmpty()) {
        for (const HostNic &nic : host.nics) {
            nics.append(nic.name);
            if (const Network *n = lookup.network(nic.network))
                nicNetworks += resolver.expand(n->id).value(0).addresses;
        }
        if (!nics.isEmpty())
            warnings->append(QStringLiteral("host %1 has no NIC on a management network: SSH is "
                                            "accepted on all its NICs")
                                 .arg(host.id));
    }
    const bool fromAdmin = !resolver.adminRanges().isEmpty();
    const QList<Cidr> sources =
        fromAdmin ? resolver.adminRanges() : EndpointResolver::merged(nicNetworks);
    if (!fromAdmin)
        warnings->append(QStringLiteral("the plan has no adminNetworks: SSH is accepted only "
                                        "from the network(s) of the SSH NIC(s)"));
    if (nics.isEmpty() || sources.isEmpty()) {
        warnings->append(QStringLiteral("host %1: no NIC with a known network, so this ruleset "
                                        "accepts no SSH at all")
                             .arg(host.id));
        return {};
    }
    QStringList quoted;
    for (const QString &n : nics)
        quoted.append(QLatin1Char('"') + n + QLatin1Char('"'));
    const QString iif =
        quoted.size() == 1
            ? quoted.first()
            : QStringLiteral("{ ") + quoted.join(QStringLiteral(", ")) + QStringLiteral(" }");
    QStringList rules;
    for (const IpFamily f : Families) {
        const QList<Cidr> from = EndpointResolver::ofFamily(sources, f);
        if (from.isEmpty()) continue;
        const QString src =
            fromAdmin
                ? QStringLiteral("%1 saddr @%2").arg(family(f), setName(QStringLiteral("admin"), f))
                : addressMatch(f, QStringLiteral("saddr"), from);
        rules.append(QStringLiteral("iifname %1 %2 tcp dport 22 accept%3")
                         .arg(iif, src,
                              comment(fromAdmin ? QStringLiteral("ssh from adminNetworks")
                                                : QStringLiteral("ssh from the NIC networks"))));
    }
    return rules;
}

} // namespace

QString NftablesExporter::description() const
{
    return QStringLiteral("One nftables ruleset per host (HOSTID.nft) for nft -f");
}

QStringList NftablesExporter::fileNames(const Plan &plan) const
{
    QStringList names;
    for (const Host &h : plan.hosts)
        names.append(h.id + QStringLiteral(".nft"));
    return names;
}

QString NftablesExporter::logPrefix(const QString &code)
{
    return QStringLiteral("planar ") + code + QStringLiteral(": ");
}

bool NftablesExporter::checkNames(const Plan &plan)
{
    QSet<QString> hostIds;
    for (int i = 0; i < plan.hosts.size(); ++i) {
        const Host &h = plan.hosts[i];
        if (!ExportSafety::isDnsLabel(h.id))
            addError(QStringLiteral("hosts[%1].id %2: not a DNS label, cannot name a ruleset file")
                         .arg(i)
                         .arg(ExportSafety::shown(h.id)));
        else if (hostIds.contains(h.id))
            addError(QStringLiteral("hosts[%1].id %2: two hosts share this id").arg(i).arg(h.id));
        hostIds.insert(h.id);
        for (int n = 0; n < h.nics.size(); ++n)
            if (!ExportSafety::isInterfaceName(h.nics[n].name))
                addError(QStringLiteral("hosts[%1].nics[%2].name %3: not an interface name "
                                        "([A-Za-z0-9_.:-]{1,15})")
                             .arg(i)
                             .arg(n)
                             .arg(ExportSafety::shown(h.nics[n].name)));
    }
    for (int i = 0; i < plan.zones.size(); ++i)
        if (!ExportSafety::isDnsLabel(plan.zones[i].id))
            addError(QStringLiteral("zones[%1].id %2: not a DNS label, cannot name a set")
                         .arg(i)
                         .arg(ExportSafety::shown(plan.zones[i].id)));
    for (int i = 0; i < plan.links.size(); ++i) {
        const Link &l = plan.links[i];
        if (!l.id.isEmpty() && !ExportSafety::isDnsLabel(l.id))
            addError(QStringLiteral("links[%1].id %2: not a DNS label")
                         .arg(i)
                         .arg(ExportSafety::shown(l.id)));
        for (const QString &end : {l.from, l.to})
            if (!ExportSafety::isDnsLabel(end))
                addError(QStringLiteral("links[%1] endpoint %2: not a DNS label")
                             .arg(i)
                             .arg(ExportSafety::shown(end)));
    }
    return errors().isEmpty();
}

bool NftablesExporter::write(const Plan &plan, const ExportOptions &options,
                             QList<ExportedFile> *files)
{
    resetMessages();
    if (!checkNames(plan)) return false;
    const PlanLookup lookup(plan);
    const EndpointResolver resolver(plan, lookup);
    for (const QString &e : resolver.errors())
        addError(e);
    if (!errors().isEmpty()) return false;
    const LinkFlows flows(plan, lookup, resolver, options.today);
    LinkedFlows links;
    for (const Link &link : plan.links)
        links.append({&link, flows.allowed(link)});
    const NftSystemFlows system = NftSystemFlows::build(ClusterFlows(plan), resolver);
    QList<ExportedFile> out;
    for (const Host &host : plan.hosts)
        out.append(
            {host.id + QStringLiteral(".nft"), ruleset(host, lookup, resolver, links, system)});
    files->append(out);
    return true;
}

QByteArray NftablesExporter::ruleset(const Host &host, const PlanLookup &lookup,
                                     const EndpointResolver &resolver, const LinkedFlows &links,
                                     const NftSystemFlows &system)
{
    QStringList headerWarnings;

    // Named sets, declared only when the plan has ranges of that plane and family.
    QString sets;
    QSet<QString> declared;
    auto declare = [&](const QString &key, const QList<Cidr> &ranges) {
        for (const IpFamily f : Families) {
            const QList<Cidr> r = EndpointResolver::ofFamily(ranges, f);
            if (r.isEmpty()) continue;
            sets += setDeclaration(setName(key, f), f, r);
            declared.insert(setName(key, f));
        }
    };
    declare(QStringLiteral("admin"), resolver.adminRanges());
    declare(QStringLiteral("host"), resolver.planeRanges(Plane::Host));
    declare(QStringLiteral("vm"), resolver.planeRanges(Plane::Vm));
    declare(QStringLiteral("pod"), resolver.planeRanges(Plane::Pod));
    declare(QStringLiteral("service"), resolver.planeRanges(Plane::Service));
    for (const QString &zone : resolver.vmZones())
        declare(zoneSetKey(zone), resolver.vmZoneRanges(zone));

    Chain input;
    input.rule(QStringLiteral("ct state established,related accept"));
    input.rule(QStringLiteral("ct state invalid drop"));
    input.rule(QStringLiteral("iifname \"lo\" accept"));
    input.rule(QStringLiteral("icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, "
                              "nd-router-solicit, nd-router-advert } accept"));
    Chain output;
    Chain forward;
    forward.rule(QStringLiteral("ct state established,related accept"));

    for (const auto &[linkPtr, allowed] : links) {
        const Link &link = *linkPtr;
        for (const AllowedFlow &flow : allowed) {
            // Into this host: the host itself, or a host network it has a NIC on.
            if (flow.to.kind == EntityKind::Host && flow.to.id == host.id)
                addAccepts(input, link, flow, flow.from.addresses, {}, true, false);
            else if (flow.to.kind == EntityKind::Network && flow.to.plane == Plane::Host &&
                     resolver.hostOnNetwork(host.id, flow.to.id))
                addAccepts(input, link, flow, flow.from.addresses, flow.to.addresses, true, true);
            // From this host to the Pod plane: only what a link (override or exception) allows.
            const bool fromHost =
                (flow.from.kind == EntityKind::Host && flow.from.id == host.id) ||
                (flow.from.kind == EntityKind::Network && flow.from.plane == Plane::Host &&
                 resolver.hostOnNetwork(host.id, flow.from.id));
            if (fromHost && flow.to.plane == Plane::Pod)
                addAccepts(output, link, flow, {}, flow.to.addresses, false, true);
            // Linked VM flows across zones, routed through this host.
            if (flow.from.plane == Plane::Vm && flow.to.plane == Plane::Vm &&
                !flow.from.zone.isEmpty() && !flow.to.zone.isEmpty() &&
                flow.from.zone != flow.to.zone)
                addAccepts(forward, link, flow, flow.from.addresses, flow.to.addresses, true, true);
        }
    }

    for (const IpFamily f : Families) {
        if (declared.contains(setName(QStringLiteral("pod"), f))) {
            input.rule(QStringLiteral("%1 saddr @%2 counter log prefix \"%3\" drop")
                           .arg(family(f), setName(QStringLiteral("pod"), f),
                                logPrefix(QStringLiteral("pod-to-host"))));
            output.rule(QStringLiteral("%1 daddr @%2 counter log prefix \"%3\" drop")
                            .arg(family(f), setName(QStringLiteral("pod"), f),
                                 logPrefix(QStringLiteral("host-to-pod"))));
        }
    }

    for (const QString &rule : sshRules(host, lookup, resolver, &headerWarnings))
        input.rule(rule);

    // The cluster's own traffic between its nodes crosses zones (rules.md, cluster system
    // flows); it is admitted ahead of the cross-zone drops, which are the only forward rules it
    // needs an exception from. The input chain needs none: it sees traffic to the host, and
    // the host is no node.
    if (resolver.vmZones().size() > 1 && !system.rules.isEmpty()) {
        sets += system.sets;
        for (const QString &rule : system.rules)
            forward.rule(rule);
    }
    for (const QString &zoneA : resolver.vmZones())
        for (const QString &zoneB : resolver.vmZones()) {
            if (zoneA == zoneB) continue;
            for (const IpFamily f : Families) {
                const QString a = setName(zoneSetKey(zoneA), f);
                const QString b = setName(zoneSetKey(zoneB), f);
                if (!declared.contains(a) || !declared.contains(b)) continue;
                forward.rule(
                    QStringLiteral("%1 saddr @%2 %1 daddr @%3 counter log prefix \"%4\" drop")
                        .arg(family(f), a, b, logPrefix(QStringLiteral("cross-zone"))));
            }
        }

    QString text =
        QStringLiteral("# Host %1. Apply with: nft -f %1.nft (replaces table inet planar only)\n")
            .arg(host.id);
    for (const QString &w : headerWarnings) {
        text +=
            QStringLiteral("# WARNING: ") + ExportSafety::commentText(w, 200) + QLatin1Char('\n');
        addWarning(w);
    }
    text += QStringLiteral("table inet planar\ndelete table inet planar\n\ntable inet planar {\n");
    text += sets;
    text += input.text(QStringLiteral("input"), QStringLiteral("input"), QStringLiteral("drop"));
    text +=
        output.text(QStringLiteral("output"), QStringLiteral("output"), QStringLiteral("accept"));
    text += forward.text(QStringLiteral("forward"), QStringLiteral("forward"),
                         QStringLiteral("accept"));
    text += QStringLiteral("}\n");
    return text.toUtf8();
}

} // namespace Planar
