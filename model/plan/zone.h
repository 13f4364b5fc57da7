#pragma once

#include "extrakeys.h"

#include <optional>

namespace Planar {

/** A security domain or business unit (安全域 / 业务). */
struct Zone {
    QString id;
    QString name;             // display name, any text
    std::optional<int> level; // MLPS protection level 1..4
    std::optional<bool> cde;  // PCI-DSS cardholder-data environment
    ExtraKeys extra;

    friend bool operator==(const Zone &, const Zone &) = default;
};

} // namespace Planar
