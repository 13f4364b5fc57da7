#include "exportdialog.h"

#include "check/validator.h"
#include "export/exporterregistry.h"
#include "exportbatch.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace Planar {

namespace {

const char KindProperty[] = "kind";
// Theme::WarningColor is a fill colour; as text on white it needs to be darker to be read.
const QColor WarningText(0xa0, 0x5a, 0x00);

QString coloured(const QString &text, const QColor &colour)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(colour.name(), text.toHtmlEscaped());
}

} // namespace

ExportDialog::ExportDialog(const Plan &plan, const QString &planPath, QWidget *parent)
    : QDialog(parent), mPlan(plan), mPlanPath(planPath), mFolder(new QLineEdit(this)),
      mForce(new QCheckBox(tr("Export even with e&rrors (--force)"), this)),
      mStatus(new QLabel(this)), mResults(new QListWidget(this))
{
    setWindowTitle(tr("Export Plan"));
    setObjectName(QStringLiteral("exportDialog"));
    for (const Finding &f : validatePlan(mPlan, QDate::currentDate()))
        if (f.severity == Severity::Error) ++mPlanErrors;

    auto *layout = new QVBoxLayout(this);
    auto *planLine = new QLabel(this);
    planLine->setObjectName(QStringLiteral("planStatus"));
    planLine->setWordWrap(true);
    const QString name = mPlan.name.isEmpty() ? tr("(unnamed)") : mPlan.name;
    if (mPlanErrors == 0) {
        planLine->setText(tr("Plan <b>%1</b> has no errors.").arg(name.toHtmlEscaped()));
    } else {
        planLine->setText(
            tr("Plan <b>%1</b>: %2")
                .arg(name.toHtmlEscaped(),
                     coloured(
                         (mPlanErrors == 1 ? tr("1 error.") : tr("%1 errors.").arg(mPlanErrors)) +
                             QLatin1Char(' ') +
                             tr("Fix them in the Issues panel, or force the export; "
                                "forced artifacts say so in their header."),
                         Theme::ErrorColor)));
    }
    layout->addWidget(planLine);
    layout->addSpacing(4);

    auto *formats = new QGroupBox(tr("Formats"), this);
    auto *grid = new QGridLayout(formats);
    grid->setColumnStretch(1, 1);
    for (const QString &kind : ExporterRegistry::ids()) {
        const auto exporter = ExporterRegistry::create(kind);
        auto *box = new QCheckBox(kind, formats);
        box->setObjectName(QStringLiteral("kind.") + kind);
        box->setProperty(KindProperty, kind);
        box->setChecked(true);
        auto *description = new QLabel(exporter->description(), formats);
        description->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::MutedTextColor.name()));
        description->setBuddy(box);
        const int row = grid->rowCount();
        grid->addWidget(box, row, 0);
        grid->addWidget(description, row, 1);
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateButtons);
        mKinds.append(box);
    }
    layout->addWidget(formats);

    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    mFolder->setObjectName(QStringLiteral("folder"));
    mFolder->setText(QDir::toNativeSeparators(defaultFolder(mPlanPath, mPlan.name)));
    mFolder->setToolTip(tr("Created if missing. Existing files of the same name are replaced."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    folderRow->addWidget(mFolder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(mFolder);
    form->addRow(folderLabel, folderRow);
    mForce->setObjectName(QStringLiteral("force"));
    mForce->setEnabled(mPlanErrors > 0);
    mForce->setToolTip(mPlanErrors > 0
                           ? tr("Write although the plan has errors. Flows the plan denies still "
                                "get no rule.")
                           : tr("Only needed when the plan has errors; this one has none."));
    form->addRow(QString(), mForce);
    layout->addLayout(form);

    mStatus->setObjectName(QStringLiteral("status"));
    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mStatus->setText(tr("Nothing exported yet."));
    layout->addWidget(mStatus);
    mResults->setObjectName(QStringLiteral("results"));
    mResults->setAccessibleName(tr("Export results"));
    mResults->setMinimumHeight(140);
    mResults->setWordWrap(true);
    mResults->setAlternatingRowColors(true);
    mResults->setIconSize(QSize(16, 16));
    layout->addWidget(mResults, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mExport = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    mExport->setObjectName(QStringLiteral("export"));
    mExport->setDefault(true);
    mOpenFolder = buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    mOpenFolder->setObjectName(QStringLiteral("openFolder"));
    mOpenFolder->setEnabled(false);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(mFolder, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(mExport, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(mOpenFolder, &QPushButton::clicked, this, &ExportDialog::openFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mResults, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty()) QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    updateButtons();
    resize(640, 480);
}

void ExportDialog::run(QWidget *parent, const Plan &plan, const QString &planPath)
{
    ExportDialog dialog(plan, planPath, parent);
    dialog.exec();
}

QString ExportDialog::defaultFolder(const QString &planPath, const QString &planName)
{
    if (!planPath.isEmpty()) {
        const QFileInfo info(planPath);
        static const QRegularExpression suffix(QStringLiteral("(\\.planar)?\\.ya?ml$"),
                                               QRegularExpression::CaseInsensitiveOption);
        QString base = info.fileName();
        if (suffix.match(base).hasMatch())
            base.remove(suffix);
        else
            base = info.completeBaseName();
        if (base.isEmpty()) base = QStringLiteral("plan");
        return info.absoluteDir().filePath(base + QStringLiteral("-export"));
    }
    // An unsaved plan has no folder of its own: its name (when it makes a sane folder name)
    // keeps exports of different plans apart in the home folder.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"));
    const QString base = safe.match(planName).hasMatch() ? planName : QStringLiteral("planar");
    return QDir::home().filePath(base + QStringLiteral("-export"));
}

QStringList ExportDialog::selectedKinds() const
{
    QStringList kinds;
    for (const QCheckBox *box : mKinds)
        if (box->isChecked()) kinds.append(box->property(KindProperty).toString());
    return kinds;
}

QString ExportDialog::folder() const
{
    const QString typed = QDir::fromNativeSeparators(mFolder->text().trimmed());
    if (typed.isEmpty()) return {};
    if (QDir::isAbsolutePath(typed)) return QDir::cleanPath(typed);
    // A relative folder means one beside the plan, which is where the default one lives too.
    const QDir base = mPlanPath.isEmpty() ? QDir::home() : QFileInfo(mPlanPath).absoluteDir();
    return QDir::cleanPath(base.absoluteFilePath(typed));
}

void ExportDialog::updateButtons()
{
    mExport->setEnabled(!selectedKinds().isEmpty() && !folder().isEmpty());
    if (selectedKinds().isEmpty())
        mExport->setToolTip(tr("Tick at least one format."));
    else if (folder().isEmpty())
        mExport->setToolTip(tr("Choose a folder."));
    else
        mExport->setToolTip(
            tr("Write the chosen formats into %1").arg(QDir::toNativeSeparators(folder())));
}

void ExportDialog::chooseFolder()
{
    QString start = folder();
    // The default folder usually does not exist yet; start where it would be created.
    while (!start.isEmpty() && !QFileInfo(start).isDir() && start != QDir::rootPath())
        start = QFileInfo(start).absolutePath();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export Into Folder"), start);
    if (!chosen.isEmpty()) mFolder->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::openFolder()
{
    if (!mWrittenFolder.isEmpty()) QDesktopServices::openUrl(QUrl::fromLocalFile(mWrittenFolder));
}

bool ExportDialog::exportNow()
{
    if (!mExport->isEnabled()) return false;
    ExportOptions options;
    options.today = QDate::currentDate();
    options.force = mForce->isEnabled() && mForce->isChecked();
    // Documents for people (the report) follow the editor's language.
    options.lang =
        QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ExportBatchResult result =
        ExportBatch::run(mPlan, selectedKinds(), folder(), options, mPlanPath);
    QApplication::restoreOverrideCursor();
    showResult(result);
    return result.ok();
}

void ExportDialog::addResultLine(const QString &text, int icon, const QString &tooltip)
{
    auto *item = new QListWidgetItem(style()->standardIcon(QStyle::StandardPixmap(icon)), text);
    item->setToolTip(tooltip.isEmpty() ? text : tooltip);
    mResults->addItem(item);
}

void ExportDialog::showResult(const ExportBatchResult &result)
{
    mResults->clear();
    mWritten = result.paths;
    mWrittenFolder = result.ok() ? folder() : QString();
    mOpenFolder->setEnabled(result.ok());
    using Status = ExportBatchResult::Status;
    switch (result.status) {
    case Status::Written: {
        const QString where = QDir::toNativeSeparators(folder()).toHtmlEscaped();
        QString text =
            result.paths.size() == 1
                ? tr("Wrote 1 file into <b>%1</b>.").arg(where)
                : tr("Wrote %1 files into <b>%2</b>.").arg(result.paths.size()).arg(where);
        if (!result.warnings.isEmpty())
            text += QLatin1Char(' ') +
                    coloured(tr("Read the warnings before applying them."), WarningText);
        mStatus->setText(text);
        break;
    }
    case Status::PlanHasErrors:
        mStatus->setText(coloured(
            (result.planErrors.size() == 1 ? tr("Nothing was written: the plan has 1 error.")
                                           : tr("Nothing was written: the plan has %1 errors.")
                                                 .arg(result.planErrors.size())) +
                QLatin1Char(' ') + tr("Fix the plan, or tick “Export even with errors”."),
            Theme::ErrorColor));
        break;
    case Status::NothingChosen:
        mStatus->setText(
            coloured(tr("Nothing was written: tick at least one format."), Theme::ErrorColor));
        break;
    case Status::Unsafe:
        mStatus->setText(coloured(tr("Nothing was written: the plan cannot be exported safely "
                                     "as it is."),
                                  Theme::ErrorColor));
        break;
    case Status::WriteFailed:
        mStatus->setText(coloured(tr("Nothing was written: the files could not be saved. Any "
                                     "earlier export in that folder is unchanged."),
                                  Theme::ErrorColor));
        break;
    }
    for (const QString &path : result.paths) {
        addResultLine(QDir::toNativeSeparators(path), QStyle::SP_FileIcon,
                      tr("%1 (double-click to open)").arg(QDir::toNativeSeparators(path)));
        mResults->item(mResults->count() - 1)->setData(Qt::UserRole, path);
    }
    for (const QString &w : result.warnings)
        addResultLine(tr("Warning: %1").arg(w), QStyle::SP_MessageBoxWarning);
    for (const QString &e : result.errors)
        addResultLine(tr("Error: %1").arg(e), QStyle::SP_MessageBoxCritical);
    // Refused for plan errors: the findings are the to-do list (forced: a reminder).
    for (const Finding &f : result.planErrors)
        addResultLine(tr("Plan error %1: %2").arg(f.code, f.message),
                      QStyle::SP_MessageBoxCritical);
}

} // namespace Planar
