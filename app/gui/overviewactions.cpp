// MainWindow's overview of large plans: the minimap dock, View ▸ Zoom to Selection, collapsing
// hosts and zones, and the canvas's context menu.
#include "mainwindow.h"

#include "canvas/planscene.h"
#include "canvas/planview.h"
#include "document/plandocument.h"
#include "theme.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QTimer>

namespace Planar {

void MainWindow::createOverview()
{
    auto *zoomToSelection = new QAction(tr("Zoom to &Selection"), this);
    zoomToSelection->setObjectName(QStringLiteral("zoomToSelection"));
    // Beside Ctrl+0 (Fit to View): the same, for the selection.
    zoomToSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    zoomToSelection->setEnabled(false);
    connect(zoomToSelection, &QAction::triggered, this,
            [this] { mView->zoomTo(mScene->boundsOf(mScene->selectedKeys())); });
    connect(mScene, &QGraphicsScene::selectionChanged, zoomToSelection, [this, zoomToSelection] {
        zoomToSelection->setEnabled(!mScene->selectedItems().isEmpty());
    });
    mViewMenu->insertAction(action(QStringLiteral("zoomIn")), zoomToSelection);

    // Collapsing is view state: no undo step, and the plan stays unmodified.
    auto *collapse = new QAction(tr("Co&llapse"), this);
    collapse->setObjectName(QStringLiteral("collapse"));
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    collapse->setEnabled(false);
    connect(collapse, &QAction::triggered, this, [this] {
        const QStringList keys = mScene->selectedKeys();
        // Expand when every selected host or zone is collapsed, collapse otherwise.
        bool allCollapsed = true;
        for (const QString &key : keys)
            if (mScene->canCollapse(key)) allCollapsed &= mScene->isCollapsed(key);
        for (const QString &key : keys)
            if (mScene->canCollapse(key)) mScene->setCollapsed(key, !allCollapsed);
    });
    auto *expandAll = new QAction(tr("Expand &All"), this);
    expandAll->setObjectName(QStringLiteral("expandAll"));
    expandAll->setEnabled(false);
    connect(expandAll, &QAction::triggered, mScene, &PlanScene::expandAll);
    const auto updateFoldActions = [this, collapse, expandAll] {
        bool any = false, allCollapsed = true;
        for (const QString &key : mScene->selectedKeys())
            if (mScene->canCollapse(key)) {
                any = true;
                allCollapsed &= mScene->isCollapsed(key);
            }
        collapse->setEnabled(any);
        collapse->setText(any && allCollapsed ? tr("E&xpand") : tr("Co&llapse"));
        expandAll->setEnabled(!mScene->collapsedKeys().isEmpty());
    };
    connect(mScene, &QGraphicsScene::selectionChanged, this, updateFoldActions);
    connect(mScene, &PlanScene::foldsChanged, this, updateFoldActions);
    mViewMenu->insertActions(action(QStringLiteral("zoomIn")), {collapse, expandAll});
    connect(mScene, &PlanScene::contextMenuRequested, this, &MainWindow::showCanvasMenu);

    auto *dock = findChild<QDockWidget *>(QStringLiteral("overviewDock"));
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("showOverview"));
    connect(toggle, &QAction::triggered, this, [this, dock](bool shown) {
        mOverviewChosen = true;
        if (shown) resizeDocks({dock}, {dock->width() * 10 / 16 + 30}, Qt::Vertical);
    });
    connect(mDocument, &PlanDocument::planReset, this, &MainWindow::showOverviewIfLarge);
}

void MainWindow::showCanvasMenu(const QString &key, const QPoint &screenPos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("canvasMenu"));
    if (!key.isEmpty()) {
        if (mScene->canCollapse(key)) menu.addAction(action(QStringLiteral("collapse")));
        menu.addAction(action(QStringLiteral("editProperties")));
        menu.addAction(action(QStringLiteral("zoomToSelection")));
        menu.addSeparator();
        menu.addActions({action(QStringLiteral("copy")), action(QStringLiteral("duplicate")),
                         action(QStringLiteral("delete"))});
        menu.addSeparator();
    }
    menu.addActions({action(QStringLiteral("expandAll")), action(QStringLiteral("fit"))});
    menu.exec(screenPos);
}

void MainWindow::showOverviewIfLarge()
{
    if (mOverviewChosen) return;
    // Large: at the zoom where cards can be read, the plan covers more than two screens.
    const QSizeF readable = mScene->sceneRect().size() * Theme::DetailZoom;
    if (readable.width() <= 2 * 1600 && readable.height() <= 2 * 1000) return;
    auto *dock = findChild<QDockWidget *>(QStringLiteral("overviewDock"));
    dock->show();
    // Once the window is laid out: as tall as a map of a window-shaped plan is at its width.
    QTimer::singleShot(0, this, [this, dock] {
        resizeDocks({dock}, {dock->width() * 10 / 16 + 30}, Qt::Vertical);
    });
}

} // namespace Planar
