#pragma once

#include "cidr.h"

#include <QHash>

namespace Planar {

/**
 * Hands out free blocks of a range one after another, around a fixed set of used blocks: the
 * validator's "move it to a free range such as …" hints. Each take() costs a few binary
 * searches, so a plan with thousands of overlaps still validates at once.
 */
class FreeSpace {
public:
    /** @p used may nest and overlap; blocks of the other family are ignored per range. */
    explicit FreeSpace(QList<Cidr> used);

    /**
     * The next block of @p prefix bits inside @p range that overlaps no used block, nor any
     * block this FreeSpace handed out before; nullopt when the range has none left. With
     * @p insideSupernets, used blocks that hold all of @p range (the range itself, its parents)
     * do not count: the caller means to place a block inside them.
     */
    std::optional<Cidr> take(const Cidr &range, int prefix, bool insideSupernets = false);

private:
    struct Sorted {
        QList<Cidr> blocks;               // by first address
        QList<IpAddress::Value> lastUpTo; // the highest last address among blocks[0..i]
    };
    const Sorted &sortedFor(const Cidr &range, bool insideSupernets);

    QList<Cidr> mUsed;
    QHash<QPair<Cidr, bool>, Sorted> mSorted;        // by range and insideSupernets
    QHash<QPair<Cidr, int>, IpAddress::Value> mNext; // where the next take() of a size starts
    QList<Cidr> mTaken;
};

} // namespace Planar
