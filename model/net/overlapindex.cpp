#include "overlapindex.h"

#include <algorithm>

namespace Planar {

void OverlapIndex::add(const Cidr &cidr, int tag)
{
    mEntries.append({cidr, tag});
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
    // Sorted by first address, then prefix, a block's containers come widest first (each is the
    // block's address masked to a shorter prefix), equal blocks in the order they were added.
    ensureSorted();
    QList<int> tags;
    for (const Entry &entry : mEntries)
        if (entry.cidr.contains(cidr)) tags.append(entry.tag);
    return tags;
}

} // namespace Planar
