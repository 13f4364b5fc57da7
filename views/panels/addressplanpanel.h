#pragma once

#include "check/finding.h"
#include "plan/plan.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace Planar {

class PlanDocument;
class UsageChart;
struct Usage;

/** One row of the address plan: a network, a cluster range or a node's Pod subnet. */
struct AddressRow {
    QString id; // the entity to select for this row
    QString name;
    Plane plane = Plane::Vm;
    QString cidr;
    QString vlan;
    QString zone;
    quint64 size = 0;
    quint64 used = 0; // addresses taken by NICs and gateways (Pod range: node subnets)
    QStringList usedBy;

    friend bool operator==(const AddressRow &, const AddressRow &) = default;
};

/**
 * The address plan: every network with its plane, CIDR, VLAN, zone, size and users, sortable
 * and filterable, rows in conflict highlighted; beside it a chart of address use.
 */
class AddressPlanPanel : public QWidget {
    Q_OBJECT
public:
    explicit AddressPlanPanel(PlanDocument *document, QWidget *parent = nullptr);

    static QList<AddressRow> rows(const Plan &plan);
    static QList<Usage> usage(const Plan &plan);

    /** Highlights the rows of networks that overlap or clash (by the validator's findings). */
    void setFindings(const QList<Finding> &findings);
    /**
     * Whether the panel can be seen: false while its dock is a tab behind another (where the
     * widget still counts as visible). Out of sight the table is rebuilt only when it shows.
     */
    void setOnScreen(bool onScreen);
    QTableView *table() const { return mTable; }
    QLineEdit *filter() const { return mFilter; }
    UsageChart *chart() const { return mChart; }

Q_SIGNALS:
    void idActivated(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    /** Rebuilds every row (rows came or went): selection and scroll position start over. */
    void rebuild(const QList<AddressRow> &rows);
    /** Sets the texts of row @p row of the model from @p r. */
    void fill(int row, const AddressRow &r);
    /** The same rows, some of them changed: only those cells are set, nothing moves. */
    void updateInPlace(const QList<AddressRow> &rows);
    bool outOfSight() const { return !mOnScreen || !isVisible(); }
    /** Colours the rows whose conflict changed (@p all: every row). */
    void highlight(bool all);

    PlanDocument *mDocument;
    QLineEdit *mFilter;
    QStandardItemModel *mModel;
    QSortFilterProxyModel *mProxy;
    QTableView *mTable;
    UsageChart *mChart;
    QTimer *mRefresh;
    QSet<QString> mConflicts;
    QSet<QString> mHighlighted;         // the ids whose rows are coloured now
    QHash<QString, QList<int>> mRowsOf; // rows by id
    QList<AddressRow> mRows;            // what the model's rows show, in model order
    bool mStale = false; // the rows or their colours are behind the plan or the findings
    bool mOnScreen = true;
};

} // namespace Planar
