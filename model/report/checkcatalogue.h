#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Planar {

/** One row of compliance.md's checklist table: what it cites and which finding codes it reads. */
struct CheckSpec {
    QString id;
    QString profile; // pci-dss | mlps2-level3
    QStringList refs;
    QString clause; // MLPS: the standard's Chinese wording
    bool automatic = true;
    /** The finding codes the row's condition names: findings with them "affect" the row. */
    QStringList codes;
};

/** The 19 checks in the contract's order: 10 of pci-dss, then 9 of mlps2-level3. */
const QList<CheckSpec> &checkCatalogue();
const CheckSpec *checkSpec(const QString &id);

/** A clause a plan cannot evidence (the report's last appendix), and why. */
struct UnevidencedClause {
    QString ref;
    QString title;
    QString why;
    QString titleZh; // the report in zh_CN (MLPS titles are Chinese already)
    QString whyZh;
};
const QList<UnevidencedClause> &unevidencedClauses();

} // namespace Planar
