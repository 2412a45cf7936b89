#pragma once

class QMenu;
class QString;

namespace steward {

class ContactsForListDialog;
class ImportDialog;
class MainWindow;
class ReportsWindow;

/**
 * The reports and import commands of the main window: File > Reports… (Ctrl+R),
 * File > Import… (Ctrl+I), Export Contacts for Selection… (File menu and the
 * tree's context menu), File > Contacts for a List… (Ctrl+Shift+L) and File > Export
 * Backstage Catalog…. Installed by one call at the end of the window's
 * menus, so that the window itself knows nothing of them.
 */
class ReportActions final
{
public:
    ReportActions() = delete;

    /// Adds the actions to @p fileMenu (before Quit) and to the tree's context menu.
    static void install(MainWindow &window, QMenu *fileMenu);

    /// Opens (or raises) the window's Reports window on the inventory that is open.
    static ReportsWindow *showReports(MainWindow &window);
    /// Opens the Reports window on the Selection report for the selected items.
    static ReportsWindow *exportSelection(MainWindow &window);
    /// Opens (or raises) File > Contacts for a List… on the inventory that is open; nullptr without one.
    static ContactsForListDialog *showContactsForList(MainWindow &window);
    /// Opens File > Import… (window-modal, deleted when closed); nullptr without an inventory.
    static ImportDialog *showImport(MainWindow &window);
    /// Writes the open inventory as a Backstage catalog to @p path (BackstageExport,
    /// through QSaveFile); false with @p error.
    static bool exportBackstage(MainWindow &window, const QString &path, QString *error);
};

} // namespace steward
