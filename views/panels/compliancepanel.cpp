#include "compliancepanel.h"

#include "displaytext.h"
#include "report/reporttext.h"
#include "report/reportwording.h"
#include "theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Planar {

namespace {

enum Column { StatusColumn, CheckColumn, ClauseColumn, MustColumn, EvidenceColumn };
constexpr int SubjectsRole = Qt::UserRole + 1;
constexpr int CheckRole = Qt::UserRole + 2;

// The report's colours (reporthtml.cpp), so that the panel and the printed report agree.
const QColor PassColor(0x1d, 0x6b, 0x2f);
const QColor FailFill(0xfd, 0xe2, 0xe1);
const QColor ManualFill(0xff, 0xf6, 0xd6);

QColor statusColor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return PassColor;
    case CheckStatus::Fail:
        return Theme::ErrorColor;
    case CheckStatus::Manual:
        return Theme::WarningColor.darker(130);
    case CheckStatus::NotApplicable:
        break;
    }
    return Theme::MutedTextColor;
}

/** A round badge in the status's colour: the icon of a row. */
QIcon statusIcon(CheckStatus status)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(statusColor(status));
    p.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

QString statusWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return CompliancePanel::tr("pass");
    case CheckStatus::Fail:
        return CompliancePanel::tr("fail");
    case CheckStatus::Manual:
        return CompliancePanel::tr("manual");
    case CheckStatus::NotApplicable:
        break;
    }
    return CompliancePanel::tr("n/a");
}

QString verdictWord(const QString &verdict)
{
    if (verdict == u"fail") return CompliancePanel::tr("fail");
    if (verdict == u"pass") return CompliancePanel::tr("pass");
    return CompliancePanel::tr("manual review required");
}

} // namespace

CompliancePanel::CompliancePanel(QWidget *parent)
    : QWidget(parent), mTree(new QTreeWidget(this)), mMessage(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    mTree->setObjectName(QStringLiteral("complianceTree"));
    mTree->setAlternatingRowColors(false); // the fill marks failing and manual rows
    mTree->setUniformRowHeights(true);
    mTree->setHeaderLabels(
        {tr("Status"), tr("Check"), tr("Clause"), tr("The plan must show"), tr("Evidence")});
    mTree->header()->setStretchLastSection(true);
    mTree->setColumnWidth(StatusColumn, 130);
    mTree->setColumnWidth(CheckColumn, 150);
    mTree->setColumnWidth(ClauseColumn, 170);
    mTree->setColumnWidth(MustColumn, 380);
    mTree->setWordWrap(false);
    mMessage->setObjectName(QStringLiteral("complianceMessage"));
    mMessage->setWordWrap(true);
    mMessage->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(mMessage);
    layout->addWidget(mTree);
    auto activate = [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, CheckRole).toString().isEmpty())
            Q_EMIT subjectsActivated(item->data(0, SubjectsRole).toStringList());
    };
    connect(mTree, &QTreeWidget::itemClicked, this, activate);
    connect(mTree, &QTreeWidget::itemActivated, this, activate);
    setCompliance({});
}

void CompliancePanel::setCompliance(const ComplianceResult &result)
{
    // The report's own words for what each check needs, in the editor's language.
    const ReportText text(QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                   : QStringLiteral("en"));
    // A profile the user folded stays folded as the list is rebuilt after each edit.
    QStringList collapsed;
    for (int i = 0; i < mTree->topLevelItemCount(); ++i)
        if (!mTree->topLevelItem(i)->isExpanded())
            collapsed << mTree->topLevelItem(i)->data(0, Qt::UserRole).toString();
    mTree->setUpdatesEnabled(false);
    mTree->clear();
    QStringList lines;
    if (result.profiles.isEmpty())
        lines << tr("No compliance profile is selected, so there is no checklist. Choose one "
                    "under Edit ▸ Plan Settings ▸ Profiles: pci-dss, mlps2-level3 or both, "
                    "separated by commas.");
    if (!result.unknownProfiles.isEmpty())
        lines << tr("Unknown profiles, not evaluated: %1 (this build knows pci-dss and "
                    "mlps2-level3).")
                     .arg(displayLines(result.unknownProfiles.join(QStringLiteral(", ")),
                                       4 * DisplayTextMax, 1));
    for (const QString &profile : result.profiles) {
        const QString verdict = result.verdicts.value(profile);
        auto *heading = new QTreeWidgetItem(mTree);
        heading->setData(0, Qt::UserRole, profile);
        heading->setText(StatusColumn, verdictWord(verdict));
        heading->setText(CheckColumn, profile);
        QFont bold = heading->font(0);
        bold.setBold(true);
        for (int c = StatusColumn; c <= CheckColumn; ++c)
            heading->setFont(c, bold);
        const CheckStatus worst = verdict == u"fail"   ? CheckStatus::Fail
                                  : verdict == u"pass" ? CheckStatus::Pass
                                                       : CheckStatus::Manual;
        heading->setIcon(StatusColumn, statusIcon(worst));
        heading->setForeground(StatusColumn, statusColor(worst));
        int failing = 0;
        for (const ReportCheck &c : result.checks) {
            if (c.profile != profile) continue;
            failing += c.status == CheckStatus::Fail;
            auto *item = new QTreeWidgetItem(heading);
            item->setData(0, CheckRole, c.id);
            item->setData(0, SubjectsRole, c.subjects);
            item->setIcon(StatusColumn, statusIcon(c.status));
            item->setText(StatusColumn, statusWord(c.status));
            item->setForeground(StatusColumn, statusColor(c.status));
            item->setFont(StatusColumn, bold);
            item->setText(CheckColumn, c.id);
            QString clause = c.refs.join(QStringLiteral("; "));
            if (!c.clause.isEmpty()) clause += QLatin1Char(' ') + c.clause;
            item->setText(ClauseColumn, clause);
            item->setToolTip(ClauseColumn, clause);
            const QString must = text(QStringLiteral("must.") + c.id);
            item->setText(MustColumn, must);
            item->setToolTip(MustColumn, must);
            // The evidence quotes the plan's ids, of any length: the row shows a cut.
            const QString detail = checkDetail(c, text);
            QString evidence = detail;
            if (!c.subjects.isEmpty() && !detail.contains(c.subjects.front()))
                evidence +=
                    QStringLiteral(" [") + c.subjects.join(QStringLiteral(", ")) + QLatin1Char(']');
            item->setText(EvidenceColumn, displayLines(evidence, 16 * DisplayTextMax, 1));
            item->setToolTip(EvidenceColumn, displayLines(evidence));
            const QColor fill = c.status == CheckStatus::Fail     ? FailFill
                                : c.status == CheckStatus::Manual ? ManualFill
                                                                  : QColor();
            if (fill.isValid())
                for (int col = StatusColumn; col <= EvidenceColumn; ++col)
                    item->setBackground(col, fill);
        }
        lines << tr("%1: %2 — %n failing check(s)", nullptr, failing)
                     .arg(profile, verdictWord(verdict));
        heading->setExpanded(!collapsed.contains(profile));
    }
    mTree->setUpdatesEnabled(true);
    mTree->setVisible(!result.profiles.isEmpty());
    mMessage->setText(lines.join(QLatin1Char('\n')));
}

QString CompliancePanel::message() const
{
    return mMessage->text();
}

QTreeWidgetItem *CompliancePanel::itemOf(const QString &id) const
{
    for (int i = 0; i < mTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = mTree->topLevelItem(i);
        for (int j = 0; j < heading->childCount(); ++j)
            if (heading->child(j)->data(0, CheckRole).toString() == id) return heading->child(j);
    }
    return nullptr;
}

QString CompliancePanel::statusOf(const QString &id) const
{
    const QTreeWidgetItem *item = itemOf(id);
    return item ? item->text(StatusColumn) : QString();
}

} // namespace Planar
