#include "mainwindow.h"

#include "autolayout.h"
#include "autosave.h"
#include "savequeue.h"
#include "canvas/minimap.h"
#include "canvas/planscene.h"
#include "canvas/planview.h"
#include "dialogs/exportdialog.h"
#include "document/plandocument.h"
#include "export/linkflows.h"
#include "livevalidator.h"
#include "localization.h"
#include "panels/addressplanpanel.h"
#include "panels/compliancepanel.h"
#include "panels/issuespanel.h"
#include "panels/propertiespanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

static void initPlanarResources()
{
    Q_INIT_RESOURCE(planar);
}

namespace Planar {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), mDocument(new PlanDocument(this)),
      mScene(new PlanScene(mDocument, this)), mView(new PlanView(this)),
      mValidator(new LiveValidator(mDocument, this)),
      mProperties(new PropertiesPanel(mDocument, this)), mIssues(new IssuesPanel(this)),
      mCompliance(new CompliancePanel(this)),
      mAddressPlan(new AddressPlanPanel(mDocument, this)), mSaveQueue(new SaveQueue(this)),
      mAutosave(new Autosave(mDocument, mSaveQueue, this)),
      mUndoView(new QUndoView(mDocument->undoStack(), this)), mSearch(new QLineEdit(this)),
      mSummary(new QLabel(this))
{
    initPlanarResources();
    setObjectName(QStringLiteral("mainWindow"));
    mView->setScene(mScene);
    setCentralWidget(mView);
    createActions();
    createMenusAndToolBars();
    createDocks();
    createOverview();
    mSummary->setObjectName(QStringLiteral("summary"));
    statusBar()->addPermanentWidget(mSummary);

    connect(mDocument, &PlanDocument::dirtyChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &PlanDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &PlanDocument::settingsChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &PlanDocument::planReset, this, &MainWindow::updateTitle);
    // A plan opens fitted to the window (the scene has rebuilt itself by now: it connected
    // first), and stays fitted through resizes until the user zooms.
    connect(mDocument, &PlanDocument::planReset, mView, &PlanView::fitAll);
    connect(mValidator, &LiveValidator::resultReady, this, &MainWindow::applyValidation);
    connect(mValidator, &LiveValidator::complianceReady, this,
            [this] { mCompliance->setCompliance(mValidator->result().compliance); });
    connect(mScene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(mScene, &PlanScene::linkRequested, this, &MainWindow::requestLink);
    connect(mIssues, &IssuesPanel::subjectsActivated, this, &MainWindow::showSubjects);
    connect(mCompliance, &CompliancePanel::subjectsActivated, this, &MainWindow::showSubjects);
    // pci-1.2.3 asks whether the diagram shows every entity and link: the canvas is that
    // diagram in the editor, so its items are the evidence.
    mValidator->setDiagramEvidence([this] { return canvasEvidence(); });
    // The canvas mirrors the document by id: what it shows changes only when items come or
    // go or a link's ends do. Built anew after every result, it held the GUI thread for a
    // tenth of a second at 50,000 VMs.
    const auto forgetEvidence = [this] { mEvidence.reset(); };
    connect(mDocument, &PlanDocument::entityAdded, this, forgetEvidence);
    connect(mDocument, &PlanDocument::entityRemoved, this, forgetEvidence);
    connect(mDocument, &PlanDocument::planReset, this, forgetEvidence);
    connect(mDocument, &PlanDocument::entityChanged, this, [this](const QString &key) {
        if (mDocument->kindOf(key) == ItemKind::Link) mEvidence.reset();
    });
    connect(mAddressPlan, &AddressPlanPanel::idActivated, this,
            [this](const QString &id) { selectAndShow({id}); });
    connect(mProperties, &PropertiesPanel::selectRequested, this, &MainWindow::selectAndShow);
    connect(mSearch, &QLineEdit::returnPressed, this, [this] { findAndShow(mSearch->text()); });
    connect(mAutosave, &Autosave::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    });
    updateTitle();
    updateRecentMenu();
    resize(1500, 950);
}

MainWindow::~MainWindow()
{
    // ~QWidget closes the window, which takes focus from a field being edited, and the field
    // commits on focus-out: let that commit happen now, while this is still a MainWindow, and
    // let nothing the document says afterwards reach a half-destroyed window (UBSan found it).
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    mDocument->disconnect(this);
    mValidator->disconnect(this);
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &icon,
                       const QKeySequence &shortcut = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setIconText(Localization::withoutMnemonic(text)); // "添加宿主机(&H)" shows no "(H)"
        if (!icon.isEmpty()) a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
        if (!shortcut.isEmpty()) a->setShortcut(shortcut);
        return a;
    };
    connect(make(QStringLiteral("new"), tr("&New…"), {}, QKeySequence::New), &QAction::triggered,
            this, &MainWindow::newPlan);
    connect(make(QStringLiteral("newFromExample"), tr("New from &Example"), {}),
            &QAction::triggered, this, [this] {
                if (maybeSave()) newFromExample();
            });
    connect(make(QStringLiteral("open"), tr("&Open…"), {}, QKeySequence::Open), &QAction::triggered,
            this, &MainWindow::open);
    connect(make(QStringLiteral("save"), tr("&Save"), {}, QKeySequence::Save), &QAction::triggered,
            this, [this] { save(SaveMode::Background); });
    // Spelled out: QKeySequence::SaveAs and ::Close are empty outside KDE and GNOME.
    connect(make(QStringLiteral("saveAs"), tr("Save &As…"), {},
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)),
            &QAction::triggered, this, [this] { saveAs(SaveMode::Background); });
    connect(make(QStringLiteral("close"), tr("&Close"), {}, QKeySequence(Qt::CTRL | Qt::Key_W)),
            &QAction::triggered, this, [this] {
                if (maybeSave()) newBlank();
            });
    connect(make(QStringLiteral("export"), tr("&Export…"), {}, QKeySequence(Qt::CTRL | Qt::Key_E)),
            &QAction::triggered, this,
            [this] { ExportDialog::run(this, mDocument->plan(), mDocument->filePath()); });
    connect(make(QStringLiteral("exportDiagram"), tr("Export &Diagram…"), {},
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)),
            &QAction::triggered, this, &MainWindow::exportDiagramInteractively);
    connect(make(QStringLiteral("print"), tr("&Print…"), {}, QKeySequence::Print),
            &QAction::triggered, this, &MainWindow::printInteractively);
    connect(make(QStringLiteral("quit"), tr("&Quit"), {}, QKeySequence::Quit), &QAction::triggered,
            this, &QWidget::close);

    QAction *undo = mDocument->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = mDocument->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(make(QStringLiteral("delete"), tr("&Delete"), {}, QKeySequence::Delete),
            &QAction::triggered, this, &MainWindow::deleteSelection);
    // The keyboard's way into the properties panel, as F2 renames in a file manager.
    connect(make(QStringLiteral("editProperties"), tr("Edit Pr&operties"), {},
                 QKeySequence(Qt::Key_F2)),
            &QAction::triggered, this, [this] {
                if (auto *dock = findChild<QDockWidget *>(QStringLiteral("propertiesDock"))) {
                    dock->show();
                    dock->raise();
                }
                mProperties->focusFirstField();
            });
    connect(make(QStringLiteral("planSettings"), tr("Plan &Settings"), {}), &QAction::triggered,
            this, [this] { selectAndShow({AutoLayout::clusterKey()}); });
    connect(make(QStringLiteral("copy"), tr("&Copy"), {}, QKeySequence::Copy), &QAction::triggered,
            this, &MainWindow::copySelection);
    connect(make(QStringLiteral("paste"), tr("&Paste"), {}, QKeySequence::Paste),
            &QAction::triggered, this, &MainWindow::paste);
    connect(
        make(QStringLiteral("duplicate"), tr("D&uplicate"), {}, QKeySequence(Qt::CTRL | Qt::Key_D)),
        &QAction::triggered, this, &MainWindow::duplicateSelection);

    connect(make(QStringLiteral("addHost"), tr("Add &Host"), QStringLiteral("host")),
            &QAction::triggered, this, &MainWindow::addHost);
    connect(make(QStringLiteral("addVm"), tr("Add &VM"), QStringLiteral("vm")), &QAction::triggered,
            this, &MainWindow::addVm);
    connect(make(QStringLiteral("addWorkload"), tr("Add &Workload"), QStringLiteral("workload")),
            &QAction::triggered, this, &MainWindow::addWorkload);
    connect(make(QStringLiteral("addZone"), tr("Add &Zone"), QStringLiteral("zone")),
            &QAction::triggered, this, &MainWindow::addZone);
    connect(make(QStringLiteral("addExternal"), tr("Add &External Network"),
                 QStringLiteral("external")),
            &QAction::triggered, this, [this] { addNetwork(Plane::External); });
    const std::pair<Plane, QString> networkKinds[] = {{Plane::Host, tr("Add H&ost Network")},
                                                        {Plane::Vm, tr("Add V&M Network")},
                                                        {Plane::Pod, tr("Add &Pod Network")},
                                                        {Plane::Service, tr("Add Se&rvice Network")}};
    for (const auto &[plane, text] : networkKinds) {
        auto *a = make(QStringLiteral("addNetwork.") + planeKey(plane), text,
                       QStringLiteral("network"));
        connect(a, &QAction::triggered, this, [this, plane = plane] { addNetwork(plane); });
    }

    auto *tools = new QActionGroup(this);
    QAction *select = make(QStringLiteral("selectTool"), tr("&Select"), QStringLiteral("select"),
                           QKeySequence(Qt::Key_Escape));
    QAction *link = make(QStringLiteral("linkTool"), tr("&Link"), QStringLiteral("link"),
                         QKeySequence(Qt::Key_L));
    for (QAction *a : {select, link}) {
        a->setCheckable(true);
        tools->addAction(a);
    }
    select->setChecked(true);
    link->setToolTip(tr("Link tool: drag from one item to another to add a flow"));
    connect(select, &QAction::triggered, this, [this] {
        mScene->setTool(PlanScene::Tool::Select);
        mView->setDragMode(QGraphicsView::RubberBandDrag);
    });
    connect(link, &QAction::triggered, this, [this] {
        mScene->setTool(PlanScene::Tool::Link);
        mView->setDragMode(QGraphicsView::NoDrag);
    });

    connect(make(QStringLiteral("arrange"), tr("Auto-&arrange"), QStringLiteral("arrange")),
            &QAction::triggered, mScene, &PlanScene::arrangeAll);
    connect(make(QStringLiteral("fit"), tr("&Fit to View"), QStringLiteral("fit"),
                 QKeySequence(Qt::CTRL | Qt::Key_0)),
            &QAction::triggered, mView, &PlanView::fitAll);
    connect(make(QStringLiteral("zoomIn"), tr("Zoom &In"), {}, QKeySequence::ZoomIn),
            &QAction::triggered, this, [this] { mView->zoomBy(1.25); });
    connect(make(QStringLiteral("zoomOut"), tr("Zoom &Out"), {}, QKeySequence::ZoomOut),
            &QAction::triggered, this, [this] { mView->zoomBy(0.8); });
    QAction *snap = make(QStringLiteral("snap"), tr("Snap to &Grid"), {});
    snap->setCheckable(true);
    snap->setChecked(mScene->snapToGrid());
    connect(snap, &QAction::toggled, mScene, &PlanScene::setSnapToGrid);
    QAction *systemFlows =
        make(QStringLiteral("showSystemFlows"), tr("Show Cluster &System Flows"), {});
    systemFlows->setCheckable(true);
    systemFlows->setToolTip(tr("Draw the flows the cluster needs between its nodes (API server, "
                               "kubelet, etcd, CNI), which no link draws"));
    connect(systemFlows, &QAction::toggled, mScene, &PlanScene::setShowSystemFlows);
    connect(make(QStringLiteral("find"), tr("&Find…"), {}, QKeySequence::Find), &QAction::triggered,
            this, [this] {
                mSearch->setFocus();
                mSearch->selectAll();
            });
}

void MainWindow::createMenusAndToolBars()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({action(QStringLiteral("new")), action(QStringLiteral("newFromExample")),
                      action(QStringLiteral("open"))});
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    file->addActions({action(QStringLiteral("save")), action(QStringLiteral("saveAs")),
                      action(QStringLiteral("close"))});
    file->addSeparator();
    file->addActions({action(QStringLiteral("export")), action(QStringLiteral("exportDiagram")),
                      action(QStringLiteral("print"))});
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({action(QStringLiteral("undo")), action(QStringLiteral("redo"))});
    edit->addSeparator();
    edit->addActions({action(QStringLiteral("copy")), action(QStringLiteral("paste")),
                      action(QStringLiteral("duplicate")), action(QStringLiteral("delete"))});
    edit->addAction(action(QStringLiteral("find")));
    edit->addSeparator();
    edit->addActions(
        {action(QStringLiteral("editProperties")), action(QStringLiteral("planSettings"))});

    QMenu *add = menuBar()->addMenu(tr("&Add"));
    add->addActions({action(QStringLiteral("addHost")), action(QStringLiteral("addVm")),
                     action(QStringLiteral("addWorkload")), action(QStringLiteral("addZone")),
                     action(QStringLiteral("addExternal"))});
    QMenu *networks = add->addMenu(tr("&Network"));
    for (Plane plane : {Plane::Host, Plane::Vm, Plane::Pod, Plane::Service})
        networks->addAction(action(QStringLiteral("addNetwork.") + planeKey(plane)));

    mViewMenu = menuBar()->addMenu(tr("&View"));
    mViewMenu->addActions({action(QStringLiteral("fit")), action(QStringLiteral("zoomIn")),
                           action(QStringLiteral("zoomOut")), action(QStringLiteral("snap")),
                           action(QStringLiteral("arrange")),
                           action(QStringLiteral("showSystemFlows"))});
    mViewMenu->addSeparator();

    QToolBar *palette = addToolBar(tr("Palette"));
    palette->setObjectName(QStringLiteral("palette"));
    palette->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    palette->setIconSize(QSize(20, 20));
    palette->addActions({action(QStringLiteral("selectTool")), action(QStringLiteral("linkTool"))});
    palette->addSeparator();
    palette->addActions({action(QStringLiteral("addHost")), action(QStringLiteral("addVm")),
                         action(QStringLiteral("addWorkload"))});
    auto *networkButton =
        new QAction(QIcon(QStringLiteral(":/icons/network.svg")), tr("Add Network"), this);
    networkButton->setMenu(networks);
    connect(networkButton, &QAction::triggered, this, [this] { addNetwork(Plane::Vm); });
    palette->addAction(networkButton);
    palette->addActions({action(QStringLiteral("addZone")), action(QStringLiteral("addExternal"))});
    palette->addSeparator();
    palette->addActions({action(QStringLiteral("arrange")), action(QStringLiteral("fit"))});
    palette->addSeparator();
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setPlaceholderText(tr("Find id, IP or CIDR…"));
    mSearch->setClearButtonEnabled(true);
    mSearch->setMaximumWidth(240);
    palette->addWidget(mSearch);

    createHelpMenu(); // last: the Help menu ends the menu bar
}

void MainWindow::createDocks()
{
    auto dock = [this](QWidget *widget, const QString &name, const QString &title,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        mViewMenu->addAction(d->toggleViewAction());
        return d;
    };
    // The Overview above Properties, hidden until a plan too large to read at once is opened.
    mMiniMap = new MiniMap(mView, this);
    dock(mMiniMap, QStringLiteral("overviewDock"), tr("Overview"), Qt::RightDockWidgetArea)->hide();
    QDockWidget *props = dock(mProperties, QStringLiteral("propertiesDock"), tr("Properties"),
                              Qt::RightDockWidgetArea);
    QDockWidget *history =
        dock(mUndoView, QStringLiteral("historyDock"), tr("History"), Qt::RightDockWidgetArea);
    tabifyDockWidget(props, history);
    props->raise();
    mUndoView->setEmptyLabel(tr("<opened plan>"));
    QDockWidget *issues =
        dock(mIssues, QStringLiteral("issuesDock"), tr("Issues"), Qt::BottomDockWidgetArea);
    QDockWidget *addresses = dock(mAddressPlan, QStringLiteral("addressDock"), tr("Address Plan"),
                                  Qt::BottomDockWidgetArea);
    tabifyDockWidget(issues, addresses);
    // A tab behind another still counts as visible: the dock says when it is seen.
    mAddressPlan->setOnScreen(false);
    connect(addresses, &QDockWidget::visibilityChanged, mAddressPlan,
            &AddressPlanPanel::setOnScreen);
    QDockWidget *compliance = dock(mCompliance, QStringLiteral("complianceDock"), tr("Compliance"),
                                   Qt::BottomDockWidgetArea);
    tabifyDockWidget(issues, compliance);
    issues->raise();
    resizeDocks({props}, {360}, Qt::Horizontal);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (mDocksSized) return;
    mDocksSized = true;
    // The canvas is the work: the Issues dock gets a fifth of the window, not the layout's
    // share of it (which on a laptop screen was 40 %).
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("issuesDock"))}, {qMax(150, height() / 5)},
                Qt::Vertical);
}

void MainWindow::updateTitle()
{
    const QString name =
        mDocument->filePath().isEmpty()
            ? (mDocument->plan().name.isEmpty() ? tr("untitled") : mDocument->plan().name)
            : QFileInfo(mDocument->filePath()).fileName();
    setWindowTitle(tr("%1[*] — Planar").arg(name));
    setWindowModified(mDocument->isDirty());
}

void MainWindow::applyValidation()
{
    const ValidationResult &r = mValidator->result();
    mScene->setStatuses(r.statuses);
    mScene->setLinkStates(r.links);
    // The canvas shows the colours now: on a large plan the panels' tables below take longer
    // than the validation did.
    mView->viewport()->repaint();
    mIssues->setFindings(r.findings, r.keys);
    mAddressPlan->setFindings(r.findings);
    mSummary->setText(tr("%n error(s)", nullptr, r.summary.errors) + QStringLiteral(", ") +
                      tr("%n warning(s)", nullptr, r.summary.warnings));
    mSummary->setStyleSheet(r.summary.errors ? QStringLiteral("color: #d32f2f; font-weight: bold;")
                                             : QString());
}

void MainWindow::onSelectionChanged()
{
    const QStringList keys = mScene->selectedKeys();
    mProperties->showKey(keys.size() == 1 ? keys.first() : QString());
}

void MainWindow::showSubjects(const QStringList &subjects)
{
    // The report names a link without an id FROM-to-TO, as the artifacts do; the document
    // keys it "link:#N".
    const Plan &plan = mDocument->plan();
    const QStringList &linkKeys = mDocument->linkKeys();
    QHash<QString, QString> keyOfName;
    for (qsizetype i = 0; i < plan.links.size() && i < linkKeys.size(); ++i)
        keyOfName.insert(LinkFlows::linkName(plan.links[i]), linkKeys[i]);
    QStringList keys;
    for (const QString &s : subjects) {
        if (mScene->entityItem(s) || mScene->linkItem(s))
            keys << s;
        else if (mScene->linkItem(QStringLiteral("link:") + s))
            keys << QStringLiteral("link:") + s;
        else if (keyOfName.contains(s) && mScene->linkItem(keyOfName[s]))
            keys << keyOfName[s];
        else if (s.contains(u'/') && mScene->entityItem(s.section(u'/', 0, 0)))
            keys << s.section(u'/', 0, 0); // "node1/ens3": a part of node1, as checks name NICs
    }
    keys.removeDuplicates();
    // A plan-wide finding shows nothing on the canvas: keep what the user had selected.
    if (!keys.isEmpty()) selectAndShow(keys);
}

DiagramEvidence MainWindow::canvasEvidence() const
{
    if (mEvidence) return *mEvidence;
    DiagramEvidence evidence;
    const Plan &plan = mDocument->plan();
    auto add = [&](const QString &id) {
        if (mScene->entityItem(id)) evidence.nodes.insert(id);
    };
    for (const Host &e : plan.hosts)
        add(e.id);
    for (const Vm &e : plan.vms)
        add(e.id);
    for (const Network &e : plan.networks)
        add(e.id);
    for (const Workload &e : plan.workloads)
        add(e.id);
    for (const Zone &e : plan.zones)
        add(e.id);
    const QStringList &linkKeys = mDocument->linkKeys();
    for (qsizetype i = 0; i < plan.links.size() && i < linkKeys.size(); ++i)
        if (mScene->linkItem(linkKeys[i]))
            evidence.links.insert(LinkFlows::linkName(plan.links[i]));
    mEvidence = std::make_shared<const DiagramEvidence>(evidence);
    return evidence;
}

void MainWindow::selectAndShow(const QStringList &keys)
{
    mScene->selectKeys(keys);
    mView->centreOn(mScene->boundsOf(keys));
}

void MainWindow::waitForValidation(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (mValidator->isPending() && timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    QApplication::processEvents();
}

bool MainWindow::saveScreenshot(const QString &path)
{
    show();
    waitForValidation();
    mView->fitAll();
    if (mMiniMap->isVisible()) mMiniMap->refresh(); // it waits for a pause in changes otherwise
    QApplication::processEvents();
    const QPixmap shot = grab();
    if (!shot.save(path)) {
        fail(tr("Screenshot"), tr("Could not write %1.").arg(path));
        return false;
    }
    return true;
}

void MainWindow::fail(const QString &title, const QString &message)
{
    mLastError = message;
    statusBar()->showMessage(message, 10000);
    if (mInteractive) QMessageBox::critical(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

} // namespace Planar
