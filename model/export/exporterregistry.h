#pragma once

#include "exporter.h"

#include <memory>

namespace Planar {

/** The one place that knows every exporter: the CLI's `--to` and the editor's Export menu. */
namespace ExporterRegistry {

/** Every kind, in menu order: yaml, nftables, networkpolicy. */
QStringList ids();
/** A new exporter of kind @p id, or nullptr for an unknown kind. */
std::unique_ptr<Exporter> create(const QString &id);

} // namespace ExporterRegistry

} // namespace Planar
