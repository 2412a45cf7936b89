#include "MapView.h"

#include <QGraphicsItem>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace steward {
namespace {

constexpr double MinZoom = 0.01;
constexpr double MaxZoom = 8.0;

} // namespace

MapView::MapView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("mapGraphicsView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xfb));
}

void MapView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    const double apply = target / zoom();
    if (!qFuzzyCompare(apply, 1.0))
        scale(apply, apply);
}

void MapView::fitAll()
{
    if (!scene())
        return;
    fitInView(scene()->itemsBoundingRect().adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        zoomBy(1.5 / zoom());
}

void MapView::zoomToItem(QGraphicsItem *item)
{
    if (!item)
        return;
    const QRectF rect = item->sceneBoundingRect().adjusted(-60, -60, 60, 60);
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        zoomBy(1.5 / zoom());
    centerOn(item);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(steps)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

} // namespace steward
