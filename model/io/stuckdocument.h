#pragma once

#include <yaml-cpp/mark.h>

#include <QByteArray>

#include <optional>

namespace Planar {

/**
 * yaml-cpp 0.7 never gets past a ',' outside a flow collection (", b" at the start of a line):
 * it reports an empty document there again and again, and YAML::LoadAll collects them until
 * memory runs out (the fuzzer's input took 23 GB in 90 s). This walks the documents by the
 * parser's events first, keeping nothing, and returns where they stop advancing, so that the
 * reader refuses the text at that place instead.
 */
std::optional<YAML::Mark> findStuckDocument(const QByteArray &yaml);

} // namespace Planar
