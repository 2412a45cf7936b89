#include "MapCommand.h"

#include "Commands.h"
#include "Database.h"
#include "MapExport.h"
#include "MapGraph.h"
#include "MapLayout.h"
#include "MapScene.h"
#include "Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace steward {
namespace {

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("steward::MapCommand", text);
}

} // namespace

int runMapCommand(int argc, char **argv)
{
    // Drawing text needs a GUI application, but never a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Draw the inventory's map as SVG or PNG."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("map"), QString());
    parser.addOption({QStringLiteral("db"), tr("The inventory (default: the one the window opens)."), tr("FILE")});
    parser.addOption({QStringList{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to OUT (.svg or .png)."),
                      tr("OUT")});
    parser.addOption({QStringLiteral("focus"), tr("Draw only ITEM's neighbourhood."), tr("ITEM")});
    parser.addOption({QStringLiteral("steps"), tr("With --focus: how many rings of linked items (default 0)."),
                      tr("N"), QStringLiteral("0")});
    if (!parser.parse(QApplication::arguments())) {
        printErr(tr("steward: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printErr(tr("steward: map takes no other arguments."));
        return ExitUsage;
    }
    const QString out = parser.value(QStringLiteral("output"));
    mapexport::Format format;
    if (out.isEmpty() || !mapexport::formatFor(out, &format)) {
        printErr(tr("steward: map needs -o OUT.svg or -o OUT.png."));
        return ExitUsage;
    }
    bool stepsOk = false;
    const int steps = parser.value(QStringLiteral("steps")).toInt(&stepsOk);
    if (!stepsOk || steps < 0) {
        printErr(tr("steward: --steps takes a number from 0."));
        return ExitUsage;
    }

    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = defaultDatabasePath();
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly)) {
        printErr(tr("steward: %1").arg(db.errorString()));
        return ExitFailure;
    }
    Store store(db);
    MapGraph graph;
    QString error;
    if (!graph.load(store, &error)) {
        printErr(tr("steward: %1").arg(error));
        return ExitFailure;
    }
    QSet<qint64> only;
    if (parser.isSet(QStringLiteral("focus"))) {
        const QString name = parser.value(QStringLiteral("focus"));
        const QVector<Item> found = store.findItemsByName(name);
        if (found.isEmpty()) {
            printErr(tr("steward: no item is called \"%1\".").arg(name));
            return ExitFailure;
        }
        only = graph.neighbourhood(found.first().id, steps);
        if (only.isEmpty()) {
            printErr(tr("steward: \"%1\" is not drawn on the map (the organisation, or a host without a name).")
                         .arg(found.first().name));
            return ExitFailure;
        }
    }
    const MapLayoutResult layout = MapLayout::run(graph, only);
    if (!layout.error.isEmpty()) {
        printErr(tr("steward: %1").arg(layout.error));
        return ExitFailure;
    }
    MapScene scene;
    scene.build(graph, layout);
    if (!mapexport::save(scene, out, &error)) {
        printErr(tr("steward: %1").arg(error));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace steward
