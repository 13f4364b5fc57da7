#pragma once

#include "plan/policyrule.h"

#include <QDialog>

class QTableWidget;

namespace Planar {

/** Edits the plan's overrides of the plane matrix: from plane, to plane, allow/deny, reason. */
class PolicyDialog : public QDialog {
    Q_OBJECT
public:
    explicit PolicyDialog(const QList<PolicyRule> &rules, QWidget *parent = nullptr);

    QList<PolicyRule> rules() const;
    void addRule(const PolicyRule &rule);
    QTableWidget *table() const { return mTable; }

private:
    void addRow(const PolicyRule &rule, int original);

    QTableWidget *mTable;
    QList<PolicyRule> mOriginal;
};

} // namespace Planar
