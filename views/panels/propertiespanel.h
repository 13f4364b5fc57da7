#pragma once

#include "fieldvalidator.h"

#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QTimer;

namespace Planar {

class PlanDocument;

/** One editable value in the properties panel and how committing it changes the plan. */
struct PropertyField {
    enum class Editor { Line, Choice, Checks, Button, Section };
    QString name; // object name of the editor, e.g. "cidr", "nic0.ip"
    QString label;
    QString value;
    Editor editor = Editor::Line;
    std::optional<FieldValidator::Kind> kind;
    bool optional = true;
    QList<QPair<QString, QString>> choices; // (shown text, value)
    // For Checks, value and commit carry the ticked values joined by ','.
    std::function<void(const QString &)> commit;
    /** A problem the plan sees in the text (an id already taken); empty when fine. */
    std::function<QString(const QString &)> check;
};

/**
 * Edits the fields of the selected item (or, for the cluster card, the plan settings). Every
 * committed change is one undo command; a field with text it cannot commit keeps the text,
 * turns red and says why in the hint area under the form, which never moves the fields.
 */
class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesPanel(PlanDocument *document, QWidget *parent = nullptr);

    void showKey(const QString &key);
    QString key() const { return mKey; }
    /** The editor of field @p name, for tests and keyboard focus. */
    QWidget *editor(const QString &name) const;
    /** Why the text of field @p name cannot be committed; empty when it is fine. */
    QString hint(const QString &name) const;
    /** Puts the keyboard in the form's first field (the id), its text selected; false when
     *  the form has no field. */
    bool focusFirstField();
    /** The area under the form that lists the fields' problems. */
    QLabel *hintArea() const { return mHints; }

Q_SIGNALS:
    /** A rename gave the shown item a new id: the canvas should select it. */
    void selectRequested(const QStringList &keys);

private:
    void scheduleRefresh();
    void rebuild();
    /** Runs a field's commit; rebuilds it causes wait until it has returned. */
    void commitFrom(const std::function<void(const QString &)> &commit, const QString &text);
    QList<PropertyField> fieldsFor(const QString &key);
    void addField(QFormLayout *form, const PropertyField &field);
    void addChecks(QFormLayout *form, const PropertyField &field);
    void updateHints();

    PlanDocument *mDocument;
    QString mKey;
    QLabel *mTitle;
    QScrollArea *mScroll;
    QWidget *mForm = nullptr;
    QTimer *mRefresh;
    QLabel *mHints;
    QHBoxLayout *mButtonRow = nullptr; // the row the next button joins, while rebuilding
    QString mSection;                  // the section heading fields join, while rebuilding
    // A commit runs inside a signal of one of the form's editors (editingFinished during a
    // focus change, activated, clicked): the form must outlive it, so rebuilds wait.
    int mCommitDepth = 0;
    bool mRebuildAfterCommit = false;
    QString mFormKey;         // the item the current form edits
    bool mCarryEdits = false; // the next form is the same item's, under a new id
};

} // namespace Planar
