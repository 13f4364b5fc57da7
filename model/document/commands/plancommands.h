#pragma once

#include "document/plandocument.h"

#include <QUndoCommand>

namespace Planar {

/** Changes the plan-wide settings (name, cluster ranges, admin networks, policy). */
class EditSettingsCommand : public QUndoCommand {
public:
    EditSettingsCommand(PlanDocument *document, PlanSettings after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PlanDocument *mDocument;
    PlanSettings mBefore;
    PlanSettings mAfter;
};

/**
 * Renames an id and every reference to it (VM hosts, NIC networks, links, zones, layout).
 * A rename touches entities all over the plan, so it swaps whole plans.
 */
class RenameCommand : public QUndoCommand {
public:
    RenameCommand(PlanDocument *document, const QString &oldId, const QString &newId,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PlanDocument *mDocument;
    Plan mBefore;
    Plan mAfter;
};

} // namespace Planar
