#pragma once

#include <QImage>
#include <QWidget>

class QTimer;

namespace Planar {

class PlanView;

/**
 * The whole plan in small — the plane bands, every card as a block in its canvas colour, rings
 * around cards with findings — with the canvas's viewport as a rectangle; clicking or dragging
 * in it moves the canvas there. The map is drawn a moment after the plan last changed and
 * kept, so that panning and zooming the canvas cost it nothing but the rectangle.
 */
class MiniMap : public QWidget {
    Q_OBJECT
public:
    explicit MiniMap(PlanView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {300, 200}; }
    /** Where the scene point @p scenePos is drawn in this widget. */
    QPointF toWidget(const QPointF &scenePos) const;
    QPointF toScene(const QPointF &widgetPos) const;
    /** The canvas's visible part, in this widget's coordinates. */
    QRectF viewportRect() const;
    /** Draws the map now (it is otherwise drawn after a pause in changes). */
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void lookAt(const QPointF &widgetPos);
    QRectF target() const;

    PlanView *mView;
    QTimer *mTimer;
    QImage mPicture;
    QRectF mSceneRect; // what the picture shows
    bool mStale = true;
};

} // namespace Planar
