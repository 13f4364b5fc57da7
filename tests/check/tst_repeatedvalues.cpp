// RepeatedValues names the NICs of an ip-duplicate or mac-duplicate finding: which values
// repeat, in the order of their first use, with their owners in the order of use.
#include "check/repeatedvalues.h"
#include "net/ipaddress.h"

#include <QTest>

using namespace Planar;

class TestRepeatedValues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void repeatsInTheOrderOfFirstUse();
    void familiesAreNotMixed();
};

namespace {
IpAddress ip(const char *text)
{
    return *IpAddress::parse(QString::fromLatin1(text));
}

QStringList visitAll(RepeatedValues<IpAddress> &values)
{
    QStringList out;
    values.forEachRepeated([&](const IpAddress &value, const QStringList &owners) {
        out << value.toString() + u' ' + owners.join(u',');
    });
    return out;
}
} // namespace

void TestRepeatedValues::repeatsInTheOrderOfFirstUse()
{
    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c"),
                  d = QStringLiteral("d");
    RepeatedValues<IpAddress> values;
    // .9 is used first but repeats last; .1 sorts first but is used after it; an owner using
    // a value twice is named twice; a value used once is no finding.
    values.add(ip("10.0.0.9"), a);
    values.add(ip("10.0.0.1"), b);
    values.add(ip("10.0.0.5"), c);
    values.add(ip("10.0.0.1"), c);
    values.add(ip("10.0.0.1"), c);
    values.add(ip("10.0.0.9"), d);
    QCOMPARE(visitAll(values), (QStringList{QStringLiteral("10.0.0.9 a,d"),
                                            QStringLiteral("10.0.0.1 b,c,c")}));
}

void TestRepeatedValues::familiesAreNotMixed()
{
    const QString a = QStringLiteral("a"), b = QStringLiteral("b");
    RepeatedValues<IpAddress> values;
    // The same 128-bit number as an IPv4 and an IPv6 address is two addresses.
    values.add(ip("0.0.0.1"), a);
    values.add(ip("::1"), b);
    QVERIFY(visitAll(values).isEmpty());
}

QTEST_GUILESS_MAIN(TestRepeatedValues)
#include "tst_repeatedvalues.moc"
