#pragma once

#include "plan/plan.h"

#include <QByteArray>

namespace Planar {

/** The plan as the yaml-cpp emitter wrote it before issue 11: the reference for PlanWriter. */
QByteArray yamlCppPlanYaml(const Plan &plan);

} // namespace Planar
