// The editor's validation after an edit keeps the findings of the rule families the edit cannot
// have changed (ValidationMemo, issue 11 part 4). After every kind of edit, on every rule
// fixture and on generated plans full of mistakes, the findings must be exactly a whole run's;
// and an edit of addresses, of links or of the date runs only the families that read them.
#include "check/validator.h"
#include "planrows.h"

#include <QTest>

#include <functional>

using namespace Planar;

namespace {

const QDate Today(2026, 6, 1);

/** Which families an edit should run, when it is the only change since the memo. */
enum class Runs { Addressing, LinkFamilies, LinkFamily, All };

int familiesFor(Runs runs)
{
    switch (runs) {
    case Runs::Addressing:
    case Runs::LinkFamily:
        return 1;
    case Runs::LinkFamilies:
        return 3; // identity, links, Kubernetes names
    case Runs::All:
        break;
    }
    return 9;
}

/** An edit; false when the plan has nothing it applies to. */
struct Edit {
    const char *name;
    Runs runs;
    std::function<bool(Plan &, QDate &)> apply;
};

VmNic *vmNic(Plan &p, qsizetype n)
{
    qsizetype seen = 0;
    for (Vm &vm : p.vms)
        for (VmNic &nic : vm.nics)
            if (seen++ == n) return &nic;
    return nullptr;
}

HostNic *hostNic(Plan &p, qsizetype n)
{
    qsizetype seen = 0;
    for (Host &h : p.hosts)
        for (HostNic &nic : h.nics)
            if (seen++ == n) return &nic;
    return nullptr;
}

QList<Edit> edits()
{
    return {
        {"a VM NIC takes another's address", Runs::Addressing,
         [](Plan &p, QDate &) {
             VmNic *a = vmNic(p, 0), *b = vmNic(p, 1);
             if (!a || !b || a->ip == b->ip) return false;
             b->ip = a->ip;
             return true;
         }},
        {"a VM NIC's address does not parse", Runs::Addressing,
         [](Plan &p, QDate &) {
             VmNic *a = vmNic(p, 2);
             if (!a) return false;
             a->ip = QStringLiteral("10.300.0.1");
             return true;
         }},
        {"a VM NIC's address leaves its network", Runs::Addressing,
         [](Plan &p, QDate &) {
             VmNic *a = vmNic(p, 0);
             if (!a || a->ip == QLatin1String("192.0.2.77")) return false;
             a->ip = QStringLiteral("192.0.2.77");
             return true;
         }},
        {"a host NIC takes another's address and MAC", Runs::Addressing,
         [](Plan &p, QDate &) {
             HostNic *a = hostNic(p, 0), *b = hostNic(p, 2);
             if (!a || !b || (a->ip == b->ip && a->mac == b->mac)) return false;
             b->ip = a->ip;
             b->mac = a->mac;
             return true;
         }},
        {"a VM NIC's MAC is mistyped", Runs::Addressing,
         [](Plan &p, QDate &) {
             VmNic *a = vmNic(p, 1);
             if (!a) return false;
             a->mac = QStringLiteral("52:54:00:zz:00:01");
             return true;
         }},
        {"a link to an unknown id", Runs::LinkFamilies,
         [](Plan &p, QDate &) {
             if (p.links.isEmpty()) return false;
             p.links[0].to = QStringLiteral("nowhere");
             return true;
         }},
        {"a link to itself, open on all ports, with no reason", Runs::LinkFamilies,
         [](Plan &p, QDate &) {
             if (p.links.size() < 2) return false;
             p.links[1].to = p.links[1].from;
             p.links[1].ports.clear();
             p.links[1].reason.clear();
             return true;
         }},
        {"a link is doubled", Runs::LinkFamilies,
         [](Plan &p, QDate &) {
             if (p.links.isEmpty()) return false;
             p.links.append(p.links.last());
             return true;
         }},
        {"a link to a workload", Runs::LinkFamilies,
         [](Plan &p, QDate &) {
             if (p.workloads.isEmpty() || p.vms.isEmpty()) return false;
             p.links.append(Link{{}, p.vms[0].id, p.workloads.last().id, {}, {},
                                 LinkException{QStringLiteral("pilot"), {}, Today.addDays(3), {}},
                                 {}});
             return true;
         }},
        {"a link is removed", Runs::LinkFamilies,
         [](Plan &p, QDate &) {
             if (p.links.isEmpty()) return false;
             p.links.removeFirst();
             return true;
         }},
        {"the day after an exception expired", Runs::LinkFamily,
         [](Plan &, QDate &today) {
             today = today.addDays(400);
             return true;
         }},
        {"a VM moves zone", Runs::All,
         [](Plan &p, QDate &) {
             if (p.vms.isEmpty() || p.zones.size() < 2) return false;
             p.vms[0].zone = p.vms[0].zone == p.zones.last().id ? p.zones.first().id
                                                                 : p.zones.last().id;
             return true;
         }},
        {"a VM's Pod subnet overlaps another's", Runs::All,
         [](Plan &p, QDate &) {
             if (p.vms.size() < 2 || p.vms[0].podSubnets.isEmpty()) return false;
             p.vms[1].podSubnets = p.vms[0].podSubnets;
             return true;
         }},
        {"a VM NIC moves network and VLAN", Runs::All,
         [](Plan &p, QDate &) {
             VmNic *a = vmNic(p, 0);
             if (!a || p.networks.isEmpty()) return false;
             a->network = p.networks.last().id;
             a->vlan = 4095;
             return true;
         }},
        {"a VM is removed", Runs::All,
         [](Plan &p, QDate &) {
             if (p.vms.isEmpty()) return false;
             p.vms.removeAt(p.vms.size() / 2);
             return true;
         }},
        {"a host is added under a VM's id", Runs::All,
         [](Plan &p, QDate &) {
             if (p.hosts.isEmpty() || p.vms.isEmpty()) return false;
             Host h = p.hosts.first();
             h.id = p.vms.last().id;
             p.hosts.append(h);
             return true;
         }},
        {"a network's range changes", Runs::All,
         [](Plan &p, QDate &) {
             if (p.networks.isEmpty()) return false;
             p.networks[0].cidr = QStringLiteral("10.0.0.0/8");
             return true;
         }},
        {"the cluster's Pod range shrinks", Runs::All,
         [](Plan &p, QDate &) {
             p.cluster.podSubnets = {QStringLiteral("172.16.0.0/24")};
             return true;
         }},
        {"a policy override and adminNetworks", Runs::All,
         [](Plan &p, QDate &) {
             p.policy.append(PolicyRule{Plane::Host, Plane::Pod, PolicyAction::Allow, {}, {}});
             p.adminNetworks = {QStringLiteral("0.0.0.0/0")};
             return true;
         }},
        {"a workload loses its labels", Runs::All,
         [](Plan &p, QDate &) {
             if (p.workloads.isEmpty()) return false;
             p.workloads[0].labels.clear();
             return true;
         }},
    };
}

/** The generated plan the edits are tried on besides the rule fixtures. */
const GeneratorOptions Size{.hosts = 100, .vmsPerHost = 4, .workloads = 60};

} // namespace

class TestRevalidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keptFindingsAreAWholeRunsFindings_data();
    void keptFindingsAreAWholeRunsFindings();
    void eachEditRunsOnlyTheFamiliesThatReadIt();
    void aMemoOfAnotherPlanKeepsNothingWrong();
};

void TestRevalidation::keptFindingsAreAWholeRunsFindings_data()
{
    PlanRows::addRows();
}

void TestRevalidation::keptFindingsAreAWholeRunsFindings()
{
    QFETCH(QString, path);
    QFETCH(int, mistakes);
    std::optional<Plan> read = PlanRows::planOf(path, mistakes, Size);
    if (!read) QSKIP("the reader refuses this fixture: nothing to validate");
    Plan &plan = *read;
    QDate today = Today;
    ValidationMemo memo;
    QVERIFY(validatePlan(plan, today, 1, &memo) == validatePlan(plan, today, 1));
    // Every edit in turn, each on top of the ones before, as in an editing session.
    for (const Edit &edit : edits()) {
        if (!edit.apply(plan, today)) continue;
        const QList<Finding> kept = validatePlan(plan, today, 0, &memo);
        const QList<Finding> whole = validatePlan(plan, today, 1);
        QVERIFY2(kept == whole, qPrintable(QStringLiteral("after '%1' (%2 families run):\n"
                                                          "kept:\n%3\nwhole:\n%4")
                                               .arg(QString::fromLatin1(edit.name))
                                               .arg(memo.familiesRun())
                                               .arg(PlanRows::describe(kept), PlanRows::describe(whole))));
    }
}

void TestRevalidation::eachEditRunsOnlyTheFamiliesThatReadIt()
{
    const Plan original = *PlanRows::planOf({}, 40, Size);
    for (const Edit &edit : edits()) {
        Plan plan = original;
        QDate today = Today;
        ValidationMemo memo;
        validatePlan(plan, today, 0, &memo);
        QCOMPARE(memo.familiesRun(), 9);
        QVERIFY2(edit.apply(plan, today), edit.name);
        validatePlan(plan, today, 0, &memo);
        QVERIFY2(memo.familiesRun() == familiesFor(edit.runs),
                 qPrintable(QStringLiteral("'%1': %2 families run")
                                .arg(QString::fromLatin1(edit.name))
                                .arg(memo.familiesRun())));
        // Nothing changed since: nothing runs, and the findings are still all there.
        const QList<Finding> again = validatePlan(plan, today, 0, &memo);
        QCOMPARE(memo.familiesRun(), 0);
        QVERIFY(again == validatePlan(plan, today, 1));
    }
    // The canvas layout is read by no rule: moving cards runs nothing.
    Plan plan = original;
    ValidationMemo memo;
    validatePlan(plan, Today, 0, &memo);
    plan.layout.append(LayoutEntry{plan.vms[0].id, QPointF(40, 80)});
    validatePlan(plan, Today, 0, &memo);
    QCOMPARE(memo.familiesRun(), 0);
}

void TestRevalidation::aMemoOfAnotherPlanKeepsNothingWrong()
{
    // A memo is only an optimisation: handed the memo of another plan (a file opened in the
    // same window), the validation still finds what a whole run finds.
    GeneratorOptions a, b;
    a.mistakes = 40;
    b.seed = 7;
    b.hosts = 9;
    ValidationMemo memo;
    validatePlan(generatePlan(a), Today, 0, &memo);
    const Plan other = generatePlan(b);
    QVERIFY(validatePlan(other, Today, 0, &memo) == validatePlan(other, Today, 1));
}

QTEST_GUILESS_MAIN(TestRevalidation)
#include "tst_revalidation.moc"
