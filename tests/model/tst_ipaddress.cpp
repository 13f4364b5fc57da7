#include "net/addresstext.h"
#include "net/ipaddress.h"
#include "net/macaddress.h"

#include <QTest>

using namespace Planar;

class TestIpAddress : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void mappedNamesTheIpv4Address();
    void ordering();
    void mac_data();
    void mac();
    // The plan's NIC fields: every spelling kept, canonical ones held as numbers.
    void ipText_data() { parse_data(); }
    void ipText();
    void macText_data() { mac_data(); }
    void macText();
    void addressTextsCompareAsTheirSpelling();
};

void TestIpAddress::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: must be refused

    QTest::newRow("v4") << "192.168.1.11"
                        << "192.168.1.11";
    QTest::newRow("v4 zero") << "0.0.0.0"
                             << "0.0.0.0";
    QTest::newRow("v4 max") << "255.255.255.255"
                            << "255.255.255.255";
    QTest::newRow("v4 octet too big") << "192.168.1.256"
                                      << "";
    QTest::newRow("v4 leading zero") << "192.168.01.1"
                                     << "";
    QTest::newRow("v4 three parts") << "10.0.1"
                                    << "";
    QTest::newRow("v4 letters") << "10.0.a.1"
                                << "";
    QTest::newRow("v4 trailing dot") << "10.0.0.1."
                                     << "";
    QTest::newRow("v6 full") << "2001:0db8:0000:0000:0000:0000:0000:0001"
                             << "2001:db8::1";
    QTest::newRow("v6 upper") << "2001:DB8::A"
                              << "2001:db8::a";
    QTest::newRow("v6 any") << "::"
                            << "::";
    QTest::newRow("v6 loopback") << "::1"
                                 << "::1";
    QTest::newRow("v6 longest run") << "2001:0:0:1:0:0:0:1"
                                    << "2001:0:0:1::1";
    QTest::newRow("v6 single zero group") << "2001:db8:0:1:1:1:1:1"
                                          << "2001:db8:0:1:1:1:1:1";
    // IPv4-mapped IPv6 never appears on the wire and would hide an IPv4 address (issue 9).
    QTest::newRow("v6 mapped v4") << "::ffff:192.0.2.1"
                                  << "";
    QTest::newRow("v6 mapped v4 in hex") << "::ffff:c000:201"
                                         << "";
    QTest::newRow("v6 NAT64 prefix with v4 tail") << "64:ff9b::192.0.2.1"
                                                  << "64:ff9b::c000:201";
    QTest::newRow("v4 leading space") << " 10.0.0.1"
                                      << "";
    QTest::newRow("v4 trailing space") << "10.0.0.1 "
                                       << "";
    QTest::newRow("v6 trailing newline") << "2001:db8::1\n"
                                         << "";
    QTest::newRow("v6 two gaps") << "2001::1::1"
                                 << "";
    QTest::newRow("v6 too many groups") << "1:2:3:4:5:6:7:8:9"
                                        << "";
    QTest::newRow("v6 group too long") << "12345::1"
                                       << "";
    QTest::newRow("v6 zone id") << "fe80::1%eth0"
                                << "";
    QTest::newRow("v6 trailing colon") << "2001:db8::1:"
                                       << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestIpAddress::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto ip = IpAddress::parse(text);
    if (canonical.isEmpty()) {
        QVERIFY2(!ip, qPrintable(text + " was accepted"));
        return;
    }
    QVERIFY2(ip, qPrintable(text + " was refused"));
    QCOMPARE(ip->toString(), canonical);
    QCOMPARE(IpAddress::parse(ip->toString()), ip);
}

void TestIpAddress::mappedNamesTheIpv4Address()
{
    // The message tells the user what to write instead.
    QString error;
    QVERIFY(!IpAddress::parse(u"::ffff:10.0.1.12", &error));
    QVERIFY2(error.contains(QLatin1String("IPv4-mapped")) &&
                 error.contains(QLatin1String("10.0.1.12")),
             qPrintable(error));
}

void TestIpAddress::ordering()
{
    const auto a = *IpAddress::parse(u"10.0.0.2");
    const auto b = *IpAddress::parse(u"10.0.0.10");
    const auto v6 = *IpAddress::parse(u"::1");
    QVERIFY(a < b);
    QVERIFY(b < v6); // IPv4 sorts before IPv6
    QCOMPARE(qHash(a), qHash(*IpAddress::parse(u"10.0.0.2")));
}

void TestIpAddress::mac_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("colons") << "00:25:90:AA:00:11"
                            << "00:25:90:aa:00:11";
    QTest::newRow("dashes") << "52-54-00-00-01-11"
                            << "52:54:00:00:01:11";
    QTest::newRow("mixed separators") << "52:54-00:00:01:11"
                                      << "";
    QTest::newRow("five octets") << "52:54:00:00:01"
                                 << "";
    QTest::newRow("not hex") << "52:54:00:00:01:zz"
                             << "";
    QTest::newRow("one digit octets") << "2:54:00:00:01:11:"
                                      << "";
    QTest::newRow("sign") << "+2:54:00:00:01:11"
                          << "";
}

void TestIpAddress::mac()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto mac = MacAddress::parse(text);
    if (canonical.isEmpty()) {
        QVERIFY2(!mac, qPrintable(text + " was accepted"));
        return;
    }
    QVERIFY2(mac, qPrintable(text + " was refused"));
    QCOMPARE(mac->toString(), canonical);
}

/** @p T holds @p text as written, and the address a parse of it gives; a number exactly when
 *  @p text is its address's canonical spelling (IPv4 only, for IP addresses). */
template <typename T, typename Parse>
void checkAddressText(const QString &text, const QString &canonical, Parse parse)
{
    const T field(text);
    QCOMPARE(field.text(), text); // saved byte for byte as read
    QCOMPARE(QString(field), text);
    QCOMPARE(field.isEmpty(), text.isEmpty());
    QCOMPARE(field.address(), parse(text));
    const bool number = !canonical.isEmpty() && canonical == text;
    QCOMPARE(field.heldAsNumber(), number && (!std::is_same_v<T, IpText> || !text.contains(u':')));
}

void TestIpAddress::ipText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    checkAddressText<IpText>(text, canonical, [](const QString &t) { return IpAddress::parse(t); });
    checkAddressText<IpText>(text + u'\n', QString(),
                             [](const QString &t) { return IpAddress::parse(t); });
}

void TestIpAddress::macText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    checkAddressText<MacText>(text, canonical,
                              [](const QString &t) { return MacAddress::parse(t); });
    // MacAddress::parse takes white space around; the field keeps it as written.
    checkAddressText<MacText>(u' ' + text, QString(),
                              [](const QString &t) { return MacAddress::parse(t); });
}

void TestIpAddress::addressTextsCompareAsTheirSpelling()
{
    QVERIFY(IpText(QStringLiteral("10.0.0.1")) == IpText(QStringLiteral("10.0.0.1")));
    QVERIFY(IpText(QStringLiteral("10.0.0.1")) == QStringLiteral("10.0.0.1"));
    QVERIFY(!(IpText(QStringLiteral("10.0.0.1")) == IpText(QStringLiteral("10.0.0.2"))));
    // The same address spelled otherwise is another text: the plan says what it says.
    QVERIFY(!(IpText(QStringLiteral("2001:db8::1")) == IpText(QStringLiteral("2001:DB8::1"))));
    QVERIFY(!(MacText(QStringLiteral("52:54:00:aa:00:01")) ==
              MacText(QStringLiteral("52:54:00:AA:00:01"))));
    QVERIFY(IpText() == IpText(QString()));
    QVERIFY(!(IpText() == IpText(QStringLiteral("0.0.0.0"))));
    MacText cleared(QStringLiteral("52:54:00:aa:00:01"));
    cleared.clear();
    QVERIFY(cleared.isEmpty());
    QCOMPARE(cleared.text(), QString());
}

QTEST_GUILESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
