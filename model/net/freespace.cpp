#include "freespace.h"

#include <algorithm>

namespace Planar {

FreeSpace::FreeSpace(QList<Cidr> used) : mUsed(std::move(used)) {}

const FreeSpace::Sorted &FreeSpace::sortedFor(const Cidr &range, bool insideSupernets)
{
    const auto key = qMakePair(range, insideSupernets);
    const auto found = mSorted.constFind(key);
    if (found != mSorted.cend()) return *found;
    Sorted s;
    for (const Cidr &c : mUsed)
        if (c.family() == range.family() && c.overlaps(range) &&
            !(insideSupernets && c.contains(range)))
            s.blocks << c;
    std::sort(s.blocks.begin(), s.blocks.end(),
              [](const Cidr &a, const Cidr &b) { return a.first() < b.first(); });
    IpAddress::Value highest = 0;
    for (const Cidr &c : s.blocks) {
        highest = std::max(highest, c.last().value());
        s.lastUpTo << highest;
    }
    return *mSorted.insert(key, s);
}

std::optional<Cidr> FreeSpace::take(const Cidr &range, int prefix, bool insideSupernets)
{
    const int bits = range.network().bitCount();
    if (prefix < range.prefix() || prefix > bits || prefix < 1) return std::nullopt;
    const Sorted &used = sortedFor(range, insideSupernets);
    const IpAddress::Value step = IpAddress::Value(1) << (bits - prefix);
    const IpAddress::Value end = range.last().value();
    const auto nextKey = qMakePair(range, prefix);
    IpAddress::Value candidate = mNext.value(nextKey, range.first().value());
    const auto alignUp = [step](IpAddress::Value v) { return (v + step - 1) / step * step; };
    while (candidate <= end && candidate >= range.first().value()) {
        const IpAddress::Value last = candidate + step - 1;
        // Every used block starting at or before the probe's end; the highest end among them
        // tells whether one reaches into the probe.
        const auto after = std::upper_bound(
            used.blocks.cbegin(), used.blocks.cend(), last,
            [](IpAddress::Value v, const Cidr &c) { return v < c.first().value(); });
        const qsizetype count = after - used.blocks.cbegin();
        if (count > 0 && used.lastUpTo[count - 1] >= candidate) {
            const IpAddress::Value blockedTo = used.lastUpTo[count - 1];
            if (blockedTo >= end) return std::nullopt;
            candidate = alignUp(blockedTo + 1);
            continue;
        }
        const Cidr probe = Cidr::containing(IpAddress(range.family(), candidate), prefix);
        const auto taken = std::find_if(mTaken.cbegin(), mTaken.cend(),
                                        [&probe](const Cidr &t) { return t.overlaps(probe); });
        if (taken != mTaken.cend()) {
            if (taken->last().value() >= end) return std::nullopt;
            candidate = alignUp(taken->last().value() + 1);
            continue;
        }
        mTaken << probe;
        mNext.insert(nextKey, last + 1);
        return probe;
    }
    return std::nullopt;
}

} // namespace Planar
