#include "MapAccessible.h"

#include "MapGraph.h"
#include "MapScene.h"
#include "MapView.h"
#include "Types.h"

#include <QCoreApplication>
#include <QGraphicsScene>

namespace steward {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("steward::MapAccessible", text);
}

MapScene *sceneOf(const MapView *view)
{
    return view ? qobject_cast<MapScene *>(view->scene()) : nullptr;
}

QAccessibleInterface *mapFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("steward::MapView") && object && object->isWidgetType())
        return new MapAccessible(static_cast<MapView *>(object));
    return nullptr;
}

} // namespace

// ---------------------------------------------------------------- the view

MapAccessible::MapAccessible(MapView *view)
    : QAccessibleWidget(view, QAccessible::List)
{}

void MapAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(mapFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

MapView *MapAccessible::view() const
{
    return static_cast<MapView *>(widget());
}

QString MapAccessible::describe(const MapView *view, const MapItem *item)
{
    if (!item)
        return QString();
    const MapNode &node = item->node();
    // A box standing for what a focus view left out has only its words.
    if (MapGraph::isLeftOutBox(node.id))
        return node.name;
    QString text = translated("%1 %2").arg(keys::itemKindLabel(node.kind), node.name);
    if (!node.status.isEmpty())
        text = translated("%1, %2").arg(text, node.status);
    if (node.nobodyToContact)
        text = translated("%1, nobody to contact but escalation").arg(text);
    if (MapScene *scene = sceneOf(view)) {
        if (const MapItem *region = scene->itemFor(scene->drawnContainer(node.id)))
            text = translated("%1, in %2").arg(text, region->node().name);
    }
    return text;
}

QString MapAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value) {
        const MapScene *scene = sceneOf(view());
        return scene ? describe(view(), scene->itemFor(scene->selectedId())) : QString();
    }
    return QAccessibleWidget::text(t);
}

int MapAccessible::childCount() const
{
    return static_cast<int>(view()->boxOrder().size());
}

QAccessibleInterface *MapAccessible::child(int index) const
{
    const QVector<qint64> &order = view()->boxOrder();
    if (index < 0 || index >= order.size())
        return nullptr;
    return view()->boxInterface(order.at(index));
}

int MapAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *box = dynamic_cast<const MapBoxAccessible *>(child);
    return box ? static_cast<int>(view()->boxOrder().indexOf(box->id())) : -1;
}

QAccessibleInterface *MapAccessible::childAt(int x, int y) const
{
    MapView *v = view();
    const QPoint at = v->viewport()->mapFromGlobal(QPoint(x, y));
    if (!v->viewport()->rect().contains(at))
        return nullptr;
    // The innermost box under the point: a service before the host that holds it.
    const QList<QGraphicsItem *> under = v->items(at);
    for (QGraphicsItem *item : under) {
        if (item->type() == MapItem::Type)
            return v->boxInterface(static_cast<MapItem *>(item)->id());
    }
    return nullptr;
}

QAccessibleInterface *MapAccessible::focusChild() const
{
    const MapScene *scene = sceneOf(view());
    if (!scene || !scene->itemFor(scene->selectedId()))
        return nullptr;
    return view()->boxInterface(scene->selectedId());
}

// ---------------------------------------------------------------- a box

MapBoxAccessible::MapBoxAccessible(MapView *view, qint64 id)
    : m_view(view)
    , m_id(id)
{}

MapItem *MapBoxAccessible::item() const
{
    MapScene *scene = sceneOf(m_view);
    return scene ? scene->itemFor(m_id) : nullptr;
}

bool MapBoxAccessible::isValid() const
{
    return item() != nullptr;
}

QWindow *MapBoxAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *MapBoxAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString MapBoxAccessible::text(QAccessible::Text t) const
{
    MapItem *box = item();
    if (!box)
        return QString();
    switch (t) {
    case QAccessible::Name: return MapAccessible::describe(m_view, box);
    case QAccessible::Description: {
        // Its owners, as the pointer resting on it shows them.
        const MapScene *scene = sceneOf(m_view);
        return scene ? scene->toolTipFor(m_id) : QString();
    }
    default: return QString();
    }
}

QRect MapBoxAccessible::rect() const
{
    MapItem *box = item();
    if (!box || !m_view)
        return QRect();
    const QRect inView = m_view->mapFromScene(box->sceneBoundingRect()).boundingRect();
    return QRect(m_view->viewport()->mapToGlobal(inView.topLeft()), inView.size());
}

QAccessible::State MapBoxAccessible::state() const
{
    QAccessible::State state;
    MapItem *box = item();
    if (!box || !m_view) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.selected = box->isSelected();
    state.focused = box->isSelected() && m_view->hasFocus();
    const QRect inView = m_view->mapFromScene(box->sceneBoundingRect()).boundingRect();
    if (!m_view->viewport()->rect().intersects(inView))
        state.offscreen = true;
    if (!box->isVisible())
        state.invisible = true;
    return state;
}

} // namespace steward
