#include "entitycommands.h"

#include "document/plandocument.h"

#include <QCoreApplication>

namespace Planar {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Planar::Commands", text);
}
} // namespace

AddEntityCommand::AddEntityCommand(PlanDocument *document, Entity entity,
                                   std::optional<QPointF> position, QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document), mEntity(std::move(entity)), mPosition(position)
{
    setText(tr("Add %1 %2").arg(itemKindName(kindOf(mEntity)), idOf(mEntity)).trimmed());
}

void AddEntityCommand::redo()
{
    if (mKey.isEmpty()) {
        mKey = kindOf(mEntity) == ItemKind::Link ? mDocument->newLinkKey(std::get<Link>(mEntity))
                                                 : idOf(mEntity);
    }
    // The position goes in first so that views creating the item already find it.
    if (mPosition && kindOf(mEntity) != ItemKind::Link)
        mDocument->setPosition(idOf(mEntity), mPosition);
    mDocument->insertEntity(mEntity, -1, mKey);
}

void AddEntityCommand::undo()
{
    mDocument->takeEntity(mKey);
    if (mPosition && kindOf(mEntity) != ItemKind::Link)
        mDocument->setPosition(idOf(mEntity), std::nullopt);
}

RemoveEntityCommand::RemoveEntityCommand(PlanDocument *document, const QString &key,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document), mKey(key)
{
    setText(tr("Delete %1 %2")
                .arg(itemKindName(document->kindOf(key)), isLinkKey(key) ? key.mid(5) : key));
}

void RemoveEntityCommand::redo()
{
    mEntity = mDocument->takeEntity(mKey, &mIndex);
    if (!isLinkKey(mKey)) {
        mPosition = mDocument->position(mKey);
        if (mPosition) mDocument->setPosition(mKey, std::nullopt);
    }
}

void RemoveEntityCommand::undo()
{
    if (mPosition) mDocument->setPosition(mKey, mPosition);
    mDocument->insertEntity(*mEntity, mIndex, mKey);
}

EditEntityCommand::EditEntityCommand(PlanDocument *document, const QString &key, Entity after,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document), mKey(key), mBefore(document->entity(key).value()),
      mAfter(std::move(after))
{
    setText(tr("Edit %1 %2").arg(itemKindName(kindOf(mAfter)), isLinkKey(key) ? key.mid(5) : key));
}

void EditEntityCommand::redo()
{
    mDocument->replaceEntity(mKey, mAfter);
}

void EditEntityCommand::undo()
{
    mDocument->replaceEntity(mKey, mBefore);
}

} // namespace Planar
