#include "panels/fieldvalidator.h"

#include <QTest>

using namespace Planar;
using Kind = FieldValidator::Kind;

Q_DECLARE_METATYPE(Planar::FieldValidator::Kind)

class TestFieldValidator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void hintNamesTheNetworkMeant();
};

void TestFieldValidator::validate_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state"); // QValidator::State

    // "never": no further typing makes it valid; the text is kept all the same (issue 10) and
    // the hint says so.
    const int ok = QValidator::Acceptable, typing = QValidator::Intermediate, never = -1;
    QTest::newRow("cidr ok") << Kind::Cidr << "10.0.1.0/24" << ok;
    QTest::newRow("cidr half typed") << Kind::Cidr << "10.0.1" << typing;
    QTest::newRow("cidr host bits") << Kind::Cidr << "10.0.1.5/24" << typing;
    QTest::newRow("cidr letter refused") << Kind::Cidr << "10.0.x" << never;
    QTest::newRow("cidr v6") << Kind::Cidr << "2001:db8::/32" << ok;
    QTest::newRow("cidr list") << Kind::CidrList << "172.16.0.0/16, fd00::/48" << ok;
    QTest::newRow("ip ok") << Kind::Ip << "192.168.1.11" << ok;
    QTest::newRow("ip inner space") << Kind::Ip << "192.168. 1.1" << never;
    QTest::newRow("ip trailing space trimmed") << Kind::Ip << "192.168.1.1 " << ok;
    QTest::newRow("ip out of range") << Kind::Ip << "192.168.1.300" << never;
    QTest::newRow("mac ok") << Kind::Mac << "52:54:00:00:01:11" << ok;
    QTest::newRow("mac g refused") << Kind::Mac << "52:54:00:00:01:1g" << never;
    QTest::newRow("mac too long refused") << Kind::Mac << "52:54:00:00:01:11:22" << never;
    QTest::newRow("vlan ok") << Kind::Vlan << "4094" << ok;
    QTest::newRow("vlan too big refused") << Kind::Vlan << "4095" << never;
    QTest::newRow("vlan zero") << Kind::Vlan << "0" << typing;
    QTest::newRow("vlan empty optional") << Kind::Vlan << "" << ok;
    QTest::newRow("vlan list ok") << Kind::VlanList << "10, 20,4094" << ok;
    QTest::newRow("vlan list letter refused") << Kind::VlanList << "10, 2x" << never;
    QTest::newRow("vlan list too big refused") << Kind::VlanList << "10, 4095" << never;
    QTest::newRow("vlan list zero") << Kind::VlanList << "10, 0" << typing;
    QTest::newRow("ifname ok") << Kind::InterfaceName << "br-biz" << ok;
    QTest::newRow("ifname vlan sub") << Kind::InterfaceName << "eth0.100" << ok;
    QTest::newRow("ifname space refused") << Kind::InterfaceName << "br biz" << never;
    QTest::newRow("ifname slash refused") << Kind::InterfaceName << "br/0" << never;
    QTest::newRow("ifname 16 chars refused") << Kind::InterfaceName << "abcdefghijklmnop" << never;
    QTest::newRow("ports ok") << Kind::Ports << "443/TCP, 8000-8100/udp" << ok;
    QTest::newRow("ports reversed") << Kind::Ports << "90-80/TCP" << typing;
    QTest::newRow("ports bad char") << Kind::Ports << "443/TCP;" << never;
    QTest::newRow("id ok") << Kind::Id << "host-3" << ok;
    QTest::newRow("id capital refused") << Kind::Id << "Host3" << never;
    QTest::newRow("id trailing dash") << Kind::Id << "host-" << typing;
    QTest::newRow("date ok") << Kind::Date << "2026-12-31" << ok;
    QTest::newRow("date bad") << Kind::Date << "2026-13-01" << typing;
    QTest::newRow("ip octet over 255") << Kind::Ip << "999.1.1.1" << never;
    QTest::newRow("ip five numbers") << Kind::Ip << "10.0.1.1.1" << never;
    QTest::newRow("ip leading zero") << Kind::Ip << "10.01.1.1" << never;
    QTest::newRow("ip half typed") << Kind::Ip << "10.0.1" << typing;
    QTest::newRow("ip v6 half typed") << Kind::Ip << "fe80:" << typing;
    QTest::newRow("cidr prefix 33") << Kind::Cidr << "10.0.0.0/33" << never;
    QTest::newRow("cidr two slashes") << Kind::Cidr << "10.0.0.0/8/8" << never;
    QTest::newRow("id space") << Kind::Id << "My Net" << never;
    QTest::newRow("id leading dash") << Kind::Id << "-web" << never;
}

void TestFieldValidator::validate()
{
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(int, state);
    // Ids are required; the other kinds here are optional fields.
    FieldValidator validator(kind, kind != Kind::Id);
    int pos = int(text.size());
    const QString typed = text;
    // Never Invalid: QLineEdit would drop the keystroke, and the user would not learn why.
    QCOMPARE(int(validator.validate(text, pos)),
             int(state == -1 ? QValidator::Intermediate : state));
    QCOMPARE(text, typed);
    QCOMPARE(validator.problem(text).isEmpty(), state == QValidator::Acceptable);
    QCOMPARE(!validator.neverValid(text).isEmpty(), state == -1);
    if (state == -1) QCOMPARE(validator.problem(text), validator.neverValid(text));
}

void TestFieldValidator::hintNamesTheNetworkMeant()
{
    FieldValidator validator(Kind::Cidr, false);
    QVERIFY(
        validator.problem(QStringLiteral("10.0.1.5/24")).contains(QLatin1String("10.0.1.0/24")));
    QVERIFY(!validator.problem(QString()).isEmpty()); // required
    FieldValidator ip(Kind::Ip, false);
    QVERIFY(ip.problem(QStringLiteral("999.1.1.1")).contains(QLatin1String("999 is over 255")));
    QVERIFY(ip.problem(QStringLiteral("10.0.1")).contains(QLatin1String("yet")));
}

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
