#pragma once

#include "plandocument.h"

namespace Planar {

/** What deleting a host does with the VMs that run on it. */
enum class HostVmPolicy { DeleteVms, MoveVms };

/** @p plan with @p oldId renamed to @p newId everywhere it is referenced. */
Plan renamedPlan(const Plan &plan, const QString &oldId, const QString &newId);

/** Keys of the links that start or end at @p id. */
QStringList linksTouching(const PlanDocument &document, const QString &id);

/**
 * Deletes @p keys as one undo step, together with the links that touch them. VMs of a deleted
 * host are deleted too or, with MoveVms, re-homed on @p targetHost.
 */
void deleteItems(PlanDocument *document, const QStringList &keys,
                 HostVmPolicy policy = HostVmPolicy::DeleteVms, const QString &targetHost = {});

} // namespace Planar
