#include "nftsyntax.h"

#include "exportsafety.h"

#include <algorithm>

namespace Planar::NftSyntax {

QString family(IpFamily f)
{
    return f == IpFamily::V4 ? QStringLiteral("ip") : QStringLiteral("ip6");
}

QString familySuffix(IpFamily f)
{
    return f == IpFamily::V4 ? QStringLiteral("v4") : QStringLiteral("v6");
}

QString addressMatch(IpFamily f, const QString &direction, const QList<Cidr> &ranges)
{
    QStringList items;
    for (const Cidr &c : ranges) {
        if (c.isDefaultRoute())
            return f == IpFamily::V4 ? QStringLiteral("meta nfproto ipv4")
                                     : QStringLiteral("meta nfproto ipv6");
        items.append(c.prefix() == c.network().bitCount() ? c.network().toString() : c.toString());
    }
    const QString value =
        items.size() == 1
            ? items.first()
            : QStringLiteral("{ ") + items.join(QStringLiteral(", ")) + QStringLiteral(" }");
    return family(f) + QLatin1Char(' ') + direction + QLatin1Char(' ') + value;
}

QStringList portMatches(const QList<PortRange> &ports)
{
    if (ports.isEmpty()) return {QString()};
    QStringList matches;
    for (const Protocol proto : {Protocol::TCP, Protocol::UDP, Protocol::SCTP}) {
        QList<QPair<int, int>> spans;
        for (const PortRange &p : ports)
            if (p.protocol == proto) spans.append({p.low, p.high});
        if (spans.isEmpty()) continue;
        std::sort(spans.begin(), spans.end());
        QList<QPair<int, int>> joined;
        for (const auto &s : spans) {
            if (!joined.isEmpty() && s.first <= joined.last().second + 1)
                joined.last().second = qMax(joined.last().second, s.second);
            else
                joined.append(s);
        }
        QStringList items;
        for (const auto &s : joined)
            items.append(s.first == s.second ? QString::number(s.first)
                                             : QStringLiteral("%1-%2").arg(s.first).arg(s.second));
        const QString value =
            items.size() == 1
                ? items.first()
                : QStringLiteral("{ ") + items.join(QStringLiteral(", ")) + QStringLiteral(" }");
        matches.append(protocolKey(proto).toLower() + QStringLiteral(" dport ") + value);
    }
    return matches;
}

QString setDeclaration(const QString &name, IpFamily f, const QList<Cidr> &ranges)
{
    QStringList items;
    for (const Cidr &c : ranges)
        items.append(c.toString());
    QString text = QStringLiteral("\tset %1 {\n").arg(name);
    text += QStringLiteral("\t\ttype %1\n")
                .arg(f == IpFamily::V4 ? QStringLiteral("ipv4_addr") : QStringLiteral("ipv6_addr"));
    text += QStringLiteral("\t\tflags interval\n");
    if (!items.isEmpty())
        text += QStringLiteral("\t\telements = { %1 }\n").arg(items.join(QStringLiteral(", ")));
    text += QStringLiteral("\t}\n");
    return text;
}

QString comment(const QString &text)
{
    return QStringLiteral(" comment \"%1\"").arg(ExportSafety::commentText(text, 120));
}

} // namespace Planar::NftSyntax
