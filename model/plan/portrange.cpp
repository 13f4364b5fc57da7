#include "portrange.h"

#include <QStringList>

namespace Planar {

QString protocolKey(Protocol protocol)
{
    switch (protocol) {
    case Protocol::TCP:
        return QStringLiteral("TCP");
    case Protocol::UDP:
        return QStringLiteral("UDP");
    case Protocol::SCTP:
        return QStringLiteral("SCTP");
    }
    return {};
}

std::optional<Protocol> protocolFromKey(const QString &key)
{
    const QString upper = key.trimmed().toUpper();
    for (Protocol p : {Protocol::TCP, Protocol::UDP, Protocol::SCTP})
        if (protocolKey(p) == upper) return p;
    return std::nullopt;
}

std::optional<PortRange> PortRange::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<PortRange> {
        if (error) *error = why;
        return std::nullopt;
    };
    const QStringList parts = text.trimmed().split(u'/');
    if (parts.size() > 2)
        return fail(QStringLiteral("'%1' is not PORT/PROTO or LOW-HIGH/PROTO").arg(text));
    PortRange range;
    if (parts.size() == 2) {
        const auto proto = protocolFromKey(parts[1]);
        if (!proto)
            return fail(QStringLiteral("protocol '%1' is not TCP, UDP or SCTP").arg(parts[1]));
        range.protocol = *proto;
    }
    const QStringList bounds = parts[0].split(u'-');
    if (bounds.size() > 2)
        return fail(QStringLiteral("'%1' is not PORT/PROTO or LOW-HIGH/PROTO").arg(text));
    auto port = [](const QString &s, int *out) {
        bool ok = false;
        *out = s.trimmed().toInt(&ok);
        return ok && !s.trimmed().startsWith(u'+') && *out >= 1 && *out <= 65535;
    };
    if (!port(bounds[0], &range.low))
        return fail(QStringLiteral("port '%1' is not a number from 1 to 65535").arg(bounds[0]));
    range.high = range.low;
    if (bounds.size() == 2 && !port(bounds[1], &range.high))
        return fail(QStringLiteral("port '%1' is not a number from 1 to 65535").arg(bounds[1]));
    if (range.high < range.low)
        return fail(QStringLiteral("port range '%1' ends before it starts").arg(parts[0]));
    return range;
}

QString PortRange::toString() const
{
    const QString ports =
        isSingle() ? QString::number(low) : QStringLiteral("%1-%2").arg(low).arg(high);
    return ports + u'/' + protocolKey(protocol);
}

} // namespace Planar
