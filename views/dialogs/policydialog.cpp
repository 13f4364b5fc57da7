#include "policydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Planar {

namespace {
enum Column { FromColumn, ToColumn, ActionColumn, ReasonColumn };

QComboBox *planeCombo(Plane plane)
{
    auto *combo = new QComboBox;
    for (const QString &key : planeKeys())
        combo->addItem(key);
    combo->setCurrentText(planeKey(plane));
    return combo;
}
} // namespace

PolicyDialog::PolicyDialog(const QList<PolicyRule> &rules, QWidget *parent)
    : QDialog(parent), mTable(new QTableWidget(0, 4, this)), mOriginal(rules)
{
    setWindowTitle(tr("Plane-matrix overrides"));
    setObjectName(QStringLiteral("policyDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each row overrides one cell of the plane matrix (rules.md) for "
                                "the whole plan. Prefer an exception on a single link when only "
                                "one flow needs it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    mTable->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Action"), tr("Reason")});
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    layout->addWidget(mTable, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("Add override"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addOverride"));
    QPushButton *remove = buttons->addButton(tr("Remove"), QDialogButtonBox::ActionRole);
    remove->setObjectName(QStringLiteral("removeOverride"));
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addRule(PolicyRule{}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (mTable->currentRow() >= 0) mTable->removeRow(mTable->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (int i = 0; i < rules.size(); ++i)
        addRow(rules[i], i);
    resize(620, 320);
}

void PolicyDialog::addRule(const PolicyRule &rule)
{
    addRow(rule, -1);
}

void PolicyDialog::addRow(const PolicyRule &rule, int original)
{
    const int row = mTable->rowCount();
    mTable->insertRow(row);
    mTable->setCellWidget(row, FromColumn, planeCombo(rule.from));
    mTable->setCellWidget(row, ToColumn, planeCombo(rule.to));
    auto *action = new QComboBox;
    action->addItems({QStringLiteral("allow"), QStringLiteral("deny")});
    action->setCurrentIndex(rule.action == PolicyAction::Allow ? 0 : 1);
    mTable->setCellWidget(row, ActionColumn, action);
    mTable->setItem(row, ReasonColumn, new QTableWidgetItem(rule.reason));
    // Extra keys of the rule are not editable here, but must survive the edit.
    mTable->item(row, ReasonColumn)->setData(Qt::UserRole, original);
}

QList<PolicyRule> PolicyDialog::rules() const
{
    QList<PolicyRule> out;
    for (int row = 0; row < mTable->rowCount(); ++row) {
        PolicyRule rule;
        auto text = [this, row](int column) {
            return static_cast<QComboBox *>(mTable->cellWidget(row, column))->currentText();
        };
        rule.from = planeFromKey(text(FromColumn)).value_or(Plane::Host);
        rule.to = planeFromKey(text(ToColumn)).value_or(Plane::Host);
        rule.action =
            text(ActionColumn) == QLatin1String("allow") ? PolicyAction::Allow : PolicyAction::Deny;
        const QTableWidgetItem *reason = mTable->item(row, ReasonColumn);
        rule.reason = reason ? reason->text() : QString();
        const int original = reason ? reason->data(Qt::UserRole).toInt() : -1;
        if (original >= 0 && original < mOriginal.size()) rule.extra = mOriginal[original].extra;
        out << rule;
    }
    return out;
}

} // namespace Planar
