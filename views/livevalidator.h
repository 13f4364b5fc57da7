#pragma once

#include "canvas/entityitem.h"
#include "canvas/linkitem.h"
#include "check/finding.h"
#include "plan/plan.h"
#include "report/checkrow.h"

#include <QDate>
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
};

/** The validator's verdict on one plan, keyed the way the canvas keys its items. */
struct ValidationResult {
    QList<Finding> findings;
    FindingSummary summary;
    QHash<QString, QPair<ItemStatus, QString>> statuses; // by entity id
    QHash<QString, QPair<LinkState, QString>> links;     // by document link key
    ComplianceResult compliance;

    /**
     * Runs the validator, the link judge and, for a plan with profiles, the report's checklist
     * on @p plan (@p diagram: what the canvas shows, pci-1.2.3's evidence; none fails that
     * row); safe to call on any thread.
     */
    static ValidationResult compute(const Plan &plan, const QStringList &linkKeys,
                                    const QDate &today,
                                    const std::optional<DiagramEvidence> &diagram = {});
};

/**
 * Re-validates the document after edits: debounced, on a worker thread on a copy of the plan,
 * so typing never waits for it. A result that an edit overtook is dropped, not shown.
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
    /** An edit is waiting for its result (debouncing or running). */
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

private:
    void schedule();
    void start();
    void finished();

    PlanDocument *mDocument;
    QTimer *mTimer;
    QFutureWatcher<ValidationResult> mWatcher;
    QDate mToday;
    int mGeneration = 0;
    int mRunningGeneration = -1;
    ValidationResult mResult;
    std::function<DiagramEvidence()> mEvidence;
};

} // namespace Planar
