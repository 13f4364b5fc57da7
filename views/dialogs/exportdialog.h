#pragma once

#include "plan/plan.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Planar {

struct ExportBatchResult;

/**
 * File ▸ Export…: pick formats and a folder, export through the CLI's ExportRunner, and see
 * every file written and every warning, or why nothing was written.
 */
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /** @p planPath is where the plan is saved (empty for an unsaved plan); it picks the folder. */
    ExportDialog(const Plan &plan, const QString &planPath, QWidget *parent = nullptr);

    /** What the main window calls: shows the dialog modally over @p parent. */
    static void run(QWidget *parent, const Plan &plan, const QString &planPath);

    /** `<plan file name>-export` beside the plan file; for an unsaved plan, in the home folder. */
    static QString defaultFolder(const QString &planPath, const QString &planName);

    QStringList selectedKinds() const;
    QString folder() const;
    /** Files written by the last successful export (absolute paths). */
    QStringList writtenFiles() const { return mWritten; }

    /** What the Export button does; returns true when the files were written. */
    bool exportNow();

private:
    void chooseFolder();
    void openFolder();
    void updateButtons();
    void showResult(const ExportBatchResult &result);
    void addResultLine(const QString &text, int icon, const QString &tooltip = {});

    Plan mPlan;
    QString mPlanPath;
    qsizetype mPlanErrors = 0;
    QList<QCheckBox *> mKinds; // registry order; each holds its kind in property "kind"
    QLineEdit *mFolder;
    QCheckBox *mForce;
    QLabel *mStatus;
    QListWidget *mResults;
    QPushButton *mExport;
    QPushButton *mOpenFolder;
    QStringList mWritten;
    QString mWrittenFolder;
};

} // namespace Planar
