#pragma once

#include "report.h"

#include "net/cidr.h"

#include <QSet>

namespace Planar {

/**
 * The definitions of compliance.md (zoneOf, CDE, untrusted, reasonOk, portsOk, finding code
 * families) computed once per plan, so that every check reads them the same way.
 */
class ReportFacts {
public:
    ReportFacts(const Plan &plan, const QList<Finding> &findings);

    const Plan &plan() const { return mPlan; }
    const PlanLookup &lookup() const { return mLookup; }
    const QList<Finding> &findings() const { return mFindings; }

    /** The zone of an entity; a zone endpoint is its own zone; empty when none. */
    QString zoneOf(const QString &id) const;
    bool isCdeZone(const QString &zone) const { return mCdeZones.contains(zone); }
    bool hasCde() const { return !mCdeZones.isEmpty(); }
    bool inCde(const QString &id) const { return isCdeZone(zoneOf(id)); }
    bool cdeInbound(const Link &link) const;
    bool cdeOutbound(const Link &link) const;
    /** inbound | outbound | internal | none. */
    QString cdeDirection(const Link &link) const;

    /** An `external` network not inside `adminNetworks`. */
    bool untrusted(const QString &id) const;
    bool importantZone(const QString &zone) const;
    std::optional<int> levelOf(const QString &zone) const;

    static bool reasonOk(const Link &link);
    static bool portsOk(const Link &link) { return !link.ports.isEmpty(); }

    /** The findings with one of @p codes (or, with a trailing '*', a code prefix). */
    QList<Finding> findingsWith(const QStringList &codes) const;
    /** Codes of a family: "S", "A", "V", "LM". */
    static QStringList family(const QString &name);

private:
    const Plan &mPlan;
    PlanLookup mLookup;
    QList<Finding> mFindings;
    QSet<QString> mCdeZones;
    QList<Cidr> mAdmin;
};

} // namespace Planar
