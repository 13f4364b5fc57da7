#include "fieldvalidator.h"

#include "net/cidr.h"
#include "net/macaddress.h"
#include "plan/portrange.h"

#include <QDate>
#include <QRegularExpression>

namespace Planar {

namespace {

/** The first character of @p text that is neither a digit nor in @p allowed (any case). */
std::optional<QChar> firstOutside(const QString &text, const QString &allowed)
{
    for (QChar c : text)
        if (!(c >= u'0' && c <= u'9') && !allowed.contains(c.toLower())) return c;
    return std::nullopt;
}

QStringList items(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) out << part.trimmed();
    return out;
}

} // namespace

FieldValidator::FieldValidator(Kind kind, bool optional, QObject *parent)
    : QValidator(parent), mKind(kind), mOptional(optional)
{
    if (kind == Kind::Vlan || kind == Kind::VlanList) setRange(1, 4094);
    if (kind == Kind::Port) setRange(1, 65535);
}

void FieldValidator::setRange(int low, int high)
{
    mLow = low;
    mHigh = high;
}

QValidator::State FieldValidator::validate(QString &input, int &) const
{
    return problem(input).isEmpty() ? Acceptable : Intermediate;
}

namespace {

/** A character as a hint quotes it: a space is named, since quotes around it read as empty. */
QString quoted(QChar c)
{
    return c == u' ' ? FieldValidator::tr("a space") : QStringLiteral("“%1”").arg(c);
}

/**
 * Why @p text can never become an IP address, as a clause ("999 is over 255"); empty when
 * more typing could still make it one.
 */
QString ipNever(QStringView text)
{
    if (const auto bad = firstOutside(text.toString(), QStringLiteral("abcdef:.")))
        return FieldValidator::tr("%1 cannot appear in it").arg(quoted(*bad));
    if (text.contains(u':')) {
        if (text.count(QStringLiteral("::")) > 1)
            return FieldValidator::tr("'::' may appear only once");
        const auto groups = text.split(u':');
        if (groups.size() > 8) return FieldValidator::tr("IPv6 has eight groups at most");
        for (QStringView g : groups)
            if (!g.contains(u'.') && g.size() > 4)
                return FieldValidator::tr("an IPv6 group has four hex digits at most");
        return {};
    }
    // No colon: dotted IPv4, or the start of an IPv6 address ("fe80").
    if (!text.contains(u'.'))
        return text.size() > 4 ? FieldValidator::tr("IPv4 numbers are separated by '.'")
                               : QString();
    const auto parts = text.split(u'.');
    if (parts.size() > 4) return FieldValidator::tr("IPv4 has four numbers");
    for (QStringView part : parts) {
        if (firstOutside(part.toString(), QString()))
            return FieldValidator::tr("%1 is not a number").arg(part);
        if (part.size() > 1 && part.front() == u'0')
            return FieldValidator::tr("%1 has a leading zero").arg(part);
        if (part.size() > 3 || part.toInt() > 255)
            return FieldValidator::tr("%1 is over 255").arg(part);
    }
    return {};
}

/** Why @p text can never become a CIDR, as a clause; empty when it still could. */
QString cidrNever(QStringView text)
{
    if (const auto bad = firstOutside(text.toString(), QStringLiteral("abcdef:./")))
        return FieldValidator::tr("%1 cannot appear in it").arg(quoted(*bad));
    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0 && text.indexOf(u'/', slash + 1) >= 0)
        return FieldValidator::tr("a CIDR has one '/'");
    if (const QString why = ipNever(slash < 0 ? text : text.left(slash)); !why.isEmpty())
        return why;
    if (slash < 0) return {};
    const QStringView prefix = text.mid(slash + 1);
    if (firstOutside(prefix.toString(), QString()))
        return FieldValidator::tr("the prefix is a number");
    const int bits = text.left(slash).contains(u':') ? 128 : 32;
    if (prefix.size() > 1 && prefix.front() == u'0')
        return FieldValidator::tr("the prefix /%1 has a leading zero").arg(prefix);
    if (prefix.size() > 3 || prefix.toInt() > bits)
        return FieldValidator::tr("the prefix is from /0 to /%1").arg(bits);
    return {};
}

} // namespace

QString FieldValidator::neverValid(const QString &rawText) const
{
    const QString text = rawText.trimmed();
    switch (mKind) {
    case Kind::Id:
        for (QChar c : text)
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
                return tr("An id cannot hold %1: use lowercase letters, digits and '-'.")
                    .arg(quoted(c));
        if (text.startsWith(u'-')) return tr("An id starts with a letter or digit, not '-'.");
        if (text.size() > 63)
            return tr("An id has 63 characters at most; this one has %1.").arg(text.size());
        return {};
    case Kind::InterfaceName:
        if (const auto bad = firstOutside(text, QStringLiteral("abcdefghijklmnopqrstuvwxyz_.:-")))
            return tr("An interface name cannot hold %1: use letters, digits, '_', '.', ':' or "
                      "'-'.")
                .arg(quoted(*bad));
        if (text.size() > 15)
            return tr("An interface name has 15 characters at most (the Linux limit); this one "
                      "has %1.")
                .arg(text.size());
        return {};
    case Kind::Ip:
        if (const QString why = ipNever(text); !why.isEmpty())
            return tr("%1 can never be an IP address: %2.").arg(text, why);
        return {};
    case Kind::Cidr:
        if (const QString why = cidrNever(text); !why.isEmpty())
            return tr("%1 can never be a CIDR: %2.").arg(text, why);
        return {};
    case Kind::CidrList:
        if (const auto bad = firstOutside(text, QStringLiteral("abcdef:./, ")))
            return tr("A CIDR list cannot hold %1: write CIDRs separated by commas.")
                .arg(quoted(*bad));
        for (const QString &item : items(text))
            if (const QString why = cidrNever(item); !why.isEmpty())
                return tr("%1 can never be a CIDR: %2.").arg(item, why);
        return {};
    case Kind::Mac:
        if (const auto bad = firstOutside(text, QStringLiteral("abcdef:-")))
            return tr("A MAC cannot hold %1: write six hex pairs, e.g. 52:54:00:00:01:11.")
                .arg(quoted(*bad));
        if (text.size() > 17) return tr("A MAC has 17 characters at most, e.g. 52:54:00:00:01:11.");
        return {};
    case Kind::Vlan:
    case Kind::Port:
    case Kind::Integer:
        if (const auto bad = firstOutside(text, QString()))
            return tr("Write a number: %1 is not a digit.").arg(quoted(*bad));
        if (mHigh > 0 && (text.size() > 9 || text.toLongLong() > mHigh))
            return tr("Must be between %1 and %2.").arg(mLow).arg(mHigh);
        return {};
    case Kind::VlanList:
        if (const auto bad = firstOutside(text, QStringLiteral(", ")))
            return tr("A VLAN list cannot hold %1: write VLAN ids separated by commas.")
                .arg(quoted(*bad));
        for (const QString &item : items(text))
            if (item.size() > 9 || item.toLongLong() > mHigh)
                return tr("VLAN ids are 1 to 4094, separated by commas.");
        return {};
    case Kind::Ports:
        if (const auto bad = firstOutside(text, QStringLiteral("-/, tcpuds")))
            return tr("Ports cannot hold %1. Use 443/TCP or 8000-8100/UDP, separated by commas.")
                .arg(quoted(*bad));
        return {};
    case Kind::Date:
        if (const auto bad = firstOutside(text, QStringLiteral("-")))
            return tr("A date cannot hold %1: write YYYY-MM-DD, e.g. 2026-12-31.")
                .arg(quoted(*bad));
        return {};
    }
    return {};
}

QString FieldValidator::problem(const QString &rawText) const
{
    const QString text = rawText.trimmed();
    if (text.isEmpty()) return mOptional ? QString() : tr("Required.");
    if (const QString never = neverValid(text); !never.isEmpty()) return never;
    QString error;
    switch (mKind) {
    case Kind::Id: {
        static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
        return label.match(text).hasMatch() ? QString()
                                            : tr("An id is lowercase letters, digits and '-', and "
                                                 "starts and ends with a letter "
                                                 "or digit.");
    }
    case Kind::InterfaceName: {
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.:-]{1,15}$"));
        return name.match(text).hasMatch()
                   ? QString()
                   : tr("An interface name is 1 to 15 letters, digits, '_', '.', ':' or '-'.");
    }
    case Kind::Ip:
        return IpAddress::parse(text) ? QString()
                                      : tr("Not an IP address yet, e.g. 10.0.1.11 or 2001:db8::1.");
    case Kind::Cidr:
        if (Cidr::parse(text, &error)) return {};
        return tr("Not a CIDR: %1. Example: 10.0.1.0/24.").arg(error);
    case Kind::CidrList:
        for (const QString &item : items(text))
            if (!Cidr::parse(item, &error)) return tr("Not a CIDR: %1.").arg(error);
        return {};
    case Kind::Mac:
        return MacAddress::parse(text) ? QString()
                                       : tr("A MAC is six hex pairs, e.g. 52:54:00:00:01:11.");
    case Kind::Vlan:
    case Kind::Port:
    case Kind::Integer: {
        const int value = text.toInt();
        if (value < mLow || (mHigh > 0 && value > mHigh))
            return tr("Must be between %1 and %2.").arg(mLow).arg(mHigh);
        return {};
    }
    case Kind::VlanList:
        for (const QString &item : items(text))
            if (item.toInt() < 1 || item.toInt() > 4094)
                return tr("VLAN ids are 1 to 4094, separated by commas.");
        return {};
    case Kind::Ports:
        for (const QString &item : items(text))
            if (!PortRange::parse(item, &error))
                return tr("'%1': %2. Use 443/TCP or 8000-8100/UDP, separated by commas.")
                    .arg(item, error);
        return {};
    case Kind::Date:
        return QDate::fromString(text, Qt::ISODate).isValid()
                   ? QString()
                   : tr("A date as YYYY-MM-DD, e.g. 2026-12-31.");
    }
    return {};
}

} // namespace Planar
