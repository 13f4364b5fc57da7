#pragma once

#include "plan/plan.h"

#include <QDate>
#include <QHash>

namespace Planar {

/**
 * Which generated artifact enforces which link, read from what the nftables and networkpolicy
 * exporters really write (their rule comments and policy names), so the report never claims
 * a rule the artifacts do not hold.
 */
class Enforcement {
public:
    Enforcement(const Plan &plan, const QDate &today);

    /** "host1.nft:input", "networkpolicies.yaml:shop/web-to-db-ingress" … in artifact order. */
    QStringList of(const QString &linkName) const { return mByLink.value(linkName); }
    /** Exporters that refused the plan, with their first error: the report says so. */
    QStringList refusals() const { return mRefusals; }

private:
    void readNftables(const QString &file, const QByteArray &text);
    void readPolicies(const QString &file, const QByteArray &text, const Plan &plan);

    QHash<QString, QStringList> mByLink;
    QStringList mRefusals;
};

} // namespace Planar
