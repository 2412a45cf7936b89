#include "Commands.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTreeView>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace steward;

namespace {

/// For steward-bench: reports the first paint of the inventory tree, then quits.
class FirstPaintProbe final : public QObject
{
public:
    explicit FirstPaintProbe(QApplication &app)
        : m_app(app)
    {
    }

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

QStringList rawArguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Steward"));
    QApplication::setDesktopFileName(QStringLiteral("steward"));

    QCommandLineParser parser;
    parser.setApplicationDescription(usageText());
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "The inventory to open."),
                                QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a screenshot of the window and exit."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Select this item (with --screenshot)."),
                                    QStringLiteral("ITEM"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QApplication::translate("main", "Type this into the tree filter (with --screenshot)."),
                                    QStringLiteral("TEXT"));
    QCommandLineOption benchStartup(QStringLiteral("bench-first-paint"));
    benchStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, screenshot, select, filter, benchStartup});
    if (!parser.parse(QApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        QTextStream err(stderr);
        err << "steward: "
            << (parser.errorText().isEmpty()
                    ? QApplication::translate("main", "unknown command \"%1\".").arg(parser.positionalArguments().value(0))
                    : parser.errorText())
            << Qt::endl
            << QApplication::translate("main", "Try \"steward --help\".") << Qt::endl;
        return ExitUsage;
    }

    const bool shooting = parser.isSet(screenshot);
    // A screenshot run must not touch the user's settings or recent files.
    std::unique_ptr<QTemporaryDir> scratch;
    std::unique_ptr<Settings> settings;
    if (shooting || parser.isSet(benchStartup)) {
        scratch = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<Settings>(scratch->filePath(QStringLiteral("steward.ini")));
    } else {
        settings = std::make_unique<Settings>();
    }

    MainWindow window(*settings);
    if (shooting || parser.isSet(benchStartup))
        window.resize(1600, 1000);
    else
        window.restoreWindowState();

    QString path = parser.value(db);
    QString error;
    bool opened = false;
    if (path.isEmpty() && !shooting) {
        const QString last = settings->value(Settings::Key::LastFile).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultDatabasePath();
        // First start: the example inventory, so there is something to look at.
        if (!QFileInfo::exists(path))
            opened = window.newFile(path, true, &error);
        else
            opened = window.openFile(path, &error);
    } else if (path.isEmpty()) {
        error = QApplication::translate("main", "--screenshot needs --db FILE.");
    } else {
        opened = window.openFile(path, &error);
    }

    if (shooting) {
        if (!opened) {
            QTextStream(stderr) << "steward: " << error << Qt::endl;
            return ExitFailure;
        }
        if (parser.isSet(select) && !window.selectItemByName(parser.value(select))) {
            QTextStream(stderr) << "steward: "
                                << QApplication::translate("main", "no item is called \"%1\".").arg(parser.value(select))
                                << Qt::endl;
            return ExitFailure;
        }
        if (parser.isSet(filter))
            window.filterEdit()->setText(parser.value(filter));
        window.show();
        const QString out = parser.value(screenshot);
        int result = ExitFailure;
        // Let the window be laid out, exposed and painted before grabbing it.
        QTimer::singleShot(100, &window, [&] {
            QApplication::processEvents();
            const QPixmap pixmap = window.grab();
            if (pixmap.save(out, "PNG")) {
                result = ExitOk;
            } else {
                QTextStream(stderr) << "steward: "
                                    << QApplication::translate("main", "cannot write %1.").arg(QDir::toNativeSeparators(out))
                                    << Qt::endl;
            }
            app.quit();
        });
        app.exec();
        return result;
    }

    std::unique_ptr<FirstPaintProbe> probe;
    if (parser.isSet(benchStartup)) {
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

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("steward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    const QStringList args = rawArguments(argc, argv);
    const QString first = args.value(1);
    if (isHeadlessCommand(first)) {
        QCoreApplication app(argc, argv);
        return runHeadless(QCoreApplication::arguments());
    }
    // --help and --version need no display.
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        QTextStream(stdout) << usageText() << Qt::endl;
        return ExitOk;
    }
    if (first == QLatin1String("--version")) {
        QTextStream(stdout) << "steward " << STEWARD_VERSION << Qt::endl;
        return ExitOk;
    }
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << "steward: unknown command \"" << first << "\".\n" << usageText() << Qt::endl;
        return ExitUsage;
    }
    return runGui(argc, argv);
}
