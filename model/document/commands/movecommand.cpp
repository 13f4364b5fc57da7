#include "movecommand.h"

#include "commandids.h"
#include "document/plandocument.h"

#include <QCoreApplication>

namespace Planar {

MoveItemsCommand::MoveItemsCommand(PlanDocument *document, Positions before, Positions after,
                                   int drag, QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document), mBefore(std::move(before)),
      mAfter(std::move(after)), mDrag(drag)
{
    setText(
        mAfter.size() == 1
            ? QCoreApplication::translate("Planar::Commands", "Move %1").arg(mAfter.begin().key())
            : QCoreApplication::translate("Planar::Commands", "Move %n items", nullptr,
                                          int(mAfter.size())));
}

int MoveItemsCommand::id() const
{
    return MoveItemsCommandId;
}

bool MoveItemsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveItemsCommand *>(other);
    if (mDrag == 0 || move->mDrag != mDrag) return false;
    // Keep the oldest "before" of each item and the newest "after".
    for (auto it = move->mBefore.cbegin(); it != move->mBefore.cend(); ++it)
        if (!mBefore.contains(it.key())) mBefore.insert(it.key(), it.value());
    for (auto it = move->mAfter.cbegin(); it != move->mAfter.cend(); ++it)
        mAfter.insert(it.key(), it.value());
    return true;
}

void MoveItemsCommand::redo()
{
    apply(mDocument, mAfter);
}

void MoveItemsCommand::undo()
{
    apply(mDocument, mBefore);
}

void MoveItemsCommand::apply(PlanDocument *document, const Positions &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        document->setPosition(it.key(), it.value());
}

} // namespace Planar
