#include "plane.h"

namespace Planar {

QString planeKey(Plane plane)
{
    switch (plane) {
    case Plane::Host:
        return QStringLiteral("host");
    case Plane::Vm:
        return QStringLiteral("vm");
    case Plane::Pod:
        return QStringLiteral("pod");
    case Plane::Service:
        return QStringLiteral("service");
    case Plane::External:
        return QStringLiteral("external");
    }
    return {};
}

std::optional<Plane> planeFromKey(const QString &key)
{
    for (Plane p : AllPlanes)
        if (planeKey(p) == key) return p;
    return std::nullopt;
}

QStringList planeKeys()
{
    QStringList keys;
    for (Plane p : AllPlanes)
        keys << planeKey(p);
    return keys;
}

} // namespace Planar
