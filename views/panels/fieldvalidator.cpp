#include "fieldvalidator.h"

#include "net/cidr.h"
#include "net/macaddress.h"
#include "plan/portrange.h"

#include <QDate>
#include <QRegularExpression>

namespace Planar {

namespace {

bool allCharsIn(const QString &text, const QString &allowed)
{
    for (QChar c : text)
        if (!c.isDigit() && !allowed.contains(c.toLower())) return false;
    return true;
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
    // First refuse keystrokes that can never lead to a valid value.
    switch (mKind) {
    case Kind::Id:
        if (!allCharsIn(input, QStringLiteral("abcdefghijklmnopqrstuvwxyz-")) ||
            input.size() > 63 || input != input.toLower())
            return Invalid;
        break;
    case Kind::InterfaceName:
        // Linux caps interface names at 15 bytes; the plan keeps to the same characters.
        if (!allCharsIn(input.toLower(), QStringLiteral("abcdefghijklmnopqrstuvwxyz_.:-")) ||
            input.size() > 15)
            return Invalid;
        break;
    case Kind::Ip:
        if (!allCharsIn(input, QStringLiteral("abcdef:."))) return Invalid;
        break;
    case Kind::Cidr:
        if (!allCharsIn(input, QStringLiteral("abcdef:./"))) return Invalid;
        break;
    case Kind::CidrList:
        if (!allCharsIn(input, QStringLiteral("abcdef:./, "))) return Invalid;
        break;
    case Kind::Mac:
        if (!allCharsIn(input, QStringLiteral("abcdef:-")) || input.size() > 17) return Invalid;
        break;
    case Kind::Vlan:
    case Kind::Port:
    case Kind::Integer: {
        if (!allCharsIn(input, QString())) return Invalid;
        if (mHigh > 0 && !input.isEmpty() && input.toLongLong() > mHigh) return Invalid;
        break;
    }
    case Kind::VlanList:
        if (!allCharsIn(input, QStringLiteral(", "))) return Invalid;
        // A number past the top can only grow as it is typed: refuse the digit, as for a VLAN.
        for (const QString &item : items(input))
            if (item.toLongLong() > mHigh) return Invalid;
        break;
    case Kind::Ports:
        if (!allCharsIn(input, QStringLiteral("-/, tcpudsTCPUDS"))) return Invalid;
        break;
    case Kind::Date:
        if (!allCharsIn(input, QStringLiteral("-"))) return Invalid;
        break;
    }
    return problem(input).isEmpty() ? Acceptable : Intermediate;
}

QString FieldValidator::problem(const QString &rawText) const
{
    const QString text = rawText.trimmed();
    if (text.isEmpty()) return mOptional ? QString() : tr("Required.");
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
