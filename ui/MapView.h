#pragma once

#include <QGraphicsView>

namespace steward {

/// The map's view: the wheel zooms about the pointer, dragging pans, and the
/// zoom level is kept between sensible bounds.
class MapView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapView)
public:
    explicit MapView(QWidget *parent = nullptr);

    double zoom() const { return transform().m11(); }
    void zoomBy(double factor);
    void fitAll();
    void zoomToItem(QGraphicsItem *item);

protected:
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace steward
