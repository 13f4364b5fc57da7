#pragma once

namespace Planar {

/** QUndoCommand::id() values: commands with the same id may merge (mergeWith). */
enum CommandId {
    MoveItemsCommandId = 1,
};

} // namespace Planar
