#include "checkrow.h"

#include "export/linkflows.h"

namespace Planar {

namespace {

QStringList linkNames(const QList<const Link *> &links)
{
    QStringList out;
    for (const Link *l : links)
        out.append(LinkFlows::linkName(*l));
    return out;
}

enum class Which { Inbound, Outbound, Touching };

/** reasonOk and portsOk for each link, failing the row on the ones that lack either. */
void requireJustified(CheckRow &row, const QList<const Link *> &links, Which which)
{
    QStringList noReason, noPorts;
    for (const Link *l : links) {
        if (!ReportFacts::reasonOk(*l)) noReason.append(LinkFlows::linkName(*l));
        if (!ReportFacts::portsOk(*l)) noPorts.append(LinkFlows::linkName(*l));
    }
    static const char *const reasonKeys[] = {"detail.noReason.inbound", "detail.noReason.outbound",
                                             "detail.noReason.touching"};
    static const char *const portKeys[] = {"detail.noPorts.inbound", "detail.noPorts.outbound",
                                           "detail.noPorts.touching"};
    if (!noReason.isEmpty()) row.fail(reasonKeys[int(which)], noReason);
    if (!noPorts.isEmpty()) row.fail(portKeys[int(which)], noPorts);
}

/** No LM finding may name a CDE member (pci-1.3.1, 1.3.2). */
void requireNoCdeLateralFindings(CheckRow &row, const ReportFacts &facts)
{
    for (const Finding &f : facts.findingsWith(ReportFacts::family("LM"))) {
        bool cde = false;
        for (const QString &s : f.subjects)
            cde = cde || facts.inCde(s);
        if (cde) row.fail("detail.cdeFinding", f.subjects, {f.code});
    }
}

ReportCheck diagramCheck(const ReportFacts &facts, const DiagramEvidence *diagram)
{
    CheckRow row(QStringLiteral("pci-1.2.3"));
    const Plan &p = facts.plan();
    if (!facts.hasCde()) row.fail("detail.noCde", {});
    row.failOnFindings(facts, ReportFacts::family("S"));
    QStringList ids;
    for (const Host &e : p.hosts)
        ids << e.id;
    for (const Vm &e : p.vms)
        ids << e.id;
    for (const Network &e : p.networks)
        ids << e.id;
    for (const Workload &e : p.workloads)
        ids << e.id;
    for (const Zone &e : p.zones)
        ids << e.id;
    if (!diagram) {
        row.fail("detail.noDiagram", {});
        return row.finish();
    }
    QStringList missing, missingLinks;
    for (const QString &id : ids)
        if (!diagram->nodes.contains(id)) missing << id;
    for (const Link &l : p.links)
        if (!diagram->links.contains(LinkFlows::linkName(l)))
            missingLinks << LinkFlows::linkName(l);
    if (!missing.isEmpty()) row.fail("detail.notInDiagram", missing);
    if (!missingLinks.isEmpty()) row.fail("detail.linksNotInDiagram", missingLinks);
    row.evidence("detail.diagram", {QString::number(ids.size()), QString::number(p.links.size())});
    return row.finish();
}

ReportCheck inboundOrOutbound(const ReportFacts &facts, bool inbound)
{
    CheckRow row(inbound ? QStringLiteral("pci-1.3.1") : QStringLiteral("pci-1.3.2"));
    if (!facts.hasCde()) {
        row.notApplicable("detail.naNoCde");
        return row.finish();
    }
    QList<const Link *> links;
    QStringList toAnywhere;
    for (const Link &l : facts.plan().links) {
        if (!(inbound ? facts.cdeInbound(l) : facts.cdeOutbound(l))) continue;
        links.append(&l);
        const Network *n = facts.lookup().network(l.to);
        if (!inbound && n && l.ports.isEmpty() && (n->cidr == u"0.0.0.0/0" || n->cidr == u"::/0"))
            toAnywhere << LinkFlows::linkName(l);
    }
    requireJustified(row, links, inbound ? Which::Inbound : Which::Outbound);
    if (!toAnywhere.isEmpty()) row.fail("detail.toAnywhere", toAnywhere);
    requireNoCdeLateralFindings(row, facts);
    row.evidence({inbound ? QStringLiteral("detail.cdeLinks.inbound")
                          : QStringLiteral("detail.cdeLinks.outbound"),
                  {QString::number(links.size())},
                  linkNames(links),
                  true});
    return row.finish();
}

ReportCheck untrustedCheck(const ReportFacts &facts)
{
    CheckRow row(QStringLiteral("pci-1.4"));
    QStringList notExposed, noPorts, undeclared;
    int count = 0;
    for (const Link &l : facts.plan().links) {
        if (!facts.untrusted(l.from)) continue;
        ++count;
        const QString name = LinkFlows::linkName(l);
        const Workload *w = facts.lookup().workload(l.to);
        if (!w || !w->expose || !w->expose->isExternal()) notExposed << name;
        if (!ReportFacts::portsOk(l)) noPorts << name;
        if (!w) continue;
        for (const PortRange &r : l.ports) {
            bool declared = true;
            for (int port = r.low; port <= r.high && declared; ++port) {
                bool found = false;
                for (const WorkloadPort &wp : w->ports)
                    found = found || (wp.port == port && wp.effectiveProtocol() == r.protocol);
                declared = found;
            }
            if (!declared && !undeclared.contains(name)) undeclared << name;
        }
    }
    if (!notExposed.isEmpty()) row.fail("detail.untrustedNotExposed", notExposed);
    if (!noPorts.isEmpty()) row.fail("detail.untrustedAllPorts", noPorts);
    if (!undeclared.isEmpty()) row.fail("detail.untrustedUndeclared", undeclared);
    row.failOnFindings(facts, checkSpec(QStringLiteral("pci-1.4"))->codes);
    row.evidence("detail.untrustedCount", {QString::number(count)});
    return row.finish();
}

ReportCheck mixedHostCheck(const ReportFacts &facts)
{
    CheckRow row(QStringLiteral("pci-2.2.3"));
    const Plan &p = facts.plan();
    if (p.vms.isEmpty()) {
        row.notApplicable("detail.naNoVms");
        return row.finish();
    }
    QStringList mixed;
    for (const Host &h : p.hosts) {
        QSet<QString> kinds;
        QStringList members{h.id};
        for (const qsizetype i : facts.lookup().vmsOfHost(h.id)) {
            const Vm &vm = p.vms[i];
            members << vm.id;
            const auto level = facts.levelOf(vm.zone);
            kinds.insert(QStringLiteral("%1|%2|%3")
                             .arg(vm.zone, level ? QString::number(*level) : QString())
                             .arg(facts.isCdeZone(vm.zone)));
        }
        if (kinds.size() <= 1) continue;
        mixed << h.id;
        const QStringList codes = checkSpec(QStringLiteral("pci-2.2.3"))->codes;
        for (const Finding &f : facts.findingsWith(codes))
            for (const QString &s : f.subjects)
                if (members.contains(s)) {
                    row.fail("detail.mixedHostFinding", f.subjects, {h.id, f.code});
                    break;
                }
    }
    if (!mixed.isEmpty())
        row.needsReview("detail.mixedHosts", mixed);
    else
        row.evidence("detail.oneZonePerHost");
    return row.finish();
}

ReportCheck manualCdeCheck(const ReportFacts &facts, const QString &id, const char *evidence,
                           const QStringList &args, const QStringList &subjects = {})
{
    CheckRow row(id);
    if (!facts.hasCde())
        row.fail("detail.noCde", {});
    else
        row.needsReview(evidence, subjects, args);
    return row.finish();
}

} // namespace

QList<ReportCheck> pciChecks(const ReportFacts &facts, const Report &report,
                             const DiagramEvidence *diagram)
{
    QList<ReportCheck> out;
    out << diagramCheck(facts, diagram);

    QStringList touching;
    for (const ReportFlow &f : report.flows)
        // A system flow has a row per pair of node zones under one name: named once.
        if (f.cde != u"none" && !touching.contains(f.link)) touching << f.link;
    out << manualCdeCheck(facts, QStringLiteral("pci-1.2.4"), "detail.touchingFlows",
                          {QString::number(touching.size())}, touching);

    CheckRow justified(QStringLiteral("pci-1.2.5"));
    QList<const Link *> cdeLinks;
    QStringList incomplete;
    for (const Link &l : facts.plan().links) {
        if (facts.cdeDirection(l) != u"none") cdeLinks << &l;
        if (l.exception &&
            (l.exception->reason.trimmed().isEmpty() ||
             l.exception->approvedBy.trimmed().isEmpty() || !l.exception->expires.isValid()))
            incomplete << LinkFlows::linkName(l);
    }
    requireJustified(justified, cdeLinks, Which::Touching);
    if (!incomplete.isEmpty()) justified.fail("detail.incompleteExceptions", incomplete);
    justified.failOnFindings(facts, checkSpec(QStringLiteral("pci-1.2.5"))->codes);
    justified.evidence("detail.cdeLinksExceptions", {QString::number(cdeLinks.size()),
                                                     QString::number(report.exceptions.size())});
    out << justified.finish();

    CheckRow review(QStringLiteral("pci-1.2.7"));
    if (const auto &r = facts.plan().reviewed) {
        review.setAutomatic(true);
        const qint64 age = r->date.isValid() ? r->date.daysTo(report.today) : -1;
        if (r->by.trimmed().isEmpty()) review.fail("detail.reviewNoBy", {});
        if (!r->date.isValid())
            review.fail("detail.reviewNoDate", {});
        else if (age > 183)
            review.fail("detail.reviewTooOld", {}, {QString::number(age)});
        review.evidence("detail.reviewed",
                        {r->by, r->date.toString(Qt::ISODate), QString::number(age)});
    } else {
        review.needsReview("detail.noReview", {});
    }
    out << review.finish();

    out << inboundOrOutbound(facts, true) << inboundOrOutbound(facts, false);
    out << untrustedCheck(facts) << mixedHostCheck(facts);
    out << manualCdeCheck(facts, QStringLiteral("pci-11.4.5"),
                          report.checklistOnly ? "detail.probesLater" : "detail.probes",
                          {QString::number(report.probes.size())});
    out << manualCdeCheck(facts, QStringLiteral("pci-12.5.2"), "detail.scope",
                          {QString::number(report.cdeEntities.size()),
                           QString::number(report.connectedEntities.size()),
                           QString::number(report.outOfScopeEntities.size())});
    return out;
}

} // namespace Planar
