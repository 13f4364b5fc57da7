// Issue 10, friction 3, 5, 6, 8 and 9 on the canvas and around it: links go around cards and
// their tags sit on no card and no other tag; the cluster card shows its findings and a link
// finding selects the link; File ▸ New offers the seed's three planes and Add Host brings its
// networks; new and pasted cards land in free space; the Address Plan chart stays readable on
// a big plan; a zone link open on all ports without a reason is a finding like any other.
#include "canvas/linkitem.h"
#include "document/commands/entitycommands.h"
#include "document/commands/plancommands.h"
#include "document/itemfactory.h"
#include "document/plandocument.h"
#include "generate/plangenerator.h"
#include "guitest.h"
#include "linkrouter.h"
#include "net/cidr.h"
#include "panels/addressplanpanel.h"
#include "panels/issuespanel.h"
#include "panels/propertiespanel.h"
#include "panels/usagechart.h"

#include <QChartView>
#include <QDialogButtonBox>
#include <QGraphicsTextItem>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Planar;
using namespace Planar::GuiTest;

namespace {

/** Cards of the canvas, by key, as drawn (the 4 px selection margin left out). */
QHash<QString, QRectF> cards(MainWindow &w)
{
    QHash<QString, QRectF> out;
    for (QGraphicsItem *item : w.scene()->items())
        if (item->type() == EntityItem::Type)
            out.insert(static_cast<EntityItem *>(item)->key(),
                       item->sceneBoundingRect().adjusted(4, 4, -4, -4));
    return out;
}

/** The cards (other than its ends) link @p link is drawn through. */
QStringList cardsCrossed(MainWindow &w, const QString &link)
{
    const LinkItem *item = w.scene()->linkItem(link);
    const QPolygonF path = item->path();
    QStringList crossed;
    const auto all = cards(w);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() == item->from()->key() || it.key() == item->to()->key()) continue;
        for (qsizetype i = 0; i + 1 < path.size(); ++i)
            if (LinkRouter::crosses(QLineF(path[i], path[i + 1]), it.value())) {
                crossed << it.key();
                break;
            }
    }
    return crossed;
}

/** Link tags that lie on a card or on another tag. */
QStringList tagsCovering(MainWindow &w)
{
    QStringList bad;
    const auto all = cards(w);
    const QStringList keys = w.document()->linkKeys();
    for (const QString &key : keys) {
        const QRectF tag = w.scene()->linkItem(key)->labelItem()->sceneBoundingRect();
        if (tag.isEmpty()) continue;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (tag.intersects(it.value())) bad << key + u" on " + it.key();
        for (const QString &other : keys)
            if (other != key &&
                tag.intersects(w.scene()->linkItem(other)->labelItem()->sceneBoundingRect()))
                bad << key + u" on " + other;
    }
    return bad;
}

void clickIssue(MainWindow &w, const QString &code)
{
    const int row = w.issues()->rowOf(code);
    QVERIFY2(row >= 0, qPrintable(code));
    QTreeWidget *tree = w.issues()->tree();
    tree->scrollToItem(tree->topLevelItem(row));
    const QRect rect = tree->visualItemRect(tree->topLevelItem(row));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestDrawing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void linksGoAroundCards();
    void tagsSitOnNoCardAndNoTag();
    void movingACardReroutes();
    void clusterCardShowsItsFindings();
    void linkFindingSelectsTheLink();
    void newOffersTheThreePlanes();
    void addHostOnABlankPlanBringsItsNetworks();
    void newCardsLandInFreeSpace();
    void chartStaysReadableOnABigPlan();
    void zoneLinkOnAllPortsIsAFinding();
};

void TestDrawing::linksGoAroundCards()
{
    auto w = openSeedExample();
    QVERIFY(w);
    // The issue's two: web → payment-api ran through db (and read as db → payment-api);
    // vm-ecommerce → host1 ran behind vm-payments.
    for (const QString &key : w->document()->linkKeys())
        QVERIFY2(cardsCrossed(*w, key).isEmpty(),
                 qPrintable(key + u" crosses " + cardsCrossed(*w, key).join(u',')));
    QVERIFY(w->scene()->linkItem(QStringLiteral("link:web-to-payments"))->path().size() > 2);
    // A link with nothing in its way stays a straight line.
    QCOMPARE(w->scene()->linkItem(QStringLiteral("link:web-to-db"))->path().size(), 2);
}

void TestDrawing::tagsSitOnNoCardAndNoTag()
{
    for (const char *example : {"seed-three-planes", "mistakes-flows", "mistakes-segmentation"}) {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openFile(
            QStringLiteral(PLANAR_EXAMPLES "/%1.planar.yaml").arg(QLatin1String(example))));
        w.validator()->setToday(QDate(2026, 11, 26));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.waitForValidation(); // "✕ forbidden 5432/TCP" is wider than "5432/TCP": placed again
        QTest::qWait(1);
        const QStringList bad = tagsCovering(w);
        QVERIFY2(bad.isEmpty(), qPrintable(QLatin1String(example) + u": " + bad.join(u"; ")));
        for (const QString &key : w.document()->linkKeys())
            QVERIFY2(cardsCrossed(w, key).isEmpty(),
                     qPrintable(QLatin1String(example) + u": " + key + u" crosses " +
                                cardsCrossed(w, key).join(u',')));
        w.document()->setClean();
    }
}

void TestDrawing::movingACardReroutes()
{
    auto w = openSeedExample();
    QVERIFY(w);
    const QString link = QStringLiteral("link:web-to-payments");
    QVERIFY(w->scene()->linkItem(link)->path().size() > 2); // around db
    // Drag db out of the way, down into the empty part of the band: the link goes straight.
    const QPoint from = viewPoint(*w, QStringLiteral("db"));
    const QPoint to = from + QPoint(0, int(120 * w->view()->transform().m22()));
    QTest::mousePress(w->view()->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(w->view()->viewport(), (from + to) / 2);
    QTest::mouseMove(w->view()->viewport(), to);
    QTest::mouseRelease(w->view()->viewport(), Qt::LeftButton, {}, to);
    QTRY_COMPARE(w->scene()->linkItem(link)->path().size(), 2);
    QVERIFY(cardsCrossed(*w, link).isEmpty());
    // Undo puts db back in the way, and the link goes around it again.
    w->document()->undoStack()->undo();
    QTRY_VERIFY(w->scene()->linkItem(link)->path().size() > 2);
    QVERIFY(cardsCrossed(*w, link).isEmpty());
    w->document()->setClean();
}

void TestDrawing::clusterCardShowsItsFindings()
{
    auto w = openSeedExample();
    QVERIFY(w);
    // A Service range in 192.168.0.0/16: common-lan-range, about the cluster.
    PlanSettings s = w->document()->settings();
    s.cluster.serviceSubnets = {QStringLiteral("192.168.128.0/17")};
    w->document()->undoStack()->push(new EditSettingsCommand(w->document(), s));
    w->waitForValidation();
    EntityItem *card = w->scene()->entityItem(QStringLiteral("@cluster"));
    QCOMPARE(card->status(), ItemStatus::Warning);
    QVERIFY(card->toolTip().contains(QStringLiteral("common-lan-range")));
    w->scene()->selectKeys({QStringLiteral("host1")});
    clickIssue(*w, QStringLiteral("common-lan-range"));
    QCOMPARE(w->scene()->selectedKeys(), QStringList{QStringLiteral("@cluster")});
    QTRY_COMPARE(w->properties()->key(), QStringLiteral("@cluster")); // the plan settings

    w->document()->undoStack()->undo();
    w->waitForValidation();
    QCOMPARE(card->status(), ItemStatus::Ok);
    w->document()->setClean();
}

void TestDrawing::linkFindingSelectsTheLink()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(QStringLiteral(PLANAR_EXAMPLES "/mistakes-flows.planar.yaml")));
    w.validator()->setToday(QDate(2026, 11, 26));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.waitForValidation();
    clickIssue(w, QStringLiteral("host-to-pod")); // host1 → web
    QCOMPARE(w.scene()->selectedKeys(), QStringList{QStringLiteral("link:host-debugs-web")});
    clickIssue(w, QStringLiteral("cross-zone")); // node1 → node3
    QCOMPARE(w.scene()->selectedKeys(),
             QStringList{QStringLiteral("link:ecommerce-to-payments-vms")});
    // The ends still show that something is wrong with them.
    QCOMPARE(w.scene()->entityItem(QStringLiteral("host1"))->status(), ItemStatus::Error);
}

void TestDrawing::newOffersTheThreePlanes()
{
    auto w = openSeedExample();
    QVERIFY(w);
    w->document()->setClean();
    w->setInteractive(true);
    bool offered = false;
    whenModalAppears([&offered](QWidget *modal) {
        auto *three = modal->findChild<QRadioButton *>(QStringLiteral("threePlanes"));
        QVERIFY(three);
        offered = three->isChecked(); // the default
        modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    w->action(QStringLiteral("new"))->trigger();
    QVERIFY(offered);
    w->setInteractive(false);
    const Plan &plan = w->document()->plan();
    QVERIFY(plan.hosts.isEmpty() && plan.vms.isEmpty() && plan.workloads.isEmpty());
    QCOMPARE(plan.cluster.podSubnets, QStringList{QStringLiteral("172.16.0.0/12")});
    QCOMPARE(plan.cluster.nodeMaskSize, std::optional<int>(24));
    QStringList cidrs;
    for (const Network &n : plan.networks)
        cidrs << n.cidr;
    QVERIFY2(cidrs.contains(u"192.168.1.0/24") && cidrs.contains(u"10.0.0.0/16"),
             qPrintable(cidrs.join(u' ')));
    w->waitForValidation();
    QCOMPARE(w->validator()->result().findings, QList<Finding>());

    // Drawing on it: a host with management and business NICs, a VM with an address and a
    // Pod subnet, a workload — still without a finding.
    clickAction(*w, QStringLiteral("addHost"));
    clickAction(*w, QStringLiteral("addVm"));
    clickAction(*w, QStringLiteral("addWorkload"));
    const Host host = w->document()->plan().hosts.value(0);
    QCOMPARE(host.nics.size(), 2);
    QCOMPARE(host.nics[0].ip, QStringLiteral("192.168.1.2"));
    QCOMPARE(host.nics[1].ip, QStringLiteral("192.168.1.130"));
    const Vm vm = w->document()->plan().vms.value(0);
    QCOMPARE(vm.nics.value(0).ip, QStringLiteral("10.0.1.2"));
    QCOMPARE(texts(vm.podSubnets), QStringList{QStringLiteral("172.16.0.0/24")});
    w->waitForValidation();
    QCOMPARE(w->validator()->result().findings, QList<Finding>());

    // The other choice still gives a blank plan.
    w->document()->setClean();
    w->setInteractive(true);
    whenModalAppears([](QWidget *modal) {
        modal->findChild<QRadioButton *>(QStringLiteral("blank"))->setChecked(true);
        modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    w->action(QStringLiteral("new"))->trigger();
    w->setInteractive(false);
    QVERIFY(w->document()->plan().networks.isEmpty());
}

void TestDrawing::addHostOnABlankPlanBringsItsNetworks()
{
    MainWindow w;
    w.setInteractive(false);
    w.newBlank();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    clickAction(w, QStringLiteral("addHost"));
    const Plan &plan = w.document()->plan();
    QCOMPARE(plan.hosts.size(), 1);
    QCOMPARE(plan.networks.size(), 2);
    const Host &host = plan.hosts[0];
    QCOMPARE(host.nics.size(), 2);
    QStringList roles;
    for (const HostNic &nic : host.nics)
        for (const Network &n : plan.networks)
            if (n.id == nic.network) {
                roles << n.role;
                QVERIFY(Cidr::parse(n.cidr)->contains(*IpAddress::parse(nic.ip.text())));
            }
    QCOMPARE(roles, (QStringList{QStringLiteral("management"), QStringLiteral("business")}));
    // One step: undo takes the host and its networks away together.
    QCOMPARE(w.document()->undoStack()->count(), 1);
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->plan().hosts.isEmpty());
    QVERIFY(w.document()->plan().networks.isEmpty());
    w.document()->setClean();
}

void TestDrawing::newCardsLandInFreeSpace()
{
    auto w = openSeedExample();
    QVERIFY(w);
    const auto overlaps = [&w](const QString &key) {
        QStringList under;
        const auto all = cards(*w);
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (it.key() != key && it.value().intersects(all.value(key))) under << it.key();
        return under;
    };
    // A workload went over the cluster card; a VM on host1 over host2's node3.
    clickAction(*w, QStringLiteral("addWorkload"));
    QString added = w->scene()->selectedKeys().value(0);
    QVERIFY2(overlaps(added).isEmpty(), qPrintable(overlaps(added).join(u',')));
    w->scene()->selectKeys({QStringLiteral("host1")});
    clickAction(*w, QStringLiteral("addVm"));
    added = w->scene()->selectedKeys().value(0);
    QCOMPARE(std::get<Vm>(*w->document()->entity(added)).host, QStringLiteral("host1"));
    QVERIFY2(overlaps(added).isEmpty(), qPrintable(overlaps(added).join(u',')));
    w->action(QStringLiteral("addNetwork.vm"))->trigger();
    added = w->scene()->selectedKeys().value(0);
    QVERIFY2(overlaps(added).isEmpty(), qPrintable(overlaps(added).join(u',')));
    // Pasted VMs went over the cards beside their originals.
    w->scene()->selectKeys({QStringLiteral("node1"), QStringLiteral("node2")});
    w->action(QStringLiteral("copy"))->trigger();
    w->action(QStringLiteral("paste"))->trigger();
    const QStringList pasted = w->scene()->selectedKeys();
    QCOMPARE(pasted.size(), 2);
    for (const QString &key : pasted)
        QVERIFY2(overlaps(key).isEmpty(), qPrintable(key + u": " + overlaps(key).join(u',')));
    w->document()->setClean();
}

void TestDrawing::chartStaysReadableOnABigPlan()
{
    // The issue's plan: 2,000 hosts of 5 VMs, 1,000 workloads (as planar-cli generate makes).
    GeneratorOptions options;
    options.hosts = 2000;
    options.vmsPerHost = 5;
    options.workloads = 1000;
    PlanDocument doc;
    doc.loadPlan(generatePlan(options));
    AddressPlanPanel panel(&doc);
    panel.resize(1400, 190); // the dock's share of a 1500 × 950 window
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::qWait(50); // the chart fits its bars to the height it gets
    const QList<Usage> usage = panel.chart()->usage();
    QVERIFY2(usage.size() >= 3 && usage.size() <= 10, qPrintable(QString::number(usage.size())));
    QVERIFY(usage.last().label.contains(QStringLiteral("other"))); // the rest, summed
    // Every label Qt Charts drew is whole: none was cut to "…".
    auto *view = panel.chart()->findChild<QChartView *>();
    QVERIFY(view);
    int labels = 0;
    for (QGraphicsItem *item : view->scene()->items())
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
            const QString shown = text->toPlainText();
            if (shown.isEmpty()) continue;
            ++labels;
            QVERIFY2(!shown.contains(u"...") && !shown.contains(u"…"), qPrintable(shown));
        }
    QVERIFY2(labels >= usage.size(), qPrintable(QString::number(labels)));
}

void TestDrawing::zoneLinkOnAllPortsIsAFinding()
{
    auto w = openSeedExample();
    QVERIFY(w);
    const Link link = ItemFactory::newLink(w->document()->plan(), QStringLiteral("ecommerce"),
                                           QStringLiteral("ecommerce"), {});
    auto *add = new AddEntityCommand(w->document(), link);
    w->document()->undoStack()->push(add);
    w->waitForValidation();
    clickIssue(*w, QStringLiteral("unjustified-link"));
    QCOMPARE(w->scene()->selectedKeys(), QStringList{add->key()});
    w->document()->setClean();
}

QTEST_MAIN(TestDrawing)
#include "tst_drawing.moc"
