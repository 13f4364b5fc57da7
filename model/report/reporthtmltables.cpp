// The tables of report.html: flows, exceptions, checklist, findings and the appendices.
#include "checkcatalogue.h"
#include "reporthtmlsections.h"
#include "reportwording.h"

namespace Planar::ReportHtml {

void flows(HtmlWriter &w, const Report &r, const ReportText &t)
{
    w.element(QStringLiteral("h3"), t("zoneMatrix"));
    QStringList headers{t("from") + QStringLiteral(" \\ ") + t("to")};
    for (const ReportZone &z : r.zones)
        headers << z.id;
    w.beginTable(headers, QStringLiteral("matrix"));
    for (const ReportZone &a : r.zones) {
        QStringList cells{a.id};
        for (const ReportZone &b : r.zones) {
            const ZoneCell *c = r.zoneCell(a.id, b.id);
            cells << (c ? QStringLiteral("%1 %2: %3")
                              .arg(c->links.size())
                              .arg(t("links"), c->ports.join(QStringLiteral(", ")))
                        : t("defaultDeny"));
        }
        w.row(cells, {HtmlWriter::attr("data-zone", a.id)});
    }
    w.endTable();

    w.element(QStringLiteral("h3"), t("flows"));
    w.beginTable({t("link"), t("from"), t("to"), t("ports"), t("verdictCol"), t("enforcedBy"),
                  t("justification"), t("cdeDirection")});
    for (const ReportFlow &f : r.flows) {
        const auto end = [&](const QString &ids, const QString &kind, const QString &zone,
                             const QString &planes) {
            // A system row's end is every node of a zone: thousands of ids on a large plan,
            // which the page shortens (report.json and flows.csv keep them all).
            const QStringList list = ids.split(QLatin1Char(' '));
            const QString id = f.system && list.size() > 12 ? t.ids(list, 12) : ids;
            return QStringLiteral("%1 (%2%3%4)")
                .arg(id, kind, zone.isEmpty() ? QString() : QStringLiteral(", ") + zone,
                     planes.isEmpty() ? QString() : QStringLiteral(", ") + planes);
        };
        const QString fromPlane = f.planes.section(QStringLiteral("->"), 0, 0);
        const QString toPlane = f.planes.section(QStringLiteral("->"), 1, 1).section(',', 0, 0);
        w.row(
            {f.link, end(f.from, f.fromKind, f.fromZone, fromPlane),
             end(f.to, f.toKind, f.toZone, toPlane),
             f.ports.isEmpty() ? t("allPorts") : f.ports.join(QStringLiteral(", ")),
             f.verdict + QStringLiteral(" — ") + flowExplanation(f, t).join(t("phrase.separator")),
             r.enforcementSkipped     ? t("enforcementSkipped")
             : f.enforcedBy.isEmpty() ? t("none")
                                      : f.enforcedBy.join(QStringLiteral(", ")),
             f.system                       ? t("systemFlowReason")
             : f.reason.trimmed().isEmpty() ? QStringLiteral("MISSING")
                                            : f.reason,
             f.cde},
            {HtmlWriter::attr("data-link", f.link), HtmlWriter::attr("data-verdict", f.verdict)});
    }
    w.endTable();

    w.element(QStringLiteral("h3"), t("planeMatrix"));
    QStringList planeHeaders{t("from") + QStringLiteral(" \\ ") + t("to")};
    for (const Plane p : AllPlanes)
        planeHeaders << planeKey(p);
    w.beginTable(planeHeaders, QStringLiteral("matrix"));
    for (const Plane from : AllPlanes) {
        QStringList cells{planeKey(from)};
        for (const PlaneCell &c : r.planeMatrix) {
            if (c.from != from) continue;
            QString text = t(c.allowed ? "allow" : "deny");
            if (c.conditional) text += QStringLiteral(" (") + t("conditional") + QLatin1Char(')');
            if (!c.code.isEmpty()) text += QStringLiteral(" ") + c.code;
            if (c.overridden)
                text += QStringLiteral(" [") + t("overridden") +
                        (c.overrideReason.isEmpty() ? QString()
                                                    : QStringLiteral(": ") + c.overrideReason) +
                        QLatin1Char(']');
            cells << text;
        }
        w.row(cells);
    }
    w.endTable();
}

void exceptions(HtmlWriter &w, const Report &r, const ReportText &t)
{
    if (r.exceptions.isEmpty()) {
        w.element(QStringLiteral("p"), t("noExceptions"));
        return;
    }
    w.beginTable({t("link"), t("ports"), t("reason"), t("approvedBy"), t("expires"), t("daysLeft"),
                  t("state")});
    for (const ReportException &e : r.exceptions)
        w.row({e.link, e.ports.isEmpty() ? t("allPorts") : e.ports.join(QStringLiteral(", ")),
               e.reason, e.approvedBy, e.expires.toString(Qt::ISODate),
               e.daysLeft ? QString::number(*e.daysLeft) : QString(), e.state},
              {HtmlWriter::attr("data-link", e.link), HtmlWriter::attr("data-state", e.state)});
    w.endTable();
}

void checklist(HtmlWriter &w, const Report &r, const ReportText &t)
{
    if (r.profiles.isEmpty()) {
        w.element(QStringLiteral("p"), t("noProfile"), {HtmlWriter::attr("class", "banner")});
        return;
    }
    for (const QString &profile : r.profiles) {
        w.element(QStringLiteral("h3"), profile + QStringLiteral(": ") +
                                            t(QStringLiteral("verdict.") + r.verdict(profile)));
        // Status, mode and attestation keep a column wide enough for their word ("manual",
        // "Attestation") in either language, so that no word breaks in two.
        w.beginTable({t("check"), t("refs"), t("clause"), t("mode"), t("must"), t("evidence"),
                      t("status"), t("attestation")},
                     {}, {14, 11, 15, 8, 16, 14, 9, 13});
        for (const ReportCheck &c : r.checks) {
            if (c.profile != profile) continue;
            const QString detail = checkDetail(c, t);
            QString evidence = detail;
            if (!c.subjects.isEmpty() && !detail.contains(c.subjects.front()))
                evidence +=
                    QStringLiteral(" [") + c.subjects.join(QStringLiteral(", ")) + QLatin1Char(']');
            w.row({c.id, c.refs.join(QStringLiteral("; ")), c.clause,
                   t(c.automatic ? "auto" : "manualMode"), t(QStringLiteral("must.") + c.id),
                   evidence, t(statusKey(c.status)),
                   c.status == CheckStatus::Manual ? t("signature") : QString()},
                  {HtmlWriter::attr("data-check", c.id),
                   HtmlWriter::attr("data-status", statusKey(c.status))},
                  {0, 3, 6});
        }
        w.endTable();
    }
}

void findings(HtmlWriter &w, const Report &r, const ReportText &t)
{
    if (r.findings.isEmpty()) {
        w.element(QStringLiteral("p"), t("noFindings"));
        return;
    }
    w.beginTable({t("severity"), t("code"), t("subjects"), t("message"), t("affects")});
    for (const ReportFinding &f : r.findings)
        w.row({severityKey(f.finding.severity), f.finding.code,
               f.finding.subjects.join(QStringLiteral(", ")), f.finding.message,
               joined(f.checks, t)},
              {HtmlWriter::attr("data-code", f.finding.code)});
    w.endTable();
}

void segmentation(HtmlWriter &w, const Report &r, const ReportText &t)
{
    w.beginTable({t("from"), t("to"), t("address"), t("port"), t("expect"), t("reason")});
    for (const SegmentationProbe &p : r.probes)
        w.row({p.from, p.to, p.address, p.port, t(p.expect == u"deny" ? "deny" : "allow"),
               t(p.reason)},
              {HtmlWriter::attr("data-expect", p.expect)});
    w.endTable();
}

void notEvidenced(HtmlWriter &w, const ReportText &t)
{
    w.element(QStringLiteral("p"), t("notEvidencedIntro"));
    w.beginTable({t("refs"), t("clause"), t("reason")});
    const bool chinese = t.lang() == u"zh-CN";
    for (const UnevidencedClause &c : unevidencedClauses())
        w.row({c.ref, chinese ? c.titleZh : c.title, chinese ? c.whyZh : c.why});
    w.endTable();
}

} // namespace Planar::ReportHtml
