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

/** reasonOk and portsOk for each link, failing the row on the ones that lack either. */
void requireJustified(CheckRow &row, const QList<const Link *> &links, const QString &which)
{
    QStringList noReason, noPorts;
    for (const Link *l : links) {
        if (!ReportFacts::reasonOk(*l)) noReason.append(LinkFlows::linkName(*l));
        if (!ReportFacts::portsOk(*l)) noPorts.append(LinkFlows::linkName(*l));
    }
    if (!noReason.isEmpty()) row.fail(which + QStringLiteral(" links without a reason"), noReason);
    if (!noPorts.isEmpty()) row.fail(which + QStringLiteral(" links open on all ports"), noPorts);
}

/** No LM finding may name a CDE member (pci-1.3.1, 1.3.2). */
void requireNoCdeLateralFindings(CheckRow &row, const ReportFacts &facts)
{
    for (const Finding &f : facts.findingsWith(ReportFacts::family("LM"))) {
        bool cde = false;
        for (const QString &s : f.subjects)
            cde = cde || facts.inCde(s);
        if (cde) row.fail(QStringLiteral("finding %1 on a CDE member").arg(f.code), f.subjects);
    }
}

ReportCheck diagramCheck(const ReportFacts &facts, const DiagramEvidence *diagram)
{
    CheckRow row(QStringLiteral("pci-1.2.3"));
    const Plan &p = facts.plan();
    if (!facts.hasCde()) row.fail(QStringLiteral("no zone has cde: true"), {});
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
        row.fail(QStringLiteral("no diagram was drawn"), {});
        return row.finish();
    }
    QStringList missing, missingLinks;
    for (const QString &id : ids)
        if (!diagram->nodes.contains(id)) missing << id;
    for (const Link &l : p.links)
        if (!diagram->links.contains(LinkFlows::linkName(l)))
            missingLinks << LinkFlows::linkName(l);
    if (!missing.isEmpty()) row.fail(QStringLiteral("not in the diagram"), missing);
    if (!missingLinks.isEmpty()) row.fail(QStringLiteral("links not in the diagram"), missingLinks);
    row.evidence(QStringLiteral("diagram: %1 nodes, %2 links").arg(ids.size()).arg(p.links.size()));
    return row.finish();
}

ReportCheck inboundOrOutbound(const ReportFacts &facts, bool inbound)
{
    CheckRow row(inbound ? QStringLiteral("pci-1.3.1") : QStringLiteral("pci-1.3.2"));
    if (!facts.hasCde()) {
        row.notApplicable(QStringLiteral("no CDE"));
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
    const QString which = inbound ? QStringLiteral("CDE-inbound") : QStringLiteral("CDE-outbound");
    requireJustified(row, links, which);
    if (!toAnywhere.isEmpty())
        row.fail(QStringLiteral("CDE-outbound links to anywhere on all ports"), toAnywhere);
    requireNoCdeLateralFindings(row, facts);
    row.evidence(
        QStringLiteral("%1 %2 links: %3")
            .arg(links.size())
            .arg(which, links.isEmpty() ? QStringLiteral("none") : idList(linkNames(links))));
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
    if (!notExposed.isEmpty())
        row.fail(QStringLiteral("untrusted links not ending at an exposed workload"), notExposed);
    if (!noPorts.isEmpty()) row.fail(QStringLiteral("untrusted links open on all ports"), noPorts);
    if (!undeclared.isEmpty())
        row.fail(QStringLiteral("untrusted links on ports the workload does not declare"),
                 undeclared);
    row.failOnFindings(facts, checkSpec(QStringLiteral("pci-1.4"))->codes);
    row.evidence(QStringLiteral("%1 links from untrusted networks").arg(count));
    return row.finish();
}

ReportCheck mixedHostCheck(const ReportFacts &facts)
{
    CheckRow row(QStringLiteral("pci-2.2.3"));
    const Plan &p = facts.plan();
    if (p.vms.isEmpty()) {
        row.notApplicable(QStringLiteral("no VMs"));
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
                    row.fail(QStringLiteral("mixed host %1 with finding %2").arg(h.id, f.code),
                             f.subjects);
                    break;
                }
    }
    if (!mixed.isEmpty())
        row.needsReview(QStringLiteral("hosts running VMs of different zones or levels"), mixed);
    else
        row.evidence(QStringLiteral("every host runs VMs of one zone and level"));
    return row.finish();
}

ReportCheck manualCdeCheck(const ReportFacts &facts, const QString &id, const QString &evidence,
                           const QStringList &subjects)
{
    CheckRow row(id);
    if (!facts.hasCde())
        row.fail(QStringLiteral("no zone has cde: true"), {});
    else
        row.needsReview(evidence, subjects);
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
    out << manualCdeCheck(facts, QStringLiteral("pci-1.2.4"),
                          QStringLiteral("%1 CDE-touching flows; which carry account data is "
                                         "for a person to confirm")
                              .arg(touching.size()),
                          touching);

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
    requireJustified(justified, cdeLinks, QStringLiteral("CDE-touching"));
    if (!incomplete.isEmpty())
        justified.fail(QStringLiteral("exceptions without reason, approvedBy or expires"),
                       incomplete);
    justified.failOnFindings(facts, checkSpec(QStringLiteral("pci-1.2.5"))->codes);
    justified.evidence(QStringLiteral("%1 CDE-touching links, %2 exceptions")
                           .arg(cdeLinks.size())
                           .arg(report.exceptions.size()));
    out << justified.finish();

    CheckRow review(QStringLiteral("pci-1.2.7"));
    if (const auto &r = facts.plan().reviewed) {
        review.setAutomatic(true);
        const qint64 age = r->date.isValid() ? r->date.daysTo(report.today) : -1;
        if (r->by.trimmed().isEmpty()) review.fail(QStringLiteral("reviewed.by is empty"), {});
        if (!r->date.isValid())
            review.fail(QStringLiteral("reviewed.date is missing"), {});
        else if (age > 183)
            review.fail(QStringLiteral("last review %1 days ago (more than 183)").arg(age), {});
        review.evidence(QStringLiteral("reviewed by %1 on %2, %3 days ago")
                            .arg(r->by, r->date.toString(Qt::ISODate))
                            .arg(age));
    } else {
        review.needsReview(QStringLiteral("the plan records no review (reviewed: {by, date})"), {});
    }
    out << review.finish();

    out << inboundOrOutbound(facts, true) << inboundOrOutbound(facts, false);
    out << untrustedCheck(facts) << mixedHostCheck(facts);
    out << manualCdeCheck(
        facts, QStringLiteral("pci-11.4.5"),
        report.checklistOnly
            ? QStringLiteral("segmentation appendix: written with the report")
            : QStringLiteral("segmentation appendix: %1 probes").arg(report.probes.size()),
        {});
    out << manualCdeCheck(facts, QStringLiteral("pci-12.5.2"),
                          QStringLiteral("scope: %1 cde, %2 connected-to, %3 out-of-scope")
                              .arg(report.cdeEntities.size())
                              .arg(report.connectedEntities.size())
                              .arg(report.outOfScopeEntities.size()),
                          {});
    return out;
}

} // namespace Planar
