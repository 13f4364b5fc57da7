#pragma once

#include <QList>
#include <QString>

namespace Planar {

/**
 * Declared ids found by the address of their text, an integer, not by its characters. A plan
 * interns its ids: the reader and the generator make every reference a copy of the QString it
 * names (VM.host of its host's id, NIC.network of the network's id …), and copies share one
 * buffer. So a reference's look-up is one probe of a flat table: no hash of the text, no
 * comparison of characters, no cache miss on either string. A string that shares nothing
 * (typed in the editor, built by a test) is not here, and is looked up by its text.
 *
 * It holds addresses, not strings: it is sound while every string it was given is alive and
 * unchanged, so that the same address and length is the same text. Its owner keeps them so
 * (PlanLookup holds each in its hash by text); a shared buffer is never written in place, as a
 * write detaches first.
 */
class IdsByAddress {
public:
    /** Room for @p count ids without growing. */
    void reserve(qsizetype count);
    /** Maps @p id's text to @p value; the first value of an address wins. Empty ids are not
     *  kept: they are found by text. */
    void insert(const QString &id, quint32 value);
    /** The value of the id that shares @p id's text, or nullptr. */
    const quint32 *find(const QString &id) const
    {
        if (mSlots.isEmpty() || id.isEmpty()) return nullptr;
        for (qsizetype at = slotOf(id.constData());; at = (at + 1) & mMask) {
            const Slot &slot = mSlots[at];
            if (slot.text == id.constData() && slot.size == quint32(id.size())) return &slot.value;
            if (!slot.text) return nullptr;
        }
    }

private:
    struct Slot {
        const QChar *text = nullptr;
        quint32 size = 0;
        quint32 value = 0;
    };
    qsizetype slotOf(const QChar *text) const
    {
        // Fibonacci hashing: the buffers' addresses differ in their middle bits.
        return qsizetype((quintptr(text) * 0x9E3779B97F4A7C15ull) >> mShift);
    }

    QList<Slot> mSlots; // open addressing, linear probing; a power of two, at most 3/4 full
    qsizetype mMask = 0;
    qsizetype mCount = 0;
    int mShift = 64;
};

} // namespace Planar
