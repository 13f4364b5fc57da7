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

    const int ok = QValidator::Acceptable, typing = QValidator::Intermediate,
              refused = QValidator::Invalid;
    QTest::newRow("cidr ok") << Kind::Cidr << "10.0.1.0/24" << ok;
    QTest::newRow("cidr half typed") << Kind::Cidr << "10.0.1" << typing;
    QTest::newRow("cidr host bits") << Kind::Cidr << "10.0.1.5/24" << typing;
    QTest::newRow("cidr letter refused") << Kind::Cidr << "10.0.x" << refused;
    QTest::newRow("cidr v6") << Kind::Cidr << "2001:db8::/32" << ok;
    QTest::newRow("cidr list") << Kind::CidrList << "172.16.0.0/16, fd00::/48" << ok;
    QTest::newRow("ip ok") << Kind::Ip << "192.168.1.11" << ok;
    QTest::newRow("ip space refused") << Kind::Ip << "192.168.1.1 " << refused;
    QTest::newRow("ip out of range") << Kind::Ip << "192.168.1.300" << typing;
    QTest::newRow("mac ok") << Kind::Mac << "52:54:00:00:01:11" << ok;
    QTest::newRow("mac g refused") << Kind::Mac << "52:54:00:00:01:1g" << refused;
    QTest::newRow("mac too long refused") << Kind::Mac << "52:54:00:00:01:11:22" << refused;
    QTest::newRow("vlan ok") << Kind::Vlan << "4094" << ok;
    QTest::newRow("vlan too big refused") << Kind::Vlan << "4095" << refused;
    QTest::newRow("vlan zero") << Kind::Vlan << "0" << typing;
    QTest::newRow("vlan empty optional") << Kind::Vlan << "" << ok;
    QTest::newRow("vlan list ok") << Kind::VlanList << "10, 20,4094" << ok;
    QTest::newRow("vlan list letter refused") << Kind::VlanList << "10, 2x" << refused;
    QTest::newRow("vlan list too big refused") << Kind::VlanList << "10, 4095" << refused;
    QTest::newRow("vlan list zero") << Kind::VlanList << "10, 0" << typing;
    QTest::newRow("ifname ok") << Kind::InterfaceName << "br-biz" << ok;
    QTest::newRow("ifname vlan sub") << Kind::InterfaceName << "eth0.100" << ok;
    QTest::newRow("ifname space refused") << Kind::InterfaceName << "br biz" << refused;
    QTest::newRow("ifname slash refused") << Kind::InterfaceName << "br/0" << refused;
    QTest::newRow("ifname 16 chars refused")
        << Kind::InterfaceName << "abcdefghijklmnop" << refused;
    QTest::newRow("ports ok") << Kind::Ports << "443/TCP, 8000-8100/udp" << ok;
    QTest::newRow("ports reversed") << Kind::Ports << "90-80/TCP" << typing;
    QTest::newRow("ports bad char") << Kind::Ports << "443/TCP;" << refused;
    QTest::newRow("id ok") << Kind::Id << "host-3" << ok;
    QTest::newRow("id capital refused") << Kind::Id << "Host3" << refused;
    QTest::newRow("id trailing dash") << Kind::Id << "host-" << typing;
    QTest::newRow("date ok") << Kind::Date << "2026-12-31" << ok;
    QTest::newRow("date bad") << Kind::Date << "2026-13-01" << typing;
}

void TestFieldValidator::validate()
{
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(int, state);
    // Ids are required; the other kinds here are optional fields.
    FieldValidator validator(kind, kind != Kind::Id);
    int pos = int(text.size());
    QCOMPARE(int(validator.validate(text, pos)), state);
    if (state != QValidator::Invalid)
        QCOMPARE(validator.problem(text).isEmpty(), state == QValidator::Acceptable);
}

void TestFieldValidator::hintNamesTheNetworkMeant()
{
    FieldValidator validator(Kind::Cidr, false);
    QVERIFY(
        validator.problem(QStringLiteral("10.0.1.5/24")).contains(QLatin1String("10.0.1.0/24")));
    QVERIFY(!validator.problem(QString()).isEmpty()); // required
}

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
