#include "MapView.h"

#include "MapAccessible.h"
#include "MapScene.h"

#include <QScopedValueRollback>

#include <QGraphicsItem>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace steward {
namespace {

constexpr double MinZoom = 0.01;
constexpr double MaxZoom = 8.0;
constexpr int OverviewWidth = 180;
constexpr int OverviewHeight = 120;

} // namespace

// ---------------------------------------------------------------- overview

MapOverview::MapOverview(MapView *view)
    : QWidget(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("mapOverview"));
    setAccessibleName(tr("Overview of the whole map"));
    setToolTip(tr("The whole map: the rectangle is the part in view; click or drag to move it"));
    setCursor(Qt::PointingHandCursor);
    resize(OverviewWidth, OverviewHeight);
    hide();
}

QRectF MapOverview::picture() const
{
    // The scene's shape, as large as fits inside the widget, centred.
    if (m_source.isEmpty())
        return QRectF();
    const double scale = std::min((width() - 8) / m_source.width(), (height() - 8) / m_source.height());
    const QSizeF size = m_source.size() * scale;
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void MapOverview::refresh()
{
    QGraphicsScene *scene = m_view->scene();
    m_source = scene ? scene->sceneRect() : QRectF();
    m_pixmap = QPixmap();
    if (!m_source.isEmpty()) {
        const QRectF target = picture();
        m_pixmap = QPixmap(target.size().toSize().expandedTo(QSize(1, 1)));
        m_pixmap.fill(Qt::white);
        QPainter painter(&m_pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), m_pixmap.size()), m_source);
    }
    update();
}

QRectF MapOverview::visibleArea() const
{
    const QRectF target = picture();
    if (target.isEmpty())
        return QRectF();
    const QRectF inView = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const double scale = target.width() / m_source.width();
    return QRectF(target.topLeft() + (inView.topLeft() - m_source.topLeft()) * scale, inView.size() * scale)
        .intersected(target.adjusted(-1, -1, 1, 1));
}

QPointF MapOverview::toScene(const QPointF &at) const
{
    const QRectF target = picture();
    if (target.isEmpty())
        return QPointF();
    return m_source.topLeft() + (at - target.topLeft()) * (m_source.width() / target.width());
}

void MapOverview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xff, 0xff, 0xff, 235));
    painter.setPen(QColor(0x90, 0xa4, 0xae));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const QRectF target = picture();
    painter.drawPixmap(target, m_pixmap, QRectF(m_pixmap.rect()));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x19, 0x76, 0xd2), 1.5));
    painter.setBrush(QColor(0x19, 0x76, 0xd2, 40));
    painter.drawRect(visibleArea());
}

void MapOverview::mousePressEvent(QMouseEvent *event)
{
    m_view->centerOn(toScene(event->position()));
    event->accept();
}

void MapOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(toScene(event->position()));
    event->accept();
}

// ---------------------------------------------------------------- view

MapView::MapView(QWidget *parent)
    : QGraphicsView(parent)
    , m_overview(new MapOverview(this))
{
    setObjectName(QStringLiteral("mapGraphicsView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xfb));
    setFocusPolicy(Qt::StrongFocus);
    MapAccessible::install();
    setAccessibleName(tr("Map"));
    setAccessibleDescription(tr("The inventory's providers, hosts and services as boxes. The arrow keys move to "
                                "the nearest box that way, Return shows its details, Backspace goes to the box "
                                "that holds it"));
}

MapView::~MapView()
{
    forgetBoxes();
}

const QVector<qint64> &MapView::boxOrder() const
{
    auto *map = qobject_cast<MapScene *>(scene());
    if (m_boxOrder.isEmpty() && map) {
        QVector<QPair<QPointF, qint64>> boxes;
        const QList<qint64> ids = map->shownIds();
        boxes.reserve(ids.size());
        for (qint64 id : ids)
            boxes.append({map->itemFor(id)->scenePos(), id});
        std::sort(boxes.begin(), boxes.end(), [](const auto &a, const auto &b) {
            if (!qFuzzyCompare(a.first.y() + 1, b.first.y() + 1))
                return a.first.y() < b.first.y();
            if (!qFuzzyCompare(a.first.x() + 1, b.first.x() + 1))
                return a.first.x() < b.first.x();
            return a.second < b.second;
        });
        for (const auto &box : std::as_const(boxes))
            m_boxOrder.append(box.second);
    }
    return m_boxOrder;
}

QAccessibleInterface *MapView::boxInterface(qint64 id) const
{
    auto *map = qobject_cast<MapScene *>(scene());
    if (!map || !map->itemFor(id))
        return nullptr;
    const auto known = m_boxInterfaces.constFind(id);
    if (known != m_boxInterfaces.constEnd())
        return QAccessible::accessibleInterface(*known);
    // The cache owns it from here; forgetBoxes() deletes it.
    auto *box = new MapBoxAccessible(const_cast<MapView *>(this), id);
    m_boxInterfaces.insert(id, QAccessible::registerAccessibleInterface(box));
    return box;
}

void MapView::forgetBoxes()
{
    for (const QAccessible::Id id : std::as_const(m_boxInterfaces))
        QAccessible::deleteAccessibleInterface(id);
    m_boxInterfaces.clear();
    m_boxOrder.clear();
}

void MapView::announceSelection()
{
    if (!QAccessible::isActive())
        return;
    auto *map = qobject_cast<MapScene *>(scene());
    QAccessibleInterface *box = map ? boxInterface(map->selectedId()) : nullptr;
    if (!box)
        return;
    QAccessibleEvent selection(box, QAccessible::Selection);
    QAccessible::updateAccessibility(&selection);
    if (hasFocus()) {
        QAccessibleEvent focus(box, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

double MapView::readableZoom() const
{
    const double dpi = logicalDpiY() > 0 ? logicalDpiY() : 96;
    return ReadableLabelPixels / (SmallestLabelPoints * dpi / 72.0);
}

void MapView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    const double apply = target / zoom();
    if (!qFuzzyCompare(apply, 1.0))
        scale(apply, apply);
    placeOverview();
}

void MapView::fitAll()
{
    if (!scene())
        return;
    // Fit as if no scroll bar were shown: the whole map needs none, and those shown now
    // (when zoomed in) would make Fit smaller than the same Fit asked for from afar.
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    const Qt::ScrollBarPolicy horizontal = horizontalScrollBarPolicy();
    const Qt::ScrollBarPolicy vertical = verticalScrollBarPolicy();
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The scene's rectangle is the layout's bounds, margin included (the items' bounds would visit them all).
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    setHorizontalScrollBarPolicy(horizontal);
    setVerticalScrollBarPolicy(vertical);
    if (zoom() > 1.5)
        zoomBy(1.5 / zoom());
    m_fitZoom = zoom();
    placeOverview();
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
    placeOverview();
}

void MapView::bringIntoView(QGraphicsItem *item)
{
    if (!item)
        return;
    if (zoom() < readableZoom())
        zoomBy(readableZoom() / zoom());
    centerOn(item);
    placeOverview();
}

void MapView::placeOverview()
{
    // Only while some of the map is out of view.
    // (The scene's rectangle, not its items' bounds: that would visit every item on each scroll.)
    const QRectF whole = scene() ? scene()->sceneRect().adjusted(20, 20, -20, -20) : QRectF();
    const bool wanted =
        !whole.isEmpty() && !mapToScene(viewport()->rect()).boundingRect().adjusted(-2, -2, 2, 2).contains(whole);
    // A child of the viewport, so that scrolling still moves pixels rather than drawing
    // the whole view again (a sibling over it would force that); put back after each scroll.
    const QRect area = viewport()->rect();
    // In a corner, but never over the selection.
    QRect selected;
    if (scene()) {
        const QList<QGraphicsItem *> items = scene()->selectedItems();
        if (!items.isEmpty())
            selected = mapFromScene(items.first()->sceneBoundingRect()).boundingRect();
    }
    // A third of the view at most.
    m_overview->resize(std::min(OverviewWidth, area.width() / 3), std::min(OverviewHeight, area.height() / 3));
    const QSize size = m_overview->size();
    const QPoint corners[] = {
        QPoint(area.right() - size.width() - 6, area.bottom() - size.height() - 6),
        QPoint(area.left() + 6, area.bottom() - size.height() - 6),
        QPoint(area.right() - size.width() - 6, area.top() + 6),
        QPoint(area.left() + 6, area.top() + 6),
    };
    QPoint at = corners[0];
    for (const QPoint &corner : corners) {
        if (!QRect(corner, size).intersects(selected)) {
            at = corner;
            break;
        }
    }
    m_overview->move(at);
    if (wanted && size.width() >= 90 && size.height() >= 60) {
        m_overview->show();
        m_overview->raise();
        m_overview->update();
    } else {
        m_overview->hide();
    }
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

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & ~(Qt::KeypadModifier)) {
        // With a modifier, the arrows scroll as they always did.
        QGraphicsView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left: Q_EMIT moveRequested(-1, 0); break;
    case Qt::Key_Right: Q_EMIT moveRequested(1, 0); break;
    case Qt::Key_Up: Q_EMIT moveRequested(0, -1); break;
    case Qt::Key_Down: Q_EMIT moveRequested(0, 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter: Q_EMIT activateRequested(); break;
    case Qt::Key_Backspace: Q_EMIT outRequested(); break;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    event->accept();
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // A map shown whole stays whole while the panel changes size (a dock beside it
    // settling, the window resized), until the user zooms.
    if (scene() && !m_fitting && m_fitZoom > 0 && qFuzzyCompare(zoom(), m_fitZoom))
        fitAll();
    placeOverview();
    Q_EMIT resized();
}

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    placeOverview();
}

} // namespace steward
