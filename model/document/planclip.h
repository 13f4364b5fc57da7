#pragma once

#include "plandocument.h"

namespace Planar {

/**
 * Copy, paste and duplicate. A clip is a small Plan (so the clipboard carries plan YAML that
 * any editor can read); pasting gives every entity a fresh id, fresh NIC addresses, MACs and
 * Pod subnets, and keeps the links between pasted entities.
 */
namespace PlanClip {

/** The entities under @p keys, the links among them, and their positions. */
Plan extract(const PlanDocument &document, const QStringList &keys);

/**
 * Adds a copy of @p clip to the document as one undo step, moved by @p offset. Returns the
 * keys of the new entities and links.
 */
QStringList paste(PlanDocument *document, const Plan &clip, const QPointF &offset);

} // namespace PlanClip

} // namespace Planar
