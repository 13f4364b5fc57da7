#include "addresstext.h"

#include <algorithm>

namespace Planar {

std::optional<quint32> Ipv4Spelling::canonicalValue(QStringView text)
{
    // The IPv4 parse takes one spelling per address only (no leading zeros, no white space):
    // what it accepts is canonical.
    if (text.isEmpty() || std::find(text.begin(), text.end(), u':') != text.end())
        return std::nullopt;
    const auto address = IpAddress::parse(text);
    if (!address) return std::nullopt;
    return quint32(address->value());
}

QString Ipv4Spelling::format(quint32 value)
{
    return IpAddress(IpFamily::V4, value).toString();
}

std::optional<quint64> MacSpelling::canonicalValue(QStringView text)
{
    // MacAddress::parse also takes upper case, '-' and white space around: those spellings stay
    // text, so that they are saved as written.
    if (text.size() != 17) return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool ok = i % 3 == 2 ? c == u':'
                                   : (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        if (!ok) return std::nullopt;
    }
    const auto mac = MacAddress::parse(text);
    if (!mac) return std::nullopt;
    return mac->value();
}

std::optional<quint64> Ipv4CidrSpelling::canonicalValue(QStringView text)
{
    // Strict as the IPv4 parse: what Cidr::parse takes as IPv4 is spelled as toString() does.
    if (text.isEmpty() || std::find(text.begin(), text.end(), u':') != text.end())
        return std::nullopt;
    const auto block = Cidr::parse(text);
    if (!block || block->family() != IpFamily::V4) return std::nullopt;
    return quint64(block->network().value()) << 8 | quint64(block->prefix());
}

QList<CidrText> cidrTexts(const QStringList &texts)
{
    QList<CidrText> out;
    out.reserve(texts.size());
    for (const QString &text : texts)
        out << CidrText(text);
    return out;
}

} // namespace Planar
