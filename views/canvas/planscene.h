#pragma once

#include "autolayout.h"
#include "document/entity.h"
#include "entityitem.h"
#include "linkbundles.h"
#include "linkitem.h"
#include "sceneindex.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

class QTimer;
class QGraphicsPathItem;

namespace Planar {

class PlanDocument;

/**
 * The canvas: mirrors a PlanDocument by id. It builds one card per entity and one arrow per
 * link, and on each document signal updates only the items concerned. Moving cards pushes
 * MoveItemsCommands (one undo step per drag); the link tool asks for a new link by signal.
 */
class PlanScene : public QGraphicsScene {
    Q_OBJECT
public:
    enum class Tool { Select, Link };

    explicit PlanScene(PlanDocument *document, QObject *parent = nullptr);
    ~PlanScene() override;

    PlanDocument *document() const { return mDocument; }
    EntityItem *entityItem(const QString &key) const { return mItems.value(key); }
    const QHash<QString, EntityItem *> &entityItems() const { return mItems; }
    LinkItem *linkItem(const QString &key) const { return mLinks.value(key); }
    QStringList selectedKeys() const;
    void selectKeys(const QStringList &keys);
    /** Scene rectangle that holds the items of @p keys (null when none is shown). */
    QRectF boundsOf(const QStringList &keys) const;

    Tool tool() const { return mTool; }
    void setTool(Tool tool);
    bool snapToGrid() const { return mSnap; }
    void setSnapToGrid(bool snap) { mSnap = snap; }
    QPointF snapped(const QPointF &pos) const;

    /** The plane bands' strips as the auto-arrangement laid them out (wrapped plans have many). */
    const QList<BandStrip> &strips() const { return mStrips; }
    /**
     * A free spot in the right band for a new entity of @p size (VMs go above @p hostId): where
     * it belongs, moved right (or down, within the band) until no card is under it.
     */
    QPointF placeForNew(ItemKind kind, Plane plane = Plane::Vm, const QString &hostId = {},
                        const QSizeF &size = {}) const;
    /** How far to move cards at @p rects (a pasted group) so that none lands on a card. */
    QPointF freeOffset(const QList<QRectF> &rects) const;
    /** Moves every card to its auto-arranged place, as one undo step. */
    void arrangeAll();

    /** Colours cards by the latest findings; keys missing from @p statuses become normal. */
    void setStatuses(const QHash<QString, QPair<ItemStatus, QString>> &statuses);
    void setLinkStates(const QHash<QString, QPair<LinkState, QString>> &states);

    /** Called by cards when they moved: arrows and frames follow. */
    void itemMoved(EntityItem *item);
    /** Dotted lines from the selected workload to the nodes it is placed on (`nodes`). */
    int placementLineCount() const { return int(mPlacement.size()); }
    /**
     * View ▸ Show Cluster System Flows: thin grey lines between the cluster's nodes, one per
     * pair of nodes with system flows, whose tooltip names each port and why (ClusterFlows).
     */
    void setShowSystemFlows(bool show);
    bool showsSystemFlows() const { return mShowSystemFlows; }
    const QList<QGraphicsPathItem *> &systemFlowLines() const { return mSystemFlows; }
    /** Each link's ends (card keys), by link key. */
    const QHash<QString, QPair<QString, QString>> &linkEnds() const { return mLinkEnds; }
    /** The links as drawn far out, below Theme::DetailZoom. */
    const LinkBundles &linkBundles() const { return mBundles; }
    /**
     * The view is zoomed out below Theme::DetailZoom: the scene then draws every card as a
     * block in one pass, and the items (still hit, selected and dragged) draw nothing.
     */
    void setFarOut(bool farOut);
    bool farOut() const { return mFarOut; }
    /** Links go around cards (LinkRouter) unless the plan has too many for that to be cheap. */
    bool routesLinks() const;
    /** The cards in the way of @p segment (LinkRouter's question). */
    QList<QRectF> cardsAlong(const QLineF &segment) const;
    /** No card and no tag but @p tag's own covers @p rect. */
    bool tagSpotFree(const QRectF &rect, const QGraphicsItem *tag) const;
    /** Records where @p tag sits (a null @p rect: nowhere), so other tags keep off it. */
    void placeTag(const QGraphicsItem *tag, const QRectF &rect);
    /** Plans with more links than this draw them straight (and tags still avoid cards). */
    static constexpr qsizetype RouteLimit = 20000;

    // Collapsing (scenefolds.cpp): view state, never a document edit or an undo step.
    /** @p key is a host with VMs or a zone with members (or is collapsed already). */
    bool canCollapse(const QString &key) const;
    bool isCollapsed(const QString &key) const { return mCollapsed.contains(key); }
    /** Folds what host or zone @p key holds into its card, or brings it back where it was. */
    void setCollapsed(const QString &key, bool collapsed);
    void expandAll();
    const QSet<QString> &collapsedKeys() const { return mCollapsed; }
    /** The collapsed card that hides @p key; empty when @p key is shown. */
    QString hiddenBy(const QString &key) const { return mHiddenBy.value(key); }
    /** Expands whatever hides @p key. */
    void reveal(const QString &key);

Q_SIGNALS:
    void linkRequested(const QString &fromKey, const QString &toKey);
    /** Cards, links or their colours changed; emitted once the scene has settled. */
    void pictureChanged();
    /** A host or zone was collapsed or expanded. */
    void foldsChanged();
    /** The user asked for the context menu at @p screenPos (over @p key's card, or none). */
    void contextMenuRequested(const QString &key, const QPoint &screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void createItem(const QString &key);
    void createLink(const QString &key);
    void removeLink(const QString &key);
    void updateLink(const QString &key);
    void updateClusterCard();
    void refreshZoneColours();
    void updatePlacement();
    void onAdded(const QString &key);
    void onRemoved(const QString &key, ItemKind kind);
    void onChanged(const QString &key);
    void onPositionChanged(const QString &id);
    QPointF autoPosition(const QString &key) const;
    EntityItem *entityAt(const QPointF &scenePos) const;
    void pushDragMoves();
    // Far out (sceneoverview.cpp)
    static bool isFarOut(const QPainter *painter);
    void drawFarOut(QPainter *painter, const QRectF &rect);
    void repaintFarOut();
    void scheduleDecorations();
    void updateDecorations();
    /** Re-routes, soon, the links (not those of @p except) whose path comes near @p area. */
    void invalidateRoutes(const QRectF &area, const EntityItem *except);
    void reroute();
    void updateSystemFlows();
    // Folds (scenefolds.cpp)
    QHash<QString, QStringList> foldMembers() const;
    QString foldMarker(const QString &key, const QStringList &hidden) const;
    void refreshFolds();
    void updateFoldStatuses();
    void refoldLinks();
    /** The card drawn for @p key: its own, or the collapsed card hiding it. */
    EntityItem *shownItem(const QString &key) const;

    PlanDocument *mDocument;
    QHash<QString, EntityItem *> mItems;
    QHash<QString, LinkItem *> mLinks;
    QHash<QString, QPair<QString, QString>> mLinkEnds;
    QMultiHash<QString, QString> mLinksByEnd;
    QHash<QString, QGraphicsItem *> mFrames; // namespace frames
    QHash<QString, QPointF> mAutoPositions;
    qreal mSideX = 0;
    QList<BandStrip> mStrips;
    QHash<QString, QPair<ItemStatus, QString>> mStatuses;
    QHash<QString, QPair<LinkState, QString>> mLinkStates;
    Tool mTool = Tool::Select;
    bool mSnap = true;
    bool mApplyingModel = false;
    int mDragSerial = 0;
    EntityItem *mLinkFrom = nullptr;
    QGraphicsLineItem *mRubberLink = nullptr;
    QTimer *mDecorationTimer;
    SceneIndex mIndex;
    QTimer *mRerouteTimer;
    QSet<QString> mReroute; // link keys waiting for reroute()
    QList<QGraphicsLineItem *> mPlacement;
    bool mShowSystemFlows = false;
    QList<QGraphicsPathItem *> mSystemFlows;
    LinkBundles mBundles{this};
    bool mFarOut = false;
    QSet<QString> mCollapsed;
    QHash<QString, QString> mHiddenBy;        // hidden card → the collapsed card hiding it
    QHash<QString, QStringList> mFoldMembers; // collapsed card → the cards it hides
    bool mMarkerClicked = false; // the press of a double-click expanded a card by its marker
};

} // namespace Planar
