#include "MapCliCommand.h"

#include "Dialect.h"

#include "MapExport.h"
#include "MapGraph.h"
#include "MapLayout.h"
#include "MapScene.h"
#include "Store.h"

#include <QTextStream>

namespace steward {

MapCliCommand::MapCliCommand()
    : CliCommand(QStringLiteral("map"), tr("Draw the inventory's map as SVG or PNG."))
{
    addPositional(QStringLiteral("map"), QString());
    addOption({QStringLiteral("db"), tr("The inventory (default: the one the window opens)."), tr("FILE")});
    addOption(
        {QStringList{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to OUT (.svg or .png)."), tr("OUT")});
    addOption({QStringLiteral("focus"), tr("Draw only ITEM's neighbourhood."), tr("ITEM")});
    addOption({QStringLiteral("steps"), tr("With --focus: how many rings of linked items (default 0)."), tr("N"),
               QStringLiteral("0")});
}

int MapCliCommand::run(const QStringList &arguments)
{
    // Unlike the other commands, map has always had Qt's own help option (with
    // --help-all), listed "map" as its argument and printed usage errors without the
    // hint to --help; it keeps doing so.
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    addArgumentsTo(parser);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText(parser);
        return ExitOk;
    }
    return execute(parser);
}

int MapCliCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1) {
        printError(tr("map takes no other arguments."));
        return ExitUsage;
    }
    const QString out = parser.value(QStringLiteral("output"));
    mapexport::Format format;
    if (out.isEmpty() || !mapexport::formatFor(out, &format)) {
        printError(tr("map needs -o OUT.svg or -o OUT.png."));
        return ExitUsage;
    }
    int steps = 0;
    if (!readNumber(parser, QStringLiteral("steps"), 0, &steps)) {
        printError(tr("--steps takes a number from 0."));
        return ExitUsage;
    }

    // An empty --db is the default too.
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = defaultDatabasePath();
    if (const QString problem = dialect::commandLinePasswordProblem(path); !problem.isEmpty())
        return fail(problem);
    Database db;
    prepareDatabase(db);
    if (!db.open(path, Database::OpenMode::ReadOnlyAfterUpgrade))
        return fail(db.errorString());
    for (const QString &warning : db.connectionWarnings())
        printError(warning);
    Store store(db);
    MapGraph graph;
    QString error;
    // A read that met a damaged page says so in Steward's words, naming the file.
    const auto failRead = [&db](QString message) {
        db.noteDamage(&message);
        return fail(message);
    };
    if (parser.isSet(QStringLiteral("focus"))) {
        // Only the neighbourhood is read, as the window's focus view reads it: a focus
        // at a million services takes milliseconds, not a read of everything.
        const QString name = parser.value(QStringLiteral("focus"));
        const auto byName = store.findItemsByName(name, &error);
        if (!byName)
            return failRead(error);
        const QVector<Item> &found = *byName;
        if (found.isEmpty())
            return fail(tr("no item is called \"%1\".").arg(name));
        if (!graph.loadFocus(store, found.first().id, steps, &error))
            return failRead(error);
        if (graph.nodes().isEmpty()) {
            return fail(tr("\"%1\" is not drawn on the map (the organisation, or a host without a name).")
                            .arg(found.first().name));
        }
    } else if (!graph.load(store, &error)) {
        return failRead(error);
    }
    const MapLayoutResult layout = MapLayout::run(graph);
    if (!layout.error.isEmpty())
        return fail(layout.error);
    MapScene scene;
    scene.build(graph, layout);
    if (!mapexport::save(scene, out, &error))
        return fail(error);
    return ExitOk;
}

} // namespace steward
