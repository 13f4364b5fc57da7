#include "validator.h"

#include "changedrun.h"
#include "validationcontext.h"

#include <QThread>

#include <algorithm>
#include <array>
#include <atomic>
#include <system_error>
#include <thread>
#include <vector>

namespace Planar {

const QList<RuleInfo> &ruleCatalogue()
{
    static const QList<RuleInfo> rules{
        {"parse-error", "not YAML, wrong type, missing required key (reader)"},
        {"unknown-key", "a key this version does not know; kept on save"},
        {"unsupported-version", "planar: is not a version this build reads"},
        {"duplicate-id", "two things share an id"},
        {"invalid-id", "an id is not a DNS-1123 label"},
        {"unknown-reference", "a reference to a missing id or one of the wrong kind"},
        {"invalid-cidr", "a CIDR does not parse or has host bits set"},
        {"invalid-ip", "an address does not parse"},
        {"plane-overlap", "networks on different planes overlap"},
        {"network-overlap", "networks on one plane overlap without a parent relation"},
        {"parent-not-containing", "a network does not lie inside its parent"},
        {"pod-subnet-outside-cluster", "a node Pod subnet is outside the cluster Pod range"},
        {"pod-subnet-overlap", "two nodes' Pod subnets overlap"},
        {"pod-subnet-size", "a node Pod subnet differs from nodeMaskSize or is too small"},
        {"cluster-capacity", "the cluster Pod range cannot give every node a subnet"},
        {"common-lan-range", "the cluster Pod or Service range overlaps common LAN ranges"},
        {"ip-outside-network", "a NIC address is outside its network"},
        {"ip-reserved", "a NIC uses a network or broadcast address"},
        {"ip-duplicate", "two NICs use the same address"},
        {"gateway-outside-network", "a gateway is outside its network"},
        {"mac-invalid", "a MAC is not six hex octets"},
        {"mac-duplicate", "two NICs use the same MAC"},
        {"nic-plane-mismatch", "a host NIC on a non-host network, or a VM NIC on a non-VM one"},
        {"vlan-invalid", "a VLAN id outside 1..4094"},
        {"vlan-not-trunked", "a VM NIC's VLAN is not trunked by its switch"},
        {"vlan-network-mismatch", "a VM NIC is tagged with another VLAN than its network"},
        {"vlan-zone-conflict", "one VLAN carries networks of different zones"},
        {"no-management-network", "hosts but no management network"},
        {"admin-networks-open", "adminNetworks lets anyone anywhere reach SSH"},
        {"host-nic-shared", "a host without a separate management NIC"},
        {"host-to-pod", "a link from the host plane to the Pod plane"},
        {"pod-to-host", "a link from the Pod plane to the host plane"},
        {"cross-zone", "a link between VMs of different zones"},
        {"external-to-host", "a link from outside to a host, not from adminNetworks"},
        {"external-to-vm", "a link from outside straight to a VM node"},
        {"external-not-exposed", "a link from outside to a workload that is not exposed"},
        {"external-to-service", "a link from outside to the Service plane"},
        {"policy-denied", "a link the plan's own policy override denies"},
        {"exception-expired", "a link's exception has expired"},
        {"exception-no-expiry", "a link's exception has no expiry date"},
        {"exception-active", "a forbidden link allowed by a live exception"},
        {"gateway-reserved", "a gateway on the network, broadcast or subnet-router address"},
        {"invalid-node-mask", "cluster nodeMaskSize is no IPv4 prefix inside the Pod range"},
        {"self-link", "a link from an entity to itself"},
        {"duplicate-link", "two links with the same ends and the same ports"},
        {"link-to-empty-zone", "a link to or from a zone without members"},
        {"unjustified-link", "a link open on all ports that gives no reason"},
        {"invalid-namespace", "a namespace Kubernetes refuses (workload or dnsNamespace)"},
        {"invalid-label", "a workload label key or value Kubernetes refuses"},
        {"invalid-service-account", "a workload serviceAccount Kubernetes refuses"},
        {"workload-without-labels", "a linked workload has no labels to select its Pods by"},
        {"label-selector-overlap", "a workload's labels also select another workload's Pods"},
        {"cluster-spans-zones", "the cluster's nodes sit in several zones; its system flows cross"},
        {"unknown-cni", "cluster.cni names a CNI whose ports Planar does not know"},
    };
    return rules;
}

namespace {

// What a family's findings can depend on besides the rest of the plan (Other): rule families
// that read no link, NIC address or date keep their findings across edits of those. Checked
// by grep over model/check: only addressrules.cpp reads NIC `ip` and `mac`; only identity,
// link and name rules read `links`; only link rules read `today` (tst_revalidation holds
// every kept finding equal to a whole run's).
enum Input : unsigned {
    NicAddresses = 1, // a host's or VM's NIC ip or mac, nothing else of it
    Links = 2,
    Today = 4,
    Other = 8, // anything else the validator reads
};

struct RuleFamily {
    void (*check)(ValidationContext &);
    unsigned reads;  // the Inputs its findings depend on
    bool podSubnets; // asks the context for the VMs' parsed Pod subnets
};

// The families, in the order their findings are gathered before sorting: findingLess does not
// look at the link a finding is about, so between findings alike but for their link this
// order decides, not the threads' timing.
constexpr RuleFamily Families[] = {
    {checkIdentity, Links | Other, false}, // link ends are references
    {checkAddressing, NicAddresses | Other, false},
    {checkOverlaps, Other, true},
    {checkPodSubnets, Other, true},
    {checkVlans, Other, false},
    {checkHostNics, Other, false},
    {checkLinks, Links | Today | Other, false}, // exceptions expire
    {checkKubernetesNames, Links | Other, false}, // linked workloads need labels
    {checkClusterFlows, Other, false},
};
constexpr qsizetype FamilyCount = std::size(Families);
// The order in which threads take them: the costliest first (on one thread at scale 1:
// identity 70-110 ms, links 43-50, addressing 31-45, cluster flows 24-26, names 19-27,
// overlaps 7-10, VLANs 5, the rest 2 or less), so that the last to finish is a small one.
constexpr int CostOrder[FamilyCount] = {0, 6, 1, 8, 7, 2, 4, 3, 5};
// Below this many entities a whole run takes a few milliseconds: a thread would gain little.
constexpr qsizetype ParallelFrom = 2000;

/** Hosts or VMs @p a and @p b are equal once their NICs' addresses and MACs are set aside
 *  (whatever fields they gain later: the rest is compared by ==). */
template <typename T> bool sameButAddresses(T a, const T &b)
{
    if (a.nics.size() != b.nics.size()) return false;
    for (qsizetype i = 0; i < a.nics.size(); ++i) {
        a.nics[i].ip = b.nics[i].ip;
        a.nics[i].mac = b.nics[i].mac;
    }
    return a == b;
}

/** NicAddresses when the hosts or VMs differ only in NIC addresses, Other when otherwise. */
template <typename T> unsigned entityChanges(const QList<T> &before, const QList<T> &after)
{
    const ChangedRun run = ChangedRun::of(
        before.size(), after.size(), [&](qsizetype i, qsizetype j) { return before[i] == after[j]; });
    const qsizetype changed = before.size() - run.tail - run.from;
    if (changed != after.size() - run.tail - run.from) return Other; // added or removed
    for (qsizetype i = run.from; i < run.from + changed; ++i)
        if (!sameButAddresses(before[i], after[i])) return Other;
    return changed > 0 ? unsigned(NicAddresses) : 0u;
}

/** The inputs that differ between two validations. */
unsigned changedInputs(const Plan &before, const QDate &beforeToday, const Plan &after,
                       const QDate &today)
{
    unsigned changed = today != beforeToday ? unsigned(Today) : 0u;
    if (before.links != after.links) changed |= Links;
    // Everything but hosts, VMs, links and the canvas layout (which no rule reads), by ==:
    // copies share their lists, so setting those aside costs nothing (= {}, not clear(),
    // which would allocate a shared list's capacity anew).
    const auto rest = [](Plan plan) {
        plan.hosts = {};
        plan.vms = {};
        plan.links = {};
        plan.layout = {};
        return plan;
    };
    if (rest(before) != rest(after)) return changed | Other;
    changed |= entityChanges(before.hosts, after.hosts);
    if (changed & Other) return changed;
    return changed | entityChanges(before.vms, after.vms);
}

int threadsFor(const Plan &plan, int threads)
{
    if (threads > 0) return std::min<int>(threads, FamilyCount);
    const qsizetype entities = plan.networks.size() + plan.hosts.size() + plan.vms.size() +
                               plan.workloads.size() + plan.links.size();
    if (entities < ParallelFrom) return 1;
    return std::clamp(QThread::idealThreadCount(), 1, int(FamilyCount));
}

} // namespace

struct ValidationMemo::State {
    Plan plan; // the large lists detached from the document's, no layout
    QDate today;
    // The lookup, NIC networks and parsed addresses of plan, for a next run after an edit
    // that declares every id where it was.
    std::optional<ValidationContext> context;
    std::array<QList<Finding>, FamilyCount> found;
    int familiesRun = 0;
};

int ValidationMemo::familiesRun() const
{
    return mState ? mState->familiesRun : 0;
}

QList<Finding> validatePlan(const Plan &plan, const QDate &today, int threads,
                            ValidationMemo *memo)
{
    const ValidationMemo::State *kept = memo ? memo->mState.get() : nullptr;
    const unsigned changed = kept ? changedInputs(kept->plan, kept->today, plan, today) : Other;
    std::array<QList<Finding>, FamilyCount> found;
    int toRun[FamilyCount];
    int runCount = 0;
    bool podSubnets = false;
    for (const int family : CostOrder) {
        if (Families[family].reads & changed) {
            toRun[runCount++] = family;
            podSubnets |= Families[family].podSubnets;
        } else {
            found[family] = kept->found[family]; // its inputs are as they were
        }
    }

    // After an edit of addresses, links or the date every id is where it was: the kept
    // context serves again, and no id is hashed, no NIC network looked up.
    std::optional<ValidationContext> context;
    if (runCount > 0) {
        // The context is built on two threads even when one family runs after it.
        const int machineThreads = threadsFor(plan, threads);
        if (kept && kept->context && !(changed & Other) &&
            (!podSubnets || kept->context->hasPodSubnets()))
            context.emplace(kept->context->rebasedOn(plan, today, changed & Links));
        else
            context.emplace(plan, today, machineThreads > 1,
                            podSubnets ? ValidationContext::Parts::All
                                       : ValidationContext::Parts::WithoutPodSubnets);
        const int threadCount = std::min(machineThreads, runCount);
        std::atomic<int> next = 0;
        const auto work = [&] {
            for (int i = next++; i < runCount; i = next++) {
                const int family = toRun[i];
                ValidationContext own = context->forFamily();
                Families[family].check(own);
                found[family] = own.takeFindings();
            }
        };
        std::vector<std::thread> helpers;
        for (int t = 1; t < threadCount; ++t) {
            try {
                helpers.emplace_back(work);
            } catch (const std::system_error &) {
                break; // no thread to be had: the threads there are do all the families
            }
        }
        work();
        for (std::thread &helper : helpers)
            helper.join();
    }

    if (memo) {
        auto state = std::make_shared<ValidationMemo::State>();
        state->plan = plan;
        // Its own copies: shared with the document, the next edit would copy them there.
        state->plan.hosts.detach();
        state->plan.vms.detach();
        state->plan.workloads.detach();
        state->plan.links.detach();
        state->plan.layout = {};
        state->today = today;
        if (context)
            state->context.emplace(context->rebasedOn(state->plan, today, false));
        else if (kept && kept->context)
            state->context.emplace(kept->context->rebasedOn(state->plan, today, changed & Links));
        state->found = found;
        state->familiesRun = runCount;
        memo->mState = std::move(state);
    }

    QList<Finding> findings;
    qsizetype total = 0;
    for (const QList<Finding> &f : found)
        total += f.size();
    findings.reserve(total);
    for (QList<Finding> &f : found)
        findings.append(std::move(f));
    sortFindings(findings);
    return findings;
}

} // namespace Planar
