#pragma once

#include "plan/plane.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QPrinter;
class QUndoView;

namespace Planar {

class AddressPlanPanel;
class CompliancePanel;
class Autosave;
class Diagram;
struct DiagramEvidence;
struct RecoveryEntry;
class IssuesPanel;
class LiveValidator;
class MiniMap;
class PlanDocument;
class PlanScene;
class PlanView;
class PropertiesPanel;
class SaveQueue;

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
    CompliancePanel *compliance() const { return mCompliance; }
    AddressPlanPanel *addressPlan() const { return mAddressPlan; }
    QLineEdit *searchBox() const { return mSearch; }
    QLabel *statusSummary() const { return mSummary; }
    /** The minimap in the Overview dock (View ▸ Overview). */
    MiniMap *miniMap() const { return mMiniMap; }
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
    /** How a save meets the caller: File ▸ Save goes on in the background; closing, opening
     *  another plan and tests wait for the file to be written. */
    enum class SaveMode { Background, Wait };
    /**
     * Writes the plan atomically to @p path and makes it the document's file. The plan as it
     * is now is what gets written, and it is marked saved at once; should the write fail, the
     * error is shown, the document is unsaved again and the file on disk stays as it was.
     * Returns false when the write failed (Wait) or could not be queued.
     */
    bool saveFile(const QString &path, SaveMode mode = SaveMode::Wait);
    /** The writer of saves and autosaves, off the GUI thread. */
    SaveQueue *saveQueue() const { return mSaveQueue; }
    void newBlank();
    /** The seed's three planes without hosts, VMs or workloads: File ▸ New's default. */
    void newFromTemplate();
    void newFromExample();
    /** Finds an item by id, IP or CIDR, selects and centres it. */
    bool findAndShow(const QString &text);
    /** Opens the example plan @p path as an untitled copy, so Save asks where to put it. */
    bool openExample(const QString &path);
    /** Where Help ▸ Open Example looks: PREFIX/share/planar/examples next to PREFIX/bin, or
     *  the source tree's resources/examples when the binary runs from the build tree. */
    static QString examplesFolder();
    static QString examplesFolderFor(const QString &applicationDir);
    /** Help ▸ Keyboard Shortcuts' rows: each action's text and its shortcuts, sorted. */
    QList<QPair<QString, QString>> shortcutList() const;
    /** Help ▸ About's text: the versions of Planar, Qt and the plan format. */
    QString aboutText() const;
    /** Waits for validation, fits the plan into view and saves the window as an image. */
    bool saveScreenshot(const QString &path);
    /**
     * Writes the canvas's diagram to @p path as SVG, PNG (@p scale pixels per canvas unit) or
     * PDF (vectors), chosen by the suffix, atomically; failures go to fail().
     */
    bool exportDiagram(const QString &path, qreal scale = 1);
    /** Prints the diagram on @p printer, fitted to its page. */
    bool printDiagram(QPrinter *printer);
    /**
     * Replaces File ▸ Print…'s QPrintDialog: @p chooser sets up the printer and says whether
     * to print. Tests print to a PDF file through the menu's own path this way.
     */
    void setPrinterChooser(std::function<bool(QPrinter *)> chooser)
    {
        mPrinterChooser = std::move(chooser);
    }
    /** Blocks (running the event loop) until live validation has caught up. */
    void waitForValidation(int timeoutMs = 10000);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBars();
    void createDocks();
    void updateTitle();
    void updateRecentMenu();
    /** The folder Open and Save As start in. */
    QString startFolder() const;
    void addRecentFile(const QString &path);
    bool maybeSave();
    /** File ▸ New: asks between the three-plane template and a blank plan. */
    void newPlan();
    bool loadResourcePlan(const QString &resource, const QString &title);
    bool save(SaveMode mode = SaveMode::Wait);
    bool saveAs(SaveMode mode = SaveMode::Wait);
    /** A background save's reply: @p error is empty when @p path was written. */
    void saveFinished(const QString &path, const QString &previousPath, const QString &error);
    void open();
    void applyValidation();
    void onSelectionChanged();
    void showSubjects(const QStringList &subjects);
    /** What the canvas shows, by the report's names: pci-1.2.3's evidence in the editor. */
    DiagramEvidence canvasEvidence() const;
    void fail(const QString &title, const QString &message);

    // File ▸ Export Diagram… and Print… (diagramactions.cpp)
    Diagram currentDiagram();
    void exportDiagramInteractively();
    void printInteractively();
    // The overview of large plans (overviewactions.cpp)
    void createOverview();
    void showOverviewIfLarge();
    void showCanvasMenu(const QString &key, const QPoint &screenPos);

    // Help menu (helpactions.cpp)
    void createHelpMenu();
    void updateExampleMenu();
    void showShortcuts();
    void showAbout();

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
    /** canvasEvidence() as last built; reset when items come or go or a link changes. */
    mutable std::shared_ptr<const DiagramEvidence> mEvidence;
    PlanView *mView;
    LiveValidator *mValidator;
    PropertiesPanel *mProperties;
    IssuesPanel *mIssues;
    CompliancePanel *mCompliance;
    AddressPlanPanel *mAddressPlan;
    SaveQueue *mSaveQueue;
    Autosave *mAutosave;
    QUndoView *mUndoView;
    QLineEdit *mSearch;
    QLabel *mSummary;
    MiniMap *mMiniMap = nullptr;
    bool mOverviewChosen = false; // the user showed or hid the Overview: leave it so
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QMenu *mExampleMenu = nullptr;
    std::function<bool(QPrinter *)> mPrinterChooser;
    bool mInteractive = true;
    bool mDocksSized = false;
    QString mLastError;
};

} // namespace Planar
