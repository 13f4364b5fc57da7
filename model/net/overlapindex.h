#pragma once

#include "cidr.h"

#include <QHash>
#include <QList>

namespace Planar {

/**
 * An index of CIDR blocks, each with an integer tag, that answers overlap questions without
 * comparing all pairs. It relies on CIDR blocks being either nested or disjoint: after sorting
 * by (family, first address, prefix), a block overlaps exactly the blocks still "open" on a
 * stack when it is reached, so a sweep finds every overlapping pair in O(n log n + pairs).
 */
class OverlapIndex {
public:
    struct Entry {
        Cidr cidr;
        int tag = 0;
    };

    void add(const Cidr &cidr, int tag);
    qsizetype size() const { return mEntries.size(); }

    /** Calls @p visit(outer, inner) once per overlapping pair; outer contains inner. */
    template <typename Visit> void forEachOverlap(Visit visit) const;

    void reserve(qsizetype count) { mEntries.reserve(count); }

    /** Tags of the blocks that contain @p cidr (itself included when indexed), widest first.
     *  A scan of the whole index: the validator never asks, only tools and tests. */
    QList<int> containing(const Cidr &cidr) const;

private:
    void ensureSorted() const;

    mutable QList<Entry> mEntries;
    mutable bool mSorted = true;
};

template <typename Visit> void OverlapIndex::forEachOverlap(Visit visit) const
{
    ensureSorted();
    QList<const Entry *> open;
    for (const Entry &entry : mEntries) {
        while (!open.isEmpty()) {
            const Entry *top = open.back();
            if (top->cidr.family() == entry.cidr.family() && top->cidr.contains(entry.cidr)) break;
            open.pop_back();
        }
        for (const Entry *outer : open)
            visit(*outer, entry);
        open.push_back(&entry);
    }
}

} // namespace Planar
