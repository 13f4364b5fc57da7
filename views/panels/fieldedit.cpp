#include "fieldedit.h"

#include "fieldvalidator.h"
#include "theme.h"

#include <QKeyEvent>
#include <QPainter>

namespace Planar {

FieldEdit::FieldEdit(const QString &committed, QWidget *parent)
    : QLineEdit(parent), mCommitted(committed)
{
    // QLineEdit cuts text at 32767 characters: a longer value (an over-long id) must be held
    // whole, or a commit would silently save the cut.
    setMaxLength(std::max<int>(maxLength(), int(committed.size())));
    setText(committed);
    setCursorPosition(0); // long text shows its beginning, not its end
    connect(this, &QLineEdit::textChanged, this, &FieldEdit::judge);
    connect(this, &QLineEdit::editingFinished, this, &FieldEdit::finish);
}

void FieldEdit::setRules(FieldValidator *validator, bool optional,
                         std::function<QString(const QString &)> check)
{
    // Not QLineEdit::setValidator: a validator there drops the keystrokes it refuses, and the
    // user never learns why "My Net" became "yet".
    mValidator = validator;
    mOptional = optional;
    mCheck = std::move(check);
    judge();
}

bool FieldEdit::isChanged() const
{
    return text().trimmed() != mCommitted;
}

void FieldEdit::revert()
{
    setText(mCommitted);
    setCursorPosition(0);
}

void FieldEdit::judge()
{
    QString problem;
    if (isChanged()) {
        const QString typed = text().trimmed();
        if (mValidator)
            problem = mValidator->problem(typed);
        else if (!mOptional && typed.isEmpty())
            problem = tr("Required.");
        if (problem.isEmpty() && mCheck) problem = mCheck(typed);
    }
    setToolTip(problem);
    if (problem == mProblem) return;
    mProblem = problem;
    update();
    Q_EMIT problemChanged(problem);
}

void FieldEdit::finish()
{
    // Enter and focus-out both end an edit; text with a problem stays as typed, uncommitted.
    if (!isChanged() || !mProblem.isEmpty()) return;
    const QString typed = text().trimmed();
    mCommitted = typed; // the form is rebuilt from the plan soon; until then, no second commit
    Q_EMIT commitRequested(typed);
}

bool FieldEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Escape and Ctrl+Z belong to the field while it holds typing of its own; otherwise
        // they go on to the window (the select tool, the document's undo).
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->setAccepted(isChanged());
            return true;
        }
        if (key->matches(QKeySequence::Undo)) {
            event->setAccepted(isChanged());
            return true;
        }
        if (key->matches(QKeySequence::Redo)) {
            event->setAccepted(isRedoAvailable());
            return true;
        }
    }
    return QLineEdit::event(event);
}

void FieldEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && isChanged()) {
        revert();
        return;
    }
    if (event->matches(QKeySequence::Undo) && isChanged()) {
        // The line edit's own history may not reach back to the committed value (the form was
        // rebuilt with the typed text in it): then the committed value is the step back.
        if (isUndoAvailable())
            undo();
        else
            revert();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void FieldEdit::paintEvent(QPaintEvent *event)
{
    QLineEdit::paintEvent(event);
    if (mProblem.isEmpty()) return;
    // A red frame drawn over the normal one: it marks the field without changing its size.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Theme::ErrorColor, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 2, 2);
}

} // namespace Planar
