#pragma once

#include "ipaddress.h"

#include <QList>

namespace Planar {

/** A CIDR block (network address and prefix length) whose host bits are zero. */
class Cidr {
public:
    Cidr() = default;

    /**
     * Parses "ADDRESS/PREFIX". Host bits must be zero; when they are not, @p error names the
     * network the user probably meant.
     */
    static std::optional<Cidr> parse(QStringView text, QString *error = nullptr);
    /** The block of @p prefix bits that holds @p address (host bits cleared). */
    static Cidr containing(const IpAddress &address, int prefix);

    IpAddress network() const { return mNetwork; }
    IpFamily family() const { return mNetwork.family(); }
    int prefix() const { return mPrefix; }
    int hostBits() const { return mNetwork.bitCount() - mPrefix; }
    IpAddress first() const { return mNetwork; }
    IpAddress last() const;
    /** Number of addresses, saturated at 2^64 - 1 for huge IPv6 blocks. */
    quint64 addressCount() const;
    /** 0.0.0.0/0 or ::/0: "anywhere". */
    bool isDefaultRoute() const { return mPrefix == 0; }

    bool contains(const IpAddress &address) const;
    bool contains(const Cidr &other) const;
    bool overlaps(const Cidr &other) const;

    QString toString() const;

    friend bool operator==(const Cidr &a, const Cidr &b) = default;

private:
    Cidr(IpAddress network, int prefix) : mNetwork(network), mPrefix(prefix) {}
    IpAddress mNetwork;
    int mPrefix = 0;
};

inline size_t qHash(const Cidr &c, size_t seed = 0)
{
    return qHashMulti(seed, c.network(), c.prefix());
}

/** The first block of @p prefix bits inside @p range that overlaps none of @p used. */
std::optional<Cidr> nextFreeSubnet(const Cidr &range, int prefix, const QList<Cidr> &used);

/**
 * The first address of @p network that none of @p used takes; skips the network and broadcast
 * addresses of IPv4 blocks larger than /31.
 */
std::optional<IpAddress> nextFreeAddress(const Cidr &network, const QList<IpAddress> &used);

} // namespace Planar
