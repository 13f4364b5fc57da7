#include "entity.h"

#include <QCoreApplication>

namespace Planar {

ItemKind kindOf(const Entity &entity)
{
    switch (entity.index()) {
    case 0:
        return ItemKind::Zone;
    case 1:
        return ItemKind::Network;
    case 2:
        return ItemKind::Host;
    case 3:
        return ItemKind::Vm;
    case 4:
        return ItemKind::Workload;
    case 5:
        return ItemKind::Link;
    }
    return ItemKind::None;
}

QString idOf(const Entity &entity)
{
    return std::visit([](const auto &e) { return e.id; }, entity);
}

QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Zone:
        return QCoreApplication::translate("Planar", "zone");
    case ItemKind::Network:
        return QCoreApplication::translate("Planar", "network");
    case ItemKind::Host:
        return QCoreApplication::translate("Planar", "host");
    case ItemKind::Vm:
        return QCoreApplication::translate("Planar", "VM");
    case ItemKind::Workload:
        return QCoreApplication::translate("Planar", "workload");
    case ItemKind::Link:
        return QCoreApplication::translate("Planar", "link");
    case ItemKind::None:
        break;
    }
    return {};
}

} // namespace Planar
