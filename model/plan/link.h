#pragma once

#include "extrakeys.h"
#include "portrange.h"

#include <QDate>
#include <QList>

#include <optional>

namespace Planar {

/** A temporary authorisation (临时授权) of a flow the plane matrix forbids. */
struct LinkException {
    QString reason;
    QString approvedBy;
    QDate expires; // invalid date: no expiry given
    ExtraKeys extra;

    /** Live through the whole day it expires on. */
    bool isLive(const QDate &today) const { return !expires.isValid() || today <= expires; }
    friend bool operator==(const LinkException &, const LinkException &) = default;
};

/** An intended flow (互通) in one direction; replies are implied. */
struct Link {
    QString id; // optional
    QString from;
    QString to;
    QList<PortRange> ports; // empty: all ports
    QString reason;
    std::optional<LinkException> exception;
    ExtraKeys extra;

    /** "web-to-db (web → db)" or, without an id, "web → db": how messages name a link. */
    QString label() const;
    friend bool operator==(const Link &, const Link &) = default;
};

} // namespace Planar
