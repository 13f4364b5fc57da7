#pragma once

#include <QList>

#include <algorithm>
#include <vector>

namespace Planar {

/** An item to compare, by its hash and its position among the items (0, 1, 2 …). */
struct HashedItem {
    size_t hash;
    qsizetype position;
};

/**
 * For each position of @p items, the first earlier position whose item is equal, or -1. The
 * hashes are sorted once (by hash, then position), so that equal items lie together: a hash
 * table grown item by item missed the cache at every insert at scale 10 (750,000 ids, 200,000
 * links). @p items holds positions 0 … size - 1 and is left sorted. @p equal(a, b) compares
 * the items at positions a and b; items of different hashes are taken as different, so the
 * hashes should be seeded (QHashSeed::globalSeed()): then different items share a hash only
 * by chance, and each item is compared with one earlier item or few.
 */
template <typename Equal> QList<qsizetype> firstOfEqual(std::vector<HashedItem> &items, Equal equal)
{
    std::sort(items.begin(), items.end(), [](const HashedItem &a, const HashedItem &b) {
        return a.hash < b.hash || (a.hash == b.hash && a.position < b.position);
    });
    QList<qsizetype> first(qsizetype(items.size()), -1);
    std::vector<qsizetype> distinct; // in a run of one hash: the first of each item, in order
    for (size_t from = 0, to = 0; from < items.size(); from = to) {
        distinct.clear();
        for (to = from; to < items.size() && items[to].hash == items[from].hash; ++to) {
            const qsizetype at = items[to].position;
            const auto same = std::find_if(distinct.begin(), distinct.end(),
                                           [&](qsizetype d) { return equal(d, at); });
            if (same == distinct.end())
                distinct.push_back(at);
            else
                first[at] = *same;
        }
    }
    return first;
}

} // namespace Planar
