// MainWindow's overview of large plans: the minimap dock and View ▸ Zoom to Selection.
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

    auto *dock = findChild<QDockWidget *>(QStringLiteral("overviewDock"));
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("showOverview"));
    connect(toggle, &QAction::triggered, this, [this, dock](bool shown) {
        mOverviewChosen = true;
        if (shown) resizeDocks({dock}, {dock->width() * 10 / 16 + 30}, Qt::Vertical);
    });
    connect(mDocument, &PlanDocument::planReset, this, &MainWindow::showOverviewIfLarge);
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
