#pragma once

#include <QString>

#include <optional>

namespace Planar {

enum class Protocol { TCP, UDP, SCTP };

QString protocolKey(Protocol protocol);
std::optional<Protocol> protocolFromKey(const QString &key);

/** "PORT/PROTO" or "LOW-HIGH/PROTO", as links and exports use it. */
struct PortRange {
    int low = 0;
    int high = 0;
    Protocol protocol = Protocol::TCP;

    /** Accepts "443", "443/tcp", "8000-8100/UDP"; ports 1..65535, low <= high. */
    static std::optional<PortRange> parse(const QString &text, QString *error = nullptr);
    /** Canonical text: "443/TCP", "8000-8100/UDP". */
    QString toString() const;
    bool isSingle() const { return low == high; }
    bool contains(int port, Protocol proto) const
    {
        return proto == protocol && port >= low && port <= high;
    }

    friend bool operator==(const PortRange &a, const PortRange &b) = default;
};

} // namespace Planar
