#pragma once

#include "canvas/entityitem.h"
#include "canvas/linkitem.h"
#include "check/finding.h"
#include "plan/plan.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>

class QTimer;

namespace Planar {

class PlanDocument;

/** The validator's verdict on one plan, keyed the way the canvas keys its items. */
struct ValidationResult {
    QList<Finding> findings;
    FindingSummary summary;
    QHash<QString, QPair<ItemStatus, QString>> statuses; // by entity id
    QHash<QString, QPair<LinkState, QString>> links;     // by document link key
    /** Per finding, the canvas keys that show it: the link's key for a link finding, the
     *  cluster card for the `cluster` subject, else the subjects. */
    QList<QStringList> keys;

    /** Runs the validator and the link judge on @p plan; safe to call on any thread. */
    static ValidationResult compute(const Plan &plan, const QStringList &linkKeys,
                                    const QDate &today);
    /** The canvas keys of finding @p f (see keys); @p clusterIsAnId: an entity is called
     *  "cluster", so that subject is both it and the cluster section. */
    static QStringList keysOf(const Finding &f, const QStringList &linkKeys, bool clusterIsAnId);
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
};

} // namespace Planar
