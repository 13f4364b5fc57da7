#include "net/addresstext.h"
#include "net/cidr.h"
#include "net/overlapindex.h"

#include <QTest>

using namespace Planar;

namespace {
Cidr cidr(const char *text)
{
    const auto c = Cidr::parse(QString::fromLatin1(text));
    if (!c) qFatal("bad test CIDR %s", text);
    return *c;
}
} // namespace

class TestCidr : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void cidrText_data() { parse_data(); }
    void cidrText();
    void relations_data();
    void relations();
    void size();
    void nextFreeSubnet_data();
    void nextFreeSubnet();
    void nextFreeAddress();
    void overlapIndexFindsEveryPair();
};

void TestCidr::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("errorHint"); // part of the message for refused text

    QTest::newRow("v4") << "10.0.1.0/24"
                        << "10.0.1.0/24"
                        << "";
    QTest::newRow("v4 host /32") << "10.0.1.5/32"
                                 << "10.0.1.5/32"
                                 << "";
    QTest::newRow("default route") << "0.0.0.0/0"
                                   << "0.0.0.0/0"
                                   << "";
    QTest::newRow("v6") << "2001:DB8::/32"
                        << "2001:db8::/32"
                        << "";
    QTest::newRow("host bits") << "10.0.1.5/24"
                               << ""
                               << "the network is 10.0.1.0/24";
    QTest::newRow("v6 host bits") << "2001:db8::1/64"
                                  << ""
                                  << "2001:db8::/64";
    QTest::newRow("no prefix") << "10.0.1.0"
                               << ""
                               << "no /prefix";
    QTest::newRow("prefix too long") << "10.0.1.0/33"
                                     << ""
                                     << "between /0 and /32";
    QTest::newRow("negative prefix") << "10.0.1.0/-1"
                                     << ""
                                     << "between";
    QTest::newRow("prefix with sign") << "10.0.1.0/+24"
                                      << ""
                                      << "between";
    QTest::newRow("bad address") << "10.0.300.0/24"
                                 << ""
                                 << "not an IPv4 or IPv6 address";
    // Strict text (issue 9): what nft, ip and kubectl read back the same, or nothing.
    QTest::newRow("prefix leading zero") << "10.0.1.0/024"
                                         << ""
                                         << "leading zero; write /24";
    QTest::newRow("prefix double zero") << "0.0.0.0/00"
                                        << ""
                                        << "leading zero";
    QTest::newRow("prefix of four digits") << "2001:db8::/0064"
                                           << ""
                                           << "between /0 and /128";
    QTest::newRow("space before slash") << "10.0.1.0 /24"
                                        << ""
                                        << "white space";
    QTest::newRow("space after slash") << "10.0.1.0/ 24"
                                       << ""
                                       << "white space";
    QTest::newRow("leading space") << " 10.0.1.0/24"
                                   << ""
                                   << "white space";
    QTest::newRow("trailing tab") << "10.0.1.0/24\t"
                                  << ""
                                  << "white space";
    QTest::newRow("no-break space") << "10.0.1.0/24\u00a0"
                                    << ""
                                    << "white space";
    // IPv4-mapped IPv6 is 10.0.0.0/8 in disguise: refused, so it never escapes overlap checks.
    QTest::newRow("v4-mapped v6") << "::ffff:10.0.0.0/104"
                                  << ""
                                  << "IPv4-mapped";
    QTest::newRow("v4-mapped range") << "::ffff:0:0/96"
                                     << ""
                                     << "IPv4-mapped";
    QTest::newRow("v6 beside the mapped range") << "::fffe:0:0/96"
                                                << "::fffe:0:0/96"
                                                << "";
    QTest::newRow("v6 holding the mapped range") << "::/64"
                                                 << "::/64"
                                                 << "";
}

void TestCidr::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(QString, errorHint);
    QString error;
    const auto c = Cidr::parse(text, &error);
    if (canonical.isEmpty()) {
        QVERIFY2(!c, qPrintable(text + " was accepted"));
        QVERIFY2(error.contains(errorHint), qPrintable(error));
        return;
    }
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->toString(), canonical);
}

void TestCidr::cidrText()
{
    // A VM's Pod subnet field: the text as written, the block a parse gives, held as a number
    // exactly when the text is an IPv4 block's canonical spelling.
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    for (const QString &written : {text, QString(text + u'\n')}) {
        const CidrText field(written);
        QCOMPARE(field.text(), written); // saved byte for byte as read
        QCOMPARE(field.address(), Cidr::parse(written));
        const bool ipv4 = !written.contains(u':');
        QCOMPARE(field.heldAsNumber(), ipv4 && written == canonical);
        QCOMPARE(texts(cidrTexts({written, written})), (QStringList{written, written}));
    }
    QVERIFY(CidrText(text) == text);
}

void TestCidr::relations_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("nested") << "10.0.0.0/16"
                            << "10.0.1.0/24" << true << true;
    QTest::newRow("reverse nested") << "10.0.1.0/24"
                                    << "10.0.0.0/16" << false << true;
    QTest::newRow("equal") << "10.0.1.0/24"
                           << "10.0.1.0/24" << true << true;
    QTest::newRow("adjacent") << "10.0.1.0/24"
                              << "10.0.2.0/24" << false << false;
    QTest::newRow("seed planes") << "192.168.1.0/24"
                                 << "172.16.0.0/12" << false << false;
    QTest::newRow("families") << "0.0.0.0/0"
                              << "::/0" << false << false;
    QTest::newRow("v6 nested") << "fd00::/8"
                               << "fd00:1::/64" << true << true;
}

void TestCidr::relations()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, overlap);
    const Cidr ca = *Cidr::parse(a), cb = *Cidr::parse(b);
    QCOMPARE(ca.contains(cb), aContainsB);
    QCOMPARE(ca.overlaps(cb), overlap);
    QCOMPARE(cb.overlaps(ca), overlap);
}

void TestCidr::size()
{
    QCOMPARE(cidr("10.0.1.0/24").addressCount(), quint64(256));
    QCOMPARE(cidr("10.0.1.0/24").last().toString(), QStringLiteral("10.0.1.255"));
    QCOMPARE(cidr("0.0.0.0/0").addressCount(), quint64(1) << 32);
    QCOMPARE(cidr("2001:db8::/32").addressCount(), ~quint64(0));
    QCOMPARE(cidr("2001:db8::/120").addressCount(), quint64(256));
    QVERIFY(cidr("10.0.1.0/24").contains(*IpAddress::parse(u"10.0.1.255")));
    QVERIFY(!cidr("10.0.1.0/24").contains(*IpAddress::parse(u"10.0.2.0")));
}

void TestCidr::nextFreeSubnet_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<QString>("expected"); // empty: full
    QTest::newRow("empty range") << "172.16.0.0/12" << 24 << QStringList{} << "172.16.0.0/24";
    QTest::newRow("after used") << "172.16.0.0/12" << 24
                                << QStringList{"172.16.0.0/24", "172.16.1.0/24"} << "172.16.2.0/24";
    QTest::newRow("hole") << "172.16.0.0/12" << 24 << QStringList{"172.16.0.0/24", "172.16.2.0/24"}
                          << "172.16.1.0/24";
    QTest::newRow("small used block blocks its /24")
        << "10.0.0.0/16" << 24 << QStringList{"10.0.0.128/25"} << "10.0.1.0/24";
    QTest::newRow("outside used ignored")
        << "10.0.0.0/16" << 24 << QStringList{"192.168.0.0/24"} << "10.0.0.0/24";
    QTest::newRow("full") << "10.0.0.0/23" << 24 << QStringList{"10.0.0.0/24", "10.0.1.0/24"} << "";
    QTest::newRow("covered by supernet") << "10.0.0.0/16" << 24 << QStringList{"10.0.0.0/8"} << "";
    QTest::newRow("v6") << "fd00::/48" << 64 << QStringList{"fd00::/64"} << "fd00:0:0:1::/64";
}

void TestCidr::nextFreeSubnet()
{
    QFETCH(QString, range);
    QFETCH(int, prefix);
    QFETCH(QStringList, used);
    QFETCH(QString, expected);
    QList<Cidr> usedBlocks;
    for (const QString &u : used)
        usedBlocks << *Cidr::parse(u);
    const auto next = Planar::nextFreeSubnet(*Cidr::parse(range), prefix, usedBlocks);
    QCOMPARE(next ? next->toString() : QString(), expected);
}

void TestCidr::nextFreeAddress()
{
    const Cidr net = cidr("10.0.1.0/29");
    QList<IpAddress> used{*IpAddress::parse(u"10.0.1.1"), *IpAddress::parse(u"10.0.1.2")};
    QCOMPARE(Planar::nextFreeAddress(net, used)->toString(), QStringLiteral("10.0.1.3"));
    for (int i = 3; i <= 6; ++i)
        used << *IpAddress::parse(QStringLiteral("10.0.1.%1").arg(i));
    QVERIFY2(!Planar::nextFreeAddress(net, used), "broadcast address must not be handed out");
}

void TestCidr::overlapIndexFindsEveryPair()
{
    const QStringList blocks{"10.0.0.0/16",   "10.0.1.0/24",    "10.0.2.0/24", "10.0.1.0/24",
                             "10.0.1.128/25", "192.168.1.0/24", "fd00::/8",    "fd00:1::/64"};
    OverlapIndex index;
    for (int i = 0; i < blocks.size(); ++i)
        index.add(*Cidr::parse(blocks[i]), i);
    QSet<QPair<int, int>> found;
    index.forEachOverlap([&](const OverlapIndex::Entry &outer, const OverlapIndex::Entry &inner) {
        QVERIFY(outer.cidr.contains(inner.cidr));
        found.insert({qMin(outer.tag, inner.tag), qMax(outer.tag, inner.tag)});
    });
    QSet<QPair<int, int>> expected;
    for (int i = 0; i < blocks.size(); ++i)
        for (int j = i + 1; j < blocks.size(); ++j)
            if (Cidr::parse(blocks[i])->overlaps(*Cidr::parse(blocks[j]))) expected.insert({i, j});
    QCOMPARE(found, expected);
    QCOMPARE(index.containing(cidr("10.0.1.128/25")).size(), 4);
}

QTEST_GUILESS_MAIN(TestCidr)
#include "tst_cidr.moc"
