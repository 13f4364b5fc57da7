// PlanLookup finds an entity by id. References that share their declaration's string (as the
// reader and the generator make them) are found by the string's address (IdsByAddress); these
// tests hold that fast path to what a look-up by text answers: the first declaration of a
// repeated id, and nothing stale after a string is written or the plan rebased. The look-up
// by text (IdsByText) keeps the first of equal ids and names the others as repeats.
#include "plan/idsbyaddress.h"
#include "plan/idsbytext.h"
#include "plan/planlookup.h"

#include <QTest>

using namespace Planar;

class TestPlanLookup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idsAreFoundByAddressNotByText();
    void sharedAndUnsharedReferencesFindTheSameEntity();
    void aRepeatedIdNamesItsFirstDeclarationWhateverItShares();
    void aLookupHoldsTheStringsItFindsByAddress();
    void aLargeIndexGrowsAndStillFindsEveryId();
    void idsByTextKeepTheFirstOfEqualIds();
};

namespace {

/** @p text in a buffer of its own, shared with no other string. */
QString fresh(const char *text)
{
    QString s = QString::fromLatin1(text);
    s.detach();
    return s;
}

Plan smallPlan()
{
    Plan p;
    p.zones = {Zone{fresh("zone-a"), {}, {}, {}, {}}};
    Host h;
    h.id = fresh("host-1");
    h.zone = p.zones[0].id; // shares the zone's string, as the reader makes it
    p.hosts = {h};
    Vm v;
    v.id = fresh("node-1");
    v.host = p.hosts[0].id;
    p.vms = {v};
    return p;
}

} // namespace

void TestPlanLookup::idsAreFoundByAddressNotByText()
{
    const QString id = fresh("web");
    IdsByAddress index;
    index.insert(id, 7);
    const QString copy = id; // shares the buffer
    QVERIFY(index.find(copy));
    QCOMPARE(*index.find(copy), 7u);
    QVERIFY(!index.find(fresh("web"))); // equal text, its own buffer: left to the text look-up
    QVERIFY(!index.find(QString()));
    index.insert(copy, 9); // the first value of an address stays
    QCOMPARE(*index.find(id), 7u);
}

void TestPlanLookup::sharedAndUnsharedReferencesFindTheSameEntity()
{
    const Plan p = smallPlan();
    const PlanLookup lookup(p);
    for (const QString &ref : {p.vms[0].host, fresh("host-1")}) {
        QCOMPARE(lookup.find(ref).kind, EntityKind::Host);
        QCOMPARE(lookup.find(ref).index, 0);
    }
    QCOMPARE(lookup.kindOf(p.hosts[0].zone), EntityKind::Zone);
    QCOMPARE(lookup.kindOf(fresh("node-1")), EntityKind::Vm);
    QCOMPARE(lookup.kindOf(fresh("host-2")), EntityKind::None);
    QCOMPARE(lookup.hostOfVm(0).kind, EntityKind::Host);
    QCOMPARE(lookup.vmsOfHost(fresh("host-1")), QList<qsizetype>{0});
}

void TestPlanLookup::aRepeatedIdNamesItsFirstDeclarationWhateverItShares()
{
    Plan p = smallPlan();
    // "host-1" again, as a VM's id in a string of its own, and a reference sharing that string:
    // by text the id names the host (the first declaration), and so it must by address.
    Vm again;
    again.id = fresh("host-1");
    p.vms.append(again);
    Vm other;
    other.id = fresh("node-2");
    other.host = p.vms[1].id;
    p.vms.append(other);
    // The zone's id again as a host's, sharing the zone's very string.
    Host sameString;
    sameString.id = p.zones[0].id;
    p.hosts.append(sameString);

    const PlanLookup lookup(p);
    QCOMPARE(lookup.find(p.vms[2].host).kind, EntityKind::Host);
    QCOMPARE(lookup.find(p.vms[2].host).index, 0);
    QCOMPARE(lookup.kindOf(p.hosts[1].id), EntityKind::Zone);
    QCOMPARE(lookup.repeatedDeclarations().size(), 2);
}

void TestPlanLookup::aLookupHoldsTheStringsItFindsByAddress()
{
    Plan before = smallPlan();
    before.vms[0].host = fresh("host-1"); // the host's id is the only plan string of its text
    const QChar *const address = before.hosts[0].id.constData();
    const PlanLookup old(before);
    // Were the lookup not to hold the host's string, this write would go in place: the same
    // address and length with other text, which the index would take for the host.
    before.hosts[0].id[0] = u'x';
    QVERIFY(before.hosts[0].id.constData() != address);
    QCOMPARE(old.kindOf(before.hosts[0].id), EntityKind::None);
    // Rebased on a later state with the same ids, each in a new string: found by text, and
    // the strings the lookup holds still by address.
    const Plan after = smallPlan();
    const PlanLookup rebased = old.rebasedOn(after);
    QCOMPARE(rebased.find(after.vms[0].host).kind, EntityKind::Host);
    QCOMPARE(rebased.kindOf(after.hosts[0].zone), EntityKind::Zone);
    QCOMPARE(rebased.kindOf(before.hosts[0].id), EntityKind::None);
}

void TestPlanLookup::aLargeIndexGrowsAndStillFindsEveryId()
{
    // Inserted one by one past several growths, as a plan without reserve() would be.
    QStringList ids;
    IdsByAddress index;
    for (int i = 0; i < 5000; ++i) {
        ids << QStringLiteral("vm-%1").arg(i);
        index.insert(ids.back(), quint32(i));
    }
    for (int i = 0; i < ids.size(); ++i) {
        const quint32 *value = index.find(ids[i]);
        QVERIFY2(value && *value == quint32(i), qPrintable(ids[i]));
    }
}

void TestPlanLookup::idsByTextKeepTheFirstOfEqualIds()
{
    // Each its own string: found by text alone. Empty ids are ids like any other here.
    const QList<QString> ids{fresh("a"), fresh("b"), fresh("a"), QString(), QString(),
                             fresh("c"), fresh("b")};
    IdsByText index;
    QCOMPARE(index.build(ids), (QList<qsizetype>{2, 4, 6}));
    QCOMPARE(index.find(u"a", ids), 0);
    QCOMPARE(index.find(u"b", ids), 1);
    QCOMPARE(index.find(u"", ids), 3);
    QCOMPARE(index.find(u"c", ids), 5);
    QCOMPARE(index.find(u"d", ids), -1);
    QCOMPARE(IdsByText().find(u"a", ids), -1); // not built: finds nothing

    // Many ids, every tenth a repeat of the one before it.
    QList<QString> many;
    QList<qsizetype> repeats;
    for (int i = 0; i < 20000; ++i) {
        if (i % 10 == 9) repeats << many.size();
        many << QStringLiteral("node-%1").arg(i % 10 == 9 ? i - 1 : i);
    }
    QCOMPARE(index.build(many), repeats);
    for (qsizetype i = 0; i < many.size(); ++i)
        QCOMPARE(index.find(many[i], many), i % 10 == 9 ? i - 1 : i);
}

QTEST_GUILESS_MAIN(TestPlanLookup)
#include "tst_planlookup.moc"
