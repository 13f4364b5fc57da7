#pragma once

#include "plan/plan.h"

#include <variant>

namespace Planar {

/** What a document key names: one of the plan's entity kinds, or a link. */
enum class ItemKind { None, Zone, Network, Host, Vm, Workload, Link };

/** One plan entity as a value, so that commands can store, remove and restore any kind. */
using Entity = std::variant<Zone, Network, Host, Vm, Workload, Link>;

ItemKind kindOf(const Entity &entity);
/** The entity's own id (links: their optional id, not their document key). */
QString idOf(const Entity &entity);
/** Translatable display name of a kind ("host", "VM" …) for menus and messages. */
QString itemKindName(ItemKind kind);

/** Links have optional ids, so the document keys them "link:ID" or "link:#N". */
inline bool isLinkKey(const QString &key)
{
    return key.startsWith(QLatin1String("link:"));
}

} // namespace Planar
