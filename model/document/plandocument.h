#pragma once

#include "entity.h"

#include <QHash>
#include <QObject>
#include <QPointF>

#include <optional>

class QUndoStack;

namespace Planar {

/** The plan-wide values that are not entities: what the plan settings dialog edits. */
struct PlanSettings {
    QString name;
    QString description;
    QStringList profiles;
    QStringList adminNetworks;
    Cluster cluster;
    QList<PolicyRule> policy;
    std::optional<Review> reviewed;

    static PlanSettings of(const Plan &plan);
    void applyTo(Plan &plan) const;
    friend bool operator==(const PlanSettings &, const PlanSettings &) = default;
};

/**
 * The plan being edited: the only owner of the Plan while the editor runs. Every change goes
 * through a QUndoCommand that calls one of the mutators below; each mutator emits a signal
 * that names only what changed, so views update just those items.
 */
class PlanDocument : public QObject {
    Q_OBJECT
public:
    explicit PlanDocument(QObject *parent = nullptr);
    ~PlanDocument() override;

    const Plan &plan() const { return mPlan; }
    QUndoStack *undoStack() const { return mUndoStack; }

    QString filePath() const { return mFilePath; }
    void setFilePath(const QString &path);
    /** Unsaved edits exist: the undo stack is away from its clean index. */
    bool isDirty() const;
    /** Marks the current state as saved. */
    void setClean();
    /** Marks the plan as not saved anywhere yet (a restored recovery copy); undo cannot reach
     *  a clean state until the next save. */
    void setUnsaved();
    /** Starts over with @p plan: clears the undo history and emits planReset(). */
    void loadPlan(const Plan &plan, const QString &path = {});

    ItemKind kindOf(const QString &key) const { return mIndex.value(key).kind; }
    bool contains(const QString &key) const { return mIndex.contains(key); }
    std::optional<Entity> entity(const QString &key) const;
    /** Position of the entity in its plan list, -1 when absent. */
    qsizetype indexOf(const QString &key) const { return mIndex.value(key, {}).index; }
    /** Keys of one kind, in plan order. */
    QStringList keys(ItemKind kind) const;
    const QStringList &linkKeys() const { return mLinkKeys; }
    /** A key no link uses yet, derived from the link's id when it has one. */
    QString newLinkKey(const Link &link) const;

    std::optional<QPointF> position(const QString &id) const;
    PlanSettings settings() const { return PlanSettings::of(mPlan); }

    // Mutators. Only commands call these, so that every edit is undoable.
    void insertEntity(const Entity &entity, qsizetype index, const QString &key);
    Entity takeEntity(const QString &key, qsizetype *index = nullptr);
    /** Replaces the entity under @p key; its id must stay the same (renames use replacePlan). */
    void replaceEntity(const QString &key, const Entity &entity);
    /** Sets or (nullopt) clears the saved canvas position of @p id. */
    void setPosition(const QString &id, const std::optional<QPointF> &position);
    void setSettings(const PlanSettings &settings);
    /** Swaps the whole plan, keeping the undo history (renames, which touch many entities). */
    void replacePlan(const Plan &plan);

Q_SIGNALS:
    void entityAdded(const QString &key);
    void entityRemoved(const QString &key, Planar::ItemKind kind);
    void entityChanged(const QString &key);
    void positionChanged(const QString &id);
    void settingsChanged();
    void planReset();
    void dirtyChanged(bool dirty);
    void filePathChanged(const QString &path);
    /** After any edit of the plan's content: what live validation listens to. */
    void contentChanged();

private:
    struct Ref {
        ItemKind kind = ItemKind::None;
        qsizetype index = -1;
    };
    void rebuildIndex();
    void rebuildLayoutIndex();
    void assignLinkKeys();

    Plan mPlan;
    QUndoStack *mUndoStack;
    QString mFilePath;
    QHash<QString, Ref> mIndex;
    QStringList mLinkKeys; // parallel to mPlan.links
    QHash<QString, qsizetype> mLayoutIndex;
};

} // namespace Planar
