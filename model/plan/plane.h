#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Planar {

/** The network plane a segment or endpoint lives on (seed article, section 1). */
enum class Plane { Host, Vm, Pod, Service, External };

inline constexpr Plane AllPlanes[] = {Plane::Host, Plane::Vm, Plane::Pod, Plane::Service,
                                      Plane::External};

/** The plan-file spelling: host | vm | pod | service | external. */
QString planeKey(Plane plane);
std::optional<Plane> planeFromKey(const QString &key);
QStringList planeKeys();

} // namespace Planar
