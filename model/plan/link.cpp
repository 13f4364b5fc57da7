#include "link.h"

namespace Planar {

QString Link::label() const
{
    const QString ends = QStringLiteral("%1 → %2").arg(from, to);
    return id.isEmpty() ? ends : QStringLiteral("%1 (%2)").arg(id, ends);
}

} // namespace Planar
