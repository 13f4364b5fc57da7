#include "document/commands/entitycommands.h"
#include "document/plandocument.h"
#include "generate/plangenerator.h"
#include "io/planreader.h"
#include "livevalidator.h"
#include "panels/addressplanpanel.h"
#include "panels/usagechart.h"

#include <QApplication>
#include <QScrollBar>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Planar;

class TestAddressPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void rowsListEveryRange();
    void usageCountsNicsAndNodeSubnets();
    void filterAndConflictHighlight();
    void hiddenPanelCatchesUpWhenShown();
    void shownPanelRebuildsWithTheFindings();
    void editKeepsSelectionAndScroll();

private:
    Plan mSeed;
};

void TestAddressPlan::init()
{
    const ReadResult r =
        PlanReader::readFile(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"));
    QVERIFY(r.plan);
    mSeed = *r.plan;
}

void TestAddressPlan::rowsListEveryRange()
{
    const QList<AddressRow> rows = AddressPlanPanel::rows(mSeed);
    // 7 networks, the cluster Pod and Service ranges, 3 node Pod subnets.
    QCOMPARE(rows.size(), 7 + 2 + 3);
    const auto ecommerce = std::find_if(rows.begin(), rows.end(), [](const AddressRow &r) {
        return r.id == QLatin1String("vm-ecommerce");
    });
    QCOMPARE(ecommerce->size, quint64(256));
    QCOMPARE(ecommerce->used, quint64(3)); // gateway, node1, node2
    QCOMPARE(ecommerce->usedBy, (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}));
    QCOMPARE(ecommerce->vlan, QStringLiteral("10"));
}

void TestAddressPlan::usageCountsNicsAndNodeSubnets()
{
    const QList<Usage> usage = AddressPlanPanel::usage(mSeed);
    QVERIFY(!usage.isEmpty());
    // A /12 cut into /24s gives 4096 node subnets; three are taken.
    QCOMPARE(usage.first().used, quint64(3));
    QCOMPARE(usage.first().capacity, quint64(4096));
    const auto mgmt = std::find_if(usage.begin(), usage.end(), [](const Usage &u) {
        return u.label == QLatin1String("host-mgmt");
    });
    QVERIFY(mgmt != usage.end());
    QCOMPARE(mgmt->used, quint64(3));
    QCOMPARE(mgmt->capacity, quint64(126));
}

void TestAddressPlan::filterAndConflictHighlight()
{
    PlanDocument doc;
    doc.loadPlan(mSeed);
    AddressPlanPanel panel(&doc);
    LiveValidator validator(&doc);
    validator.setToday(QDate(2026, 11, 26));
    connect(&validator, &LiveValidator::resultReady, &panel,
            [&] { panel.setFindings(validator.result().findings); });
    panel.resize(900, 400); // room for every bar of the seed
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.table()->model()->rowCount(), 12);
    QTRY_COMPARE(panel.chart()->usage().size(), 5);
    panel.resize(900, 150); // less room: fewer bars, the last one sums up the rest
    QTRY_VERIFY(panel.chart()->usage().size() < 5);
    QVERIFY(panel.chart()->usage().last().label.contains(QStringLiteral("other")));
    quint64 used = 0;
    for (const Usage &u : panel.chart()->usage())
        used += u.used;
    quint64 all = 0;
    for (const Usage &u : AddressPlanPanel::usage(mSeed))
        all += u.used;
    QCOMPARE(used, all); // nothing dropped
    panel.resize(900, 400);

    QTest::keyClicks(panel.filter(), QStringLiteral("payments"));
    QCOMPARE(panel.table()->model()->rowCount(), 3); // vm-payments, its parent, node3 Pods
    panel.filter()->clear();

    // node3 takes node1's Pod subnet: both rows turn red.
    Vm vm = std::get<Vm>(*doc.entity(QStringLiteral("node3")));
    vm.podSubnets = {QStringLiteral("172.16.1.0/24")};
    doc.undoStack()->push(new EditEntityCommand(&doc, QStringLiteral("node3"), vm));
    QTRY_VERIFY(!validator.isPending());
    QAbstractItemModel *model = panel.table()->model();
    int red = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush)
            ++red;
    QVERIFY2(red >= 2, qPrintable(QString::number(red)));
}

void TestAddressPlan::hiddenPanelCatchesUpWhenShown()
{
    // Hidden behind another dock, the panel does not rebuild its table on every edit (that
    // kept the GUI thread busy on large plans); shown again, it shows the plan as it is now.
    PlanDocument doc;
    doc.loadPlan(mSeed);
    AddressPlanPanel panel(&doc);
    LiveValidator validator(&doc);
    validator.setToday(QDate(2026, 11, 26));
    connect(&validator, &LiveValidator::resultReady, &panel,
            [&] { panel.setFindings(validator.result().findings); });
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(!validator.isPending());
    const QString taken = QStringLiteral("172.16.1.0/24"); // node1's Pod subnet
    const auto rowsWith = [&panel](const QString &cidr, int *red) {
        QAbstractItemModel *model = panel.table()->model();
        int rows = 0;
        *red = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 2).data().toString() != cidr) continue;
            ++rows;
            if (model->index(row, 0).data(Qt::BackgroundRole).value<QBrush>().style() !=
                Qt::NoBrush)
                ++*red;
        }
        return rows;
    };
    int red = 0;
    QCOMPARE(rowsWith(taken, &red), 1);
    QCOMPARE(red, 0);

    panel.hide();
    Vm vm = std::get<Vm>(*doc.entity(QStringLiteral("node3")));
    vm.podSubnets = {taken};
    doc.undoStack()->push(new EditEntityCommand(&doc, QStringLiteral("node3"), vm));
    QTRY_VERIFY(!validator.isPending());
    QTest::qWait(1200);                 // past the panel's fallback refresh (1 s)
    QCOMPARE(rowsWith(taken, &red), 1); // not rebuilt while hidden

    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.table()->model()->rowCount(), AddressPlanPanel::rows(doc.plan()).size());
    QCOMPARE(rowsWith(taken, &red), 2); // node1's and node3's Pod subnets
    QCOMPARE(red, 2);                   // in conflict, as the findings say

    // Undone while its dock is a tab behind another (the widget still counts as visible):
    // brought to the front, the conflict and the row are gone.
    panel.setOnScreen(false);
    doc.undoStack()->undo();
    QTRY_VERIFY(!validator.isPending());
    QTest::qWait(1200);
    QCOMPARE(rowsWith(taken, &red), 2); // not rebuilt out of sight
    panel.setOnScreen(true);
    QCOMPARE(rowsWith(taken, &red), 1);
    QCOMPARE(red, 0);
}

void TestAddressPlan::shownPanelRebuildsWithTheFindings()
{
    // In sight, the rows of an edited plan are rebuilt when its findings are handed over (in
    // the editor: after the canvas has shown their colours), rows and colours together.
    PlanDocument doc;
    doc.loadPlan(mSeed);
    AddressPlanPanel panel(&doc);
    LiveValidator validator(&doc);
    validator.setToday(QDate(2026, 11, 26));
    const QString taken = QStringLiteral("172.16.1.0/24"); // node1's Pod subnet
    int rows = -1, red = -1;
    connect(&validator, &LiveValidator::resultReady, &panel, [&] {
        panel.setFindings(validator.result().findings);
        // Counted at once, before any timer of the panel's could run.
        QAbstractItemModel *model = panel.table()->model();
        rows = red = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 2).data().toString() != taken) continue;
            ++rows;
            red += model->index(row, 0).data(Qt::BackgroundRole).value<QBrush>().style() !=
                   Qt::NoBrush;
        }
    });
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(!validator.isPending());
    QCOMPARE(rows, 1);
    Vm vm = std::get<Vm>(*doc.entity(QStringLiteral("node3")));
    vm.podSubnets = {taken};
    rows = red = -1;
    doc.undoStack()->push(new EditEntityCommand(&doc, QStringLiteral("node3"), vm));
    QTRY_VERIFY(rows >= 0);
    QCOMPARE(rows, 2);
    QCOMPARE(red, 2);
}

void TestAddressPlan::editKeepsSelectionAndScroll()
{
    // Issue 10's 10,000-VM plan, smaller: a user scrolled to a row and selected it, then edits
    // another item. The table shows the edit and stays where it was, the row still selected.
    GeneratorOptions options;
    options.hosts = 200; // 1,000 VMs: 1,000 Pod subnet rows
    PlanDocument doc;
    doc.loadPlan(generatePlan(options));
    AddressPlanPanel panel(&doc);
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView *table = panel.table();
    QAbstractItemModel *model = table->model();
    const int middle = model->rowCount() / 2;
    const QString chosen = model->index(middle, 0).data(Qt::UserRole + 1).toString();
    table->selectRow(middle);
    table->scrollTo(model->index(middle, 0), QAbstractItemView::PositionAtCenter);
    const int scrolled = table->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    const Vm first = doc.plan().vms.front();
    Vm vm = first;
    vm.podSubnets = {QStringLiteral("172.31.250.0/24")};
    doc.undoStack()->push(new EditEntityCommand(&doc, first.id, vm));
    panel.setFindings({}); // as the editor hands over the edited plan's findings
    int shown = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        shown += model->index(row, 2).data().toString() == QStringLiteral("172.31.250.0/24");
    QCOMPARE(shown, 1);
    QCOMPARE(table->verticalScrollBar()->value(), scrolled);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.front().data(Qt::UserRole + 1).toString(), chosen);

    // A new VM adds a row: then the rows are made anew, and the new one is listed.
    Vm added = first;
    added.id = QStringLiteral("vm-new");
    added.nics.clear();
    added.podSubnets = {QStringLiteral("172.31.251.0/24")};
    const int before = model->rowCount();
    doc.undoStack()->push(new AddEntityCommand(&doc, added));
    panel.setFindings({});
    QCOMPARE(model->rowCount(), before + 1);
}

QTEST_MAIN(TestAddressPlan)
#include "tst_addressplan.moc"
