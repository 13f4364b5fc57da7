// The auto-arrangement: hand-sized plans keep their one row of hosts, a 10,000-VM plan wraps
// into rows that keep the shape of a window, with every VM above its host.
#include "autolayout.h"
#include "generate/plangenerator.h"
#include "io/planreader.h"

#include <QTest>

using namespace Planar;

class TestAutoLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedKeepsItsOneRow();
    void largePlanWrapsToTheViewShape();
    void largePlanKeepsVmsAboveTheirHosts();
    void namespacesAndZonesStayTogether();
    void aspectDecidesTheRows();
};

namespace {

Plan generated(int hosts, int vmsPerHost, int workloads, int zones = 3)
{
    GeneratorOptions o;
    o.hosts = hosts;
    o.vmsPerHost = vmsPerHost;
    o.workloads = workloads;
    o.zones = zones;
    return generatePlan(o);
}

/** The box the cards take (card widths as the canvas draws them, heights of one line more). */
QRectF extent(const AutoLayout &layout, const Plan &plan)
{
    QRectF box;
    for (const Host &h : plan.hosts)
        box |= QRectF(layout.position(h.id), QSizeF(240, 90));
    for (const Vm &vm : plan.vms)
        box |= QRectF(layout.position(vm.id), QSizeF(200, 70));
    for (const Workload &w : plan.workloads)
        box |= QRectF(layout.position(w.id), QSizeF(180, 70));
    for (const Network &n : plan.networks)
        box |= QRectF(layout.position(n.id), QSizeF(200, 50));
    return box;
}

} // namespace

void TestAutoLayout::seedKeepsItsOneRow()
{
    const ReadResult read =
        PlanReader::readFile(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"));
    QVERIFY(read.plan);
    const AutoLayout layout(*read.plan);
    QCOMPARE(layout.rows(), 1);
    // The three bands of 300 px, 24 apart, as every plan had them before wrapping existed.
    const QList<BandStrip> bands{
        {Theme::Band::Pod, 0, 300}, {Theme::Band::Vm, 324, 300}, {Theme::Band::Host, 648, 300}};
    QCOMPARE(layout.strips(), bands);
    // Hosts side by side, each under its VMs (host1 has two, host2 one).
    QCOMPARE(layout.position(QStringLiteral("host1")), QPointF(350, 700));
    QCOMPARE(layout.position(QStringLiteral("node1")), QPointF(260, 370));
    QCOMPARE(layout.position(QStringLiteral("node2")), QPointF(480, 370));
    QCOMPARE(layout.position(QStringLiteral("host2")), QPointF(720, 700));
    QCOMPARE(layout.position(QStringLiteral("node3")), QPointF(740, 370));
    QCOMPARE(layout.position(QStringLiteral("host-plane")), QPointF(20, 690));
    QCOMPARE(layout.position(QStringLiteral("host-mgmt")), QPointF(20, 750));
}

void TestAutoLayout::largePlanWrapsToTheViewShape()
{
    const Plan plan = generated(2000, 5, 1000);
    const AutoLayout layout(plan);
    QVERIFY2(layout.rows() > 10, qPrintable(QString::number(layout.rows())));
    const QRectF box = extent(layout, plan);
    const qreal aspect = box.width() / box.height();
    // Roughly a 16:10 window; one row would be 2,000 host columns wide (~ 2,300:1).
    QVERIFY2(aspect > 1.2 && aspect < 2.1, qPrintable(QString::number(aspect)));

    // A Pod strip on top, then a VM strip over a host strip per row, none overlapping.
    const QList<BandStrip> strips = layout.strips();
    QCOMPARE(strips.size(), 1 + 2 * layout.rows());
    QCOMPARE(strips.first().band, Theme::Band::Pod);
    for (qsizetype i = 1; i < strips.size(); ++i) {
        QCOMPARE(strips[i].band, i % 2 ? Theme::Band::Vm : Theme::Band::Host);
        QVERIFY(strips[i].top >= strips[i - 1].bottom());
    }
    // Every card lies in a strip of its own plane.
    auto inBand = [&strips](const QPointF &p, Theme::Band band) {
        return std::any_of(strips.begin(), strips.end(), [&](const BandStrip &s) {
            return s.band == band && p.y() >= s.top && p.y() + 60 <= s.bottom();
        });
    };
    for (const Host &h : plan.hosts)
        QVERIFY2(inBand(layout.position(h.id), Theme::Band::Host), qPrintable(h.id));
    for (const Vm &vm : plan.vms)
        QVERIFY2(inBand(layout.position(vm.id), Theme::Band::Vm), qPrintable(vm.id));
    for (const Workload &w : plan.workloads)
        QVERIFY2(inBand(layout.position(w.id), Theme::Band::Pod), qPrintable(w.id));
}

void TestAutoLayout::largePlanKeepsVmsAboveTheirHosts()
{
    const Plan plan = generated(2000, 5, 1000);
    const AutoLayout layout(plan);
    const QList<BandStrip> strips = layout.strips();
    QHash<QString, QPointF> hosts;
    for (const Host &h : plan.hosts)
        hosts.insert(h.id, layout.position(h.id));
    for (const Vm &vm : plan.vms) {
        const QPointF v = layout.position(vm.id), h = hosts.value(vm.host);
        // In the VM strip right above the host's strip, within the host's column.
        const auto hostStrip = std::find_if(strips.begin(), strips.end(), [&](const BandStrip &s) {
            return s.band == Theme::Band::Host && h.y() >= s.top && h.y() < s.bottom();
        });
        QVERIFY(hostStrip != strips.end() && hostStrip != strips.begin());
        const BandStrip &vmStrip = *(hostStrip - 1);
        QVERIFY2(v.y() >= vmStrip.top && v.y() < vmStrip.bottom(), qPrintable(vm.id));
        QVERIFY2(qAbs((v.x() + 100) - (h.x() + 120)) < 5 * 220 / 2, qPrintable(vm.id));
    }
    // No two hosts or VMs in the same place.
    QSet<QPair<int, int>> taken;
    auto place = [&taken](const QPointF &p) {
        const QPair<int, int> at{int(p.x()), int(p.y())};
        const bool free = !taken.contains(at);
        taken.insert(at);
        return free;
    };
    for (const Host &h : plan.hosts)
        QVERIFY2(place(layout.position(h.id)), qPrintable(h.id));
    for (const Vm &vm : plan.vms)
        QVERIFY2(place(layout.position(vm.id)), qPrintable(vm.id));
}

void TestAutoLayout::namespacesAndZonesStayTogether()
{
    Plan plan = generated(600, 4, 900, 3);
    // Hosts in zones, interleaved in the file: the rows group them.
    for (qsizetype i = 0; i < plan.hosts.size(); ++i)
        plan.hosts[i].zone = plan.zones[i % 3].id;
    const AutoLayout layout(plan);
    QVERIFY(layout.rows() > 3);
    auto boxOf = [&](auto predicate) {
        QRectF box;
        for (const Host &h : plan.hosts)
            if (predicate(h.zone)) box |= QRectF(layout.position(h.id), QSizeF(240, 80));
        return box;
    };
    for (int a = 0; a < 3; ++a)
        for (int b = a + 1; b < 3; ++b) {
            const QRectF za = boxOf([&](const QString &z) { return z == plan.zones[a].id; });
            const QRectF zb = boxOf([&](const QString &z) { return z == plan.zones[b].id; });
            QVERIFY2(!za.intersects(zb), "the hosts of a zone share rows with no other zone");
        }
    QHash<QString, QRectF> namespaces;
    for (const Workload &w : plan.workloads)
        namespaces[w.effectiveNamespace()] |= QRectF(layout.position(w.id), QSizeF(180, 60));
    QCOMPARE(namespaces.size(), 3);
    const QList<QRectF> frames = namespaces.values();
    for (qsizetype a = 0; a < frames.size(); ++a)
        for (qsizetype b = a + 1; b < frames.size(); ++b)
            QVERIFY(!frames[a].intersects(frames[b]));
}

void TestAutoLayout::aspectDecidesTheRows()
{
    const Plan plan = generated(500, 5, 200);
    const AutoLayout wide(plan, 3.0), square(plan, 1.0);
    QVERIFY(square.rows() > wide.rows());
    const QRectF w = extent(wide, plan), s = extent(square, plan);
    QVERIFY(w.width() / w.height() > s.width() / s.height());
}

QTEST_APPLESS_MAIN(TestAutoLayout)
#include "tst_autolayout.moc"
