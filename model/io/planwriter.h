#pragma once

#include "plan/plan.h"

#include <QByteArray>

namespace Planar {

/**
 * Writes a plan as plan-format.md v1 YAML: keys in the documented order, lists in the user's
 * order, unknown keys kept. Reading what it wrote and writing again gives the same bytes.
 */
class PlanWriter {
public:
    static QByteArray toYaml(const Plan &plan);
    /**
     * Atomic (SafeFile): the file is replaced only when the whole plan is on disk, a symlink
     * at @p path is replaced rather than written through, and @p error names the OS reason.
     */
    static bool writeFile(const Plan &plan, const QString &path, QString *error);
};

} // namespace Planar
