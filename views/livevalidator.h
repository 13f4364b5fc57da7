#pragma once

#include "canvas/entityitem.h"
#include "canvas/linkitem.h"
#include "check/finding.h"
#include "check/linkjudgediff.h"
#include "check/validator.h"
#include "plan/plan.h"
#include "report/checkrow.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace Planar {

class PlanDocument;

/** The checklist of the plan's compliance profiles, as the report computes it (model/report). */
struct ComplianceResult {
    QStringList profiles;        // evaluated, in the plan's order; empty: none selected
    QStringList unknownProfiles; // named in the plan but unknown to this build
    QHash<QString, QString> verdicts; // by profile: pass | fail | manual review required
    QList<ReportCheck> checks;

    /**
     * The report's checklist for @p plan and the validator's @p findings (@p diagram: what the
     * canvas shows, pci-1.2.3's evidence; none fails that row); safe to call on any thread.
     */
    static ComplianceResult compute(const Plan &plan, const QDate &today,
                                    const QList<Finding> &findings,
                                    const std::optional<DiagramEvidence> &diagram);
};

/** The validator's verdict on one plan, keyed the way the canvas keys its items. */
struct ValidationResult {
    QList<Finding> findings;
    FindingSummary summary;
    QHash<QString, QPair<ItemStatus, QString>> statuses; // by entity id
    QHash<QString, QPair<LinkState, QString>> links;     // by document link key
    /** Per finding, the canvas keys that show it: the link's key for a link finding, the
     *  cluster card for the `cluster` subject, else the subjects. */
    QList<QStringList> keys;
    ComplianceResult compliance; // follows complianceReady(), after resultReady()
    /** What the link verdicts were judged on: the next run judges again only the links an
     *  edit may have changed (LinkJudgeDiff), which at 20,000 links is most of its work. None
     *  on small plans, whose tooltips name enforcing artifacts that any edit may change. */
    struct LinkBasis {
        LinkJudgeInputs inputs;
        QDate today;
    };
    std::optional<LinkBasis> linkBasis;
    /** The rule families' findings, for the next run to keep those an edit cannot change. */
    ValidationMemo memo;
    /** How many links this run judged (the rest kept their verdicts from @p previous). */
    qsizetype linksJudged = 0;

    /**
     * Runs the validator and the link judge on @p plan; safe to call on any thread. With
     * @p previous, a result of an earlier state of the same document, the rule families and
     * links that the edits since cannot have changed keep their findings, verdicts and
     * tooltips.
     */
    static ValidationResult compute(const Plan &plan, const QStringList &linkKeys,
                                    const QDate &today,
                                    const ValidationResult *previous = nullptr);
    /** The canvas keys of finding @p f (see keys); @p clusterIsAnId: an entity is called
     *  "cluster", so that subject is both it and the cluster section. */
    static QStringList keysOf(const Finding &f, const QStringList &linkKeys, bool clusterIsAnId);

private:
    void judgeLinks(const Plan &plan, const QStringList &linkKeys, const QDate &today,
                    const ValidationResult *previous);
};

/**
 * Re-validates the document after edits: on a worker thread on a copy of the plan, so typing
 * never waits for it; at once after a quiet spell, else once the edits pause for the delay.
 * A result that an edit overtook is dropped, not shown. The compliance checklist follows each
 * result in a second run, so that colours never wait for it.
 */
class LiveValidator : public QObject {
    Q_OBJECT
public:
    explicit LiveValidator(PlanDocument *document, QObject *parent = nullptr);
    ~LiveValidator() override;

    void setDelay(int milliseconds);
    void setToday(const QDate &today);
    QDate today() const { return mToday; }
    const ValidationResult &result() const { return mResult; }
    /** An edit is waiting for its result or its checklist (debouncing or running). */
    bool isPending() const;
    /**
     * Where the checklist's diagram evidence comes from: called on this thread as each run
     * starts (the canvas mirrors the document by then), its copy handed to the worker.
     */
    void setDiagramEvidence(std::function<DiagramEvidence()> source)
    {
        mEvidence = std::move(source);
    }
    /** Validates at once, skipping the debounce delay. */
    void validateNow();

Q_SIGNALS:
    void resultReady();
    void complianceReady();

private:
    void schedule();
    void start();
    void finished();
    void startCompliance();
    void complianceFinished();

    PlanDocument *mDocument;
    QTimer *mTimer;
    QElapsedTimer mLastRun; // when the last run started: edits closer than the delay wait
    QFutureWatcher<ValidationResult> mWatcher;
    QDate mToday;
    int mGeneration = 0;
    int mRunningGeneration = -1;
    int mResultGeneration = -1;
    QFutureWatcher<ComplianceResult> mComplianceWatcher;
    int mComplianceGeneration = -1; // the run in progress, or -1
    ValidationResult mResult;
    std::function<DiagramEvidence()> mEvidence;
};

} // namespace Planar
