#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Planar {

/** A 48-bit Ethernet MAC address. */
class MacAddress {
public:
    MacAddress() = default;

    /** Six two-digit hex octets separated by ':' or '-' (one separator throughout). */
    static std::optional<MacAddress> parse(QStringView text);
    /** The address whose 48 bits are @p value's low ones. */
    static MacAddress fromValue(quint64 value) { return MacAddress(value & 0xffffffffffffULL); }

    quint64 value() const { return mValue; }
    /** Canonical text: lowercase, colon separated. */
    QString toString() const;

    friend bool operator==(const MacAddress &a, const MacAddress &b) = default;
    friend auto operator<=>(const MacAddress &a, const MacAddress &b) = default;

private:
    explicit MacAddress(quint64 value) : mValue(value) {}
    quint64 mValue = 0;
};

inline size_t qHash(const MacAddress &m, size_t seed = 0)
{
    return ::qHash(m.value(), seed);
}

} // namespace Planar
