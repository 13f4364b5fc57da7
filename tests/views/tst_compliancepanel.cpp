// The Compliance dock and the plan's review as a user meets them: the checklist of the plan's
// profiles follows each edit and its undo, agrees with the report the exporter writes,
// clicking a failing check selects what fails it, and `reviewed` is edited in Plan Settings.
#include "canvas/planscene.h"
#include "document/commands/entitycommands.h"
#include "document/plandocument.h"
#include "guitest.h"
#include "io/planreader.h"
#include "localization.h"
#include "livevalidator.h"
#include "mainwindow.h"
#include "panels/compliancepanel.h"
#include "panels/propertiespanel.h"
#include "reportexporter.h"

#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Planar;

class TestCompliancePanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTest::isolateSettings(); }
    void init();
    void cleanup() { mWindow.reset(); }
    void dockSitsBesideIssuesAndToggles();
    void agreesWithTheExportedReport();
    void failingCheckFollowsEditAndUndo();
    void diagramEvidenceFollowsTheCanvas();
    void clickingAFailingCheckSelectsItsSubjects();
    void planWithoutProfilesSaysHowToChooseOne();
    void reviewIsEditedUndoneAndSaved();
    void speaksTheEditorsLanguage(); // last: it installs the Chinese translation

private:
    /** Types @p text over the properties panel's line edit @p name and presses Return. */
    void type(const QString &name, const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(mWindow->properties()->editor(name));
        QVERIFY2(edit, qPrintable(name));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        mWindow->waitForValidation();
    }
    void undo()
    {
        mWindow->action(QStringLiteral("undo"))->trigger();
        mWindow->waitForValidation();
    }
    QString status(const QString &id) const { return mWindow->compliance()->statusOf(id); }

    std::unique_ptr<MainWindow> mWindow;
};

void TestCompliancePanel::init()
{
    mWindow = GuiTest::openSeedExample();
    QVERIFY(mWindow);
}

void TestCompliancePanel::dockSitsBesideIssuesAndToggles()
{
    auto *dock = mWindow->findChild<QDockWidget *>(QStringLiteral("complianceDock"));
    QVERIFY(dock);
    QCOMPARE(dock->widget(), mWindow->compliance());
    auto *issues = mWindow->findChild<QDockWidget *>(QStringLiteral("issuesDock"));
    QVERIFY(mWindow->tabifiedDockWidgets(issues).contains(dock));
    QAction *toggle = dock->toggleViewAction();
    bool inViewMenu = false;
    for (QAction *menu : mWindow->menuBar()->actions())
        inViewMenu = inViewMenu || (menu->menu() && menu->menu()->actions().contains(toggle));
    QVERIFY(inViewMenu);
    dock->raise();
    QTRY_VERIFY(mWindow->compliance()->isVisible());
    toggle->trigger();
    QVERIFY(!dock->isVisible());
    toggle->trigger();
    QVERIFY(dock->isVisible());
}

// The panel shows the report's checklist: each row's status is the one report.json gives.
void TestCompliancePanel::agreesWithTheExportedReport()
{
    ReportExporter exporter;
    ExportOptions options;
    options.today = mWindow->validator()->today();
    QList<ExportedFile> files;
    QVERIFY2(exporter.write(mWindow->document()->plan(), options, &files),
             qPrintable(exporter.errorString()));
    QJsonArray checks;
    for (const ExportedFile &f : files)
        if (f.name == u"report.json")
            checks = QJsonDocument::fromJson(f.data).object().value(u"checks").toArray();
    QCOMPARE(checks.size(), 19);
    QTreeWidget *tree = mWindow->compliance()->tree();
    QCOMPARE(tree->topLevelItemCount(), 2); // mlps2-level3, pci-dss, as the plan lists them
    QCOMPARE(tree->topLevelItem(0)->childCount() + tree->topLevelItem(1)->childCount(), 19);
    for (const QJsonValue &c : checks) {
        const QString id = c.toObject().value(u"id").toString();
        const QTreeWidgetItem *row = mWindow->compliance()->itemOf(id);
        QVERIFY2(row, qPrintable(id));
        QVERIFY2(status(id) == c.toObject().value(u"status").toString(),
                 qPrintable(id + QStringLiteral(": ") + status(id) + QStringLiteral(" — ") +
                            row->text(4)));
    }
    // The seed: every automatic row passes (compliance.md, "The seed plan's expected result").
    QCOMPARE(status(QStringLiteral("pci-1.2.3")), QStringLiteral("pass"));
    QCOMPARE(status(QStringLiteral("mlps-8.1.3.2ac")), QStringLiteral("pass"));
    QVERIFY2(mWindow->compliance()->message().contains(QLatin1String("pci-dss")),
             qPrintable(mWindow->compliance()->message()));
}

void TestCompliancePanel::failingCheckFollowsEditAndUndo()
{
    QCOMPARE(status(QStringLiteral("mlps-8.1.3.2ac")), QStringLiteral("pass"));
    // A link that opens every port: "every link has ports" no longer holds.
    mWindow->scene()->selectKeys({QStringLiteral("link:web-to-db")});
    type(QStringLiteral("ports"), QString());
    QVERIFY(mWindow->document()->plan().links.first().ports.isEmpty());
    QCOMPARE(status(QStringLiteral("mlps-8.1.3.2ac")), QStringLiteral("fail"));
    QTreeWidgetItem *row = mWindow->compliance()->itemOf(QStringLiteral("mlps-8.1.3.2ac"));
    QVERIFY(row->text(4).contains(QLatin1String("web-to-db")));
    QVERIFY(mWindow->compliance()->message().contains(QLatin1String("fail")));
    // Only the rows whose condition names ports turned.
    QCOMPARE(status(QStringLiteral("mlps-8.1.3.1b")), QStringLiteral("pass"));
    undo();
    QCOMPARE(status(QStringLiteral("mlps-8.1.3.2ac")), QStringLiteral("pass"));
}

void TestCompliancePanel::diagramEvidenceFollowsTheCanvas()
{
    // pci-1.2.3 asks whether the diagram shows every entity and link. The canvas's answer is
    // kept between results (MainWindow::canvasEvidence): it must follow a VM and a link that
    // are added, and a link whose ends, and so whose name, change. Were it stale, the row
    // would fail on the new ones.
    QCOMPARE(status(QStringLiteral("pci-1.2.3")), QStringLiteral("pass"));
    PlanDocument *document = mWindow->document();
    Vm vm = document->plan().vms.first();
    vm.id = QStringLiteral("node-added");
    document->undoStack()->push(new AddEntityCommand(document, vm));
    mWindow->waitForValidation();
    QCOMPARE(status(QStringLiteral("pci-1.2.3")), QStringLiteral("pass"));

    Link link{{}, document->plan().workloads.first().id, vm.id, {}, QStringLiteral("probe"),
              std::nullopt, {}};
    auto *add = new AddEntityCommand(document, link);
    document->undoStack()->push(add);
    mWindow->waitForValidation();
    QCOMPARE(status(QStringLiteral("pci-1.2.3")), QStringLiteral("pass"));

    link.to = document->plan().vms.first().id; // its name, "<from>-to-<to>", changes too
    document->undoStack()->push(new EditEntityCommand(document, add->key(), link));
    mWindow->waitForValidation();
    QCOMPARE(status(QStringLiteral("pci-1.2.3")), QStringLiteral("pass"));
}

void TestCompliancePanel::clickingAFailingCheckSelectsItsSubjects()
{
    mWindow->scene()->selectKeys({QStringLiteral("link:web-to-db")});
    type(QStringLiteral("ports"), QString());
    mWindow->scene()->clearSelection();
    auto *dock = mWindow->findChild<QDockWidget *>(QStringLiteral("complianceDock"));
    dock->raise();
    QTreeWidget *tree = mWindow->compliance()->tree();
    QTRY_VERIFY(tree->isVisible());
    QTreeWidgetItem *row = mWindow->compliance()->itemOf(QStringLiteral("mlps-8.1.3.2ac"));
    tree->scrollToItem(row);
    const QRect rect = tree->visualItemRect(row);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(mWindow->scene()->selectedKeys(), QStringList{QStringLiteral("link:web-to-db")});

    // A check failing on entities selects the entities: a VM NIC without a MAC.
    const QString vm = mWindow->document()->plan().vms.first().id;
    mWindow->scene()->selectKeys({vm});
    type(QStringLiteral("nic0.mac"), QString());
    QCOMPARE(status(QStringLiteral("mlps-8.1.3.1b")), QStringLiteral("fail"));
    mWindow->scene()->clearSelection();
    row = mWindow->compliance()->itemOf(QStringLiteral("mlps-8.1.3.1b"));
    tree->scrollToItem(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(row).center());
    QCOMPARE(mWindow->scene()->selectedKeys(), QStringList{vm});
}

void TestCompliancePanel::planWithoutProfilesSaysHowToChooseOne()
{
    mWindow->action(QStringLiteral("planSettings"))->trigger();
    type(QStringLiteral("profiles"), QString());
    QVERIFY(mWindow->document()->plan().profiles.isEmpty());
    const QString message = mWindow->compliance()->message();
    QVERIFY2(message.contains(QLatin1String("No compliance profile is selected")),
             qPrintable(message));
    QVERIFY(message.contains(QLatin1String("Plan Settings")));
    QVERIFY(!mWindow->compliance()->tree()->isVisibleTo(mWindow->compliance()));
    QVERIFY(mWindow->compliance()->statusOf(QStringLiteral("pci-1.2.3")).isEmpty());
    // One profile: only its rows.
    type(QStringLiteral("profiles"), QStringLiteral("pci-dss"));
    QCOMPARE(mWindow->compliance()->tree()->topLevelItemCount(), 1);
    QCOMPARE(status(QStringLiteral("pci-1.2.3")), QStringLiteral("pass"));
    QVERIFY(status(QStringLiteral("mlps-8.1.3.1a")).isEmpty());
    undo();
    undo();
    QCOMPARE(mWindow->compliance()->tree()->topLevelItemCount(), 2);
}

void TestCompliancePanel::reviewIsEditedUndoneAndSaved()
{
    QVERIFY(!mWindow->document()->plan().reviewed);
    QCOMPARE(status(QStringLiteral("pci-1.2.7")), QStringLiteral("manual"));
    mWindow->action(QStringLiteral("planSettings"))->trigger();
    type(QStringLiteral("reviewed.by"), QStringLiteral("netsec-team"));
    type(QStringLiteral("reviewed.date"), QStringLiteral("2026-11-01"));
    QVERIFY(mWindow->document()->plan().reviewed);
    QCOMPARE(mWindow->document()->plan().reviewed->by, QStringLiteral("netsec-team"));
    QCOMPARE(mWindow->document()->plan().reviewed->date, QDate(2026, 11, 1));
    QCOMPARE(status(QStringLiteral("pci-1.2.7")), QStringLiteral("pass"));
    // A review more than six months old fails the row.
    type(QStringLiteral("reviewed.date"), QStringLiteral("2026-05-01"));
    QCOMPARE(status(QStringLiteral("pci-1.2.7")), QStringLiteral("fail"));
    undo();
    QCOMPARE(status(QStringLiteral("pci-1.2.7")), QStringLiteral("pass"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reviewed.planar.yaml"));
    QVERIFY(mWindow->saveFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("reviewed: {by: netsec-team, date: 2026-11-01}"));
    const ReadResult reread = PlanReader::readFile(path);
    QVERIFY(reread.plan);
    QCOMPARE(reread.plan->reviewed, mWindow->document()->plan().reviewed);

    // Undoing both edits removes the key; emptying both fields does too.
    undo();
    undo();
    QVERIFY(!mWindow->document()->plan().reviewed);
    QCOMPARE(status(QStringLiteral("pci-1.2.7")), QStringLiteral("manual"));
    mWindow->action(QStringLiteral("redo"))->trigger();
    mWindow->action(QStringLiteral("redo"))->trigger();
    mWindow->waitForValidation(); // the form follows the redo after it has returned
    QVERIFY(mWindow->document()->plan().reviewed);
    mWindow->action(QStringLiteral("planSettings"))->trigger();
    type(QStringLiteral("reviewed.by"), QString());
    type(QStringLiteral("reviewed.date"), QString());
    QVERIFY(!mWindow->document()->plan().reviewed);
}

void TestCompliancePanel::speaksTheEditorsLanguage()
{
    mWindow.reset();
    QVERIFY(Localization::install(qApp, Localization::chooseLocale(QStringLiteral("zh_CN"))));
    mWindow = GuiTest::openSeedExample();
    QVERIFY(mWindow);
    QCOMPARE(status(QStringLiteral("pci-1.2.3")), QStringLiteral("通过"));
    QCOMPARE(status(QStringLiteral("pci-1.2.7")), QStringLiteral("人工确认"));
    // What the plan must show: the report's own Chinese wording.
    QVERIFY2(mWindow->compliance()->itemOf(QStringLiteral("pci-1.2.3"))->text(3).startsWith(
                 QStringLiteral("存在 CDE 安全域")),
             qPrintable(mWindow->compliance()->itemOf(QStringLiteral("pci-1.2.3"))->text(3)));
    mWindow->action(QStringLiteral("planSettings"))->trigger();
    type(QStringLiteral("profiles"), QString());
    QVERIFY2(mWindow->compliance()->message().startsWith(QStringLiteral("未选择合规要求")),
             qPrintable(mWindow->compliance()->message()));
}

QTEST_MAIN(TestCompliancePanel)
#include "tst_compliancepanel.moc"
