#pragma once

#include <QGraphicsView>

namespace Planar {

/** The canvas view: Ctrl+wheel zooms at the cursor, middle-drag pans, rubber band selects. */
class PlanView : public QGraphicsView {
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void zoomBy(qreal factor);
    /** Shows the whole plan, and keeps showing it as the view resizes until the user zooms. */
    void fitAll();
    bool followsFit() const { return mFollowFit; }
    /** Scrolls @p rect into the middle, zooming out only if it does not fit. */
    void centreOn(const QRectF &rect);
    /** Zooms so that @p rect fills the view (not beyond 150 %), as View ▸ Zoom to Selection. */
    void zoomTo(const QRectF &rect);
    /** Puts the scene point @p scenePos in the middle of the view, as the minimap asks. */
    void lookAt(const QPointF &scenePos);
    /** The zoom at which the whole plan fits the view. */
    qreal fitZoom() const;

Q_SIGNALS:
    /** The visible part of the scene moved or changed size (scroll, zoom, resize). */
    void viewChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void zoomChanged();

    bool mPanning = false;
    bool mFollowFit = false;
    QPoint mPanStart;
};

} // namespace Planar
