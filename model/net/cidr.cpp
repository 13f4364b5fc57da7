#include "cidr.h"

#include <QSet>

#include <algorithm>

namespace Planar {

namespace {

IpAddress::Value hostMask(int hostBits)
{
    if (hostBits <= 0) return 0;
    if (hostBits >= 128) return ~IpAddress::Value(0);
    return (IpAddress::Value(1) << hostBits) - 1;
}

} // namespace

std::optional<Cidr> Cidr::parse(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Cidr> {
        if (error) *error = why;
        return std::nullopt;
    };
    // Strict, as the tools the CIDR reaches are: no white space anywhere (YAML already strips
    // it around plain scalars), and a prefix in plain decimal.
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
        return fail(QStringLiteral("'%1' contains white space").arg(text));
    // A scan, not QStringView::indexOf: it is a library call per CIDR.
    const auto slashAt = std::find(text.begin(), text.end(), u'/');
    const qsizetype slash = slashAt == text.end() ? -1 : slashAt - text.begin();
    if (slash < 0) return fail(QStringLiteral("'%1' has no /prefix").arg(text));
    QString why;
    const auto address = IpAddress::parse(text.left(slash), &why);
    // A mapped block (::ffff:10.0.0.0/104) is refused by the address parse, with its reason.
    if (!address) return fail(why);
    const QStringView prefixText = text.mid(slash + 1);
    const bool digitsOnly = !prefixText.isEmpty() && prefixText.size() <= 3 &&
                            std::all_of(prefixText.begin(), prefixText.end(),
                                        [](QChar c) { return c >= u'0' && c <= u'9'; });
    // By hand: QStringView::toInt goes through the locale machinery, and every node's Pod
    // subnet of a large plan is parsed.
    int prefix = digitsOnly ? 0 : -1;
    if (digitsOnly)
        for (const QChar c : prefixText)
            prefix = prefix * 10 + (c.unicode() - u'0');
    if (prefix < 0 || prefix > address->bitCount())
        return fail(QStringLiteral("prefix '/%1' is not between /0 and /%2")
                        .arg(prefixText)
                        .arg(address->bitCount()));
    // "/024" is refused: some tools read a leading zero as octal, and it is never meant.
    if (prefixText.size() > 1 && prefixText.front() == u'0')
        return fail(QStringLiteral("prefix '/%1' has a leading zero; write /%2")
                        .arg(prefixText)
                        .arg(prefix));
    const Cidr block = containing(*address, prefix);
    if (block.mNetwork != *address)
        return fail(QStringLiteral("'%1' has host bits set; the network is %2")
                        .arg(text, block.toString()));
    return block;
}

Cidr Cidr::containing(const IpAddress &address, int prefix)
{
    prefix = std::clamp(prefix, 0, address.bitCount());
    const auto mask = hostMask(address.bitCount() - prefix);
    return Cidr(IpAddress(address.family(), address.value() & ~mask), prefix);
}

IpAddress Cidr::last() const
{
    return IpAddress(family(), mNetwork.value() | hostMask(hostBits()));
}

quint64 Cidr::addressCount() const
{
    if (hostBits() >= 64) return ~quint64(0);
    return quint64(1) << hostBits();
}

bool Cidr::contains(const IpAddress &address) const
{
    return address.family() == family() && address >= first() && address <= last();
}

bool Cidr::contains(const Cidr &other) const
{
    return other.family() == family() && other.mPrefix >= mPrefix && contains(other.mNetwork);
}

bool Cidr::overlaps(const Cidr &other) const
{
    // CIDR blocks are either nested or disjoint.
    return contains(other) || other.contains(*this);
}

QString Cidr::toString() const
{
    return mNetwork.toString() + u'/' + QString::number(mPrefix);
}

std::optional<Cidr> nextFreeSubnet(const Cidr &range, int prefix, const QList<Cidr> &used)
{
    if (prefix < range.prefix() || prefix > range.network().bitCount()) return std::nullopt;
    QList<Cidr> inside;
    for (const Cidr &u : used)
        if (u.overlaps(range)) inside << u;
    std::sort(inside.begin(), inside.end(),
              [](const Cidr &a, const Cidr &b) { return a.first() < b.first(); });
    const IpAddress::Value step = IpAddress::Value(1) << (range.network().bitCount() - prefix);
    IpAddress::Value candidate = range.first().value();
    const IpAddress::Value end = range.last().value();
    for (const Cidr &u : inside) {
        const Cidr probe = Cidr::containing(IpAddress(range.family(), candidate), prefix);
        if (probe.last().value() < u.first().value()) return probe;
        // Skip past the used block, aligned up to the next candidate boundary.
        const IpAddress::Value after = u.last().value();
        if (after >= end) return std::nullopt;
        if (after + 1 > candidate) candidate = ((after + 1 + step - 1) / step) * step;
        if (candidate > end || candidate < range.first().value()) return std::nullopt;
    }
    if (candidate > end) return std::nullopt;
    return Cidr::containing(IpAddress(range.family(), candidate), prefix);
}

std::optional<IpAddress> nextFreeAddress(const Cidr &network, const QList<IpAddress> &used)
{
    const QSet<IpAddress> taken(used.begin(), used.end());
    IpAddress::Value first = network.first().value();
    IpAddress::Value last = network.last().value();
    if (network.family() == IpFamily::V4 && network.prefix() < 31) {
        ++first;
        --last;
    }
    // Bounded walk: a network with more used addresses than this is not a drawing anymore.
    for (IpAddress::Value v = first; v <= last && v - first <= IpAddress::Value(taken.size()) + 1;
         ++v) {
        const IpAddress candidate(network.family(), v);
        if (!taken.contains(candidate)) return candidate;
    }
    return std::nullopt;
}

} // namespace Planar
