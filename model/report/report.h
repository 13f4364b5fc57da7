#pragma once

#include "check/clusterflows.h"
#include "check/finding.h"
#include "check/linkjudge.h"
#include "plan/plan.h"
#include "plan/planlookup.h"

#include <QDate>

#include <optional>

namespace Planar {

/** PCI DSS scoping of a zone or entity (compliance.md, section zones). */
enum class Scope { Cde, ConnectedTo, OutOfScope };
QString scopeKey(Scope scope); // cde | connected-to | out-of-scope

enum class CheckStatus { Pass, Fail, Manual, NotApplicable };
QString statusKey(CheckStatus status); // pass | fail | manual | n/a

/**
 * A sentence of the report kept as data: a ReportText key, its arguments (ids, counts, codes,
 * dates: the same in every language) and the ids it names after a colon. Each output words it
 * in the report's language, so no sentence is written in English inside the model.
 */
struct ReportPhrase {
    QString key;
    QStringList args;
    QStringList ids;
    /** Show the list even when empty ("none"), for evidence that names what it counted. */
    bool listed = false;
};

/** One zone with its members and PCI scope. */
struct ReportZone {
    QString id;
    QString name;
    std::optional<int> level;
    bool cde = false;
    Scope scope = Scope::OutOfScope;
    QStringList hosts, vms, networks, workloads;
    QList<int> vlans;
};

/** One link as a data flow: its verdict, CDE direction and the artifacts that enforce it. */
struct ReportFlow {
    QString link; // the link's id, or FROM-to-TO as the artifacts name it
    QString from, to;
    QString fromKind, toKind; // host | VM | workload | network | zone | unknown
    QString fromZone, toZone;
    QStringList ports; // canonical "443/TCP"; empty: all ports
    QString planes;    // "pod->pod", several joined by ", "
    QString verdict;   // allowed | allowed-by-exception | denied:CODE
    /** What the LinkJudge decided, one per distinct explanation (reportwording.h words it). */
    QList<FlowVerdict> verdicts;
    QString reason;
    QString cde; // inbound | outbound | internal | none
    QStringList enforcedBy;
    /** A cluster system flow (rules.md): derived from the plan, never drawn as a link. */
    bool system = false;
    SystemFlow systemFlow; // the system flow a system row stands for
};

/** The reason every cluster system flow carries in the report. */
inline QString systemFlowReason()
{
    return QStringLiteral("Kubernetes system flow (implicit)");
}

/** One exception (临时授权) with its state on the report's date. */
struct ReportException {
    QString link;
    QStringList ports;
    QString reason, approvedBy;
    QDate expires;
    QString state; // live | expired | no-expiry
    std::optional<qint64> daysLeft;
};

/** One row of the checklist. */
struct ReportCheck {
    QString id;
    QString profile;
    QStringList refs;
    QString clause; // the clause's wording (Chinese for MLPS)
    bool automatic = true;
    CheckStatus status = CheckStatus::Pass;
    QStringList subjects;        // offending or evidencing ids
    QList<ReportPhrase> details; // the evidence, worded in one line by checkDetail()
};

struct ReportFinding {
    Finding finding;
    QStringList checks; // the check ids whose condition names this finding's code
};

/** One probe of the segmentation test plan (PCI 11.4.5). */
struct SegmentationProbe {
    QString from, to, address, port;
    QString expect; // deny | allow
    ReportPhrase reason;
};

/** One cell of the zone × zone flow matrix. */
struct ZoneCell {
    QString from, to;
    QStringList links;
    QStringList ports;
};

/** One cell of the plane matrix, with the plan's override marked. */
struct PlaneCell {
    Plane from = Plane::Host, to = Plane::Host;
    bool allowed = true;
    bool conditional = false;
    bool overridden = false;
    QString code;
    QString overrideReason;
};

/** Every section of the compliance report as data; every output renders this. */
struct Report {
    QString planName, description, sha256, version;
    QDate today;
    QStringList profiles;        // the evaluated profiles, in the plan's order
    QStringList unknownProfiles; // names in `profiles` this build does not know
    std::optional<Review> reviewed;
    QList<ReportZone> zones;
    QStringList cdeEntities, connectedEntities, outOfScopeEntities;
    QList<ReportFlow> flows;
    QList<ZoneCell> zoneMatrix; // only cells with links; the rest is "deny (default)"
    QList<PlaneCell> planeMatrix;
    QList<ReportException> exceptions;
    QList<ReportCheck> checks;
    QList<ReportFinding> findings;
    QList<SegmentationProbe> probes;
    bool forced = false; // written with --force although the plan has errors
    /** Built with ReportDepth::Checklist: no hash, no "enforced by", no probes. */
    bool checklistOnly = false;
    /** A full report of a plan beyond ReportEnforcementLimit: "enforced by" was not read. */
    bool enforcementSkipped = false;

    /** "fail", "manual review required" or "pass" for @p profile. */
    QString verdict(const QString &profile) const;
    const ReportCheck *check(const QString &id) const;
    const ZoneCell *zoneCell(const QString &from, const QString &to) const;
};

/** The profile names the checklist knows, in the contract's order. */
QStringList knownProfiles();

} // namespace Planar
