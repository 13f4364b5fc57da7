// The editor's validation after an edit keeps what the edit cannot have changed (issue 11,
// part 4): after every kind of edit the kept link verdicts and tooltips must be exactly those
// of a whole run, and a plan read anew keeps nothing.
#include "document/plandocument.h"
#include "generate/plangenerator.h"
#include "io/planreader.h"
#include "livevalidator.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Planar;

class TestLiveRevalidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everyEditKeepsOnlyWhatItCannotChange_data();
    void everyEditKeepsOnlyWhatItCannotChange();
    void aQuietEditJudgesFewLinks();
    void smallPlansAreJudgedWhole();
    void aPlanReadAnewKeepsNothing();

private:
    /** One edit of the plan, as the editor's commands make them. */
    using Edit = std::function<void(Plan &, QStringList &, QDate &)>;
    static QList<QPair<QString, Edit>> edits();
    /** Checks that a run after @p edit keeps only verdicts equal to a whole run's. */
    void checkAfter(const Edit &edit);

    Plan mPlan;
    QStringList mKeys;
    QDate mToday{2026, 12, 1};
    ValidationResult mShown;
};

namespace {

QString nextKey(const QStringList &keys)
{
    return QStringLiteral("link-key-%1").arg(keys.size() * 7 + 1000);
}

const Workload *firstExposed(const Plan &plan)
{
    for (const Workload &w : plan.workloads)
        if (w.expose && w.expose->isExternal()) return &w;
    return nullptr;
}

} // namespace

void TestLiveRevalidation::init()
{
    // Large enough that tooltips name no artifacts (those plans are judged whole), small
    // enough for a test: 1,600 VMs, 400 workloads, 1,200 links.
    GeneratorOptions options;
    options.hosts = 400;
    options.vmsPerHost = 4;
    options.workloads = 400;
    options.links = 1200;
    options.zones = 4;
    options.seed = 11;
    mPlan = generatePlan(options);
    // Zone ends stand for their members, exceptions expire: the inputs the judge reads besides
    // each end's own.
    const QString zone = mPlan.zones[0].id, other = mPlan.zones[1].id;
    mPlan.links.append(Link{{}, zone, mPlan.workloads[0].id, {}, QStringLiteral("zone to Pod"),
                            std::nullopt, {}});
    mPlan.links.append(Link{{}, mPlan.vms[0].id, other, {}, QStringLiteral("VM to zone"),
                            std::nullopt, {}});
    mPlan.links.append(Link{{}, mPlan.hosts[1].id, mPlan.workloads[1].id, {},
                            QStringLiteral("temporary"),
                            LinkException{QStringLiteral("migration"), QStringLiteral("ops"),
                                          QDate(2026, 12, 3), {}},
                            {}});
    for (const Network &n : mPlan.networks)
        if (n.plane == Plane::External) {
            mPlan.links.append(Link{{}, n.id, zone, {}, QStringLiteral("outside in"),
                                    std::nullopt, {}});
            break;
        }
    mKeys.clear();
    for (qsizetype i = 0; i < mPlan.links.size(); ++i)
        mKeys << QStringLiteral("link-key-%1").arg(i);
    mShown = ValidationResult::compute(mPlan, mKeys, mToday);
    QCOMPARE(mShown.linksJudged, mPlan.links.size());
}

QList<QPair<QString, TestLiveRevalidation::Edit>> TestLiveRevalidation::edits()
{
    QList<QPair<QString, Edit>> list;
    auto add = [&list](const char *name, Edit edit) { list.append({QString::fromLatin1(name), edit}); };
    add("a VM moves to another zone", [](Plan &p, QStringList &, QDate &) {
        p.vms[0].zone = p.zones[2].id;
    });
    add("a VM's address changes", [](Plan &p, QStringList &, QDate &) {
        p.vms[5].nics[0].ip = p.vms[6].nics[0].ip;
    });
    add("a host moves to another zone", [](Plan &p, QStringList &, QDate &) {
        p.hosts[1].zone = p.zones[3].id;
    });
    add("a workload is no longer exposed", [](Plan &p, QStringList &, QDate &) {
        for (Workload &w : p.workloads)
            if (w.expose && w.expose->isExternal()) {
                w.expose.reset();
                break;
            }
    });
    add("a workload is exposed", [](Plan &p, QStringList &, QDate &) {
        for (Workload &w : p.workloads)
            if (!w.expose) {
                w.expose = Expose{QStringLiteral("nodeport"), 30080, {}};
                break;
            }
    });
    add("a workload joins a zone", [](Plan &p, QStringList &, QDate &) {
        p.workloads[3].zone = p.zones[0].id;
    });
    add("a VM is removed", [](Plan &p, QStringList &, QDate &) { p.vms.removeAt(0); });
    add("a VM is added under a linked workload's id", [](Plan &p, QStringList &, QDate &) {
        Vm vm = p.vms[10];
        vm.id = p.workloads[0].id; // VMs are declared before workloads: the id names a VM now
        p.vms.insert(3, vm);
    });
    add("a host is added under a linked VM's id", [](Plan &p, QStringList &, QDate &) {
        Host host = p.hosts[0];
        host.id = p.vms[0].id; // hosts are declared first: the id now names a host
        p.hosts.append(host);
    });
    add("a link is added", [](Plan &p, QStringList &keys, QDate &) {
        const Workload *exposed = firstExposed(p);
        p.links.insert(5, Link{{}, p.vms[7].id, exposed ? exposed->id : p.workloads[2].id, {},
                               QStringLiteral("new"), std::nullopt, {}});
        keys.insert(5, nextKey(keys));
    });
    add("a link is removed", [](Plan &p, QStringList &keys, QDate &) {
        p.links.removeAt(2);
        keys.removeAt(2);
    });
    add("a link gets other ends", [](Plan &p, QStringList &, QDate &) {
        p.links[4].to = p.hosts[2].id;
    });
    add("a link's reason changes", [](Plan &p, QStringList &, QDate &) {
        p.links.last().reason = QStringLiteral("reworded");
    });
    add("the links are reordered under their keys", [](Plan &p, QStringList &keys, QDate &) {
        p.links.move(0, p.links.size() - 1);
        keys.move(0, keys.size() - 1);
    });
    add("a policy override", [](Plan &p, QStringList &, QDate &) {
        p.policy.append(PolicyRule{Plane::Host, Plane::Pod, PolicyAction::Allow,
                                   QStringLiteral("node-local DNS"), {}});
    });
    add("adminNetworks change", [](Plan &p, QStringList &, QDate &) {
        p.adminNetworks = {QStringLiteral("0.0.0.0/0")};
    });
    add("a network moves to another zone", [](Plan &p, QStringList &, QDate &) {
        p.networks[0].zone = p.zones[1].id;
    });
    add("a zone is added", [](Plan &p, QStringList &, QDate &) {
        p.zones.append(Zone{QStringLiteral("lab"), QStringLiteral("Lab"), 2, std::nullopt, {}});
    });
    add("the day passes an exception's expiry", [](Plan &, QStringList &, QDate &today) {
        today = QDate(2026, 12, 4);
    });
    add("an entity is renamed everywhere", [](Plan &p, QStringList &, QDate &) {
        const QString from = p.vms[1].id, to = QStringLiteral("renamed-vm");
        p.vms[1].id = to;
        for (Link &l : p.links) {
            if (l.from == from) l.from = to;
            if (l.to == from) l.to = to;
        }
    });
    return list;
}

void TestLiveRevalidation::checkAfter(const Edit &edit)
{
    edit(mPlan, mKeys, mToday);
    const ValidationResult kept = ValidationResult::compute(mPlan, mKeys, mToday, &mShown);
    const ValidationResult whole = ValidationResult::compute(mPlan, mKeys, mToday);
    QCOMPARE(kept.links.size(), whole.links.size());
    for (auto it = whole.links.cbegin(); it != whole.links.cend(); ++it) {
        QVERIFY2(kept.links.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(kept.links.value(it.key()).first, it.value().first);
        QCOMPARE(kept.links.value(it.key()).second, it.value().second);
    }
    mShown = kept;
}

void TestLiveRevalidation::everyEditKeepsOnlyWhatItCannotChange_data()
{
    QTest::addColumn<int>("edit");
    const auto list = edits();
    for (int i = 0; i < list.size(); ++i)
        QTest::newRow(qPrintable(list[i].first)) << i;
}

void TestLiveRevalidation::everyEditKeepsOnlyWhatItCannotChange()
{
    QFETCH(int, edit);
    const auto list = edits();
    // The edit alone, then after it a run of the others in a random order: each result is
    // the basis of the next, as in the editor.
    checkAfter(list[edit].second);
    QRandomGenerator order(quint32(edit) + 1);
    for (int step = 0; step < 6 && !QTest::currentTestFailed(); ++step) {
        const auto &[name, next] = list[order.bounded(int(list.size()))];
        qInfo().noquote() << "then:" << name;
        checkAfter(next);
    }
}

void TestLiveRevalidation::aQuietEditJudgesFewLinks()
{
    // What the user notices on a large plan: an edit of one VM judges its own links again,
    // not all 1,200; the verdict it changes shows.
    Vm &vm = mPlan.vms[0];
    vm.nics[0].ip = mPlan.vms[1].nics[0].ip;
    ValidationResult kept = ValidationResult::compute(mPlan, mKeys, mToday, &mShown);
    QCOMPARE(kept.linksJudged, qsizetype(0));
    // The VM → zone link of init() crosses zones once the VM is in another one than the zone
    // it links to, and is then forbidden.
    const QString vmToZone = mKeys[mPlan.links.size() - 3];
    QCOMPARE(mPlan.links[mPlan.links.size() - 3].to, mPlan.zones[1].id);
    mPlan.vms[0].zone = mPlan.vms[0].zone == mPlan.zones[2].id ? mPlan.zones[3].id
                                                               : mPlan.zones[2].id;
    const ValidationResult before = kept;
    kept = ValidationResult::compute(mPlan, mKeys, mToday, &before);
    QVERIFY2(kept.linksJudged > 0 && kept.linksJudged < 60,
             qPrintable(QString::number(kept.linksJudged)));
    QCOMPARE(kept.links.value(vmToZone).first, LinkState::Forbidden);
    QVERIFY(kept.links.value(vmToZone).second.contains(QStringLiteral("cross-zone")));
}

void TestLiveRevalidation::smallPlansAreJudgedWhole()
{
    // Tooltips of small plans name the artifacts that enforce a link, which any edit may
    // change: nothing is kept there.
    const Plan small = generatePlan(GeneratorOptions{});
    QStringList keys;
    for (qsizetype i = 0; i < small.links.size(); ++i)
        keys << QStringLiteral("k%1").arg(i);
    const ValidationResult first = ValidationResult::compute(small, keys, mToday);
    const ValidationResult second = ValidationResult::compute(small, keys, mToday, &first);
    QCOMPARE(second.linksJudged, small.links.size());
    QVERIFY(second.links == first.links);
}

void TestLiveRevalidation::aPlanReadAnewKeepsNothing()
{
    // Findings name the lines of unknown keys, which == does not compare: the same plan opened
    // again with a line added above must not keep the old line numbers.
    const QByteArray yaml = "planar: 1\nname: t\nzones:\n  - id: z\n    colour: red\n";
    PlanDocument document;
    LiveValidator validator(&document);
    validator.setDelay(0);
    const auto unknownKey = [&] {
        for (const Finding &f : validator.result().findings)
            if (f.code == QLatin1String("unknown-key")) return f.message;
        return QString();
    };
    document.loadPlan(*PlanReader::readText(yaml, QStringLiteral("t.planar.yaml")).plan);
    QTRY_VERIFY(!validator.isPending() && !unknownKey().isEmpty());
    QVERIFY2(unknownKey().contains(QLatin1String("(line 5)")), qPrintable(unknownKey()));
    document.loadPlan(
        *PlanReader::readText("# now one line lower\n" + yaml, QStringLiteral("t.planar.yaml"))
             .plan);
    QTRY_VERIFY(!validator.isPending() && unknownKey().contains(QLatin1String("(line 6)")));
}

QTEST_GUILESS_MAIN(TestLiveRevalidation)
#include "tst_liverevalidation.moc"
