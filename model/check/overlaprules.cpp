// Rule family: overlapping address blocks across and within planes, through one interval index.
#include "net/freespace.h"
#include "net/overlapindex.h"
#include "validationcontext.h"

#include <memory>

namespace Planar {

namespace {

struct Block {
    enum Kind { Declared, NodePod, ClusterPod, ClusterService };
    Kind kind;
    qsizetype index; // network index for Declared, VM index for NodePod
    Plane plane;
    Cidr cidr;
};

class OverlapRules {
public:
    explicit OverlapRules(ValidationContext &c) : mC(c), mPlan(c.plan()) {}

    void run()
    {
        collect();
        mIndex.reserve(mBlocks.size());
        for (int i = 0; i < mBlocks.size(); ++i)
            mIndex.add(mBlocks[i].cidr, i);
        mIndex.forEachOverlap(
            [this](const OverlapIndex::Entry &outer, const OverlapIndex::Entry &inner) {
                judge(mBlocks[outer.tag], mBlocks[inner.tag]);
            });
    }

private:
    void collect();
    void judge(const Block &outer, const Block &inner);
    QString subject(const Block &b) const;
    QString describe(const Block &b) const;
    /** Where @p b could move to: a free block of its size, inside its parent or cluster range
     *  when it has one, else in the private ranges its plane usually takes. */
    std::optional<Cidr> freeBlockFor(const Block &b);

    ValidationContext &mC;
    const Plan &mPlan;
    QList<Block> mBlocks;
    OverlapIndex mIndex;
    std::unique_ptr<FreeSpace> mFree; // built at the first plane overlap: most plans have none
};

void OverlapRules::collect()
{
    mBlocks.reserve(mPlan.networks.size() + mPlan.vms.size() + 4);
    for (qsizetype i = 0; i < mPlan.networks.size(); ++i) {
        // A network whose id an earlier one declared is duplicate-id's, not an overlap.
        const PlanLookup::Ref ref = mC.lookup().find(mPlan.networks[i].id);
        if (ref.kind != EntityKind::Network || ref.index != i) continue;
        const std::optional<Cidr> &cidr = mC.networkCidrAt(i);
        // 0.0.0.0/0 and ::/0 mean "anywhere" and overlap nothing (plan-format.md).
        if (!cidr) continue;
        if (mPlan.networks[i].plane == Plane::External && cidr->isDefaultRoute()) continue;
        mBlocks.append({Block::Declared, i, mPlan.networks[i].plane, *cidr});
    }
    for (qsizetype i = 0; i < mPlan.vms.size(); ++i)
        for (const std::optional<Cidr> &cidr : mC.podSubnets(i))
            if (cidr) mBlocks.append({Block::NodePod, i, Plane::Pod, *cidr});
    for (const QString &text : mPlan.cluster.podSubnets)
        if (const auto cidr = Cidr::parse(text))
            mBlocks.append({Block::ClusterPod, -1, Plane::Pod, *cidr});
    for (const QString &text : mPlan.cluster.serviceSubnets)
        if (const auto cidr = Cidr::parse(text))
            mBlocks.append({Block::ClusterService, -1, Plane::Service, *cidr});
}

QString OverlapRules::subject(const Block &b) const
{
    switch (b.kind) {
    case Block::Declared:
        return mPlan.networks[b.index].id;
    case Block::NodePod:
        return mPlan.vms[b.index].id;
    case Block::ClusterPod:
    case Block::ClusterService:
        return ClusterSubject;
    }
    return {};
}

QString OverlapRules::describe(const Block &b) const
{
    const QString cidr = b.cidr.toString();
    switch (b.kind) {
    case Block::Declared:
        return QStringLiteral("%1 network '%2' (%3)").arg(planeKey(b.plane), subject(b), cidr);
    case Block::NodePod:
        return QStringLiteral("the Pod subnet of node '%1' (%2)").arg(subject(b), cidr);
    case Block::ClusterPod:
        return QStringLiteral("the cluster Pod range (%1)").arg(cidr);
    case Block::ClusterService:
        return QStringLiteral("the cluster Service range (%1)").arg(cidr);
    }
    return {};
}

void OverlapRules::judge(const Block &outer, const Block &inner)
{
    // Subjects in plan order: declared networks first, then nodes, then the cluster.
    const bool outerFirst =
        outer.kind < inner.kind || (outer.kind == inner.kind && outer.index <= inner.index);
    const Block &a = outerFirst ? outer : inner;
    const Block &b = outerFirst ? inner : outer;
    // Most overlapping pairs are fine (a node inside the cluster range): build text on demand.
    const auto sentence = [&] {
        const QString relation = outer.cidr == inner.cidr ? QStringLiteral("is the same block as")
                                                          : QStringLiteral("lies inside");
        return QStringLiteral("%1 %2 %3").arg(describe(inner), relation, describe(outer));
    };
    if (outer.plane != inner.plane) {
        // Move the block that lies inside (the later one of two equal blocks); an external
        // network is somebody else's addresses, so the other block moves.
        const Block *moving = outer.cidr == inner.cidr ? &b : &inner;
        if (moving->plane == Plane::External) moving = moving == &inner ? &outer : &a;
        const auto free = freeBlockFor(*moving);
        mC.add("plane-overlap", Severity::Error, {subject(a), subject(b)},
               sentence() +
                   (free ? QStringLiteral("; planes must use separate ranges, so move %1 to a "
                                          "free block such as %2")
                               .arg(describe(*moving), free->toString())
                         : QStringLiteral("; planes must use separate ranges, so move one of "
                                          "them")));
        return;
    }
    if (outer.kind == Block::NodePod && inner.kind == Block::NodePod) {
        if (outer.index == inner.index) return;
        mC.add("pod-subnet-overlap", Severity::Error, {subject(a), subject(b)},
               sentence() + QStringLiteral("; give each node its own Pod subnet of the cluster "
                                           "range"));
        return;
    }
    // A cluster range beside a declared network of its plane is the same range drawn twice or a
    // pool inside it; node Pod subnets sit inside pod networks by design.
    if (outer.kind == Block::ClusterPod || inner.kind == Block::ClusterPod ||
        outer.kind == Block::ClusterService || inner.kind == Block::ClusterService)
        return;
    if (inner.kind == Block::NodePod) return;
    if (outer.kind == Block::Declared && inner.kind == Block::Declared &&
        (mC.isAncestor(outer.index, inner.index) || mC.isAncestor(inner.index, outer.index)))
        return;
    mC.add("network-overlap", Severity::Error, {subject(a), subject(b)},
           sentence() +
               QStringLiteral("; make them disjoint, or set 'parent: %1' on '%2' if one is "
                              "meant to be a part of the other")
                   .arg(subject(outer), subject(inner)));
}

std::optional<Cidr> OverlapRules::freeBlockFor(const Block &b)
{
    if (!mFree) {
        QList<Cidr> used;
        for (const Block &block : mBlocks)
            used << block.cidr;
        mFree = std::make_unique<FreeSpace>(used);
    }
    // Inside its own supernet first: a node's Pod subnet belongs in the cluster Pod range, a
    // network with a parent in that parent. The supernets themselves (same plane, holding the
    // range) are no obstacle there.
    QList<Cidr> homes;
    if (b.kind == Block::NodePod) {
        for (const QString &text : mPlan.cluster.podSubnets)
            if (const auto c = Cidr::parse(text)) homes << *c;
    } else if (b.kind == Block::Declared && !mPlan.networks[b.index].parent.isEmpty()) {
        if (const auto c = mC.networkCidr(mPlan.networks[b.index].parent)) homes << *c;
    }
    const Plane plane = b.plane;
    for (const Cidr &home : homes) {
        // A home that a block of another plane holds whole has no room for this plane.
        const bool blocked = std::any_of(mBlocks.cbegin(), mBlocks.cend(), [&](const Block &x) {
            return x.plane != plane && x.cidr.contains(home);
        });
        if (!blocked && home.family() == b.cidr.family())
            if (auto free = mFree->take(home, b.cidr.prefix(), true)) return free;
    }
    // Else the private ranges, the plane's usual one first (the seed's split: hosts
    // 192.168.0.0/16, VMs 10.0.0.0/8, Pods 172.16.0.0/12). A cluster range keeps out of the
    // common LAN ranges common-lan-range warns about.
    static const Cidr ten = *Cidr::parse(QStringLiteral("10.0.0.0/8"));
    static const Cidr oneSevenTwo = *Cidr::parse(QStringLiteral("172.16.0.0/12"));
    static const Cidr oneNineTwo = *Cidr::parse(QStringLiteral("192.168.0.0/16"));
    static const Cidr ula = *Cidr::parse(QStringLiteral("fd00::/8"));
    QList<Cidr> ranges;
    if (b.cidr.family() == IpFamily::V6)
        ranges = {ula};
    else if (plane == Plane::Host)
        ranges = {oneNineTwo, ten, oneSevenTwo};
    else if (plane == Plane::Pod || b.kind == Block::ClusterService)
        ranges = {oneSevenTwo, ten, oneNineTwo};
    else
        ranges = {ten, oneNineTwo, oneSevenTwo};
    const bool cluster = b.kind == Block::ClusterPod || b.kind == Block::ClusterService;
    for (const Cidr &range : ranges) {
        if (cluster && range == oneNineTwo) continue;
        // 10.0.0.0/16 is a common LAN range too: a cluster range starts past it.
        const Cidr start =
            cluster && range == ten ? *Cidr::parse(QStringLiteral("10.64.0.0/10")) : range;
        if (auto free = mFree->take(start, b.cidr.prefix())) return free;
    }
    return std::nullopt;
}

} // namespace

void checkOverlaps(ValidationContext &context)
{
    OverlapRules(context).run();
}

} // namespace Planar
