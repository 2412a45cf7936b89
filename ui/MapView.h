#pragma once

#include <QAccessible>
#include <QGraphicsView>
#include <QHash>
#include <QPixmap>
#include <QVector>

namespace steward {

class MapView;

/**
 * A small map of the whole in a corner of the view, with the part in view drawn on
 * it; a click or a drag there moves the view. Shown only while the whole is not in view.
 */
class MapOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapOverview)
public:
    explicit MapOverview(MapView *view);

    /// Draws the scene again into the small picture (after a new layout).
    void refresh();
    /// The part of the scene in view, in the overview's coordinates.
    QRectF visibleArea() const;
    QPointF toScene(const QPointF &at) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF picture() const;
    MapView *m_view;
    QPixmap m_pixmap;
    QRectF m_source; ///< the part of the scene the picture shows
};

/// The map's view: the wheel zooms about the pointer, dragging pans, the arrow keys
/// move the selection, and the zoom level is kept between sensible bounds.
class MapView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapView)
public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /// The boxes drawn, in reading order (top to bottom, then left to right), as a
    /// screen reader lists them (MapAccessible).
    const QVector<qint64> &boxOrder() const;
    /// The accessible interface of the box @p id, registered on first use.
    QAccessibleInterface *boxInterface(qint64 id) const;
    /// The map was drawn again: the boxes' interfaces and their order are read anew.
    void forgetBoxes();
    /// Tells a screen reader which box is selected now (a focus event on it while the
    /// map has the keyboard, a selection event otherwise).
    void announceSelection();

    /// A label this many pixels high or more counts as readable.
    static constexpr double ReadableLabelPixels = 8;
    /// The smallest label on the map (a service's name), in points.
    static constexpr double SmallestLabelPoints = 8.5;

    double zoom() const { return transform().m11(); }
    /// The zoom at which the smallest label is ReadableLabelPixels high.
    double readableZoom() const;
    void zoomBy(double factor);
    void fitAll();
    void zoomToItem(QGraphicsItem *item);
    /// Centres @p item, keeping the zoom unless its name would be unreadable.
    void bringIntoView(QGraphicsItem *item);
    MapOverview *overview() const { return m_overview; }

Q_SIGNALS:
    /// An arrow key: move the selection that way (dx, dy of -1, 0 or 1).
    void moveRequested(int dx, int dy);
    /// Return or Enter on the map.
    void activateRequested();
    /// Backspace: select what holds the selection.
    void outRequested();
    void resized();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void placeOverview();
    MapOverview *m_overview;
    mutable QVector<qint64> m_boxOrder;                     ///< empty until asked for
    mutable QHash<qint64, QAccessible::Id> m_boxInterfaces; ///< registered with QAccessible
    double m_fitZoom = 0; ///< the zoom of the last Fit: while it holds, a resize fits again
    bool m_fitting = false;
};

} // namespace steward
