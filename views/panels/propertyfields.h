#pragma once

#include "propertiespanel.h"

namespace Planar {

/**
 * The fields of the entity under @p key (or the plan settings for the cluster card "@cluster").
 * The first entry carries the panel title in its label. Commits push undo commands on
 * @p document; a rename reports the new id through @p select.
 */
QList<PropertyField> buildPropertyFields(PlanDocument *document, const QString &key,
                                         const std::function<void(const QStringList &)> &select);

} // namespace Planar
