#include "macaddress.h"

namespace Planar {

std::optional<MacAddress> MacAddress::parse(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 17) return std::nullopt;
    const QChar separator = text[2];
    if (separator != u':' && separator != u'-') return std::nullopt;
    quint64 value = 0;
    for (int octet = 0; octet < 6; ++octet) {
        const int at = octet * 3;
        if (octet > 0 && text[at - 1] != separator) return std::nullopt;
        const auto hex = [](QChar c) {
            const char16_t u = c.unicode();
            return (u >= u'0' && u <= u'9')   ? int(u - u'0')
                   : (u >= u'a' && u <= u'f') ? int(u - u'a' + 10)
                   : (u >= u'A' && u <= u'F') ? int(u - u'A' + 10)
                                              : -1;
        };
        const int high = hex(text[at]), low = hex(text[at + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        value = (value << 8) | quint64(high * 16 + low);
    }
    return MacAddress(value);
}

QString MacAddress::toString() const
{
    // By hand: the plan writer spells every NIC's MAC of large plans this way.
    static constexpr char16_t Hex[] = u"0123456789abcdef";
    char16_t text[17];
    for (int octet = 0; octet < 6; ++octet) {
        const uint value = uint(mValue >> (8 * (5 - octet))) & 0xff;
        text[octet * 3] = Hex[value >> 4];
        text[octet * 3 + 1] = Hex[value & 0xf];
        if (octet < 5) text[octet * 3 + 2] = u':';
    }
    return QString(reinterpret_cast<const QChar *>(text), 17);
}

} // namespace Planar
