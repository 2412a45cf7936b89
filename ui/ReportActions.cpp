#include "ReportActions.h"

#include "BackstageExport.h"
#include "ChangeWatcher.h"
#include "ContactsForListDialog.h"
#include "ImportDialog.h"
#include "InventoryDocument.h"
#include "MainWindow.h"
#include "Reports.h"
#include "ReportsWindow.h"
#include "Store.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

namespace steward {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("steward::ReportActions", text);
}

ReportsWindow *reportsWindow(MainWindow &window)
{
    auto *reports = window.findChild<ReportsWindow *>(QStringLiteral("reportsWindow"), Qt::FindDirectChildrenOnly);
    if (!reports) {
        reports = new ReportsWindow(&window);
        // Another inventory opened in the window: the reports follow it.
        QObject::connect(&window, &MainWindow::documentChanged, reports, [reports](InventoryDocument *document) {
            if (document && reports->isVisible())
                reports->setLocation(document->location());
        });
    }
    return reports;
}

} // namespace

void ReportActions::install(MainWindow &window, QMenu *fileMenu)
{
    auto *reports = new QAction(tr("Re&ports…"), &window);
    reports->setObjectName(QStringLiteral("reportsAction"));
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reports->setStatusTip(tr("Look at a report of the inventory and save it as CSV"));
    QObject::connect(reports, &QAction::triggered, &window, [&window] { showReports(window); });

    auto *selection = new QAction(tr("Export &Contacts for Selection…"), &window);
    selection->setObjectName(QStringLiteral("exportSelectionAction"));
    selection->setStatusTip(tr("Whom to contact for the selected items, as a report you can save as CSV"));
    QObject::connect(selection, &QAction::triggered, &window, [&window] { exportSelection(window); });

    auto *list = new QAction(tr("Contacts for a &List…"), &window);
    list->setObjectName(QStringLiteral("contactsForListAction"));
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    list->setStatusTip(tr("Paste the lines of a scan, an outage notice or a maintenance mail and see whom to tell"));
    QObject::connect(list, &QAction::triggered, &window, [&window] { showContactsForList(window); });

    auto *import = new QAction(tr("&Import…"), &window);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Add or update providers, hosts, services, contacts and assignments from CSV files"));
    QObject::connect(import, &QAction::triggered, &window, [&window] { showImport(window); });

    auto *backstage = new QAction(tr("Export Bac&kstage Catalog…"), &window);
    backstage->setObjectName(QStringLiteral("exportBackstageAction"));
    backstage->setStatusTip(tr("Save the inventory as a Backstage catalog (catalog-info.yaml)"));
    QObject::connect(backstage, &QAction::triggered, &window, [&window] {
        // Beside an inventory file; in the documents folder for one on a server.
        const QFileInfo file(window.location());
        const QString start = QDir(file.exists() ? file.absolutePath()
                                                 : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("catalog-info.yaml"));
        const QString path = QFileDialog::getSaveFileName(&window, tr("Export Backstage Catalog"), start,
                                                          tr("Backstage catalogs (*.yaml *.yml);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (exportBackstage(window, path, &error))
            window.statusBar()->showMessage(tr("Saved the Backstage catalog %1").arg(QDir::toNativeSeparators(path)),
                                            5000);
        else
            QMessageBox::warning(&window, tr("Export Backstage Catalog"), error);
    });

    // Before the separator above Quit, so that Quit stays last.
    QAction *before = nullptr;
    const QList<QAction *> actions = fileMenu->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions.at(i)->menuRole() == QAction::QuitRole) {
            before = i > 0 && actions.at(i - 1)->isSeparator() ? actions.at(i - 1) : actions.at(i);
            break;
        }
    }
    // A group of their own; QMenu collapses a separator next to another one.
    auto *above = new QAction(&window);
    above->setSeparator(true);
    auto *below = new QAction(&window);
    below->setSeparator(true);
    fileMenu->insertActions(before, {above, reports, selection, list, import, backstage, below});

    const auto update = [&window, reports, selection, list, import, backstage] {
        const bool open = window.store() != nullptr;
        reports->setEnabled(open);
        backstage->setEnabled(open);
        list->setEnabled(open);                           // it only reads: read-only inventories too
        import->setEnabled(open && !window.isReadOnly()); // an import writes
        selection->setEnabled(open && !window.selectedItemIds().isEmpty());
    };
    QObject::connect(fileMenu, &QMenu::aboutToShow, &window, update);
    QObject::connect(&window, &MainWindow::documentChanged, &window, update);
    QObject::connect(&window, &MainWindow::readOnlyChanged, &window, update);
    QObject::connect(window.treeView()->selectionModel(), &QItemSelectionModel::selectionChanged, &window, update);
    update();
    window.treeView()->addAction(selection);
}

ReportsWindow *ReportActions::showReports(MainWindow &window)
{
    if (!window.store())
        return nullptr;
    ReportsWindow *reports = reportsWindow(window);
    const QString path = window.location();
    if (reports->location() != path)
        reports->setLocation(path); // runs the preview
    else if (!reports->isVisible())
        reports->scheduleRefresh(); // the inventory may have changed since it was last shown
    reports->show();
    reports->raise();
    reports->activateWindow();
    return reports;
}

ReportsWindow *ReportActions::exportSelection(MainWindow &window)
{
    const QVector<qint64> ids = window.selectedItemIds();
    if (!window.store() || ids.isEmpty())
        return nullptr;
    ReportsWindow *reports = reportsWindow(window);
    // One preview, of the selection in this inventory (the changes are coalesced).
    reports->setLocation(window.location());
    reports->setSelection(ids);
    reports->setReport(ReportKind::Selection);
    reports->show();
    reports->raise();
    reports->activateWindow();
    return reports;
}

ContactsForListDialog *ReportActions::showContactsForList(MainWindow &window)
{
    Store *store = window.store();
    if (!store)
        return nullptr;
    auto *dialog =
        window.findChild<ContactsForListDialog *>(QStringLiteral("contactsForListDialog"), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ContactsForListDialog(*store, &window.settings(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // It reads the inventory that is open: another one (or none) closes it first.
        QObject::connect(&window, &MainWindow::documentChanged, dialog, [dialog] { delete dialog; });
        if (ChangeWatcher *watcher = window.changeWatcher())
            QObject::connect(watcher, &ChangeWatcher::externalChange, dialog, &ContactsForListDialog::inventoryChanged);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

ImportDialog *ReportActions::showImport(MainWindow &window)
{
    Store *store = window.store();
    if (!store || window.isReadOnly())
        return nullptr;
    auto *dialog = new ImportDialog(
        *store, window.undoStack(), window.location(),
        [w = &window](const QString &message) {
            QMessageBox::warning(w, tr("Undo"), tr("The change could not be applied: %1").arg(message));
        },
        &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // The import, its undo and redo commit through a connection of their own: look
    // for the change now rather than at the next poll.
    dialog->setCommittedElsewhere([w = QPointer<MainWindow>(&window)] {
        if (w && w->changeWatcher())
            w->changeWatcher()->poll();
    });
    QObject::connect(dialog, &QDialog::accepted, &window,
                     [w = &window] { w->statusBar()->showMessage(w->undoStack()->undoText(), 5000); });
    dialog->show();
    return dialog;
}

bool ReportActions::exportBackstage(MainWindow &window, const QString &path, QString *error)
{
    Store *store = window.store();
    if (!store) {
        *error = tr("No inventory is open.");
        return false;
    }
    BackstageExport exporter(*store);
    QByteArray catalog;
    if (!exporter.run(&catalog)) {
        *error = exporter.errorString();
        return false;
    }
    return Reports::saveFile(
        path,
        [&catalog](QIODevice *device, QString *why) {
            if (device->write(catalog) == catalog.size())
                return true;
            *why = device->errorString();
            return false;
        },
        error);
}

} // namespace steward
