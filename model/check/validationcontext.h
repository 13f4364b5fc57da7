#pragma once

#include "finding.h"
#include "net/cidr.h"
#include "plan/planlookup.h"

#include <QDate>

#include <span>

namespace Planar {

/** Subject used for findings about the cluster section, which has no id of its own. */
inline const QString ClusterSubject = QStringLiteral("cluster");

/**
 * What every rule family shares during one validation run: the plan, an id lookup, "today",
 * the parsed CIDRs of declared networks and the findings collected so far.
 */
class ValidationContext {
public:
    /** What the rule families about to run need besides the lookup and NIC networks. */
    enum class Parts {
        All,
        WithoutPodSubnets, // none of them asks podSubnets(): 50,000 parses spared
    };
    /** @p parallel: resolve the NICs' networks and parse the Pod subnets on two threads (a
     *  large plan). */
    ValidationContext(const Plan &plan, const QDate &today, bool parallel = false,
                      Parts parts = Parts::All);

    const Plan &plan() const { return *mPlan; }
    const PlanLookup &lookup() const { return mLookup; }
    const QDate &today() const { return mToday; }

    /** The parsed CIDR of a declared network; nullopt when unknown or invalid. */
    std::optional<Cidr> networkCidr(const QString &networkId) const;
    /** The same by index in plan().networks: the families that already hold the index ask
     *  no hash table. */
    const std::optional<Cidr> &networkCidrAt(qsizetype index) const { return mNetworkCidrs[index]; }
    /** The network @p id names (the first declaration), or null: one look-up for both. */
    const Network *network(const QString &id, qsizetype *index = nullptr) const;
    /** What NIC @p nic of VM @p vm names as its network, looked up once for all families. */
    PlanLookup::Ref vmNicNetwork(qsizetype vm, qsizetype nic) const
    {
        return mNicNetworks[mVmNicStart[vm] + nic];
    }
    /** The same for NIC @p nic of host @p host. */
    PlanLookup::Ref hostNicNetwork(qsizetype host, qsizetype nic) const
    {
        return mNicNetworks[mHostNicStart[host] + nic];
    }
    /** What link @p link's ends name, looked up once for all families: the identity, link
     *  and name rules each read both ends of every link. */
    struct LinkEnds {
        PlanLookup::Ref from;
        PlanLookup::Ref to;
    };
    const LinkEnds &linkEnds(qsizetype link) const { return mLinkEnds[link]; }
    /** A reference's network, or null when it names none. */
    const Network *network(PlanLookup::Ref ref) const
    {
        return ref.kind == EntityKind::Network ? &mPlan->networks[ref.index] : nullptr;
    }
    /** VM @p vmIndex's Pod subnets, parsed once for the overlap and Pod subnet families;
     *  nullopt where one does not parse (the Pod subnet family says why). */
    std::span<const std::optional<Cidr>> podSubnets(qsizetype vmIndex) const
    {
        Q_ASSERT(!mPodSubnetStart.isEmpty()); // built with Parts::All
        const qsizetype from = mPodSubnetStart[vmIndex];
        return {mPodSubnets.constData() + from, size_t(mPodSubnetStart[vmIndex + 1] - from)};
    }
    /** True when @p ancestor is @p networkIndex's parent, grandparent … */
    bool isAncestor(qsizetype ancestor, qsizetype networkIndex) const;

    void add(const char *code, Severity severity, QStringList subjects, const QString &message);
    /** While one lives, added findings are about link @p index of the plan (Finding::link). */
    class LinkScope {
    public:
        LinkScope(ValidationContext &context, qsizetype index) : mContext(context)
        {
            mContext.mLink = index;
        }
        ~LinkScope() { mContext.mLink = -1; }
        LinkScope(const LinkScope &) = delete;
        LinkScope &operator=(const LinkScope &) = delete;

    private:
        ValidationContext &mContext;
    };
    QList<Finding> takeFindings() { return std::move(mFindings); }
    /**
     * A context that shares this one's lookup and parsed addresses (implicitly shared, read
     * only) and collects findings of its own: one per rule family, so that families can run
     * on several threads at once.
     */
    ValidationContext forFamily() const
    {
        ValidationContext copy(*this);
        copy.mFindings.clear();
        copy.mLink = -1;
        return copy;
    }
    /**
     * This context, without findings, for @p plan on @p today: a later state of its plan in
     * which only NIC addresses, MACs or links changed, so that every id, NIC network and Pod
     * subnet is where it was. Nothing is looked up or parsed again but, when @p linksChanged,
     * the links' ends.
     */
    ValidationContext rebasedOn(const Plan &plan, const QDate &today, bool linksChanged) const
    {
        ValidationContext copy = forFamily();
        copy.mPlan = &plan;
        copy.mLookup = mLookup.rebasedOn(plan);
        copy.mToday = today;
        if (linksChanged) copy.resolveLinkEnds();
        return copy;
    }
    /** Built with Parts::All: podSubnets() may be asked. */
    bool hasPodSubnets() const { return !mPodSubnetStart.isEmpty(); }

private:
    /** Looks up the ends of the plan's links into mLinkEnds. */
    void resolveLinkEnds();

    const Plan *mPlan;
    PlanLookup mLookup;
    QDate mToday;
    QList<std::optional<Cidr>> mNetworkCidrs; // by network index
    // Every VM's Pod subnets in one list, VM i's from mPodSubnetStart[i]: one allocation, not
    // one per VM.
    QList<std::optional<Cidr>> mPodSubnets;
    QList<qsizetype> mPodSubnetStart;
    // The networks every host NIC, then every VM NIC names, in plan order.
    QList<PlanLookup::Ref> mNicNetworks;
    QList<qsizetype> mHostNicStart; // by host index
    QList<qsizetype> mVmNicStart;   // by VM index
    QList<LinkEnds> mLinkEnds;      // by link index
    QList<Finding> mFindings;
    qsizetype mLink = -1;
};

// The rule families, one file each.
void checkIdentity(ValidationContext &context);        // ids, references, unknown keys, version
void checkAddressing(ValidationContext &context);      // CIDRs, IPs, gateways, MACs
void checkOverlaps(ValidationContext &context);        // overlapping networks, common LAN ranges
void checkPodSubnets(ValidationContext &context);      // node Pod subnets and cluster capacity
void checkVlans(ValidationContext &context);           // VLAN ids, trunks, zones
void checkHostNics(ValidationContext &context);        // management vs business NICs
void checkLinks(ValidationContext &context);           // the plane matrix and exceptions
void checkKubernetesNames(ValidationContext &context); // namespaces and labels
void checkClusterFlows(ValidationContext &context);    // the cluster's own traffic across zones

} // namespace Planar
