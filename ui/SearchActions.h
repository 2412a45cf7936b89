#pragma once

#include <QVector>

class QAction;
class QDockWidget;
class QMenu;

namespace steward {

class MainWindow;

/**
 * Puts the search box and the dashboard into a main window: the box in a toolbar
 * (Ctrl+K and Ctrl+F; the tree's name filter moves to Ctrl+Shift+F), View > Dashboard
 * (Ctrl+D), and what their results and charts select. Call once, at the end of
 * MainWindow::buildActions(), with the places it fills; it follows the open
 * inventory through MainWindow::documentChanged().
 */
namespace SearchActions {

/// Where the search goes in the window, given by the window (never looked up).
struct Places
{
    QMenu *editMenu = nullptr;           ///< Search… goes first
    QMenu *viewMenu = nullptr;           ///< Dashboard goes after showMapAction
    QAction *filterTreeAction = nullptr; ///< the tree's name filter: moves to Ctrl+Shift+F
    QAction *showMapAction = nullptr;
    QDockWidget *contactDirectoryDock = nullptr; ///< shown for a contact the search finds
};

void install(MainWindow &window, const Places &places);

/// @p itemIds as the tree shows them: hosts without a host name are not rows of the
/// tree (their services sit under the provider), so they stand for their services.
QVector<qint64> treeItems(MainWindow &window, const QVector<qint64> &itemIds);

} // namespace SearchActions
} // namespace steward
