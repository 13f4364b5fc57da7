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

void CheckRow::fail(const char *key, const QStringList &ids, const QStringList &args)
{
    mProblems.append({QString::fromLatin1(key), args, ids, false});
    addSubjects(ids);
}

void CheckRow::addSubjects(const QStringList &ids)
{
    for (const QString &id : ids)
        if (!mSubjects.contains(id)) {
            mSubjects.insert(id);
            mRow.subjects.append(id);
        }
}

void CheckRow::failOnFindings(const ReportFacts &facts, const QStringList &codes)
{
    for (const Finding &f : facts.findingsWith(codes))
        fail("detail.finding", f.subjects, {f.code});
}

void CheckRow::needsReview(const char *key, const QStringList &ids, const QStringList &args)
{
    mReview.append({QString::fromLatin1(key), args, ids, false});
    addSubjects(ids);
}

void CheckRow::notApplicable(const char *key)
{
    mNotApplicable = QString::fromLatin1(key);
}

ReportCheck CheckRow::finish() const
{
    ReportCheck row = mRow;
    if (!mNotApplicable.isEmpty()) {
        row.status = CheckStatus::NotApplicable;
        row.subjects.clear();
        row.details = {{mNotApplicable, {}, {}, false}};
        return row;
    }
    if (!mProblems.isEmpty()) {
        row.status = CheckStatus::Fail;
        row.details = mProblems;
        return row;
    }
    row.status = row.automatic && mReview.isEmpty() ? CheckStatus::Pass : CheckStatus::Manual;
    row.details = mReview + mEvidence;
    return row;
}

} // namespace Planar
