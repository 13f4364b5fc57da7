#include "minimap.h"

#include "planscene.h"
#include "planview.h"
#include "theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace Planar {

namespace {
constexpr qreal Margin = 4;
constexpr qreal RingRadius = 4;
const QColor ViewportColor(0x19, 0x76, 0xd2);
} // namespace

MiniMap::MiniMap(PlanView *view, QWidget *parent)
    : QWidget(parent), mView(view), mTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("miniMap"));
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
    // Long enough that a drag or a burst of edits makes one picture, short enough to follow.
    mTimer->setSingleShot(true);
    mTimer->setInterval(300);
    connect(mTimer, &QTimer::timeout, this, &MiniMap::refresh);
    connect(view, &PlanView::viewChanged, this, qOverload<>(&QWidget::update));
    if (auto *scene = qobject_cast<PlanScene *>(view->scene()))
        connect(scene, &PlanScene::pictureChanged, this, &MiniMap::schedule);
}

void MiniMap::schedule()
{
    mStale = true;
    // A hidden map costs nothing: it takes its picture when it is shown.
    if (isVisible()) mTimer->start();
}

void MiniMap::refresh()
{
    mTimer->stop();
    auto *scene = qobject_cast<PlanScene *>(mView->scene());
    if (!scene) return;
    mSceneRect = scene->sceneRect();
    const QSizeF picture = target().size();
    if (picture.width() < 1 || picture.height() < 1) return;
    const qreal dpr = devicePixelRatioF();
    mPicture = QImage((picture * dpr).toSize().expandedTo(QSize(1, 1)),
                      QImage::Format_ARGB32_Premultiplied);
    mPicture.setDevicePixelRatio(dpr);
    mPicture.fill(Qt::white);

    // Not the scene's own rendering: bands and blocks are all a map this small can show, and
    // drawing them straight is a fraction of the cost.
    QPainter painter(&mPicture);
    const qreal scale = picture.width() / mSceneRect.width();
    painter.scale(scale, scale);
    painter.translate(-mSceneRect.topLeft());
    for (const BandStrip &strip : scene->strips())
        painter.fillRect(QRectF(mSceneRect.left(), strip.top, mSceneRect.width(), strip.height),
                         Theme::bandColor(strip.band));
    QList<const EntityItem *> flagged;
    for (const EntityItem *card : scene->entityItems()) {
        if (!card->isVisible()) continue; // folded into a collapsed card
        painter.fillRect(card->sceneRect(), card->blockColor());
        if (card->shownStatus() == ItemStatus::Error || card->shownStatus() == ItemStatus::Warning)
            flagged << card;
    }
    // Cards with findings ringed, errors on top, as on the canvas far out.
    painter.resetTransform();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    std::stable_sort(flagged.begin(), flagged.end(), [](const EntityItem *a, const EntityItem *b) {
        return a->shownStatus() < b->shownStatus();
    });
    for (const EntityItem *card : std::as_const(flagged)) {
        const QPointF at = (card->sceneBoundingRect().center() - mSceneRect.topLeft()) * scale;
        painter.setPen(QPen(card->blockColor(), 1.5));
        painter.drawEllipse(at, RingRadius, RingRadius);
    }
    painter.end();
    mStale = false;
    update();
}

QRectF MiniMap::target() const
{
    // Where the map sits: as large as fits, centred. A resize shows the last picture scaled
    // until the new one is drawn.
    const QSizeF room = QSizeF(size()) - QSizeF(2 * Margin, 2 * Margin);
    if (mSceneRect.isEmpty() || room.isEmpty()) return {};
    const QSizeF picture = mSceneRect.size().scaled(room, Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - picture.width()) / 2, (height() - picture.height()) / 2),
                  picture);
}

QPointF MiniMap::toWidget(const QPointF &scenePos) const
{
    const QRectF map = target();
    if (map.isEmpty()) return {};
    return map.topLeft() + (scenePos - mSceneRect.topLeft()) * (map.width() / mSceneRect.width());
}

QPointF MiniMap::toScene(const QPointF &widgetPos) const
{
    const QRectF map = target();
    if (map.isEmpty()) return {};
    return mSceneRect.topLeft() + (widgetPos - map.topLeft()) * (mSceneRect.width() / map.width());
}

QRectF MiniMap::viewportRect() const
{
    const QRectF visible = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    return QRectF(toWidget(visible.topLeft()), toWidget(visible.bottomRight()));
}

void MiniMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF map = target();
    if (mPicture.isNull() || map.isEmpty()) return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(map, mPicture);
    painter.setPen(QPen(palette().mid().color(), 1));
    painter.drawRect(map.adjusted(-0.5, -0.5, 0.5, 0.5));
    // The viewport; zoomed far in it would be a dot, so it keeps a size to be seen and grabbed.
    QRectF viewport = viewportRect().intersected(map);
    if (viewport.isEmpty()) return;
    const QPointF centre = viewport.center();
    viewport.setSize(viewport.size().expandedTo(QSizeF(8, 8)));
    viewport.moveCenter(centre);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = ViewportColor;
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.setPen(QPen(ViewportColor, 2));
    painter.drawRect(viewport);
}

void MiniMap::lookAt(const QPointF &widgetPos)
{
    const QRectF map = target();
    if (map.isEmpty()) return;
    const QPointF clamped(qBound(map.left(), widgetPos.x(), map.right()),
                          qBound(map.top(), widgetPos.y(), map.bottom()));
    mView->lookAt(toScene(clamped));
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    lookAt(event->position());
    event->accept();
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)) return QWidget::mouseMoveEvent(event);
    lookAt(event->position());
    event->accept();
}

void MiniMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    schedule();
}

void MiniMap::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, [this] {
        if (mStale) refresh();
    });
}

} // namespace Planar
