#include "ipaddress.h"

#include <QStringList>

#include <algorithm>

namespace Planar {

namespace {

std::optional<quint32> parseV4(QStringView text)
{
    // A hand-written scan over the characters: addresses are parsed for every NIC of plans
    // with 100,000 of them.
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    quint32 value = 0;
    for (int octets = 0; octets < 4; ++octets) {
        if (octets > 0) {
            if (p == end || *p != u'.') return std::nullopt;
            ++p;
        }
        const char16_t *const start = p;
        uint octet = 0;
        while (p < end && p - start < 3 && *p >= u'0' && *p <= u'9')
            octet = octet * 10 + uint(*p++ - u'0');
        const qsizetype digits = p - start;
        // Leading zeros are refused: some tools read "010" as octal, others as decimal.
        if (digits == 0 || octet > 255 || (digits > 1 && *start == u'0')) return std::nullopt;
        value = (value << 8) | octet;
    }
    if (p != end) return std::nullopt;
    return value;
}

std::optional<IpAddress::Value> parseV6(QStringView text)
{
    if (text.isEmpty() || text.contains(u'%')) return std::nullopt;
    QList<quint16> head, tail;
    bool seenGap = false;
    qsizetype pos = 0;
    if (text.startsWith(u"::")) {
        seenGap = true;
        pos = 2;
    } else if (text.startsWith(u':')) {
        return std::nullopt;
    }
    while (pos < text.size()) {
        qsizetype end = text.indexOf(u':', pos);
        if (end < 0) end = text.size();
        const QStringView group = text.mid(pos, end - pos);
        QList<quint16> &groups = seenGap ? tail : head;
        if (group.contains(u'.')) {
            // An embedded IPv4 address may only end the text.
            if (end != text.size()) return std::nullopt;
            const auto v4 = parseV4(group);
            if (!v4) return std::nullopt;
            groups << quint16(*v4 >> 16) << quint16(*v4 & 0xffff);
            pos = end;
            break;
        }
        if (group.isEmpty() || group.size() > 4) return std::nullopt;
        uint value = 0;
        for (QChar c : group) {
            const char16_t u = c.unicode();
            const int digit = (u >= u'0' && u <= u'9')   ? u - u'0'
                              : (u >= u'a' && u <= u'f') ? u - u'a' + 10
                              : (u >= u'A' && u <= u'F') ? u - u'A' + 10
                                                         : -1;
            if (digit < 0) return std::nullopt;
            value = value * 16 + uint(digit);
        }
        groups << quint16(value);
        pos = end;
        if (pos >= text.size()) break;
        // pos is at a ':'; "::" opens the gap once.
        if (text.mid(pos).startsWith(u"::")) {
            if (seenGap) return std::nullopt;
            seenGap = true;
            pos += 2;
        } else {
            ++pos;
            if (pos >= text.size()) return std::nullopt; // trailing single ':'
        }
    }
    const qsizetype count = head.size() + tail.size();
    if (seenGap ? count > 7 : count != 8) return std::nullopt;
    QList<quint16> all = head;
    for (qsizetype i = count; i < 8; ++i)
        all << 0;
    all << tail;
    IpAddress::Value value = 0;
    for (quint16 g : all)
        value = (value << 16) | g;
    return value;
}

QString v4Text(quint32 v)
{
    // Hand-rolled: address text is produced for every NIC of large plans.
    char16_t buffer[15];
    int n = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const uint octet = (v >> shift) & 0xff;
        if (octet >= 100) buffer[n++] = char16_t(u'0' + octet / 100);
        if (octet >= 10) buffer[n++] = char16_t(u'0' + octet / 10 % 10);
        buffer[n++] = char16_t(u'0' + octet % 10);
        if (shift) buffer[n++] = u'.';
    }
    return QString(reinterpret_cast<const QChar *>(buffer), n);
}

} // namespace

std::optional<IpAddress> IpAddress::parse(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<IpAddress> {
        if (error) *error = why;
        return std::nullopt;
    };
    // No trimming: " 10.0.0.1" is not what other tools read back, so it is refused, not fixed.
    // A scan, not QStringView::contains: it is a library call per address.
    if (std::find(text.begin(), text.end(), u':') != text.end()) {
        const auto v6 = parseV6(text);
        if (!v6) return fail(QStringLiteral("'%1' is not an IPv4 or IPv6 address").arg(text));
        const IpAddress address(IpFamily::V6, *v6);
        if (address.isV4Mapped())
            return fail(QStringLiteral("'%1' is an IPv4-mapped IPv6 address; write the IPv4 "
                                       "address %2")
                            .arg(text, v4Text(quint32(*v6))));
        return address;
    }
    if (const auto v4 = parseV4(text)) return IpAddress(IpFamily::V4, *v4);
    return fail(QStringLiteral("'%1' is not an IPv4 or IPv6 address").arg(text));
}

QString IpAddress::toString() const
{
    if (isV4()) return v4Text(quint32(mValue));
    quint16 groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = quint16(mValue >> (16 * (7 - i)));
    // IPv4-mapped addresses keep their dotted tail (RFC 5952 section 5).
    if (groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0 &&
        groups[5] == 0xffff)
        return QStringLiteral("::ffff:") + v4Text(quint32(mValue));
    int bestStart = -1, bestLen = 1;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLen) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':')) out += u':';
        out += QString::number(groups[i], 16);
    }
    return out;
}

} // namespace Planar
