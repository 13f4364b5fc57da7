#pragma once

#include "livevalidator.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Planar {

/**
 * The report's checklist for the plan's profiles, live: a row per check with its status, id,
 * clause and evidence, under a heading per profile with its verdict. Activating a check asks
 * for its subjects to be shown, as the Issues panel does for a finding.
 */
class CompliancePanel : public QWidget {
    Q_OBJECT
public:
    explicit CompliancePanel(QWidget *parent = nullptr);

    void setCompliance(const ComplianceResult &result);
    QTreeWidget *tree() const { return mTree; }
    /** The message above the list ("no profile is selected …", the verdicts). */
    QString message() const;
    /** The row of check @p id, or nullptr. */
    QTreeWidgetItem *itemOf(const QString &id) const;
    /** The status word the row of @p id shows ("pass", "fail" …), empty when absent. */
    QString statusOf(const QString &id) const;

Q_SIGNALS:
    void subjectsActivated(const QStringList &subjects);

private:
    QTreeWidget *mTree;
    QLabel *mMessage;
};

} // namespace Planar
