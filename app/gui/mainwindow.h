#pragma once

#include "plan/plane.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QMenu;
class QUndoView;

namespace Planar {

class AddressPlanPanel;
class Autosave;
struct RecoveryEntry;
class IssuesPanel;
class LiveValidator;
class PlanDocument;
class PlanScene;
class PlanView;
class PropertiesPanel;

/** The editor window: canvas in the middle, palette and tools on top, panels around. */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanDocument *document() const { return mDocument; }
    PlanScene *scene() const { return mScene; }
    PlanView *view() const { return mView; }
    LiveValidator *validator() const { return mValidator; }
    PropertiesPanel *properties() const { return mProperties; }
    IssuesPanel *issues() const { return mIssues; }
    AddressPlanPanel *addressPlan() const { return mAddressPlan; }
    QLineEdit *searchBox() const { return mSearch; }
    QLabel *statusSummary() const { return mSummary; }
    /** The action with object name @p name ("addHost", "save", "undo" …). */
    QAction *action(const QString &name) const;

    Autosave *autosave() const { return mAutosave; }
    /** Opens an autosaved copy as unsaved work on its original file; removes the copy. */
    bool restoreRecovery(const RecoveryEntry &entry);
    /** At start-up: offers to restore work an earlier session autosaved but never saved. */
    void offerRecovery();

    /** When false, failures go to lastError() and the status bar instead of dialogs. */
    void setInteractive(bool interactive) { mInteractive = interactive; }
    QString lastError() const { return mLastError; }

    /** Opens @p path; on failure shows the reader's file:line:column message, changes nothing. */
    bool openFile(const QString &path);
    /** Writes the plan atomically to @p path and makes it the document's file. */
    bool saveFile(const QString &path);
    void newBlank();
    void newFromExample();
    /** Finds an item by id, IP or CIDR, selects and centres it. */
    bool findAndShow(const QString &text);
    /** Waits for validation, fits the plan into view and saves the window as an image. */
    bool saveScreenshot(const QString &path);
    /** Blocks (running the event loop) until live validation has caught up. */
    void waitForValidation(int timeoutMs = 10000);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBars();
    void createDocks();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    bool maybeSave();
    bool save();
    bool saveAs();
    void open();
    void applyValidation();
    void onSelectionChanged();
    void showSubjects(const QStringList &subjects);
    void fail(const QString &title, const QString &message);

    // Editing (editactions.cpp)
    void addHost();
    void addVm();
    void addWorkload();
    void addNetwork(Plane plane);
    void addZone();
    void requestLink(const QString &from, const QString &to);
    void deleteSelection();
    void copySelection();
    void paste();
    void duplicateSelection();
    void selectAndShow(const QStringList &keys);

    PlanDocument *mDocument;
    PlanScene *mScene;
    PlanView *mView;
    LiveValidator *mValidator;
    PropertiesPanel *mProperties;
    IssuesPanel *mIssues;
    AddressPlanPanel *mAddressPlan;
    Autosave *mAutosave;
    QUndoView *mUndoView;
    QLineEdit *mSearch;
    QLabel *mSummary;
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    bool mInteractive = true;
    QString mLastError;
};

} // namespace Planar
