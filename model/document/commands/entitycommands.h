#pragma once

#include "document/entity.h"

#include <QPointF>
#include <QUndoCommand>

#include <optional>

namespace Planar {

class PlanDocument;

/** Adds one entity (and its canvas position) to the plan. */
class AddEntityCommand : public QUndoCommand {
public:
    AddEntityCommand(PlanDocument *document, Entity entity,
                     std::optional<QPointF> position = std::nullopt,
                     QUndoCommand *parent = nullptr);

    /** The document key of the new entity; known once the command has been redone. */
    QString key() const { return mKey; }

    void redo() override;
    void undo() override;

private:
    PlanDocument *mDocument;
    Entity mEntity;
    std::optional<QPointF> mPosition;
    QString mKey;
};

/** Removes one entity; undo puts it back at the same place in its list. */
class RemoveEntityCommand : public QUndoCommand {
public:
    RemoveEntityCommand(PlanDocument *document, const QString &key, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PlanDocument *mDocument;
    QString mKey;
    std::optional<Entity> mEntity;
    qsizetype mIndex = -1;
    std::optional<QPointF> mPosition;
};

/** Replaces an entity's fields, keeping its id. */
class EditEntityCommand : public QUndoCommand {
public:
    EditEntityCommand(PlanDocument *document, const QString &key, Entity after,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PlanDocument *mDocument;
    QString mKey;
    Entity mBefore;
    Entity mAfter;
};

} // namespace Planar
