#include "MapPanel.h"

#include "ContactResolver.h"
#include "Database.h"
#include "MapExport.h"
#include "MapQueries.h"
#include "MapScene.h"
#include "MapView.h"
#include "Store.h"

#include <algorithm>
#include <climits>

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QSplitter>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace steward {
namespace {

/// The key to the map: the link kinds and the statuses, drawn as the map draws them.
class MapLegend final : public QWidget
{
public:
    explicit MapLegend(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("mapLegend"));
        QFont small = font();
        small.setPointSizeF(8.5);
        setFont(small);
        for (LinkKind kind : keys::linkKinds())
            m_links.append({keys::linkKindLabel(kind), MapScene::penFor(kind)});
    }

    /// The types of the links drawn, each with its stroke (MapGraph::edgeTypes()).
    void setLinkTypes(const QVector<QPair<QString, QPen>> &links)
    {
        if (links.isEmpty() || links == m_links)
            return;
        m_links = links;
        setMinimumHeight(heightForWidth(width()));
        updateGeometry();
        update();
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return rowsFor(width) * RowHeight + 4; }
    QSize sizeHint() const override { return QSize(400, heightForWidth(400)); }
    QSize minimumSizeHint() const override { return QSize(100, heightForWidth(width() > 0 ? width() : 400)); }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        setMinimumHeight(heightForWidth(width()));
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        layoutEntries(width(), [&](int index, const QRectF &sample, const QPointF &textAt) {
            const Entry entry = entries().at(index);
            if (entry.link >= 0) {
                painter.setPen(m_links.at(entry.link).second);
                painter.drawLine(QPointF(sample.left(), sample.center().y()),
                                 QPointF(sample.right(), sample.center().y()));
            } else if (!entry.status.isEmpty()) {
                const StatusStyle style = MapItem::styleFor(entry.status);
                painter.setPen(style.border);
                painter.setBrush(style.fill);
                painter.drawRoundedRect(sample, 3, 3);
                MapItem::paintIcon(&painter, QRectF(sample.left() + 3, sample.top() + 2, 12, 12), style.icon,
                                   style.border);
            } else {
                painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.2, Qt::DashLine));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(sample, 3, 3);
            }
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(textAt, entry.label);
        });
    }

private:
    static constexpr int RowHeight = 20;
    struct Entry
    {
        int link = -1;
        QString status;
        QString label;
    };
    QVector<QPair<QString, QPen>> m_links;
    QVector<Entry> entries() const
    {
        QVector<Entry> list;
        for (int i = 0; i < m_links.size(); ++i)
            list.append({i, QString(), m_links.at(i).first});
        for (const QString &status : {QStringLiteral("unreachable"), QStringLiteral("legacy"),
                                      QStringLiteral("needs-move"), QStringLiteral("staging")})
            list.append({-1, status, keys::statusLabel(status)});
        list.append(
            {-1, QString(), QCoreApplication::translate("steward::MapPanel", "nobody to contact but escalation")});
        return list;
    }
    /// Places the entries in rows that fit @p width; returns the number of rows.
    int layoutEntries(int width, const std::function<void(int, const QRectF &, const QPointF &)> &draw) const
    {
        const QFontMetrics metrics(font());
        const QVector<Entry> list = entries();
        double x = 6;
        int row = 0;
        for (int i = 0; i < list.size(); ++i) {
            const double sampleWidth = list.at(i).link >= 0 ? 26 : 18;
            const double entryWidth = sampleWidth + 6 + metrics.horizontalAdvance(list.at(i).label);
            if (x > 6 && x + entryWidth > width - 4) {
                x = 6;
                ++row;
            }
            const double y = 2 + row * RowHeight;
            if (draw)
                draw(i, QRectF(x, y + 1, sampleWidth, 16), QPointF(x + sampleWidth + 6, y + 13));
            x += entryWidth + 14;
        }
        return row + 1;
    }
    int rowsFor(int width) const { return layoutEntries(width, nullptr); }
};

} // namespace

MapPanel::MapPanel(QWidget *parent)
    : QWidget(parent)
    , m_cache(std::make_shared<MapLayout::Cache>())
    , m_scene(new MapScene(this))
    , m_view(new MapView(this))
    , m_toolBar(new QToolBar(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_impactList(new QTreeWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("mapPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_toolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolBar);

    const auto add = [this](const QString &text, const QString &name, const QKeySequence &keys, auto slot) {
        QAction *action = m_toolBar->addAction(text);
        // On the panel too: its shortcuts then work wherever the focus is inside it (the
        // view), not only on the toolbar.
        addAction(action);
        action->setObjectName(name);
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            action->setToolTip(QStringLiteral("%1 (%2)").arg(text.chopped(0).remove(QLatin1Char('&')),
                                                             keys.toString(QKeySequence::NativeText)));
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    // Plain keys while the map has focus: Ctrl+plus/minus already expand and collapse the tree.
    add(tr("Zoom &In"), QStringLiteral("mapZoomInAction"), QKeySequence(Qt::Key_Equal),
        [this] { m_view->zoomBy(1.25); });
    add(tr("Zoom &Out"), QStringLiteral("mapZoomOutAction"), QKeySequence(Qt::Key_Minus),
        [this] { m_view->zoomBy(0.8); });
    add(tr("&Fit"), QStringLiteral("mapFitAction"), QKeySequence(Qt::Key_0), [this] { m_view->fitAll(); });
    add(tr("Zoom to &Selection"), QStringLiteral("mapZoomToSelectionAction"), QKeySequence(Qt::Key_Z),
        [this] { m_view->zoomToItem(m_scene->itemFor(m_selected)); });
    m_toolBar->addSeparator();
    m_focusAction = add(tr("F&ocus"), QStringLiteral("mapFocusAction"), QKeySequence(Qt::Key_F), [this](bool on) {
        m_focusChosen = true;
        setFocusMode(on);
    });
    m_focusAction->setCheckable(true);
    m_focusAction->setStatusTip(tr("Show only the selected item's neighbourhood: its provider, host, services and "
                                   "everything linked to them"));
    m_expandAction =
        add(tr("E&xpand"), QStringLiteral("mapExpandAction"), QKeySequence(Qt::Key_E), [this] { expandFocus(); });
    m_expandAction->setEnabled(false);
    m_impactAction = add(tr("&Impact"), QStringLiteral("mapImpactAction"), QKeySequence(Qt::Key_I),
                         [this](bool on) { setImpactMode(on); });
    m_impactAction->setCheckable(true);
    m_impactAction->setStatusTip(tr("Highlight everything that depends on the selected provider or host"));
    m_toolBar->addSeparator();
    m_exportAction = m_toolBar->addAction(tr("Export…"));
    m_exportAction->setObjectName(QStringLiteral("mapExportAction"));

    m_progress->setObjectName(QStringLiteral("mapProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_split = split;
    split->addWidget(m_view);
    m_impactList->setObjectName(QStringLiteral("impactTreeWidget"));
    m_impactList->setAccessibleName(tr("Affected services"));
    m_impactList->setHeaderLabels({tr("Affected service"), tr("Whom to call"), tr("How it depends on it")});
    m_impactList->setRootIsDecorated(false);
    m_impactList->header()->setStretchLastSection(true);
    m_impactList->hide();
    split->addWidget(m_impactList);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_status->setObjectName(QStringLiteral("mapStatusLabel"));
    m_status->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_status);
    m_legend = new MapLegend(this);
    layout->addWidget(m_legend);

    m_view->setScene(m_scene);
    // What a screen reader is told: the boxes drawn again, the selection moved.
    connect(m_scene, &MapScene::built, m_view, &MapView::forgetBoxes);
    connect(m_scene, &QGraphicsScene::selectionChanged, m_view, &MapView::announceSelection);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &MapPanel::relayout);
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &MapPanel::onLayoutFinished);
    connect(m_scene, &MapScene::selectionChangedByUser, this, [this](qint64 id) {
        if (!id)
            return;
        m_selected = id;
        // A box of what a focus view left out is no item: nothing else to tell.
        if (MapGraph::isLeftOutBox(id))
            return;
        m_lastItem = id;
        updateImpact();
        Q_EMIT itemSelected(id);
    });
    connect(m_scene, &MapScene::itemActivated, this, [this](qint64 id) {
        if (!MapGraph::isLeftOutBox(id))
            Q_EMIT itemActivated(id);
    });
    connect(m_impactList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        const qint64 id = row->data(0, Qt::UserRole).toLongLong();
        m_scene->selectId(id);
        m_view->centerOn(m_scene->itemFor(id));
        Q_EMIT itemSelected(id);
    });
    m_scene->setToolTipProvider([this](qint64 id) { return ownersText(id); });

    // Without a mouse: the arrows move the selection to the neighbouring box, Return
    // shows its details, Backspace goes out to what holds it.
    connect(m_view, &MapView::moveRequested, this, [this](int dx, int dy) {
        qint64 next = m_scene->itemFor(m_selected)
                          ? m_scene->neighbour(m_selected, dx, dy)
                          : m_scene->nearestTo(m_view->mapToScene(m_view->viewport()->rect().center()));
        if (next)
            selectFromMap(next);
    });
    connect(m_view, &MapView::activateRequested, this, [this] {
        if (m_scene->itemFor(m_selected) && !MapGraph::isLeftOutBox(m_selected))
            Q_EMIT detailsRequested(m_selected);
    });
    connect(m_view, &MapView::outRequested, this, [this] {
        if (const qint64 up = m_scene->drawnContainer(m_selected))
            selectFromMap(up);
    });
    // A window of another shape is laid out again for it (the whole map, not a focus view).
    connect(m_view, &MapView::resized, this, [this] {
        const double aspect = viewAspect();
        if (m_laidOutAspect > 0 && !m_focus && std::abs(std::log(aspect / m_laidOutAspect)) > std::log(1.3)) {
            m_fitPending = true;
            scheduleRelayout();
        }
    });
}

void MapPanel::showImpactList(bool on)
{
    if (on == m_impactList->isVisible())
        return;
    m_impactList->setVisible(on);
    // The map keeps most of the room: a list shown after the splitter was sized would
    // otherwise take what it was given when hidden.
    if (on) {
        const int total = m_split->height();
        m_split->setSizes({total * 2 / 3, total - total * 2 / 3});
    }
}

double MapPanel::viewAspect() const
{
    const QSize size = m_view->viewport()->size();
    if (size.width() < 100 || size.height() < 100)
        return MapLayout::DefaultAspect;
    return static_cast<double>(size.width()) / size.height();
}

void MapPanel::selectFromMap(qint64 id)
{
    m_selected = id;
    m_scene->selectId(id);
    m_view->bringIntoView(m_scene->itemFor(id));
    if (MapGraph::isLeftOutBox(id))
        return;
    m_lastItem = id;
    updateImpact();
    Q_EMIT itemSelected(id);
}

MapPanel::~MapPanel()
{
    m_watcher.waitForFinished();
}

void MapPanel::setStore(Store *store, ContactResolver *resolver)
{
    m_watcher.waitForFinished();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_resolver = resolver;
    m_graph = MapGraph();
    m_graphGeneration = -1;
    m_graphWhole = false;
    m_itemCount = -1;
    m_countGeneration = -1;
    m_lastItem = 0;
    ++m_changes;
    m_cache = std::make_shared<MapLayout::Cache>();
    m_scene->build(m_graph, MapLayoutResult());
    m_selected = 0;
    m_fitPending = true;
    m_focusChosen = false;
    m_steps = 0;
    if (!store)
        return;
    // Any change may move a box or a link, or change who has nobody to contact.
    connect(store, &Store::itemCreated, this, &MapPanel::scheduleRelayout);
    connect(store, &Store::itemUpdated, this, &MapPanel::scheduleRelayout);
    connect(store, &Store::itemRemoved, this, &MapPanel::scheduleRelayout);
    connect(store, &Store::ownershipChanged, this, &MapPanel::scheduleRelayout);
    m_dirty = true;
    relayout();
}

void MapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Let the window paint first: the map arrives a moment later.
    if (m_dirty)
        m_debounce->start(m_graph.nodes().isEmpty() ? 600 : 0);
}

void MapPanel::scheduleRelayout()
{
    ++m_changes;
    // Edits come in bursts; a large inventory is read again less eagerly.
    m_debounce->start(m_itemCount > m_large ? 1000 : 250);
}

bool MapPanel::isLayingOut() const
{
    return m_watcher.isRunning();
}

void MapPanel::relayout()
{
    m_debounce->stop();
    if (!m_store)
        return;
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_dirty = false;
    // What the inventory's own statuses mean, for their colours (a few rows; on a
    // failure they keep the colours they had).
    QString statusError;
    if (const auto statuses = m_store->statusDefs(&statusError)) {
        QHash<QString, StatusCategory> categories;
        for (const StatusDef &def : *statuses)
            categories.insert(def.name, def.category);
        m_scene->setStatusCategories(categories);
    }
    m_progress->show();
    m_status->setText(tr("Reading and laying out the map…"));
    // Everything, reading included, happens on the worker: at 100,000 services reading
    // the graph alone takes a second, and the window must not wait for it. A large
    // inventory is never read whole unless the user asks for the whole map: its size is
    // counted, and a focus view reads only the neighbourhood of the selection.
    const QString path = m_store->database().path();
    const bool focus = m_focus, chosen = m_focusChosen, impact = m_impact;
    const qint64 selected = MapGraph::isLeftOutBox(m_selected) ? m_lastItem : m_selected;
    const int steps = m_steps;
    const int generation = m_changes;
    const double aspect = viewAspect();
    const int large = m_large;
    const MapGraph::FocusLimits limits = m_limits;
    const qint64 knownCount = m_countGeneration == m_changes ? m_itemCount : -1;
    m_laidOutAspect = aspect;
    // A new selection or focus needs no new reading when the whole graph was read and
    // nothing changed since: a read of a large inventory holds SQLite's shared lock,
    // which makes writers wait.
    // A focus view of a large inventory is read afresh even then, so that a hub is capped
    // as always (a read of a neighbourhood takes milliseconds).
    const bool reuse = m_graphGeneration == m_changes && m_graphWhole && !m_graph.nodes().isEmpty() &&
                       !(m_focus && m_itemCount > m_large);
    const MapGraph known = reuse ? m_graph : MapGraph();
    std::shared_ptr<MapLayout::Cache> cache = m_cache;
    m_watcher.setFuture(QtConcurrent::run([path, focus, chosen, impact, selected, steps, cache, reuse, known,
                                           generation, aspect, large, limits, knownCount] {
        Job job;
        job.generation = generation;
        job.itemCount = knownCount;
        if (reuse) {
            job.graph = known;
            job.whole = true;
            job.itemCount = job.graph.nodes().size();
        } else {
            Database db;
            if (!db.open(path, Database::OpenMode::ReadOnly)) {
                job.error = db.errorString();
                return job;
            }
            Store store(db);
            if (!chosen && job.itemCount < 0) {
                MapQueries queries(db);
                const auto count = queries.drawnItemCount(&job.error);
                if (!count)
                    return job;
                job.itemCount = *count;
            }
            // A large inventory starts in focus mode: the whole map is a click away.
            job.focus = focus || (!chosen && job.itemCount > large);
            if (job.focus) {
                if (selected <= 0 || !job.graph.loadFocus(store, selected, steps, &job.error, limits, impact)) {
                    job.nothingToFocus = job.error.isEmpty();
                    return job;
                }
                if (job.graph.nodes().isEmpty()) {
                    job.nothingToFocus = true;
                    return job;
                }
                // Only the neighbourhood was read: all of it is laid out.
                job.layout = MapLayout::run(job.graph, {}, nullptr, aspect);
                return job;
            }
            if (!job.graph.load(store, &job.error))
                return job;
            job.whole = true;
            job.itemCount = job.graph.nodes().size();
        }
        job.focus = focus || (!chosen && job.itemCount > large);
        QSet<qint64> only;
        if (job.focus) {
            only = job.graph.neighbourhood(selected, steps);
            if (only.isEmpty()) {
                job.nothingToFocus = true;
                return job;
            }
        }
        // Focus views are small and change with the selection: not worth caching.
        job.layout = MapLayout::run(job.graph, only, job.focus ? nullptr : cache.get(), aspect);
        return job;
    }));
}

void MapPanel::onLayoutFinished()
{
    const Job job = m_watcher.result();
    m_progress->hide();
    if (job.error.isEmpty()) {
        m_graphGeneration = job.generation;
        m_graphWhole = job.whole;
    }
    if (job.itemCount >= 0) {
        m_itemCount = job.itemCount;
        m_countGeneration = job.generation;
    }
    if (job.focus && !m_focus) {
        m_focus = true;
        m_focusAction->setChecked(true);
        m_expandAction->setEnabled(true);
    }
    if (!job.error.isEmpty()) {
        m_status->setText(job.error);
    } else if (!job.layout.error.isEmpty()) {
        m_status->setText(job.layout.error);
    } else if (job.nothingToFocus) {
        m_graph = job.graph;
        m_scene->build(m_graph, MapLayoutResult());
        m_status->setText(job.itemCount > m_large
                              ? tr("%n items: select a provider, host or service to see its neighbourhood, or turn "
                                   "Focus off to lay out everything.",
                                   nullptr, static_cast<int>(job.itemCount))
                              : tr("Focus: select a provider, host or service to see its neighbourhood."));
    } else {
        // Keep the view where it was unless this is the first picture or a new focus.
        const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
        m_graph = job.graph;
        m_scene->build(m_graph, job.layout);
        m_scene->selectId(m_selected);
        if (m_fitPending) {
            // The whole map when its names are readable so; otherwise the selection and
            // what is round it at a readable size, with the overview showing where that is.
            m_view->fitAll();
            if (m_view->zoom() < m_view->readableZoom()) {
                QGraphicsItem *around = m_scene->itemFor(m_selected);
                if (!around) {
                    // Nothing selected: the top-left corner, where the largest regions are.
                    const QRectF all = m_scene->sceneRect();
                    m_view->zoomBy(m_view->readableZoom() / m_view->zoom());
                    m_view->centerOn(all.topLeft() +
                                     QPointF(m_view->viewport()->width(), m_view->viewport()->height()) /
                                         (2 * m_view->zoom()));
                } else {
                    m_view->bringIntoView(around);
                }
            }
            m_fitPending = false;
        } else {
            m_view->centerOn(centre);
        }
        m_view->overview()->refresh();
        QVector<QPair<QString, QPen>> types;
        for (const LinkType &type : m_graph.edgeTypes())
            types.append({type.label, m_scene->edgePen(type.key)});
        static_cast<MapLegend *>(m_legend)->setLinkTypes(types);
        updateImpact();
        int shown = 0;
        for (auto it = job.layout.boxes.keyBegin(); it != job.layout.boxes.keyEnd(); ++it)
            shown += MapGraph::isLeftOutBox(*it) ? 0 : 1;
        const MapNode *focused = m_graph.node(m_lastItem ? m_lastItem : m_selected);
        QString text = job.focus
                           ? tr("Focus on %1: %n item(s)", nullptr, shown).arg(focused ? focused->name : QString())
                           : tr("%n item(s), laid out in %1 ms", nullptr, shown).arg(qRound(job.layout.milliseconds));
        if (job.focus && m_graph.leftOut() > 0)
            text += tr("; %Ln more linked or contained not drawn", nullptr,
                       static_cast<int>(std::min<qint64>(m_graph.leftOut(), INT_MAX)));
        if (job.focus && !m_graph.isComplete())
            text += tr("; stopped opening up at %n items", nullptr, m_limits.items);
        m_status->setText(text);
    }
    if (m_again) {
        m_again = false;
        relayout();
        return;
    }
    Q_EMIT layoutFinished();
}

bool MapPanel::waitForLayout(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while ((m_watcher.isRunning() || m_debounce->isActive() || m_again) && timer.elapsed() < milliseconds) {
        if (m_debounce->isActive() && !m_watcher.isRunning())
            relayout();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    QCoreApplication::processEvents();
    return !m_watcher.isRunning();
}

void MapPanel::selectItem(qint64 id)
{
    if (id == m_selected && m_scene->selectedId() == id)
        return;
    m_selected = id;
    m_lastItem = id;
    if (m_focus) {
        m_fitPending = true;
        relayout();
        return;
    }
    m_scene->selectId(id);
    // Centred, at the zoom the user chose unless its name would be unreadable there.
    if (QGraphicsItem *item = m_scene->itemFor(id))
        m_view->bringIntoView(item);
    updateImpact();
}

void MapPanel::setFocusMode(bool on)
{
    m_focus = on;
    m_focusAction->setChecked(on);
    m_expandAction->setEnabled(on);
    m_steps = 0;
    m_fitPending = true;
    relayout();
}

void MapPanel::expandFocus()
{
    if (!m_focus)
        return;
    ++m_steps;
    m_fitPending = true;
    relayout();
}

void MapPanel::setImpactMode(bool on)
{
    m_impact = on;
    m_impactAction->setChecked(on);
    // A focus view read without what depends on its item reads that now.
    if (on && m_graph.isPartial() && !m_graph.hasImpact() && m_selected > 0) {
        relayout();
        return;
    }
    updateImpact();
}

void MapPanel::updateImpact()
{
    m_impactList->clear();
    if (!m_impact || m_selected <= 0) {
        m_scene->setHighlighted({});
        showImpactList(m_impact);
        return;
    }
    m_scene->setHighlighted(m_graph.impact(m_selected));
    showImpactList(true);
    // The affected services, each with the shortest way it depends on the selection.
    ImpactResult impact = m_graph.impactOf(m_selected);
    QVector<ImpactedItem> services;
    for (ImpactedItem &item : impact.affected) {
        if (item.kind == ItemKind::Service)
            services.append(std::move(item));
    }
    // Whom to call for each, worked out for the first few hundred: a list longer than
    // that is read through the tree anyway.
    constexpr int Listed = 300;
    for (int i = 0; i < services.size() && i < Listed; ++i) {
        auto *row = new QTreeWidgetItem(m_impactList);
        row->setText(0, services.at(i).name);
        row->setText(1, ownersText(services.at(i).id));
        row->setToolTip(1, row->text(1));
        row->setText(2, services.at(i).pathText);
        row->setToolTip(2, services.at(i).pathText);
        row->setData(0, Qt::UserRole, services.at(i).id);
    }
    if (services.size() > Listed) {
        auto *more = new QTreeWidgetItem(m_impactList);
        more->setText(0, tr("… and %n more", nullptr, static_cast<int>(services.size() - Listed)));
    }
    m_impactList->headerItem()->setText(0, tr("%n affected service(s)", nullptr, static_cast<int>(services.size())));
    // Names and whom to call readable at once, within reason; the path takes the rest.
    for (int column : {0, 1}) {
        m_impactList->resizeColumnToContents(column);
        m_impactList->setColumnWidth(column, std::min(m_impactList->columnWidth(column), 320));
    }
}

QStringList MapPanel::impactPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_impactList->topLevelItemCount(); ++i)
        paths << m_impactList->topLevelItem(i)->text(2);
    return paths;
}

QStringList MapPanel::impactLines() const
{
    QStringList lines;
    for (int i = 0; i < m_impactList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_impactList->topLevelItem(i);
        lines << QStringLiteral("%1: %2").arg(row->text(0), row->text(1));
    }
    return lines;
}

QString MapPanel::ownersText(qint64 id) const
{
    if (MapGraph::isLeftOutBox(id))
        return tr("Left out to keep the focus view readable: select an item nearer it, or turn Focus off to lay "
                  "out everything.");
    if (!m_resolver)
        return QString();
    QString error;
    const auto contacts = m_resolver->resolve(id, &error);
    if (!contacts)
        return tr("The contacts cannot be read: %1").arg(error);
    QStringList names;
    for (const ResolvedContact &c : *contacts) {
        if (names.size() == 4) {
            names << tr("…");
            break;
        }
        names << QStringLiteral("%1 (%2)").arg(c.contact.name, keys::roleLabel(c.role));
    }
    return names.join(QStringLiteral(", "));
}

bool MapPanel::exportTo(const QString &path, QString *error)
{
    return mapexport::save(*m_scene, path, error);
}

} // namespace steward
