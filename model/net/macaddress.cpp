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
        bool ok = false;
        const uint byte = text.mid(at, 2).toUInt(&ok, 16);
        if (!ok || !text[at].isLetterOrNumber() || !text[at + 1].isLetterOrNumber())
            return std::nullopt;
        value = (value << 8) | byte;
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
