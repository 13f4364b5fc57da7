#pragma once

#include <QList>
#include <QStringList>

#include <algorithm>
#include <compare>

namespace Planar {

/**
 * Which values (addresses, MACs) more than one owner uses, in the order of their first use.
 * Uses are appended as they come and sorted once at the end: a hash of a plan's 1.2 million
 * addresses (scale 10) missed the cache at every insert and grew faster than the plan, where
 * one sort of a flat list streams through memory. Values must have operator<=>.
 */
template <typename Value> class RepeatedValues {
public:
    void reserve(qsizetype count)
    {
        mUses.reserve(count);
        mOwners.reserve(count);
    }

    /** @p owner must outlive this object (an id of the plan being checked). */
    void add(const Value &value, const QString &owner)
    {
        mUses.append({value, mOwners.size()});
        mOwners.append(&owner);
    }

    /** Calls @p visit(value, owners) per repeated value, in the order of first use; the
     *  owners are in the order of use, an owner twice when it uses the value twice. */
    template <typename Visit> void forEachRepeated(Visit visit)
    {
        // By value, then by use: each value's uses lie together, the first first.
        std::sort(mUses.begin(), mUses.end(), [](const Use &a, const Use &b) {
            const auto order = a.value <=> b.value;
            return order < 0 || (order == 0 && a.use < b.use);
        });
        QList<std::pair<qsizetype, qsizetype>> repeated; // the runs of a repeated value
        for (qsizetype from = 0, to = 0; from < mUses.size(); from = to) {
            to = from + 1;
            while (to < mUses.size() && mUses[from].value == mUses[to].value)
                ++to;
            if (to - from > 1) repeated.append({from, to});
        }
        // In the order of first use, as the findings have always been.
        std::sort(repeated.begin(), repeated.end(), [&](const auto &a, const auto &b) {
            return mUses[a.first].use < mUses[b.first].use;
        });
        for (const auto &[from, to] : repeated) {
            QStringList owners;
            owners.reserve(to - from);
            for (qsizetype i = from; i < to; ++i)
                owners.append(*mOwners[mUses[i].use]);
            visit(mUses[from].value, owners);
        }
    }

private:
    struct Use {
        Value value;
        qsizetype use; // its place in mOwners: the order of use
    };
    QList<Use> mUses;
    QList<const QString *> mOwners;
};

} // namespace Planar
