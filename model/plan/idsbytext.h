#pragma once

#include <QList>
#include <QString>

namespace Planar {

/**
 * Ids found by their text: a flat hash table built in one pass that streams through memory.
 * The ids' hashes are sorted first and the table filled in that order, where each slot follows
 * the one before; a hash table filled in declaration order (QHash) touches a random place per
 * id, and at 750,000 ids (scale 10) that cost grew faster than the plan. Sorting also brings
 * equal texts together, which is how repeated ids are found.
 *
 * It holds positions in a list of ids its owner keeps, and is given that list to compare texts.
 */
class IdsByText {
public:
    IdsByText() = default;
    /**
     * Indexes @p ids. The first of equal texts is the one found; the positions of the others
     * are returned in ascending order.
     */
    QList<qsizetype> build(const QList<QString> &ids);
    /** The position in @p ids (the list given to build) of the first id equal to @p text, or
     *  -1. */
    qsizetype find(QStringView text, const QList<QString> &ids) const
    {
        if (mSlots.isEmpty()) return -1;
        const size_t hash = hashOf(text);
        for (qsizetype at = slotOf(hash);; at = (at + 1) & mMask) {
            const Slot &slot = mSlots[at];
            if (slot.position < 0) return -1;
            if (slot.hash == hash && ids[slot.position] == text) return slot.position;
        }
    }

private:
    struct Slot {
        size_t hash = 0;
        qsizetype position = -1; // in the owner's list; -1: empty
    };
    static size_t hashOf(QStringView text);
    // The top bits: slots rise with the hash, so a table filled in hash order is filled in
    // slot order.
    qsizetype slotOf(size_t hash) const { return qsizetype(hash >> mShift); }

    QList<Slot> mSlots; // open addressing, linear probing; a power of two, at most 3/4 full
    qsizetype mMask = 0;
    int mShift = 63;
};

} // namespace Planar
