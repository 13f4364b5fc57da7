#include "report.h"

namespace Planar {

QString scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::Cde:
        return QStringLiteral("cde");
    case Scope::ConnectedTo:
        return QStringLiteral("connected-to");
    case Scope::OutOfScope:
        break;
    }
    return QStringLiteral("out-of-scope");
}

QString statusKey(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Manual:
        return QStringLiteral("manual");
    case CheckStatus::NotApplicable:
        break;
    }
    return QStringLiteral("n/a");
}

QStringList knownProfiles()
{
    return {QStringLiteral("pci-dss"), QStringLiteral("mlps2-level3")};
}

QString Report::verdict(const QString &profile) const
{
    bool manual = false;
    for (const ReportCheck &c : checks) {
        if (c.profile != profile) continue;
        if (c.status == CheckStatus::Fail) return QStringLiteral("fail");
        manual = manual || c.status == CheckStatus::Manual;
    }
    return manual ? QStringLiteral("manual review required") : QStringLiteral("pass");
}

const ReportCheck *Report::check(const QString &id) const
{
    for (const ReportCheck &c : checks)
        if (c.id == id) return &c;
    return nullptr;
}

const ZoneCell *Report::zoneCell(const QString &from, const QString &to) const
{
    for (const ZoneCell &c : zoneMatrix)
        if (c.from == from && c.to == to) return &c;
    return nullptr;
}

} // namespace Planar
