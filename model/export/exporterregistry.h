#pragma once

#include "exporter.h"

#include <functional>
#include <memory>

namespace Planar {

/** The one place that knows every exporter: the CLI's `--to` and the editor's Export menu. */
namespace ExporterRegistry {

/** Every kind, in menu order: yaml, nftables, networkpolicy, then the registered ones. */
QStringList ids();
/** A new exporter of kind @p id, or nullptr for an unknown kind. */
std::unique_ptr<Exporter> create(const QString &id);

using Factory = std::function<std::unique_ptr<Exporter>()>;
/**
 * Adds an exporter that lives outside planar_model (the report links planar_render). The CLI
 * and the editor call the registration functions at start-up; registering an id twice keeps
 * the first.
 */
void registerExporter(const QString &id, Factory factory);

} // namespace ExporterRegistry

} // namespace Planar
