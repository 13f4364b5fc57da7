#pragma once
// Shared by the files that build the properties panel's fields (propertyfields.cpp and the
// editors split out of it): a builder whose every commit is one undo step, and small helpers.

#include "document/commands/entitycommands.h"
#include "document/plandocument.h"
#include "propertiespanel.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace Planar::Fields {

using Kind = FieldValidator::Kind;
using Editor = PropertyField::Editor;
using Choices = QList<QPair<QString, QString>>;

/** The panel's texts share one translation context, whichever file builds them: the one
 *  lupdate gives tr() calls in this namespace. */
inline QString tr(const char *text)
{
    return QCoreApplication::translate("Planar::Fields", text);
}

inline PropertyField makeField(const QString &name, const QString &label, const QString &value,
                               Editor editor, std::optional<Kind> kind = std::nullopt,
                               bool optional = true)
{
    PropertyField f;
    f.name = name;
    f.label = label;
    f.value = value;
    f.editor = editor;
    f.kind = kind;
    f.optional = optional;
    return f;
}

inline QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) out << part.trimmed();
    return out;
}

inline QString optionalInt(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

inline std::optional<int> toOptionalInt(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<int>(text.toInt());
}

Choices idChoices(const PlanDocument &doc, ItemKind kind, bool allowNone,
                  const std::function<bool(const QString &)> &keep = {});
Choices textChoices(const QStringList &values, bool allowNone);

/** Builds fields for one entity of type T; each commit edits a copy and pushes it. */
template <typename T> class Builder {
public:
    Builder(PlanDocument *document, const QString &key) : mDocument(document), mKey(key) {}

    QList<PropertyField> fields;

    void section(const QString &label) { fields << makeField({}, label, {}, Editor::Section); }

    void line(const QString &name, const QString &label, const QString &value,
              std::optional<Kind> kind, bool optional,
              std::function<void(T &, const QString &)> apply)
    {
        PropertyField f = makeField(name, label, value, Editor::Line, kind, optional);
        f.commit = committer(std::move(apply));
        fields << f;
    }

    void choice(const QString &name, const QString &label, const QString &value,
                const Choices &choices, std::function<void(T &, const QString &)> apply)
    {
        PropertyField f = makeField(name, label, value, Editor::Choice);
        f.choices = choices;
        f.commit = committer(std::move(apply));
        fields << f;
    }

    /** A list of checkable @p choices; @p checked are ticked. Commits the ticked values. */
    void checks(const QString &name, const QString &label, const QStringList &checked,
                const Choices &choices, std::function<void(T &, const QStringList &)> apply)
    {
        PropertyField f = makeField(name, label, checked.join(u','), Editor::Checks);
        f.choices = choices;
        f.commit = committer([apply](T &t, const QString &s) { apply(t, splitList(s)); });
        fields << f;
    }

    void button(const QString &name, const QString &label, std::function<void(T &)> apply)
    {
        PropertyField f = makeField(name, label, {}, Editor::Button);
        f.commit = committer([apply](T &t, const QString &) { apply(t); });
        fields << f;
    }

private:
    std::function<void(const QString &)> committer(std::function<void(T &, const QString &)> apply)
    {
        return [doc = mDocument, key = mKey, apply](const QString &text) {
            const auto entity = doc->entity(key);
            if (!entity) return;
            T value = std::get<T>(*entity);
            apply(value, text);
            if (Entity(value) == *entity) return;
            doc->undoStack()->push(new EditEntityCommand(doc, key, value));
        };
    }

    PlanDocument *mDocument;
    QString mKey;
};

} // namespace Planar::Fields
