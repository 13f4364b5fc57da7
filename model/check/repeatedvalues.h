#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>

namespace Planar {

/**
 * Which values (addresses, MACs) more than one owner uses, in the order of their first use.
 * A clean plan uses each of its 100,000 addresses once, so a value used once costs one hash
 * slot and no list of owners; only a repeated value gets one.
 */
template <typename Value> class RepeatedValues {
public:
    void reserve(qsizetype count)
    {
        mSlotOf.reserve(count);
        mUses.reserve(count);
    }

    /** @p owner must outlive this object (an id of the plan being checked). */
    void add(const Value &value, const QString &owner)
    {
        qsizetype &slot = mSlotOf[value]; // 0: first use; else the use's index + 1
        if (slot == 0) {
            mUses.append({value, &owner, {}});
            slot = mUses.size();
            return;
        }
        Use &use = mUses[slot - 1];
        if (use.more.isEmpty()) mRepeated.append(slot - 1);
        use.more.append(&owner);
    }

    /** Calls @p visit(value, owners) per repeated value, in the order of first use; the
     *  owners are in the order of use, an owner twice when it uses the value twice. */
    template <typename Visit> void forEachRepeated(Visit visit)
    {
        // A value is marked repeated at its second use, which need not follow first uses.
        std::sort(mRepeated.begin(), mRepeated.end());
        for (const qsizetype i : mRepeated) {
            const Use &use = mUses[i];
            QStringList owners{*use.first};
            for (const QString *owner : use.more)
                owners.append(*owner);
            visit(use.value, owners);
        }
    }

private:
    struct Use {
        Value value;
        const QString *first;
        QList<const QString *> more;
    };
    QHash<Value, qsizetype> mSlotOf;
    QList<Use> mUses;
    QList<qsizetype> mRepeated;
};

} // namespace Planar
