#include "issuespanel.h"

#include "displaytext.h"
#include "theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Planar {

namespace {
enum Column { SeverityColumn, CodeColumn, SubjectsColumn, MessageColumn };
constexpr int SubjectsRole = Qt::UserRole + 1;
} // namespace

IssuesPanel::IssuesPanel(QWidget *parent)
    : QWidget(parent), mTree(new QTreeWidget(this)), mEmpty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    mTree->setObjectName(QStringLiteral("issuesTree"));
    mTree->setRootIsDecorated(false);
    mTree->setAlternatingRowColors(true);
    mTree->setUniformRowHeights(true);
    mTree->setHeaderLabels({tr("Severity"), tr("Code"), tr("Subjects"), tr("Message")});
    mTree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    mTree->header()->setStretchLastSection(true);
    mTree->setColumnWidth(SeverityColumn, 80);
    mTree->setColumnWidth(CodeColumn, 190);
    mTree->setColumnWidth(SubjectsColumn, 170);
    mTree->setWordWrap(false);
    mEmpty->setText(tr("No problems found."));
    mEmpty->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(mEmpty);
    layout->addWidget(mTree);
    auto activate = [this](QTreeWidgetItem *item) {
        if (item) Q_EMIT subjectsActivated(item->data(0, SubjectsRole).toStringList());
    };
    connect(mTree, &QTreeWidget::itemClicked, this, activate);
    connect(mTree, &QTreeWidget::itemActivated, this, activate);
}

void IssuesPanel::setFindings(const QList<Finding> &findings, const QList<QStringList> &keys)
{
    mTree->setUpdatesEnabled(false);
    mTree->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(findings.size());
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings[i];
        auto *item = new QTreeWidgetItem;
        QString severity;
        QColor color;
        switch (f.severity) {
        case Severity::Error:
            severity = tr("error");
            color = Theme::ErrorColor;
            break;
        case Severity::Warning:
            severity = tr("warning");
            color = Theme::WarningColor.darker(130);
            break;
        case Severity::Info:
            severity = tr("info");
            color = Theme::MutedTextColor;
            break;
        }
        item->setText(SeverityColumn, severity);
        item->setForeground(SeverityColumn, color);
        QFont bold = item->font(SeverityColumn);
        bold.setBold(true);
        item->setFont(SeverityColumn, bold);
        item->setText(CodeColumn, f.code);
        // Findings quote the plan's texts, which may be of any length: the row shows a cut.
        item->setText(SubjectsColumn,
                      displayLines(f.subjects.join(QStringLiteral(", ")), 4 * DisplayTextMax, 1));
        item->setText(MessageColumn, displayLines(f.message, 16 * DisplayTextMax, 1));
        item->setToolTip(MessageColumn, displayLines(f.message));
        item->setData(0, SubjectsRole, i < keys.size() ? keys[i] : f.subjects);
        items << item;
    }
    mTree->addTopLevelItems(items);
    mTree->setUpdatesEnabled(true);
    mEmpty->setVisible(findings.isEmpty());
}

int IssuesPanel::rowOf(const QString &code) const
{
    for (int i = 0; i < mTree->topLevelItemCount(); ++i)
        if (mTree->topLevelItem(i)->text(CodeColumn) == code) return i;
    return -1;
}

} // namespace Planar
