#include "link.h"

namespace Planar {

QString Link::label() const
{
    return id.isEmpty() ? QStringLiteral("%1 → %2").arg(from, to) : id;
}

} // namespace Planar
