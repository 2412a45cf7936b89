#include "AccessCliCommand.h"
#include "AssignCliCommand.h"
#include "AssignDialog.h"
#include "Backup.h"
#include "BackupCliCommand.h"
#include "BatchRevertDialog.h"
#include "CheckCliCommand.h"
#include "ConfirmCliCommand.h"
#include "ConnectDialog.h"
#include "ContactCliCommand.h"
#include "ContactDirectoryPanel.h"
#include "ContactForm.h"
#include "ContactsForListDialog.h"
#include "CopyCliCommand.h"
#include "DashboardView.h"
#include "DepartureCliCommand.h"
#include "DepartureDialog.h"
#include "ExportCliCommand.h"
#include "HandoverCliCommand.h"
#include "HandoverDialog.h"
#include "HistoryCliCommand.h"
#include "ImpactCliCommand.h"
#include "ImportCliCommand.h"
#include "InitCliCommand.h"
#include "LinkCliCommand.h"
#include "LinkTypeCliCommand.h"
#include "LinkTypesCliCommand.h"
#include "MainWindow.h"
#include "MapCliCommand.h"
#include "MapPanel.h"
#include "OptionalDateEdit.h"
#include "OwnershipDialog.h"
#include "RestoreBackupDialog.h"
#include "RevertCliCommand.h"
#include "ReviewCliCommand.h"
#include "RoleCliCommand.h"
#include "RolesCliCommand.h"
#include "SearchCliCommand.h"
#include "Settings.h"
#include "StatusCliCommand.h"
#include "StatusesAndLinkTypesDialog.h"
#include "StatusesCliCommand.h"
#include "Store.h"
#include "Translations.h"
#include "UnassignCliCommand.h"
#include "UnlinkCliCommand.h"
#include "UserGuide.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPixmap>
#include <QSaveFile>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <memory>

using namespace steward;

namespace {

/// For steward-bench: reports the first paint of the inventory tree, then quits.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)
public:
    explicit FirstPaintProbe(QApplication &app)
        : m_app(app)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Report after this paint has finished.
            QTimer::singleShot(0, &m_app, [this] {
                QFile status(QStringLiteral("/proc/self/status"));
                QByteArray rss = "0";
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("VmRSS:"))
                            rss = line.mid(6).trimmed().split(' ').value(0);
                    }
                }
                QTextStream(stdout) << "painted " << rss << Qt::endl;
                m_app.quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QApplication &m_app;
    bool m_done = false;
};

/// The command called @p name (`steward NAME ...`), or null: then the window starts.
std::unique_ptr<CliCommand> findCommand(const QString &name)
{
    std::unique_ptr<CliCommand> commands[] = {
        std::make_unique<InitCliCommand>(),      std::make_unique<ContactCliCommand>(),
        std::make_unique<ExportCliCommand>(),    std::make_unique<ImportCliCommand>(),
        std::make_unique<CheckCliCommand>(),     std::make_unique<AssignCliCommand>(),
        std::make_unique<UnassignCliCommand>(),  std::make_unique<HistoryCliCommand>(),
        std::make_unique<SearchCliCommand>(),    std::make_unique<CopyCliCommand>(),
        std::make_unique<MapCliCommand>(),       std::make_unique<ImpactCliCommand>(),
        std::make_unique<LinkCliCommand>(),      std::make_unique<UnlinkCliCommand>(),
        std::make_unique<StatusCliCommand>(),    std::make_unique<StatusesCliCommand>(),
        std::make_unique<LinkTypeCliCommand>(),  std::make_unique<LinkTypesCliCommand>(),
        std::make_unique<BackupCliCommand>(),    std::make_unique<AccessCliCommand>(),
        std::make_unique<ReviewCliCommand>(),    std::make_unique<ConfirmCliCommand>(),
        std::make_unique<RoleCliCommand>(),      std::make_unique<RolesCliCommand>(),
        std::make_unique<DepartureCliCommand>(), std::make_unique<HandoverCliCommand>(),
        std::make_unique<RevertCliCommand>(),
    };
    for (std::unique_ptr<CliCommand> &command : commands) {
        if (command->name() == name)
            return std::move(command);
    }
    return nullptr;
}

/// The usage text printed by --help.
QString usageText()
{
    return QCoreApplication::translate(
               "main",
               "Usage:\n"
               "  steward [--db FILE] [--style NAME] [--palette dark]\n"
               "                                              open the inventory in the window (a Qt style, e.g.\n"
               "                                              Fusion; a dark palette)\n"
               "  steward --db FILE --screenshot OUT.png [--select ITEM] [--filter TEXT] [--panel details|history|contacts]\n"
               "                  [--impact] [--focus] [--size WxH] [--contact NAME] [--dialog NAME]\n"
               "                                              save a screenshot of the window and exit\n"
               "  steward map [--db FILE] -o OUT.svg|OUT.png [--focus ITEM [--steps N]]\n"
               "                                              draw the map (no display needed)\n"
               "  steward init FILE [--example | [--organisation NAME] [--escalation EMAIL]]\n"
               "                                              create a new inventory\n"
               "  steward contact ITEM [--db FILE] [--format text|csv]\n"
               "                                              who to contact about ITEM\n"
               "  steward contact --from FILE|- [--db FILE] [--format text|csv|emails] [--all]\n"
               "                                              whom to tell about the things a list names\n"
               "  steward impact ITEM [--db FILE] [--format text|csv]\n"
               "                                              what fails when ITEM fails, how, whom to call\n"
               "  steward export REPORT [--db FILE] [-o FILE] [--excel] [--raw | --safe]\n"
               "                                              a report as CSV: services, hosts, providers,\n"
               "                                              contacts, assignments, links, gaps\n"
               "  steward export selection ITEM... [--db FILE] [-o FILE] [--excel] [--raw | --safe]\n"
               "                                              the contacts of the items, and why\n"
               "  steward export impact ITEM [--db FILE] [-o FILE] [--excel] [--raw | --safe]\n"
               "                                              what depends on ITEM: path and contacts\n"
               "  steward export backstage [--db FILE] [-o FILE]\n"
               "                                              the inventory as a Backstage catalog (YAML)\n"
               "  steward import FILE... [--db FILE] [--dry-run]\n"
               "                                              import CSV files or Backstage catalogs\n"
               "                                              (all rows or nothing)\n"
               "  steward check [--db FILE]                   integrity and foreign-key check\n"
               "  steward assign ITEM CONTACT --role ROLE [--priority P] [--note TEXT] [--db FILE]\n"
               "                                              assign a contact to an item\n"
               "  steward unassign ITEM CONTACT [--role ROLE] [--db FILE]\n"
               "                                              remove a contact's assignment\n"
               "  steward departure NAME [--db FILE] [--format text|csv]\n"
               "                                              what if NAME leaves: the items left thin\n"
               "  steward handover FROM TO [--role R]... [--item ITEM]... [--dry-run] [--db FILE]\n"
               "                                              hand FROM's assignments over to TO\n"
               "  steward link FROM TO --type TYPE [--note TEXT] [--from-kind K] [--to-kind K] [--db FILE]\n"
               "                                              link two items (depends_on, fronted_by, ...)\n"
               "  steward unlink FROM TO [--type TYPE] [--from-kind K] [--to-kind K] [--db FILE]\n"
               "                                              remove the links from FROM to TO\n"
               "  steward history [ITEM] [--db FILE] [--format text|csv] [--limit N]\n"
               "                                              what changed, when and by whom\n"
               "  steward revert [BATCH] [--db FILE] [--skip-changed] [--dry-run] [--format text|csv]\n"
               "                                              revert one batch of the history as one new change\n"
               "                                              (without BATCH: the recent batches)\n"
               "  steward search QUERY [--db FILE] [--format text|csv] [--limit N]\n"
               "                                              find items and contacts by name, alias, address, URL,\n"
               "                                              text; tag:KEY or tag:KEY=VALUE keeps tagged ones\n"
               "  steward copy --to FILE|URL [--from FILE|URL] [--replace]\n"
               "                                              copy a whole inventory to another database\n"
               "  steward backup [--db FILE] [-o FILE]        a consistent copy while others keep working\n"
               "  steward status NAME --category C [--db FILE]\n"
               "                                              declare a status of your own: C is operational,\n"
               "                                              degraded, down, retired or planned\n"
               "  steward status --remove NAME [--db FILE]    remove a status of your own\n"
               "  steward statuses [--db FILE] [--format text|csv]\n"
               "                                              the statuses and their categories\n"
               "  steward link-type KEY [--label L] [--no-failure] [--db FILE]\n"
               "                                              declare a link type of your own (--no-failure:\n"
               "                                              impact does not follow it)\n"
               "  steward link-type --remove KEY [--db FILE]  remove a link type of your own\n"
               "  steward link-types [--db FILE] [--format text|csv]\n"
               "                                              the link types, their labels and meaning\n"
               "  steward review [--due] [--db FILE] [--format text|csv]\n"
               "                                              assignments by when they were last confirmed,\n"
               "                                              oldest first (--due: only those overdue)\n"
               "  steward confirm ITEM... [--contact NAME] [--role R] [--db FILE]\n"
               "                                              confirm that the items' contacts are still right\n"
               "  steward role ROLE --review-days N|never [--db FILE]\n"
               "                                              how often a role's assignments are confirmed\n"
               "  steward role --remove ROLE [--db FILE]      remove a role of your own\n"
               "  steward roles [--db FILE] [--format text|csv]\n"
               "                                              the roles and their review intervals\n"
               "  steward access grant ROLE viewer|editor | revoke ROLE | list [--db URL] [--dry-run | --show-sql]\n"
               "                                              who may read or change an inventory on PostgreSQL\n"
               "  steward --help | --version\n"
               "\n"
               "Without --db, Steward uses %1.\n"
               "Every FILE may also be a PostgreSQL database: postgresql://USER@HOST:PORT/DATABASE\n"
               "(passwords from ~/.pgpass or PGPASSWORD, never in the address; ?sslmode=verify-full is passed on).\n"
               "Exit codes: 0 success, 1 failure, 2 usage error.")
        .arg(QDir::toNativeSeparators(defaultDatabasePath()));
}

QStringList rawArguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

/// The window's command line, parsed before any QApplication exists so that usage
/// errors, --help and --version work without a display.
struct GuiOptions
{
    QString db;
    QString screenshot;
    QString select;
    QString filter;
    QString panel;
    QString dialog;      ///< "ownership", "contact", "connect", "restore", "list", "roles", "dashboard", "departure"
                         ///< or "handover": picture that instead of the window
    QString contact;     ///< the contact selected in the Contacts panel (and of departure and handover)
    bool impact = false; ///< the map's Impact on, for the selected item
    bool focus = false;  ///< the map's Focus on, for the selected item
    QSize size;          ///< the window's size (1600 x 1000 unless given)
    QString style;       ///< a Qt style by name (Fusion, Windows), empty: the desktop's
    bool darkPalette = false; ///< a dark palette (with Fusion unless a style is named)
    bool benchFirstPaint = false;
};

/// Returns -1 when the window should start, or the exit code to return at once.
/// Prints on @p out and @p err: main() calls it first with both silent, and again
/// with the translations installed when it ends the program.
int parseGuiOptions(const QStringList &arguments, GuiOptions *options, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("OUT.png"));
    const QCommandLineOption select(QStringLiteral("select"), QString(), QStringLiteral("ITEM"));
    const QCommandLineOption filter(QStringLiteral("filter"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption panel(QStringLiteral("panel"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption dialog(QStringLiteral("dialog"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption contact(QStringLiteral("contact"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption impact(QStringLiteral("impact"));
    const QCommandLineOption focus(QStringLiteral("focus"));
    const QCommandLineOption size(QStringLiteral("size"), QString(), QStringLiteral("WxH"));
    const QCommandLineOption benchFirstPaint(QStringLiteral("bench-first-paint"));
    const QCommandLineOption style(QStringLiteral("style"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption palette(QStringLiteral("palette"), QString(), QStringLiteral("dark"));
    parser.addOptions({help, version, db, screenshot, select, filter, panel, dialog, contact, impact, focus, size,
                       benchFirstPaint, style, palette});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        err << "steward: "
            << (parser.errorText().isEmpty() ? QCoreApplication::translate("main", "unknown command \"%1\".")
                                                   .arg(parser.positionalArguments().value(0))
                                             : parser.errorText())
            << Qt::endl
            << QCoreApplication::translate("main", "Try \"steward --help\".") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << usageText() << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(version)) {
        out << "steward " << STEWARD_VERSION << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(screenshot) && !parser.isSet(db)) {
        err << "steward: " << QCoreApplication::translate("main", "--screenshot needs --db FILE.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(panel) &&
        !QStringList{QStringLiteral("details"), QStringLiteral("history"), QStringLiteral("contacts")}.contains(
            parser.value(panel))) {
        err << "steward: " << QCoreApplication::translate("main", "--panel is details, history or contacts.")
            << Qt::endl;
        return ExitUsage;
    }
    const QStringList dialogs{
        QStringLiteral("ownership"),    QStringLiteral("contact"),   QStringLiteral("connect"),
        QStringLiteral("restore"),      QStringLiteral("list"),      QStringLiteral("roles"),
        QStringLiteral("dashboard"),    QStringLiteral("departure"), QStringLiteral("handover"),
        QStringLiteral("revert-batch"), QStringLiteral("assign"),    QStringLiteral("user-guide")};
    if (parser.isSet(dialog) && !dialogs.contains(parser.value(dialog))) {
        err << "steward: "
            << QCoreApplication::translate("main", "--dialog is ownership, contact, connect, restore, "
                                                   "list, roles, dashboard, departure, handover, "
                                                   "revert-batch, assign or user-guide.")
            << Qt::endl;
        return ExitUsage;
    }
    if ((parser.value(dialog) == QLatin1String("departure") || parser.value(dialog) == QLatin1String("handover")) &&
        !parser.isSet(contact)) {
        err << "steward: "
            << QCoreApplication::translate("main", "--dialog %1 needs --contact NAME.").arg(parser.value(dialog))
            << Qt::endl;
        return ExitUsage;
    }
    if ((parser.isSet(select) || parser.isSet(filter) || parser.isSet(panel) || parser.isSet(dialog) ||
         parser.isSet(contact) || parser.isSet(impact) || parser.isSet(focus) || parser.isSet(size)) &&
        !parser.isSet(screenshot)) {
        err << "steward: "
            << QCoreApplication::translate("main", "--select, --filter, --panel, --dialog, --contact, "
                                                   "--impact, --focus and --size go with --screenshot.")
            << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(palette) && parser.value(palette) != QLatin1String("dark")) {
        QTextStream(stderr) << "steward: " << QCoreApplication::translate("main", "--palette is dark.") << Qt::endl;
        return ExitUsage;
    }
    // The window's command line is in ps as much as a command's (its Connect dialog is
    // where a password may be typed).
    if (const QString problem = dialect::commandLinePasswordProblem(parser.value(db)); !problem.isEmpty()) {
        err << "steward: " << problem << Qt::endl;
        return ExitFailure;
    }
    options->db = parser.value(db);
    options->screenshot = parser.value(screenshot);
    options->select = parser.value(select);
    options->filter = parser.value(filter);
    options->panel = parser.value(panel);
    options->dialog = parser.value(dialog);
    options->contact = parser.value(contact);
    options->impact = parser.isSet(impact);
    options->focus = parser.isSet(focus);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        bool wide = false, high = false;
        const int w = parts.value(0).toInt(&wide), h = parts.value(1).toInt(&high);
        if (parts.size() != 2 || !wide || !high || w < 400 || h < 300 || w > 8000 || h > 8000) {
            err << "steward: "
                << QCoreApplication::translate("main", "--size is WIDTHxHEIGHT in pixels, at least 400x300.")
                << Qt::endl;
            return ExitUsage;
        }
        options->size = QSize(w, h);
    }
    options->benchFirstPaint = parser.isSet(benchFirstPaint);
    options->style = parser.value(style);
    options->darkPalette = parser.isSet(palette);
    return -1;
}

/// A dark palette for Fusion, as dark desktop themes have it: light text on dark grey,
/// links and selection in a blue that reads on both.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x2f, 0x6f, 0xb8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x42));
    p.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

/// Writes the window's picture through QSaveFile: complete or not at all.
bool saveScreenshot(QWidget &window, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !window.grab().save(&file, "PNG") || !file.commit()) {
        *error = QCoreApplication::translate("main", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

int runGui(int argc, char **argv, const GuiOptions &options)
{
    // A screenshot or a benchmark needs no screen: without one, draw off-screen.
    if ((!options.screenshot.isEmpty() || options.benchFirstPaint) && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installTranslations();
    QApplication::setApplicationDisplayName(QStringLiteral("Steward"));
    // The .desktop file's name (the application's id): the Wayland app id, and how a
    // desktop matches the window to its launcher and icon.
    QApplication::setDesktopFileName(QStringLiteral(STEWARD_APP_ID));
    if (!options.style.isEmpty() || options.darkPalette) {
        const QString name = options.style.isEmpty() ? QStringLiteral("Fusion") : options.style;
        QStyle *style = QStyleFactory::create(name);
        if (!style) {
            QTextStream(stderr) << "steward: "
                                << QCoreApplication::translate("main", "no style is called \"%1\"; there are: %2.")
                                       .arg(name, QStyleFactory::keys().join(QStringLiteral(", ")))
                                << Qt::endl;
            return ExitUsage;
        }
        QApplication::setStyle(style);
    }
    if (options.darkPalette)
        QApplication::setPalette(darkPalette());

    const bool shooting = !options.screenshot.isEmpty();
    // A screenshot run must not touch the user's settings or recent files.
    std::unique_ptr<QTemporaryDir> scratch;
    std::unique_ptr<Settings> settings;
    if (shooting || options.benchFirstPaint) {
        scratch = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<Settings>(scratch->filePath(QStringLiteral("steward.ini")));
        // Nor write beside the inventory: no daily backup (it is a look, not a session).
        settings->setValue(Settings::Key::BackupsKept, 0);
    } else {
        settings = std::make_unique<Settings>();
    }

    MainWindow window(*settings);
    if (shooting || options.benchFirstPaint)
        window.resize(options.size.isValid() ? options.size : QSize(1600, 1000));
    else
        window.restoreWindowState();

    QString path = options.db;
    QString error;
    bool opened = false;
    if (path.isEmpty()) {
        const QString last = settings->value(Settings::Key::LastFile).toString();
        path = !last.isEmpty() && (dialect::isServerLocation(last) || QFileInfo::exists(last)) ? last
                                                                                               : defaultDatabasePath();
        // First start: the example inventory, so there is something to look at.
        if (!QFileInfo::exists(path))
            opened = window.newFile(path, true, &error);
        else
            opened = window.openLocation(path, &error);
    } else {
        opened = window.openLocation(path, &error);
    }

    if (shooting) {
        if (!opened) {
            QTextStream(stderr) << "steward: " << error << Qt::endl;
            return ExitFailure;
        }
        if (!options.select.isEmpty() && !window.selectItemByName(options.select)) {
            QTextStream(stderr) << "steward: "
                                << QApplication::translate("main", "no item is called \"%1\".").arg(options.select)
                                << Qt::endl;
            return ExitFailure;
        }
        if (!options.filter.isEmpty())
            window.filterEdit()->setText(options.filter);
        if (!options.panel.isEmpty()) {
            const QString dockName =
                options.panel == QLatin1String("contacts") ? QStringLiteral("contactsDirectory") : options.panel;
            if (auto *dock = window.findChild<QDockWidget *>(dockName + QStringLiteral("DockWidget")))
                dock->raise();
        }
        qint64 contactId = 0;
        if (!options.contact.isEmpty()) {
            const auto found = window.store()->findContactsByName(options.contact, &error);
            if (!found || found->size() != 1) {
                QTextStream(stderr)
                    << "steward: "
                    << (found ? QApplication::translate("main", "no one contact is called \"%1\".").arg(options.contact)
                              : error)
                    << Qt::endl;
                return ExitFailure;
            }
            contactId = found->first().id;
            window.contactDirectoryPanel()->selectContact(contactId);
        }
        if (options.impact)
            window.mapPanel()->setImpactMode(true);
        if (options.focus)
            window.mapPanel()->setFocusMode(true);
        window.show();
        // A dialog for the selected item (or the first contact it lists), shown without blocking.
        std::unique_ptr<QDialog> shown;
        if (options.dialog == QLatin1String("ownership")) {
            shown = std::make_unique<OwnershipDialog>(*window.store(), window.selectedItemIds().value(0), &window);
        } else if (options.dialog == QLatin1String("contact")) {
            Store &store = *window.store();
            const auto owned = store.assignments(window.selectedItemIds().value(0), &error);
            if (!owned) {
                QTextStream(stderr) << "steward: " << error << Qt::endl;
                return ExitFailure;
            }
            const qint64 contactId = owned->isEmpty() ? 0 : owned->first().contactId;
            ContactDraft draft;
            if (contactId > 0) {
                const auto contact = store.contact(contactId, &error);
                const auto members = contact ? store.teamMembers(contactId, &error) : std::nullopt;
                if (!members) {
                    QTextStream(stderr) << "steward: " << error << Qt::endl;
                    return ExitFailure;
                }
                draft = {*contact, *members};
            }
            shown = std::make_unique<ContactForm>(*window.store(), draft, &window);
        } else if (options.dialog == QLatin1String("revert-batch")) {
            // The revert of the batch that made the selected item (its oldest change).
            Store &store = *window.store();
            const auto history = store.history(window.selectedItemIds().value(0), 0, &error);
            const auto plan = history && !history->isEmpty() ? planBatchRevert(store, history->last().batchId, &error)
                                                             : std::optional<BatchRevertPlan>();
            if (!plan) {
                QTextStream(stderr) << "steward: "
                                    << (error.isEmpty() ? QCoreApplication::translate("main", "no history") : error)
                                    << Qt::endl;
                return ExitFailure;
            }
            shown = std::make_unique<BatchRevertDialog>(*plan, &window);
        } else if (options.dialog == QLatin1String("restore")) {
            shown = std::make_unique<RestoreBackupDialog>(window.location(), Backup::list(window.location(), true),
                                                          &window);
        } else if (options.dialog == QLatin1String("list")) {
            // A provider's maintenance mail about the example inventory (and the selected item).
            auto list = std::make_unique<ContactsForListDialog>(*window.store(), nullptr, &window);
            QString text = QStringLiteral("Subject: Scheduled maintenance, Saturday 02:00-04:00 UTC\n"
                                          "\n"
                                          "Dear customer,\n"
                                          "we will replace a switch in rack B4. The following will be unreachable:\n"
                                          "  - albatross (10.0.4.12)\n"
                                          "  - dinsdale.python.org\n"
                                          "  - https://docs.python.org/3/ and https://www.python.org/ftp/python/\n"
                                          "  - the Python Wiki (wiki.python.org)\n"
                                          "  - pypi.python.org/simple\n"
                                          "  - build-07.example.net\n"
                                          "Questions: noc@example.net\n"
                                          "Regards, the NOC\n");
            if (!options.select.isEmpty())
                text += QStringLiteral("Also affected: %1\n").arg(options.select);
            list->setListText(text);
            shown = std::move(list);
        } else if (options.dialog == QLatin1String("assign")) {
            // Assign Contact to the selection, with a cover's days filled in.
            QString unread;
            auto assign = std::make_unique<AssignDialog>(
                AssignDialog::Mode::Assign, window.store()->contacts(&unread).value_or(QVector<Contact>()),
                static_cast<int>(std::max<qsizetype>(1, window.selectedItemIds().size())), &window);
            if (auto *from = assign->findChild<OptionalDateEdit *>(QStringLiteral("validFromDateEdit")))
                from->setDate(QDate::currentDate());
            if (auto *until = assign->findChild<OptionalDateEdit *>(QStringLiteral("validUntilDateEdit")))
                until->setDate(QDate::currentDate().addDays(40));
            shown = std::move(assign);
        } else if (options.dialog == QLatin1String("departure")) {
            shown = std::make_unique<DepartureDialog>(*window.document(), contactId, &window);
        } else if (options.dialog == QLatin1String("handover")) {
            shown = std::make_unique<HandoverDialog>(*window.document(), contactId, QVector<qint64>(), &window);
        } else if (options.dialog == QLatin1String("connect")) {
            auto connect = std::make_unique<ConnectDialog>(&window);
            if (window.store()->database().isServer())
                connect->setLocation(window.location());
            shown = std::move(connect);
        } else if (options.dialog == QLatin1String("roles")) {
            auto roles = std::make_unique<StatusesAndLinkTypesDialog>(*window.store(), &window);
            if (auto *tabs = roles->findChild<QTabWidget *>(QStringLiteral("typesTabWidget")))
                tabs->setCurrentIndex(1);
            shown = std::move(roles);
        }
        if (shown)
            shown->show();
        // The dashboard is a window of its own, opened by its action.
        QWidget *other = nullptr;
        if (options.dialog == QLatin1String("dashboard")) {
            if (auto *action = window.findChild<QAction *>(QStringLiteral("showDashboardAction")))
                action->trigger();
            other = window.findChild<DashboardView *>();
        }
        if (options.dialog == QLatin1String("user-guide"))
            other = UserGuide::showFor(&window, nullptr); // Help > User Guide, a window of its own
        int result = ExitFailure;
        // Let the window be laid out, exposed and painted before grabbing it; the contact
        // directory reads its contacts 250 ms after it is shown (ContactDirectoryPanel::showEvent).
        const int settle = options.panel == QLatin1String("contacts") ? 400 : 100;
        QTimer::singleShot(settle, &window, [&] {
            // The map is laid out on a worker thread: wait for it.
            window.mapPanel()->waitForLayout(30000);
            QApplication::processEvents();
            QString message;
            QWidget &target = shown ? static_cast<QWidget &>(*shown) : other ? *other : window;
            if (saveScreenshot(target, options.screenshot, &message))
                result = ExitOk;
            else
                QTextStream(stderr) << "steward: " << message << Qt::endl;
            app.quit();
        });
        app.exec();
        return result;
    }

    std::unique_ptr<FirstPaintProbe> probe;
    if (options.benchFirstPaint) {
        if (!opened) {
            QTextStream(stderr) << "steward: " << error << Qt::endl;
            return ExitFailure;
        }
        probe = std::make_unique<FirstPaintProbe>(app);
        window.treeView()->viewport()->installEventFilter(probe.get());
    }
    window.show();
    if (!opened)
        QMessageBox::critical(&window, QApplication::translate("main", "Open Inventory"), error);
    return app.exec();
}

} // namespace

namespace {

QtMessageHandler qtDefaultHandler = nullptr;

/// Standard error carries Steward's own messages: Qt's notes about the platform that
/// mean nothing to a user (no XDG_RUNTIME_DIR in a container or over ssh; the offscreen
/// platform of a screenshot or a headless command not sizing or raising windows) are
/// left out; everything else goes on as Qt would print it.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")) ||
                                 message.startsWith(QLatin1String("QStandardPaths: runtime directory")) ||
                                 message == QLatin1String("This plugin does not support propagateSizeHints()") ||
                                 message == QLatin1String("This plugin does not support raise()") ||
                                 // --style NAME that is none: Steward says so, naming those there are
                                 message.startsWith(QLatin1String("QApplication: invalid style override"))))
        return;
    if (qtDefaultHandler) {
        qtDefaultHandler(type, context, message);
        return;
    }
    fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    fflush(stderr);
}

} // namespace

int main(int argc, char **argv)
{
    qtDefaultHandler = qInstallMessageHandler(quietMessageHandler);
    QCoreApplication::setApplicationName(QStringLiteral("steward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    const QStringList args = rawArguments(argc, argv);
    if (const std::unique_ptr<CliCommand> found = findCommand(args.value(1))) {
        std::unique_ptr<QCoreApplication> app;
        if (found->needsGuiApplication()) {
            // Drawing text needs a GUI application, but never a screen.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        installTranslations();
        // Made again now that the translations are in: its help in the user's language.
        return findCommand(args.value(1))->run(QCoreApplication::arguments());
    }
    GuiOptions options;
    QString silent;
    QTextStream sink(&silent);
    if (parseGuiOptions(args, &options, sink, sink) >= 0) {
        // --help, --version or a usage error: said in the user's language.
        QCoreApplication app(argc, argv);
        installTranslations();
        QTextStream out(stdout), err(stderr);
        return parseGuiOptions(args, &options, out, err);
    }
    return runGui(argc, argv, options);
}

#include "main.moc"
