#include "planview.h"

#include "planscene.h"
#include "theme.h"

#include <QScrollBar>
#include <QWheelEvent>

namespace Planar {

PlanView::PlanView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape); // not every link crossing the band
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    // Every item sets the pen, brush, font and hints it draws with: saving and restoring the
    // painter around each of thousands of items is wasted.
    setOptimizationFlag(DontSavePainterState);
}

void PlanView::zoomBy(qreal factor)
{
    mFollowFit = false; // the user chose a zoom: resizes keep it
    // Out to half the fitted zoom (a 10,000-VM plan fits at 3 %), in to 400 %.
    const qreal next = qBound(qMin(0.05, fitZoom() / 2), zoom() * factor, 4.0);
    scale(next / zoom(), next / zoom());
    zoomChanged();
}

qreal PlanView::fitZoom() const
{
    if (!scene() || scene()->sceneRect().isEmpty()) return 1;
    const QRectF r = scene()->sceneRect();
    return qMin(viewport()->width() / r.width(), viewport()->height() / r.height());
}

void PlanView::fitAll()
{
    if (!scene()) return;
    QRectF all = scene()->sceneRect();
    // Far out, the rings around cards with findings reach 10 px past the cards at the edges.
    if (const qreal zoom = fitZoom(); zoom < Theme::DetailZoom)
        all.adjust(-10 / zoom, -10 / zoom, 10 / zoom, 10 / zoom);
    fitInView(all, Qt::KeepAspectRatio);
    // Small plans stay at 100 %, in the middle (not wherever the mouse happens to be).
    if (zoom() > 1.0) setTransform(QTransform());
    centerOn(scene()->sceneRect().center());
    mFollowFit = true;
    zoomChanged();
}

void PlanView::zoomChanged()
{
    // Far out the scene draws the cards itself (the items are silent) and its bundles and
    // rings reach past any item that changes: the whole view repaints, the blocks are cheap.
    const bool farOut = zoom() < Theme::DetailZoom;
    setViewportUpdateMode(farOut ? FullViewportUpdate : SmartViewportUpdate);
    if (auto *planScene = qobject_cast<PlanScene *>(scene())) planScene->setFarOut(farOut);
    Q_EMIT viewChanged();
}

void PlanView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (mFollowFit) fitAll();
    Q_EMIT viewChanged();
}

void PlanView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewChanged();
}

void PlanView::centreOn(const QRectF &rect)
{
    if (rect.isNull()) return;
    mFollowFit = false; // the user is looking at something: a resize must not take it away
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (rect.width() > visible.width() || rect.height() > visible.height())
        fitInView(rect.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    centerOn(rect.center());
    zoomChanged();
}

void PlanView::zoomTo(const QRectF &rect)
{
    if (rect.isNull()) return;
    mFollowFit = false;
    fitInView(rect.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    // One card would fill the window: 150 % shows it with its neighbours.
    if (zoom() > 1.5) setTransform(QTransform::fromScale(1.5, 1.5));
    centerOn(rect.center());
    zoomChanged();
}

void PlanView::lookAt(const QPointF &scenePos)
{
    mFollowFit = false;
    centerOn(scenePos);
}

void PlanView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PlanView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        mPanning = true;
        mPanStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PlanView::mouseMoveEvent(QMouseEvent *event)
{
    if (mPanning) {
        const QPoint delta = event->position().toPoint() - mPanStart;
        mPanStart = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void PlanView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning && event->button() == Qt::MiddleButton) {
        mPanning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace Planar
