#pragma once

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

#include <optional>

namespace Planar {

class PlanDocument;

using Positions = QHash<QString, std::optional<QPointF>>;

/**
 * Moves items on the canvas. All the moves of one drag carry the same drag number and merge
 * into a single undo step; a drag number of 0 never merges (auto-arrange, nudges).
 */
class MoveItemsCommand : public QUndoCommand {
public:
    MoveItemsCommand(PlanDocument *document, Positions before, Positions after, int drag,
                     QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    static void apply(PlanDocument *document, const Positions &positions);

    PlanDocument *mDocument;
    Positions mBefore;
    Positions mAfter;
    int mDrag;
};

} // namespace Planar
