#include "validationcontext.h"

#include <algorithm>

namespace Planar {

ValidationContext::ValidationContext(const Plan &plan, const QDate &today)
    : mPlan(plan), mLookup(plan), mToday(today)
{
    mNetworkCidrs.reserve(plan.networks.size());
    for (const Network &n : plan.networks)
        mNetworkCidrs.append(Cidr::parse(n.cidr));
    mPodSubnetStart.reserve(plan.vms.size() + 1);
    mPodSubnets.reserve(plan.vms.size());
    for (const Vm &vm : plan.vms) {
        mPodSubnetStart.append(mPodSubnets.size());
        for (const QString &text : vm.podSubnets)
            mPodSubnets.append(Cidr::parse(text));
    }
    mPodSubnetStart.append(mPodSubnets.size());
    mHostNicStart.reserve(plan.hosts.size());
    mVmNicStart.reserve(plan.vms.size());
    mNicNetworks.reserve(plan.hosts.size() * 2 + plan.vms.size());
    for (const Host &h : plan.hosts) {
        mHostNicStart.append(mNicNetworks.size());
        for (const HostNic &nic : h.nics)
            mNicNetworks.append(mLookup.find(nic.network));
    }
    for (const Vm &vm : plan.vms) {
        mVmNicStart.append(mNicNetworks.size());
        for (const VmNic &nic : vm.nics)
            mNicNetworks.append(mLookup.find(nic.network));
    }
}

const Network *ValidationContext::network(const QString &id, qsizetype *index) const
{
    const PlanLookup::Ref ref = mLookup.find(id);
    if (ref.kind != EntityKind::Network) return nullptr;
    if (index) *index = ref.index;
    return &mPlan.networks[ref.index];
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
        const QString &parent = mPlan.networks[current].parent;
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
