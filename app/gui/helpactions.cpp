// MainWindow's Help menu: the example plans, the keyboard shortcuts and the About box.
#include "mainwindow.h"

#include "document/plandocument.h"
#include "io/planreader.h"
#include "localization.h"
#include "plan/plan.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cstring>

namespace Planar {

QString MainWindow::examplesFolderFor(const QString &applicationDir)
{
    const QString dir = QDir::cleanPath(applicationDir);
    // Run from the build tree: the source tree's examples, so an edited example shows at once.
    const QString buildDir = QDir::cleanPath(QStringLiteral(PLANAR_BUILD_DIR));
    if (dir == buildDir || dir.startsWith(buildDir + QLatin1Char('/')))
        return QStringLiteral(PLANAR_SOURCE_EXAMPLES);
    // Installed as PREFIX/bin/planar: PREFIX/share/planar/examples (/usr/share/… from the .deb).
    return QDir::cleanPath(dir + QStringLiteral("/../share/planar/examples"));
}

QString MainWindow::examplesFolder()
{
    return examplesFolderFor(QCoreApplication::applicationDirPath());
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    mExampleMenu = help->addMenu(tr("Open &Example"));
    mExampleMenu->setObjectName(QStringLiteral("exampleMenu"));
    // Listed when the menu opens: the folder is read as it is now, not as it was at start-up.
    connect(mExampleMenu, &QMenu::aboutToShow, this, &MainWindow::updateExampleMenu);
    updateExampleMenu();

    auto *shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcuts"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    auto *about = help->addAction(tr("&About Planar"));
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::updateExampleMenu()
{
    mExampleMenu->clear();
    const QString folder = examplesFolder();
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.planar.yaml")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString path = file.absoluteFilePath();
        QAction *a = mExampleMenu->addAction(file.fileName().chopped(int(strlen(".planar.yaml"))));
        a->setObjectName(QStringLiteral("example:") + file.fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave()) openExample(path);
        });
    }
    if (files.isEmpty()) {
        // Say where Planar looked rather than showing an empty menu.
        QAction *none = mExampleMenu->addAction(tr("No examples in %1").arg(folder));
        none->setEnabled(false);
    }
}

bool MainWindow::openExample(const QString &path)
{
    const ReadResult result = PlanReader::readFile(path);
    if (!result.plan) {
        QStringList lines;
        for (const ReadError &e : result.errors)
            lines << e.toString();
        fail(tr("Could not open example"), lines.join(QLatin1Char('\n')));
        return false;
    }
    // A template: not tied to the (read-only, shared) example file, so Save asks where.
    mDocument->loadPlan(*result.plan);
    statusBar()->showMessage(tr("Opened example %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

QList<QPair<QString, QString>> MainWindow::shortcutList() const
{
    QList<QPair<QString, QString>> rows;
    for (const QAction *a : findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty()) continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows.append({Localization::withoutMnemonic(a->text()), keys.join(QStringLiteral(", "))});
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *table = new QTreeWidget(dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setRootIsDecorated(false);
    table->setHeaderLabels({tr("Action"), tr("Shortcut")});
    // Built from the window's actions, so the list cannot miss a shortcut or name a stale one.
    for (const auto &[text, keys] : shortcutList())
        table->addTopLevelItem(new QTreeWidgetItem({text, keys}));
    table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(420, 520);
    dialog->open();
}

QString MainWindow::aboutText() const
{
    return tr("<h3>Planar %1</h3>"
              "<p>Plans the host, VM and Pod network planes of a Kubernetes deployment and "
              "exports nftables rulesets and NetworkPolicies.</p>"
              "<p>Qt %2 (built with Qt %3)<br>Plan format version %4</p>")
        .arg(QStringLiteral(PLANAR_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR))
        .arg(PlanFormatVersion);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Planar"), aboutText(),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Planar
