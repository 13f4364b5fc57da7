#pragma once

#include "checkcatalogue.h"
#include "reportfacts.h"

#include <QSet>

namespace Planar {

/** The ids a rendered diagram shows: node `data-id`s and edge `data-link`s (pci-1.2.3). */
struct DiagramEvidence {
    QSet<QString> nodes;
    QSet<QString> links;
};

/**
 * Builds one checklist row: each failed condition adds its offending ids and a line of
 * evidence; the row fails when any did, else it passes (auto) or awaits a person (manual).
 */
class CheckRow {
public:
    explicit CheckRow(const QString &id);

    void fail(const QString &what, const QStringList &ids);
    /** Fails on every finding with a code of @p codes, naming the code and its subjects. */
    void failOnFindings(const ReportFacts &facts, const QStringList &codes);
    /** A condition that needs a person: the row becomes manual unless it fails. */
    void needsReview(const QString &what, const QStringList &ids);
    void evidence(const QString &line) { mEvidence.append(line); }
    void notApplicable(const QString &why);
    /** pci-1.2.7 turns automatic when the plan records a review. */
    void setAutomatic(bool automatic) { mRow.automatic = automatic; }

    bool failed() const { return !mProblems.isEmpty(); }
    ReportCheck finish() const;

private:
    ReportCheck mRow;
    QStringList mProblems;
    QStringList mReview;
    QStringList mEvidence;
    QString mNotApplicable;
};

/** The checks of one profile, in the contract's order. */
QList<ReportCheck> pciChecks(const ReportFacts &facts, const Report &report,
                             const DiagramEvidence *diagram);
QList<ReportCheck> mlpsChecks(const ReportFacts &facts, const Report &report);

} // namespace Planar
