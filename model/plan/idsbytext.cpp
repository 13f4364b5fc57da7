#include "idsbytext.h"
#include "firstofequal.h"

#include <QHashFunctions>

#include <algorithm>
#include <bit>
#include <vector>

namespace Planar {

// slotOf() takes the top bits of a 64-bit hash.
static_assert(sizeof(size_t) == 8, "IdsByText needs a 64-bit size_t");

size_t IdsByText::hashOf(QStringView text)
{
    // Qt's per-process random seed: a plan cannot be written to make its ids collide.
    return qHash(text, QHashSeed::globalSeed());
}

QList<qsizetype> IdsByText::build(const QList<QString> &ids)
{
    std::vector<HashedItem> items(size_t(ids.size()));
    for (qsizetype i = 0; i < ids.size(); ++i)
        items[size_t(i)] = {hashOf(ids[i]), i};
    // Sorts the items by hash, which is also the order in which the table is filled below.
    const QList<qsizetype> first =
        firstOfEqual(items, [&](qsizetype a, qsizetype b) { return ids[a] == ids[b]; });
    QList<qsizetype> repeats;
    for (qsizetype i = 0; i < first.size(); ++i)
        if (first[i] >= 0) repeats.append(i);
    const qsizetype kept = ids.size() - repeats.size();

    const quint64 capacity = std::bit_ceil(quint64(std::max<qsizetype>(kept, 12)) * 4 / 3 + 1);
    mSlots = QList<Slot>(qsizetype(capacity));
    mMask = qsizetype(capacity) - 1;
    mShift = 64 - std::countr_zero(capacity);
    Slot *const slots = mSlots.data();
    for (const HashedItem &item : items) {
        if (first[item.position] >= 0) continue; // a repeat: its first is found instead
        qsizetype at = slotOf(item.hash);
        while (slots[at].position >= 0)
            at = (at + 1) & mMask;
        slots[at] = {item.hash, item.position};
    }
    return repeats;
}

} // namespace Planar
