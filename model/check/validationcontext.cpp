#include "validationcontext.h"

#include <algorithm>
#include <system_error>
#include <thread>

namespace Planar {

ValidationContext::ValidationContext(const Plan &plan, const QDate &today, bool parallel,
                                     Parts parts)
    : mPlan(&plan), mLookup(plan), mToday(today)
{
    mNetworkCidrs.reserve(plan.networks.size());
    for (const Network &n : plan.networks)
        mNetworkCidrs.append(Cidr::parse(n.cidr));

    // Where each VM's Pod subnets and each host's and VM's NICs go first; then the parses and
    // the look-ups, a hash probe each, most of this constructor's time, which a second thread
    // halves on a large plan.
    const bool pods = parts == Parts::All;
    if (pods) {
        qsizetype count = 0;
        mPodSubnetStart.reserve(plan.vms.size() + 1);
        for (const Vm &vm : plan.vms) {
            mPodSubnetStart.append(count);
            count += vm.podSubnets.size();
        }
        mPodSubnetStart.append(count);
        mPodSubnets.resize(count);
    }
    qsizetype nics = 0;
    mHostNicStart.reserve(plan.hosts.size());
    for (const Host &h : plan.hosts) {
        mHostNicStart.append(nics);
        nics += h.nics.size();
    }
    const qsizetype hostNics = nics;
    mVmNicStart.reserve(plan.vms.size());
    for (const Vm &vm : plan.vms) {
        mVmNicStart.append(nics);
        nics += vm.nics.size();
    }
    mNicNetworks.resize(nics);
    // Raw pointers: two threads write disjoint places, and no QList call may detach meanwhile.
    PlanLookup::Ref *const networks = mNicNetworks.data();
    std::optional<Cidr> *const podSubnets = mPodSubnets.data();
    const qsizetype *const podStart = mPodSubnetStart.constData();
    const qsizetype *const hostStart = mHostNicStart.constData();
    const qsizetype *const vmStart = mVmNicStart.constData();
    const auto resolveHosts = [&] {
        for (qsizetype h = 0; h < plan.hosts.size(); ++h)
            for (qsizetype n = 0; n < plan.hosts[h].nics.size(); ++n)
                networks[hostStart[h] + n] = mLookup.find(plan.hosts[h].nics[n].network);
    };
    const auto resolveVms = [&](qsizetype from, qsizetype to) {
        for (qsizetype v = from; v < to; ++v) {
            const Vm &vm = plan.vms[v];
            for (qsizetype n = 0; n < vm.nics.size(); ++n)
                networks[vmStart[v] + n] = mLookup.find(vm.nics[n].network);
            if (pods)
                for (qsizetype k = 0; k < vm.podSubnets.size(); ++k)
                    podSubnets[podStart[v] + k] = vm.podSubnets[k].address();
        }
    };
    // A helper takes the first VMs, this thread the links' ends, the hosts' NICs and the other
    // VMs: about as much work each (a NIC and a Pod subnet per VM; a link end or a host NIC
    // costs about a VM NIC's look-up).
    const qsizetype lookups = hostNics + 2 * plan.links.size();
    const qsizetype split =
        parallel ? std::min((plan.vms.size() + lookups / (pods ? 2 : 1)) / 2, plan.vms.size())
                 : 0;
    std::thread helper;
    if (parallel) {
        try {
            helper = std::thread([&] { resolveVms(0, split); });
        } catch (const std::system_error &) {
            resolveVms(0, split); // no thread to be had: this one does it all
        }
    }
    resolveLinkEnds();
    resolveHosts();
    resolveVms(split, plan.vms.size());
    if (helper.joinable()) helper.join();
}

void ValidationContext::resolveLinkEnds()
{
    const QList<Link> &links = mPlan->links;
    mLinkEnds.resize(links.size());
    for (qsizetype i = 0; i < links.size(); ++i)
        mLinkEnds[i] = {mLookup.find(links[i].from), mLookup.find(links[i].to)};
}

const Network *ValidationContext::network(const QString &id, qsizetype *index) const
{
    const PlanLookup::Ref ref = mLookup.find(id);
    if (ref.kind != EntityKind::Network) return nullptr;
    if (index) *index = ref.index;
    return &mPlan->networks[ref.index];
}

std::optional<Cidr> ValidationContext::networkCidr(const QString &networkId) const
{
    const PlanLookup::Ref ref = mLookup.find(networkId);
    if (ref.kind != EntityKind::Network) return std::nullopt;
    return mNetworkCidrs[ref.index];
}

bool ValidationContext::isAncestor(qsizetype ancestor, qsizetype networkIndex) const
{
    qsizetype current = networkIndex;
    // Bounded walk: a parent cycle is reported elsewhere and must not hang the check.
    for (int depth = 0; depth < 64; ++depth) {
        const QString &parent = mPlan->networks[current].parent;
        if (parent.isEmpty()) return false;
        const PlanLookup::Ref ref = mLookup.find(parent);
        if (ref.kind != EntityKind::Network) return false;
        if (ref.index == ancestor) return true;
        current = ref.index;
    }
    return false;
}

void ValidationContext::add(const char *code, Severity severity, QStringList subjects,
                            const QString &message)
{
    subjects.removeAll(QString());
    subjects.removeDuplicates();
    // A finding is one line (rules.md); plan text such as a reason may hold line breaks.
    QString line = message;
    for (QChar &c : line)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = u' ';
    mFindings.append({QString::fromLatin1(code), severity, std::move(subjects), line, mLink});
}

} // namespace Planar
