#pragma once

#include <QVector>

namespace steward {

class MainWindow;

/**
 * Puts the search box and the dashboard into a main window: the box in a toolbar
 * (Ctrl+K and Ctrl+F; the tree's name filter moves to Ctrl+Shift+F), View > Dashboard
 * (Ctrl+D), and what their results and charts select. Call once, at the end of
 * MainWindow::buildActions().
 */
namespace SearchActions {

void install(MainWindow &window);

/// @p itemIds as the tree shows them: hosts without a host name are not rows of the
/// tree (their services sit under the provider), so they stand for their services.
QVector<qint64> treeItems(MainWindow &window, const QVector<qint64> &itemIds);

} // namespace SearchActions
} // namespace steward
