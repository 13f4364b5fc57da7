#include "validator.h"

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

using RuleFamily = void (*)(ValidationContext &);

// The families, in the order their findings are gathered before sorting: findingLess does not
// look at the link a finding is about, so between findings alike but for their link this
// order decides, not the threads' timing.
constexpr RuleFamily Families[] = {checkIdentity,   checkAddressing,      checkOverlaps,
                                   checkPodSubnets, checkVlans,           checkHostNics,
                                   checkLinks,      checkKubernetesNames, checkClusterFlows};
constexpr qsizetype FamilyCount = std::size(Families);
// The order in which threads take them: the costliest first (on one thread at scale 1:
// identity 70-110 ms, links 43-50, addressing 31-45, cluster flows 24-26, names 19-27,
// overlaps 7-10, VLANs 5, the rest 2 or less), so that the last to finish is a small one.
constexpr int CostOrder[FamilyCount] = {0, 6, 1, 8, 7, 2, 4, 3, 5};
// Below this many entities a whole run takes a few milliseconds: a thread would gain little.
constexpr qsizetype ParallelFrom = 2000;

int threadsFor(const Plan &plan, int threads)
{
    if (threads > 0) return std::min<int>(threads, FamilyCount);
    const qsizetype entities = plan.networks.size() + plan.hosts.size() + plan.vms.size() +
                               plan.workloads.size() + plan.links.size();
    if (entities < ParallelFrom) return 1;
    return std::clamp(QThread::idealThreadCount(), 1, int(FamilyCount));
}

} // namespace

QList<Finding> validatePlan(const Plan &plan, const QDate &today, int threads)
{
    const int threadCount = threadsFor(plan, threads);
    const ValidationContext context(plan, today, threadCount > 1);
    std::array<QList<Finding>, FamilyCount> found;
    std::atomic<int> next = 0;
    const auto work = [&] {
        for (int i = next++; i < FamilyCount; i = next++) {
            const int family = CostOrder[i];
            ValidationContext own = context.forFamily();
            Families[family](own);
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
