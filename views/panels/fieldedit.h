#pragma once

#include <QLineEdit>

#include <functional>

namespace Planar {

class FieldValidator;

/**
 * A line edit for one value of the plan. It keeps whatever is typed, says what is wrong with
 * it (problem()), and asks for a commit only with valid, changed text. Escape puts the
 * committed value back; Ctrl+Z undoes the field's own typing first and reaches the document's
 * undo only when the field holds its committed value.
 */
class FieldEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit FieldEdit(const QString &committed, QWidget *parent = nullptr);

    /** What the text must satisfy: @p validator (may be null), required unless @p optional,
     *  and @p check, a problem the plan sees in changed text (an id already taken). */
    void setRules(FieldValidator *validator, bool optional,
                  std::function<QString(const QString &)> check = {});
    QString committedText() const { return mCommitted; }
    /** The text differs from the committed value. */
    bool isChanged() const;
    /** Why the changed text cannot be committed; empty when it can, or when unchanged. */
    QString problem() const { return mProblem; }
    /** Back to the committed value. */
    void revert();
    /** Commits the typed text now, as Enter would: Save takes what the user sees. */
    void commitTyped() { finish(); }

Q_SIGNALS:
    /** Enter or focus-out with changed text that has no problem. */
    void commitRequested(const QString &text);
    void problemChanged(const QString &problem);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void judge();
    void finish();

    QString mCommitted;
    FieldValidator *mValidator = nullptr;
    bool mOptional = true;
    std::function<QString(const QString &)> mCheck;
    QString mProblem;
};

} // namespace Planar
