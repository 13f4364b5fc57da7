#include "idsbytext.h"

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
    struct Entry {
        size_t hash;
        qsizetype position;
    };
    std::vector<Entry> entries(size_t(ids.size()));
    for (qsizetype i = 0; i < ids.size(); ++i)
        entries[size_t(i)] = {hashOf(ids[i]), i};
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.hash < b.hash || (a.hash == b.hash && a.position < b.position);
    });
    // In a run of one hash, in declaration order: an id equal to one kept before is a repeat.
    // Different texts share a hash only by chance, so each compares with one kept id or few.
    QList<qsizetype> repeats;
    std::vector<Entry> kept;
    kept.reserve(entries.size());
    for (size_t from = 0, to = 0; from < entries.size(); from = to) {
        const size_t runStart = kept.size();
        for (to = from; to < entries.size() && entries[to].hash == entries[from].hash; ++to) {
            const QString &id = ids[entries[to].position];
            const bool repeat = std::any_of(kept.begin() + qsizetype(runStart), kept.end(),
                                            [&](const Entry &k) { return ids[k.position] == id; });
            if (repeat)
                repeats.append(entries[to].position);
            else
                kept.push_back(entries[to]);
        }
    }
    std::sort(repeats.begin(), repeats.end());

    const quint64 capacity = std::bit_ceil(quint64(std::max<size_t>(kept.size(), 12)) * 4 / 3 + 1);
    mSlots = QList<Slot>(qsizetype(capacity));
    mMask = qsizetype(capacity) - 1;
    mShift = 64 - std::countr_zero(capacity);
    Slot *const slots = mSlots.data();
    for (const Entry &e : kept) {
        qsizetype at = slotOf(e.hash);
        while (slots[at].position >= 0)
            at = (at + 1) & mMask;
        slots[at] = {e.hash, e.position};
    }
    return repeats;
}

} // namespace Planar
