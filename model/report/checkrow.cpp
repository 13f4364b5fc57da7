#include "checkrow.h"

namespace Planar {

CheckRow::CheckRow(const QString &id)
{
    const CheckSpec *spec = checkSpec(id);
    Q_ASSERT(spec); // ids come from the catalogue's own evaluators
    mRow.id = id;
    mRow.profile = spec->profile;
    mRow.refs = spec->refs;
    mRow.clause = spec->clause;
    mRow.automatic = spec->automatic;
}

void CheckRow::fail(const QString &what, const QStringList &ids)
{
    mProblems.append(ids.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, idList(ids)));
    for (const QString &id : ids)
        if (!mRow.subjects.contains(id)) mRow.subjects.append(id);
}

void CheckRow::failOnFindings(const ReportFacts &facts, const QStringList &codes)
{
    for (const Finding &f : facts.findingsWith(codes))
        fail(QStringLiteral("finding %1").arg(f.code), f.subjects);
}

void CheckRow::needsReview(const QString &what, const QStringList &ids)
{
    mReview.append(ids.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, idList(ids)));
    for (const QString &id : ids)
        if (!mRow.subjects.contains(id)) mRow.subjects.append(id);
}

void CheckRow::notApplicable(const QString &why)
{
    mNotApplicable = why;
}

ReportCheck CheckRow::finish() const
{
    ReportCheck row = mRow;
    if (!mNotApplicable.isEmpty()) {
        row.status = CheckStatus::NotApplicable;
        row.subjects.clear();
        row.detail = mNotApplicable;
        return row;
    }
    if (!mProblems.isEmpty()) {
        row.status = CheckStatus::Fail;
        row.detail = mProblems.join(QStringLiteral("; "));
        return row;
    }
    row.status = row.automatic && mReview.isEmpty() ? CheckStatus::Pass : CheckStatus::Manual;
    row.detail = (mReview + mEvidence).join(QStringLiteral("; "));
    return row;
}

} // namespace Planar
