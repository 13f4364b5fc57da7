#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Planar {

enum class IpFamily : quint8 { V4 = 4, V6 = 6 };

/** An IPv4 or IPv6 address, held as a 128-bit number so that comparisons and arithmetic are cheap.
 */
class IpAddress {
public:
    using Value = unsigned __int128;

    IpAddress() = default;
    IpAddress(IpFamily family, Value value) : mFamily(family), mValue(value) {}

    /**
     * Strict parse: dotted quad without leading zeros, or RFC 4291 text; no zone ids, no white
     * space, and no IPv4-mapped IPv6 (::ffff:a.b.c.d), which never appears on the wire and
     * would hide an IPv4 address from overlap checks and firewall rules. @p error says why.
     */
    static std::optional<IpAddress> parse(QStringView text, QString *error = nullptr);

    IpFamily family() const { return mFamily; }
    bool isV4() const { return mFamily == IpFamily::V4; }
    int bitCount() const { return isV4() ? 32 : 128; }
    Value value() const { return mValue; }
    /** Inside ::ffff:0:0/96, the IPv4-mapped IPv6 range (RFC 4291 section 2.5.5.2). */
    bool isV4Mapped() const { return !isV4() && (mValue >> 32) == 0xffff; }

    /** Canonical text: dotted quad, or RFC 5952 (lowercase, longest zero run as "::"). */
    QString toString() const;

    friend bool operator==(const IpAddress &a, const IpAddress &b)
    {
        return a.mFamily == b.mFamily && a.mValue == b.mValue;
    }
    friend std::strong_ordering operator<=>(const IpAddress &a, const IpAddress &b)
    {
        if (a.mFamily != b.mFamily) return a.mFamily <=> b.mFamily;
        if (a.mValue == b.mValue) return std::strong_ordering::equal;
        return a.mValue < b.mValue ? std::strong_ordering::less : std::strong_ordering::greater;
    }

private:
    IpFamily mFamily = IpFamily::V4;
    Value mValue = 0;
};

inline size_t qHash(const IpAddress &a, size_t seed = 0)
{
    return qHashMulti(seed, quint64(a.value() >> 64), quint64(a.value()), int(a.family()));
}

} // namespace Planar
