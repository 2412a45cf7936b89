#pragma once

#include "MapGraph.h"
#include "MapLayout.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QTimer;
class QToolBar;
class QTreeWidget;

namespace steward {

class ContactResolver;
class MapScene;
class MapView;
class Store;

/**
 * The map next to the tree: the scene in a zoomable view, a toolbar (zoom, fit,
 * zoom to selection, focus, impact, export), a legend, and, in impact mode, the
 * services affected by the selected provider or host with whom to call.
 *
 * The layout runs on a worker thread; the view stays usable and a progress bar
 * shows while it runs. Changes to the store are gathered and laid out again a
 * moment later, and only while the map is shown.
 */
class MapPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapPanel)
public:
    /// Above this many items the map starts in focus mode.
    static constexpr int LargeInventory = 10000;
    /// Above @p items the map starts in focus mode (LargeInventory unless a test says).
    void setLargeInventory(int items) { m_large = items; }
    /// What a focus view of a large inventory reads at most around the selection.
    void setFocusLimits(const MapGraph::FocusLimits &limits) { m_limits = limits; }
    /// The number of items the map draws, as counted (no graph read); -1 before it is known.
    qint64 inventorySize() const { return m_itemCount; }

    explicit MapPanel(QWidget *parent = nullptr);
    ~MapPanel() override;

    /// The map reads @p store's file on its own connection, on the worker thread.
    void setStore(Store *store, ContactResolver *resolver);
    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    /// What is shown: the whole inventory, or (isPartial()) the focus view's neighbourhood only.
    const MapGraph &graph() const { return m_graph; }

    /// Selects @p id on the map (from the tree); in focus mode, focuses on it.
    void selectItem(qint64 id);
    void setFocusMode(bool on);
    bool focusMode() const { return m_focus; }
    /// Shows one more ring of linked items around the focus.
    void expandFocus();
    int focusSteps() const { return m_steps; }
    void setImpactMode(bool on);
    /// In impact mode: "service: contacts" for each affected service.
    QStringList impactLines() const;
    /// In impact mode: the path of each affected service ("PyPI → served through Fastly").
    QStringList impactPaths() const;

    /// Reads the inventory and lays it out again (on a worker thread).
    void relayout();
    bool isLayingOut() const;
    /// For tests and the command line: waits until no layout is running.
    bool waitForLayout(int milliseconds);
    /// Saves what the map shows (the whole map or the focus view) as SVG or PNG.
    bool exportTo(const QString &path, QString *error);
    QAction *exportAction() const { return m_exportAction; }
    /// Reads and lays out the map again soon (edits come in bursts): after any change,
    /// ours or one saved elsewhere.
    void scheduleRelayout();

Q_SIGNALS:
    void itemSelected(qint64 id);
    void itemActivated(qint64 id);
    /// Return on the map: show the details of @p id.
    void detailsRequested(qint64 id);
    void layoutFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLayoutFinished();
    /// Selects @p id as a click would: centred, and the tree told.
    void selectFromMap(qint64 id);
    void showImpactList(bool on);
    /// The view's width over its height.
    double viewAspect() const;
    void updateImpact();
    QString ownersText(qint64 id) const;

    Store *m_store = nullptr;
    ContactResolver *m_resolver = nullptr;
    MapGraph m_graph;
    std::shared_ptr<MapLayout::Cache> m_cache;
    /// What a worker brings back: the graph read on its own connection and its layout.
    struct Job
    {
        MapGraph graph;
        MapLayoutResult layout;
        QString error;
        bool focus = false; ///< laid out as a focus view
        bool nothingToFocus = false;
        bool whole = false;    ///< the graph is the whole inventory (not only a neighbourhood)
        qint64 itemCount = -1; ///< the items the map draws, as counted; -1 if not counted
        int generation = 0;    ///< m_changes when the graph was read
    };
    QFutureWatcher<Job> m_watcher;
    bool m_again = false; ///< something changed while a layout ran
    int m_changes = 0;    ///< counts store changes; the graph is current when it was read at the latest
    int m_graphGeneration = -1;
    bool m_graphWhole = false; ///< m_graph is the whole inventory, which a focus view can reuse
    int m_large = LargeInventory;
    MapGraph::FocusLimits m_limits;
    qint64 m_itemCount = -1; ///< the items drawn in all, as counted at m_countGeneration
    int m_countGeneration = -1;
    qint64 m_lastItem = 0; ///< the last item selected (not a box of what was left out)
    bool m_dirty = true;   ///< changed while hidden
    bool m_fitPending = true;
    bool m_focus = false;
    bool m_focusChosen = false; ///< the user set the mode; a large inventory does not override it
    int m_steps = 0;
    qint64 m_selected = 0;
    bool m_impact = false;
    double m_laidOutAspect = 0; ///< the shape the last layout was made for

    MapScene *m_scene;
    MapView *m_view;
    QToolBar *m_toolBar;
    QAction *m_focusAction;
    QAction *m_expandAction;
    QAction *m_impactAction;
    QAction *m_exportAction;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_impactList;
    QTimer *m_debounce;
    QWidget *m_legend;
    QSplitter *m_split;
};

} // namespace steward
