#include "overlapindex.h"

#include <algorithm>

namespace Planar {

void OverlapIndex::add(const Cidr &cidr, int tag)
{
    mEntries.append({cidr, tag});
    mExact[cidr].append(tag);
    mSorted = false;
}

void OverlapIndex::ensureSorted() const
{
    if (mSorted) return;
    std::stable_sort(mEntries.begin(), mEntries.end(), [](const Entry &a, const Entry &b) {
        if (a.cidr.first() != b.cidr.first()) return a.cidr.first() < b.cidr.first();
        return a.cidr.prefix() < b.cidr.prefix();
    });
    mSorted = true;
}

QList<int> OverlapIndex::containing(const Cidr &cidr) const
{
    // Every container of a block is the block's own address masked to a shorter prefix.
    QList<int> tags;
    for (int prefix = 0; prefix <= cidr.prefix(); ++prefix) {
        const auto it = mExact.constFind(Cidr::containing(cidr.network(), prefix));
        if (it != mExact.cend()) tags += *it;
    }
    return tags;
}

} // namespace Planar
