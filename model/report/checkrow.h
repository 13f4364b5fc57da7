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
 * Builds one checklist row: each failed condition adds its offending ids and a phrase of
 * evidence (a ReportText key: the outputs word it in the report's language); the row fails
 * when any did, else it passes (auto) or awaits a person (manual).
 */
class CheckRow {
public:
    explicit CheckRow(const QString &id);

    /** The condition @p key failed on @p ids; @p args fill the sentence's %1, %2 … */
    void fail(const char *key, const QStringList &ids, const QStringList &args = {});
    /** Fails on every finding with a code of @p codes, naming the code and its subjects. */
    void failOnFindings(const ReportFacts &facts, const QStringList &codes);
    /** A condition that needs a person: the row becomes manual unless it fails. */
    void needsReview(const char *key, const QStringList &ids, const QStringList &args = {});
    void evidence(const ReportPhrase &line) { mEvidence.append(line); }
    void evidence(const char *key, const QStringList &args = {})
    {
        mEvidence.append({QString::fromLatin1(key), args, {}, false});
    }
    void notApplicable(const char *key);
    /** pci-1.2.7 turns automatic when the plan records a review. */
    void setAutomatic(bool automatic) { mRow.automatic = automatic; }

    bool failed() const { return !mProblems.isEmpty(); }
    ReportCheck finish() const;

private:
    void addSubjects(const QStringList &ids);

    ReportCheck mRow;
    QSet<QString> mSubjects; // mRow.subjects as a set: pci-1.2.4 names every CDE-touching flow
    QList<ReportPhrase> mProblems;
    QList<ReportPhrase> mReview;
    QList<ReportPhrase> mEvidence;
    QString mNotApplicable;
};

/** The checks of one profile, in the contract's order. */
QList<ReportCheck> pciChecks(const ReportFacts &facts, const Report &report,
                             const DiagramEvidence *diagram);
QList<ReportCheck> mlpsChecks(const ReportFacts &facts, const Report &report);

} // namespace Planar
