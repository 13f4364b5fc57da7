#include "plancommands.h"

#include "document/planedits.h"

#include <QCoreApplication>

namespace Planar {

EditSettingsCommand::EditSettingsCommand(PlanDocument *document, PlanSettings after,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document), mBefore(document->settings()),
      mAfter(std::move(after))
{
    setText(QCoreApplication::translate("Planar::Commands", "Edit plan settings"));
}

void EditSettingsCommand::redo()
{
    mDocument->setSettings(mAfter);
}

void EditSettingsCommand::undo()
{
    mDocument->setSettings(mBefore);
}

RenameCommand::RenameCommand(PlanDocument *document, const QString &oldId, const QString &newId,
                             QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document), mBefore(document->plan()),
      mAfter(renamedPlan(document->plan(), oldId, newId))
{
    setText(QCoreApplication::translate("Planar::Commands", "Rename %1 to %2").arg(oldId, newId));
}

void RenameCommand::redo()
{
    mDocument->replacePlan(mAfter);
}

void RenameCommand::undo()
{
    mDocument->replacePlan(mBefore);
}

} // namespace Planar
