#pragma once

#include "cidr.h"
#include "ipaddress.h"
#include "macaddress.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Planar {

/**
 * A plan field that holds an address exactly as the plan spells it, stored as a number when
 * that spelling is the address's canonical one: every IPv4 address the editor and the
 * generator write, and MACs in lowercase with colons. A 50,000-VM plan then holds no heap
 * string per NIC address, and the validator reads the number without parsing text. Any other
 * text (IPv6, a typo, "52-54-00-…") is kept as written, so a plan is saved byte for byte as it
 * was read, and a wrong value still reaches the validator's message as the user typed it.
 *
 * It converts to and from QString, so that the editor, the exporters and the writer keep
 * working with text; @p Codec says which spelling is canonical and how it is parsed.
 */
template <typename Codec> class AddressText {
public:
    using Address = typename Codec::Address;

    AddressText() = default;
    AddressText(const QString &text) // NOLINT: implicit, a field that was a QString
    {
        if (const auto value = Codec::canonicalValue(text)) {
            mValue = *value;
            mCompact = true;
        } else {
            mText = text;
        }
    }

    /** The text as the plan spells it. */
    QString text() const { return mCompact ? Codec::format(mValue) : mText; }
    operator QString() const { return text(); } // NOLINT: implicit, see above
    bool isEmpty() const { return !mCompact && mText.isEmpty(); }
    void clear() { *this = AddressText(); }
    /** Stored as a number, not as text (the canonical spelling). */
    bool heldAsNumber() const { return mCompact; }
    /** The address, or nullopt when the text is none: no parse when the text is canonical. */
    std::optional<Address> address() const
    {
        return mCompact ? std::optional<Address>(Codec::address(mValue)) : Codec::parse(mText);
    }

    // A text is stored as a number exactly when it is canonical, so equal texts are equal
    // representations.
    friend bool operator==(const AddressText &a, const AddressText &b)
    {
        return a.mCompact == b.mCompact && (a.mCompact ? a.mValue == b.mValue : a.mText == b.mText);
    }
    friend bool operator==(const AddressText &a, const QString &b) { return a == AddressText(b); }

private:
    QString mText; // empty when mCompact
    typename Codec::Value mValue{};
    bool mCompact = false;
};

/** IPv4 addresses in dotted decimal without leading zeros (the only spelling the parser takes). */
struct Ipv4Spelling {
    using Address = IpAddress;
    using Value = quint32;
    static std::optional<quint32> canonicalValue(QStringView text);
    static QString format(quint32 value);
    static IpAddress address(quint32 value) { return IpAddress(IpFamily::V4, value); }
    static std::optional<IpAddress> parse(const QString &text) { return IpAddress::parse(text); }
};

/** MACs as MacAddress::toString() writes them: lowercase hex octets and colons. */
struct MacSpelling {
    using Address = MacAddress;
    using Value = quint64;
    static std::optional<quint64> canonicalValue(QStringView text);
    static QString format(quint64 value) { return MacAddress::fromValue(value).toString(); }
    static MacAddress address(quint64 value) { return MacAddress::fromValue(value); }
    static std::optional<MacAddress> parse(const QString &text) { return MacAddress::parse(text); }
};

/** IPv4 CIDR blocks as Cidr::toString() writes them (the only spelling Cidr::parse takes). */
struct Ipv4CidrSpelling {
    using Address = Cidr;
    using Value = quint64; // the network address above, the prefix in the low byte
    static std::optional<quint64> canonicalValue(QStringView text);
    static QString format(quint64 value) { return address(value).toString(); }
    static Cidr address(quint64 value)
    {
        return Cidr::containing(IpAddress(IpFamily::V4, value >> 8), int(value & 0xff));
    }
    static std::optional<Cidr> parse(const QString &text) { return Cidr::parse(text); }
};

using IpText = AddressText<Ipv4Spelling>;
using MacText = AddressText<MacSpelling>;
using CidrText = AddressText<Ipv4CidrSpelling>;

/** The texts of @p fields, as the plan spells them. */
template <typename Codec> QStringList texts(const QList<AddressText<Codec>> &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const AddressText<Codec> &field : fields)
        out << field.text();
    return out;
}

/** @p texts as CIDR fields (a VM's Pod subnets). */
QList<CidrText> cidrTexts(const QStringList &texts);

} // namespace Planar
