#pragma once

#include "net/cidr.h"
#include "plan/planlookup.h"
#include "planematrix.h"

#include <QDate>

#include <mutex>

namespace Planar {

/** How one flow of a link fares: which endpoint planes, allowed or not, and what decided it. */
struct FlowVerdict {
    QString fromId; // the concrete endpoints; a zone endpoint stands for its members
    QString toId;
    Plane fromPlane = Plane::Host;
    Plane toPlane = Plane::Host;
    bool allowed = true;
    /** The rule code when the matrix denies the flow (host-to-pod, cross-zone …), else empty. */
    QString code;
    /** A denied flow that a live exception lets through. */
    bool byException = false;
    /** One sentence for users: the matrix cell, override, zone or exception that decided. */
    QString decidedBy;

    /** What decided, as data, so that the report can word it in its own language. */
    enum class Rule {
        Matrix,              // the plane matrix's cell (fromPlane, toPlane)
        Override,            // the plan's policy override; args: its reason
        SameZone,            // VM → VM in one zone
        CrossZone,           // VM → VM across zones; args: from zone, to zone
        FromAdminNetwork,    // external → host; args: the external end
        NotFromAdminNetwork, // args: the external end
        ExposedWorkload,     // external → Pod; args: workload, expose type
        UnexposedWorkload,   // args: workload
        Exception,           // args: reason, approvedBy, expires (ISO date) — each may be empty
    };
    Rule rule = Rule::Matrix;
    QStringList ruleArgs;
};

/**
 * Judges links against the plane matrix, the plan's overrides, adminNetworks, zones, `expose`
 * and exceptions. The validator, `planar-cli explain` and the editor's link tooltips share it,
 * so they never disagree.
 */
class LinkJudge {
public:
    LinkJudge(const Plan &plan, const PlanLookup &lookup, const QDate &today);

    /** Plane of an endpoint id; nullopt for zones and unknown ids. */
    std::optional<Plane> planeOf(const QString &id) const;

    /** How much of each verdict judge() words. */
    enum class Wording {
        All,        // every verdict's decidedBy and ruleArgs: explain, tooltips, the report
        DeniedOnly, // only denied flows': the validator, which words nothing else, on every link
    };
    /** One verdict per distinct pair of endpoint planes; empty when an endpoint is unknown. */
    QList<FlowVerdict> judge(const Link &link, Wording wording = Wording::All) const;
    /** The same for a link whose ends the caller has looked up (@p from, @p to). */
    QList<FlowVerdict> judge(const Link &link, PlanLookup::Ref from, PlanLookup::Ref to,
                             Wording wording) const;

    const PlaneMatrix &matrix() const { return mMatrix; }

private:
    struct Endpoint;
    /** The endpoints id @p id, which the lookup gives as @p ref, stands for. */
    QList<Endpoint> expand(const QString &id, PlanLookup::Ref ref) const;
    /** Words the verdict when it is allowed and @p wordAllowed, or denied and @p wordDenied. */
    FlowVerdict judgeFlow(const Endpoint &from, const Endpoint &to, bool wordAllowed,
                          bool wordDenied) const;
    void word(FlowVerdict &v, const PlaneMatrix::Cell &cell, const Endpoint &from,
              const Endpoint &to) const;
    static void wordException(FlowVerdict &v, const LinkException &e);
    bool inAdminNetworks(const Endpoint &from) const;
    /** The ids in each zone; built at the first zone end, as most links name none. */
    const QHash<QString, QList<QString>> &zoneMembers() const;

    const Plan &mPlan;
    const PlanLookup &mLookup;
    QDate mToday;
    PlaneMatrix mMatrix;
    mutable std::once_flag mZoneMembersOnce; // const and thread-safe, as before
    mutable QHash<QString, QList<QString>> mZoneMembers;
    QList<Cidr> mAdminCidrs;
    QList<std::optional<Cidr>> mNetworkCidrs; // by network index, parsed once
};

} // namespace Planar
