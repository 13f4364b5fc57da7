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
    QString out;
    for (int octet = 5; octet >= 0; --octet) {
        out += QStringLiteral("%1").arg((mValue >> (8 * octet)) & 0xff, 2, 16, QLatin1Char('0'));
        if (octet) out += u':';
    }
    return out;
}

} // namespace Planar
