// Free blocks for the validator's fix hints: FreeSpace itself, and the plane-overlap message
// that names a free block of the right size instead of a range the plan already uses.
#include "check/validator.h"
#include "io/planreader.h"
#include "net/freespace.h"

#include <QRegularExpression>
#include <QTest>

using namespace Planar;

namespace {
Cidr cidr(const char *text)
{
    return *Cidr::parse(QString::fromLatin1(text));
}
} // namespace

class TestFreeSpace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void takesAroundUsedBlocks();
    void insideSupernets();
    void fullRange();
    void planeOverlapSuggestsAFreeBlock();
};

void TestFreeSpace::takesAroundUsedBlocks()
{
    // Nested and overlapping used blocks; each take gives a new block, none overlapping.
    FreeSpace free({cidr("10.0.0.0/24"), cidr("10.0.1.0/25"), cidr("10.0.1.0/24"),
                    cidr("10.0.3.0/24"), cidr("192.168.0.0/16")});
    const Cidr range = cidr("10.0.0.0/16");
    QCOMPARE(free.take(range, 24), cidr("10.0.2.0/24"));
    QCOMPARE(free.take(range, 24), cidr("10.0.4.0/24"));
    QCOMPARE(free.take(range, 23), cidr("10.0.6.0/23")); // past 10.0.4.0/24, aligned
    QCOMPARE(free.take(range, 26), cidr("10.0.5.0/26"));
    QVERIFY(!free.take(range, 15)); // larger than the range
}

void TestFreeSpace::insideSupernets()
{
    // The range is itself a used block (the cluster Pod range): inside it is the point.
    FreeSpace free({cidr("172.16.0.0/12"), cidr("172.16.0.0/24"), cidr("172.16.1.0/24")});
    QVERIFY(!free.take(cidr("172.16.0.0/12"), 24));
    QCOMPARE(free.take(cidr("172.16.0.0/12"), 24, true), cidr("172.16.2.0/24"));
}

void TestFreeSpace::fullRange()
{
    FreeSpace free({cidr("10.0.0.0/25"), cidr("10.0.0.128/25")});
    QVERIFY(!free.take(cidr("10.0.0.0/24"), 26));
    QCOMPARE(free.take(cidr("10.0.0.0/23"), 24), cidr("10.0.1.0/24"));
    QVERIFY(!free.take(cidr("10.0.0.0/23"), 24)); // the one left was handed out
}

void TestFreeSpace::planeOverlapSuggestsAFreeBlock()
{
    // The seed with the VM network moved onto the hosts' range: the hint must not send it to
    // 192.168.1.0/24, where the hosts are, but to a free /24 no block of the plan touches.
    const ReadResult read =
        PlanReader::readFile(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"));
    QVERIFY(read.plan);
    Plan plan = *read.plan;
    for (Network &n : plan.networks)
        if (n.id == QLatin1String("vm-payments")) n.cidr = QStringLiteral("192.168.1.128/25");
    QList<Finding> overlaps;
    for (const Finding &f : validatePlan(plan, QDate(2026, 6, 1)))
        if (f.code == QLatin1String("plane-overlap")) overlaps << f;
    QVERIFY(!overlaps.isEmpty());
    QStringList taken;
    for (const Network &n : plan.networks)
        taken << n.cidr;
    for (const Vm &vm : plan.vms)
        taken += texts(vm.podSubnets);
    taken += plan.cluster.podSubnets + plan.cluster.serviceSubnets;
    static const QRegularExpression suggestion(QStringLiteral("such as ([0-9./]+)"));
    for (const Finding &f : overlaps) {
        QVERIFY2(!f.message.contains(QLatin1String("for example hosts")), qPrintable(f.message));
        const auto m = suggestion.match(f.message);
        QVERIFY2(m.hasMatch(), qPrintable(f.message));
        const Cidr free = cidr(m.captured(1).toLatin1().constData());
        QCOMPARE(free.prefix(), 25); // the size of the block to move
        for (const QString &t : taken)
            if (const auto used = Cidr::parse(t);
                used && !used->isDefaultRoute() && !used->contains(free))
                QVERIFY2(!used->overlaps(free), qPrintable(f.message + u' ' + t));
    }
}

QTEST_GUILESS_MAIN(TestFreeSpace)
#include "tst_freespace.moc"
