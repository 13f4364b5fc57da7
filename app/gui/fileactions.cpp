// MainWindow's file half: new, open, save, recent files and the unsaved-work prompt.
#include "mainwindow.h"

#include "autosave.h"
#include "dialogs/newplandialog.h"
#include "document/plandocument.h"
#include "io/planreader.h"
#include "io/planwriter.h"
#include "panels/fieldedit.h"
#include "savequeue.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include <memory>

namespace Planar {

namespace {
constexpr int MaxRecentFiles = 8;
const QString RecentKey = QStringLiteral("recentFiles");
const QString FileFilter =
    QStringLiteral("Planar plans (*.planar.yaml *.yaml *.yml);;All files (*)");
} // namespace

void MainWindow::newBlank()
{
    Plan plan;
    plan.name = QStringLiteral("new-plan");
    plan.cluster.podSubnets = {QStringLiteral("172.16.0.0/16")};
    plan.cluster.serviceSubnets = {QStringLiteral("172.20.0.0/16")};
    plan.cluster.nodeMaskSize = 24;
    mDocument->loadPlan(plan);
}

void MainWindow::newPlan()
{
    if (!maybeSave()) return;
    // Without dialogs (tests, scripted use) New keeps its old meaning: a blank plan.
    if (!mInteractive) {
        newBlank();
        return;
    }
    NewPlanDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (dialog.start() == NewPlanDialog::Start::Blank)
        newBlank();
    else
        newFromTemplate();
}

bool MainWindow::loadResourcePlan(const QString &resource, const QString &title)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(title, tr("The plan %1 is missing from this build.").arg(resource));
        return false;
    }
    const ReadResult result = PlanReader::readText(file.readAll(), resource);
    if (!result.plan) {
        fail(title, result.errors.value(0).toString());
        return false;
    }
    // Not tied to a file, so Save asks where to put the copy.
    mDocument->loadPlan(*result.plan);
    return true;
}

void MainWindow::newFromTemplate()
{
    loadResourcePlan(QStringLiteral(":/templates/three-planes.planar.yaml"), tr("New plan"));
}

void MainWindow::newFromExample()
{
    loadResourcePlan(QStringLiteral(":/examples/seed-three-planes.planar.yaml"),
                     tr("New from example"));
}

bool MainWindow::openFile(const QString &path)
{
    const ReadResult result = PlanReader::readFile(path);
    if (!result.plan) {
        QStringList lines;
        for (const ReadError &e : result.errors)
            lines << e.toString();
        fail(tr("Could not open plan"), lines.join(QLatin1Char('\n')));
        return false;
    }
    mDocument->loadPlan(*result.plan, QFileInfo(path).absoluteFilePath());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

bool MainWindow::saveFile(const QString &path, SaveMode mode)
{
    // Ctrl+S takes no focus from the field being typed in: commit its text first, or the file
    // and the clean title would both miss what the user sees (found typing an id, then Ctrl+S).
    if (auto *field = qobject_cast<FieldEdit *>(QApplication::focusWidget());
        field && isAncestorOf(field))
        field->commitTyped();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString previousPath = mDocument->filePath();
    const auto written = std::make_shared<bool>(false);
    // The worker writes a copy of the plan as it is now (cheap: its lists are shared), so the
    // user types on while a big plan is formatted and synced to disk.
    mSaveQueue->enqueue(
        [plan = mDocument->plan(), absolute] {
            QString error;
            PlanWriter::writeFile(plan, absolute, &error);
            return error;
        },
        [this, absolute, previousPath, written](const QString &error) {
            *written = error.isEmpty();
            saveFinished(absolute, previousPath, error);
        });
    // What is being written is this state: it is the clean one, unless the write fails.
    mDocument->setFilePath(absolute);
    mDocument->setClean();
    if (mode == SaveMode::Background) {
        statusBar()->showMessage(tr("Saving %1…").arg(path));
        return true;
    }
    mSaveQueue->waitForIdle();
    return *written;
}

void MainWindow::saveFinished(const QString &path, const QString &previousPath,
                              const QString &error)
{
    if (error.isEmpty()) {
        addRecentFile(path);
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
        return;
    }
    // Nothing on disk holds the plan: it is unsaved again, and a recovery copy is kept at once.
    // A failed Save As leaves the document with the file it had.
    if (mDocument->filePath() == path) mDocument->setFilePath(previousPath);
    mDocument->setUnsaved();
    mAutosave->saveNow();
    // The message names the file and the system's reason.
    fail(tr("Could not save plan"), tr("%1\n\nThe file on disk was left as it was.").arg(error));
}

void MainWindow::open()
{
    if (!maybeSave()) return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), startFolder(),
                                                      tr(qPrintable(FileFilter)));
    if (!path.isEmpty()) openFile(path);
}

bool MainWindow::save(SaveMode mode)
{
    if (mDocument->filePath().isEmpty()) return saveAs(mode);
    return saveFile(mDocument->filePath(), mode);
}

bool MainWindow::saveAs(SaveMode mode)
{
    QString suggested = mDocument->filePath();
    if (suggested.isEmpty())
        suggested = QDir(startFolder()).filePath(mDocument->plan().name +
                                                 QStringLiteral(".planar.yaml"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save plan"), suggested, tr(qPrintable(FileFilter)));
    return !path.isEmpty() && saveFile(path, mode);
}

bool MainWindow::maybeSave()
{
    // A save still being written decides whether there is unsaved work: wait for its reply
    // (a failed one makes the document unsaved again) before the plan may be dropped.
    mSaveQueue->waitForIdle();
    if (!mDocument->isDirty()) return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("The plan has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    if (answer != QMessageBox::Discard) return false;
    mAutosave->discard();
    return true;
}

bool MainWindow::restoreRecovery(const RecoveryEntry &entry)
{
    const ReadResult result = PlanReader::readFile(entry.recoveryFile);
    if (!result.plan) {
        fail(tr("Could not restore"), result.errors.value(0).toString());
        return false;
    }
    mDocument->loadPlan(*result.plan, entry.originalPath);
    mDocument->setUnsaved();
    Autosave::remove(entry);
    mAutosave->saveNow(); // keep a copy until the user saves
    statusBar()->showMessage(tr("Restored unsaved work from %1").arg(entry.saved.toString()), 8000);
    return true;
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryEntry> entries = Autosave::pending();
    if (entries.isEmpty()) return;
    const RecoveryEntry &latest = entries.first();
    const QString from =
        latest.originalPath.isEmpty() ? tr("an untitled plan") : latest.originalPath;
    const auto answer = QMessageBox::question(
        this, tr("Restore unsaved work?"),
        tr("Planar found changes to %1 that were autosaved at %2 but never saved, probably "
           "because Planar or the computer stopped. Restore them?")
            .arg(from, latest.saved.toString()),
        QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        restoreRecovery(latest);
    else if (answer == QMessageBox::Discard)
        Autosave::remove(latest);
}

QString MainWindow::startFolder() const
{
    // Where the user works: the open plan's folder, else the last plan's, else home — never
    // the folder Planar happened to be started from.
    if (!mDocument->filePath().isEmpty()) return QFileInfo(mDocument->filePath()).absolutePath();
    for (const QString &recent : QSettings().value(RecentKey).toStringList())
        if (QFileInfo(recent).dir().exists()) return QFileInfo(recent).absolutePath();
    return QDir::homePath();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(RecentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(RecentKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!mRecentMenu) return;
    mRecentMenu->clear();
    const QStringList files = QSettings().value(RecentKey).toStringList();
    for (const QString &path : files) {
        QAction *a = mRecentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave()) openFile(path);
        });
    }
    mRecentMenu->setEnabled(!files.isEmpty());
}

} // namespace Planar
