#include "ipaddress.h"

#include <QStringList>

namespace Planar {

namespace {

std::optional<quint32> parseV4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4) return std::nullopt;
    quint32 value = 0;
    for (const auto &part : parts) {
        // Leading zeros are refused: some tools read "010" as octal, others as decimal.
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return std::nullopt;
        uint octet = 0;
        for (QChar c : part) {
            if (c < u'0' || c > u'9') return std::nullopt;
            octet = octet * 10 + uint(c.unicode() - u'0');
        }
        if (octet > 255) return std::nullopt;
        value = (value << 8) | octet;
    }
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
    for (qsizetype i = count; i < 8; ++i) all << 0;
    all << tail;
    IpAddress::Value value = 0;
    for (quint16 g : all) value = (value << 16) | g;
    return value;
}

QString v4Text(quint32 v)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(v >> 24)
        .arg((v >> 16) & 0xff)
        .arg((v >> 8) & 0xff)
        .arg(v & 0xff);
}

} // namespace

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    text = text.trimmed();
    if (text.contains(u':')) {
        if (const auto v6 = parseV6(text)) return IpAddress(IpFamily::V6, *v6);
        return std::nullopt;
    }
    if (const auto v4 = parseV4(text)) return IpAddress(IpFamily::V4, *v4);
    return std::nullopt;
}

QString IpAddress::toString() const
{
    if (isV4()) return v4Text(quint32(mValue));
    quint16 groups[8];
    for (int i = 0; i < 8; ++i) groups[i] = quint16(mValue >> (16 * (7 - i)));
    // IPv4-mapped addresses keep their dotted tail (RFC 5952 section 5).
    if (groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
        && groups[5] == 0xffff)
        return QStringLiteral("::ffff:") + v4Text(quint32(mValue));
    int bestStart = -1, bestLen = 1;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0) ++j;
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
