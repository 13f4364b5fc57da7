#include "idsbyaddress.h"

#include <bit>
#include <limits>

namespace Planar {

void IdsByAddress::reserve(qsizetype count)
{
    const quint64 wanted = std::bit_ceil(quint64(std::max<qsizetype>(count, 12)) * 4 / 3 + 1);
    if (qsizetype(wanted) <= mSlots.size()) return;
    const QList<Slot> old = std::exchange(mSlots, QList<Slot>(qsizetype(wanted)));
    mMask = qsizetype(wanted) - 1;
    mShift = 64 - std::countr_zero(wanted);
    mCount = 0;
    for (const Slot &slot : old)
        if (slot.text) {
            qsizetype at = slotOf(slot.text);
            while (mSlots[at].text)
                at = (at + 1) & mMask;
            mSlots[at] = slot;
            ++mCount;
        }
}

void IdsByAddress::insert(const QString &id, quint32 value)
{
    if (id.isEmpty() || quint64(id.size()) > std::numeric_limits<quint32>::max()) return;
    if ((mCount + 1) * 4 > mSlots.size() * 3) reserve(mSlots.size() + 1);
    qsizetype at = slotOf(id.constData());
    for (; mSlots[at].text; at = (at + 1) & mMask)
        if (mSlots[at].text == id.constData() && mSlots[at].size == quint32(id.size())) return;
    mSlots[at] = {id.constData(), quint32(id.size()), value};
    ++mCount;
}

} // namespace Planar
