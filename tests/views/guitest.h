#pragma once
// Helpers shared by the GUI tests: answer modal dialogs, find cards on screen, click palette
// buttons as a user would.

#include "canvas/planscene.h"
#include "canvas/planview.h"
#include "livevalidator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDate>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <functional>
#include <memory>

namespace Planar::GuiTest {

/** Keeps tests away from the user's settings, recent files and autosaves. */
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PlanarTest"));
}

/**
 * A shown main window with the seed example, validated: where most GUI tests start. Call with
 * QVERIFY-style tests only (it verifies the window got exposed).
 */
inline std::unique_ptr<MainWindow> openSeedExample(const QDate &today = QDate(2026, 11, 26))
{
    auto window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    window->newFromExample();
    window->validator()->setToday(today);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) return nullptr;
    window->waitForValidation();
    window->view()->fitAll();
    return window;
}

/** Runs @p answer on the next modal dialog, as a user would click it. */
inline void whenModalAppears(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, [answer] {
        QWidget *modal = nullptr;
        for (int i = 0; i < 200 && !(modal = QApplication::activeModalWidget()); ++i)
            QTest::qWait(10);
        QVERIFY(modal);
        answer(modal);
    });
}

/** Where the card of @p key is on the view's viewport. */
inline QPoint viewPoint(MainWindow &w, const QString &key)
{
    return w.view()->mapFromScene(w.scene()->entityItem(key)->sceneBoundingRect().center());
}

/** Clicks the palette button of action @p name. */
inline void clickAction(MainWindow &w, const QString &name)
{
    auto *toolbar = w.findChild<QToolBar *>(QStringLiteral("palette"));
    QWidget *button = toolbar->widgetForAction(w.action(name));
    QVERIFY2(button, qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace Planar::GuiTest
