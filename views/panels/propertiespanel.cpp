#include "propertiespanel.h"

#include "displaytext.h"
#include "theme.h"
#include "document/plandocument.h"
#include "fieldedit.h"
#include "propertyfields.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Planar {

PropertiesPanel::PropertiesPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mTitle(new QLabel(this)),
      mScroll(new QScrollArea(this)), mRefresh(new QTimer(this)), mHints(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    QFont font = mTitle->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() + 1);
    mTitle->setFont(font);
    mTitle->setWordWrap(true);
    layout->addWidget(mTitle);
    mScroll->setWidgetResizable(true);
    mScroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(mScroll, 1);
    // The hints live under the form, not under each field: showing one never moves a field
    // (the next click would land in the wrong one), and the area grows to its whole text.
    mHints->setObjectName(QStringLiteral("hints"));
    mHints->setWordWrap(true);
    mHints->setTextFormat(Qt::RichText);
    mHints->setContentsMargins(2, 4, 2, 2);
    mHints->setMinimumHeight(2 * mHints->fontMetrics().lineSpacing() + 6);
    mHints->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(mHints);
    mRefresh->setSingleShot(true);
    mRefresh->setInterval(0);
    connect(mRefresh, &QTimer::timeout, this, &PropertiesPanel::rebuild);
    connect(document, &PlanDocument::entityChanged, this, [this](const QString &key) {
        if (key == mKey) scheduleRefresh();
    });
    connect(document, &PlanDocument::entityRemoved, this, [this](const QString &key) {
        if (key == mKey) showKey({});
    });
    connect(document, &PlanDocument::settingsChanged, this, [this] {
        if (mKey.startsWith(u'@')) scheduleRefresh();
    });
    connect(document, &PlanDocument::planReset, this, &PropertiesPanel::scheduleRefresh);
    rebuild();
}

void PropertiesPanel::showKey(const QString &key)
{
    if (key == mKey && mForm && !mRebuildAfterCommit) return;
    // A rename commits by selecting the new id: that is still the same item, whose other
    // fields may hold typing the user has not finished.
    if (mCommitDepth > 0) mCarryEdits = true;
    mKey = key;
    rebuild();
}

void PropertiesPanel::commitFrom(const std::function<void(const QString &)> &commit,
                                 const QString &text)
{
    // A rename re-selects the item (and resets the scene), which asks for a new form while the
    // editor that committed is still in its signal, maybe in the middle of losing focus: it is
    // rebuilt once the commit has returned, from the event loop.
    ++mCommitDepth;
    commit(text);
    if (--mCommitDepth == 0 && mRebuildAfterCommit) scheduleRefresh();
}

void PropertiesPanel::scheduleRefresh()
{
    mRefresh->start();
}

QWidget *PropertiesPanel::editor(const QString &name) const
{
    return mForm ? mForm->findChild<QWidget *>(name) : nullptr;
}

QString PropertiesPanel::hint(const QString &name) const
{
    const auto *edit = qobject_cast<const FieldEdit *>(editor(name));
    return edit ? edit->problem() : QString();
}

bool PropertiesPanel::focusFirstField()
{
    if (mRebuildAfterCommit || mRefresh->isActive()) rebuild(); // the form the user will see
    FieldEdit *first = mForm ? mForm->findChild<FieldEdit *>() : nullptr;
    if (!first) return false;
    first->setFocus(Qt::ShortcutFocusReason);
    first->selectAll();
    return true;
}

void PropertiesPanel::updateHints()
{
    QStringList lines;
    if (mForm)
        for (const FieldEdit *edit : mForm->findChildren<FieldEdit *>())
            if (!edit->problem().isEmpty())
                lines << QStringLiteral("<b>%1</b>: %2")
                             .arg(edit->property("fieldLabel").toString().toHtmlEscaped(),
                                  edit->problem().toHtmlEscaped());
    if (lines.isEmpty()) {
        mHints->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::MutedTextColor.name()));
        mHints->setText(mKey.isEmpty() ? QString()
                                       : tr("Enter or Tab applies a field; Esc puts it back."));
    } else {
        mHints->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::ErrorColor.name()));
        mHints->setText(lines.join(QStringLiteral("<br>")));
    }
    // A taller hint area takes height from the scroll area: keep the field being typed in seen.
    if (QWidget *focused = QApplication::focusWidget();
        focused && mForm && mForm->isAncestorOf(focused))
        QTimer::singleShot(0, mScroll, [scroll = mScroll, focused = QPointer<QWidget>(focused)] {
            if (focused) scroll->ensureWidgetVisible(focused, 0, 4);
        });
}

QList<PropertyField> PropertiesPanel::fieldsFor(const QString &key)
{
    return buildPropertyFields(mDocument, key,
                               [this](const QStringList &keys) { Q_EMIT selectRequested(keys); });
}

void PropertiesPanel::rebuild()
{
    if (mCommitDepth > 0) {
        mRebuildAfterCommit = true;
        return;
    }
    mRebuildAfterCommit = false;
    mRefresh->stop();
    // Editing a field re-creates the form; keep the keyboard where the user is.
    const QWidget *focused = QApplication::focusWidget();
    const QString focusName =
        focused && mForm && mForm->isAncestorOf(focused) ? focused->objectName() : QString();
    if (!mKey.isEmpty() && !mKey.startsWith(u'@') && !mDocument->contains(mKey)) mKey.clear();
    // Typing not committed yet (invalid, or in a field other than the one that committed)
    // survives the rebuild of the same item's form, unless the plan's value under it changed.
    struct Pending {
        QString committed;
        QString text;
        int cursor;
    };
    QHash<QString, Pending> pending;
    if (mForm && (mFormKey == mKey || mCarryEdits))
        for (const FieldEdit *edit : mForm->findChildren<FieldEdit *>())
            if (edit->isChanged())
                pending.insert(edit->objectName(),
                               {edit->committedText(), edit->text(), edit->cursorPosition()});
    mCarryEdits = false;
    mFormKey = mKey;

    // The form sits on top of a stretch, so that spare height stays below the last row instead
    // of opening gaps between the sections.
    auto *form = new QWidget;
    auto *page = new QVBoxLayout(form);
    page->setContentsMargins(0, 0, 0, 0);
    auto *rows = new QWidget;
    page->addWidget(rows);
    page->addStretch(1);
    auto *layout = new QFormLayout(rows);
    mButtonRow = nullptr;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    const QList<PropertyField> fields = mKey.isEmpty() ? QList<PropertyField>() : fieldsFor(mKey);
    if (mKey.isEmpty())
        mTitle->setText(tr("Select an item to edit its properties."));
    else if (!fields.isEmpty())
        mTitle->setText(displayText(fields.first().label, 2 * DisplayTextMax));
    mSection.clear();
    for (qsizetype i = 1; i < fields.size(); ++i)
        addField(layout, fields[i]);
    for (FieldEdit *edit : form->findChildren<FieldEdit *>()) {
        const auto it = pending.constFind(edit->objectName());
        if (it == pending.cend() || it->committed != edit->committedText()) continue;
        edit->setText(it->text);
        edit->setCursorPosition(it->cursor);
    }

    // The old form goes quiet first (losing focus below must not commit its text again), then
    // leaves the scroll area without being deleted there: QScrollArea::setWidget would delete
    // it at once, and whoever called us may still be inside one of its editors.
    QWidget *old = mScroll->takeWidget();
    if (old) {
        for (QObject *child : old->findChildren<QObject *>())
            disconnect(child, nullptr, this, nullptr);
        old->hide();
        old->deleteLater();
    }
    mForm = form;
    mScroll->setWidget(form);
    if (!focusName.isEmpty()) {
        QWidget *w = form->findChild<QWidget *>(focusName);
        (w ? w : mScroll)->setFocus();
    }
    updateHints();
}

void PropertiesPanel::addField(QFormLayout *form, const PropertyField &field)
{
    if (field.editor != PropertyField::Editor::Button) mButtonRow = nullptr;
    switch (field.editor) {
    case PropertyField::Editor::Section: {
        if (field.label.isEmpty()) { // a break before a section's buttons, not a heading
            form->addItem(new QSpacerItem(0, 4, QSizePolicy::Minimum, QSizePolicy::Fixed));
            return;
        }
        mSection = displayText(field.label);
        auto *label = new QLabel(mSection);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setContentsMargins(0, 8, 0, 0);
        form->addRow(label);
        return;
    }
    case PropertyField::Editor::Button: {
        auto *button = new QPushButton(displayText(field.label));
        button->setObjectName(field.name);
        const auto commit = field.commit;
        connect(button, &QPushButton::clicked, this, [this, commit] { commitFrom(commit, {}); });
        // Buttons that follow each other share one row under the editors, each as wide as its
        // text: they act on the section above and should not look like one more field.
        if (!mButtonRow) {
            auto *row = new QWidget;
            mButtonRow = new QHBoxLayout(row);
            mButtonRow->setContentsMargins(0, 0, 0, 0);
            mButtonRow->addStretch(1);
            form->addRow(QString(), row);
        }
        mButtonRow->insertWidget(mButtonRow->count() - 1, button);
        return;
    }
    case PropertyField::Editor::Choice: {
        auto *combo = new QComboBox;
        combo->setObjectName(field.name);
        for (const auto &[text, value] : field.choices)
            combo->addItem(displayText(text), value);
        int index = combo->findData(field.value);
        if (index < 0) {
            // A value the plan has but the list does not (a dangling reference): show it as is.
            combo->addItem(tr("%1 (unknown)").arg(displayText(field.value)), field.value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        const auto commit = field.commit;
        const QString before = field.value;
        connect(combo, &QComboBox::activated, this, [this, combo, commit, before] {
            if (combo->currentData().toString() != before)
                commitFrom(commit, combo->currentData().toString());
        });
        form->addRow(displayText(field.label), combo);
        return;
    }
    case PropertyField::Editor::Checks: {
        addChecks(form, field);
        return;
    }
    case PropertyField::Editor::Line:
        break;
    }
    auto *edit = new FieldEdit(field.value);
    edit->setObjectName(field.name);
    // Hints name their field; "IP" alone is ambiguous on a host with two NICs.
    edit->setProperty("fieldLabel", mSection.isEmpty() || !field.name.contains(u'.')
                                        ? displayText(field.label)
                                        : tr("%1, %2").arg(mSection, displayText(field.label)));
    FieldValidator *validator = nullptr;
    if (field.kind) {
        validator = new FieldValidator(*field.kind, field.optional, edit);
        if (*field.kind == FieldValidator::Kind::Integer &&
            field.name.contains(QLatin1String("level")))
            validator->setRange(1, 4);
        else if (*field.kind == FieldValidator::Kind::Integer)
            validator->setRange(1, 100000);
    }
    edit->setRules(validator, field.optional, field.check);
    connect(edit, &FieldEdit::problemChanged, this, &PropertiesPanel::updateHints);
    const auto commit = field.commit;
    connect(edit, &FieldEdit::commitRequested, this,
            [this, commit](const QString &text) { commitFrom(commit, text); });
    form->addRow(displayText(field.label), edit);
}

void PropertiesPanel::addChecks(QFormLayout *form, const PropertyField &field)
{
    auto *list = new QListWidget;
    list->setObjectName(field.name);
    const QStringList ticked = field.value.split(u',', Qt::SkipEmptyParts);
    auto addItem = [list, &ticked](const QString &text, const QString &value) {
        auto *item = new QListWidgetItem(displayText(text), list);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(value) ? Qt::Checked : Qt::Unchecked);
    };
    QStringList known;
    for (const auto &[text, value] : field.choices) {
        addItem(text, value);
        known << value;
    }
    // A value the plan has but the list does not (a dangling reference) stays visible, so that
    // unticking it is the way to drop it.
    for (const QString &value : ticked)
        if (!known.contains(value)) addItem(tr("%1 (unknown)").arg(displayText(value)), value);
    // Show every row up to a handful, then scroll.
    const int rows = std::clamp(list->count(), 1, 8);
    list->setFixedHeight(rows * list->sizeHintForRow(0) + 2 * list->frameWidth() + 2);
    const auto commit = field.commit;
    connect(list, &QListWidget::itemChanged, this, [this, list, commit] {
        QStringList checked;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                checked << list->item(i)->data(Qt::UserRole).toString();
        commitFrom(commit, checked.join(u','));
    });
    form->addRow(displayText(field.label), list);
}

} // namespace Planar
