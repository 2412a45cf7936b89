// Two processes writing to one inventory file at once: every edit lands, none is
// lost, and "database is locked" never reaches the caller. The test runs itself
// twice more as the writers ("tst_contention hammer FILE TAG N").

#include "Database.h"
#include "ExampleInventory.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace steward;

namespace {

constexpr int EditsPerWriter = 1000;

/// One writer: N new services and N increments of a shared counter, each its own
/// transaction. Prints the first error, if any, and exits 1.
int hammer(const QString &path, const QString &tag, int edits)
{
    Database db;
    if (!db.open(path)) {
        QTextStream(stderr) << db.errorString() << Qt::endl;
        return 1;
    }
    Store store(db);
    const auto org = store.organisationId();
    const QVector<Item> counters = store.findItemsByName(QStringLiteral("counter"));
    if (!org || counters.size() != 1)
        return 1;
    const qint64 counter = counters.first().id;
    for (int i = 0; i < edits; ++i) {
        QString error;
        Item service;
        service.kind = ItemKind::Service;
        service.parentId = *org;
        service.name = QStringLiteral("%1-%2").arg(tag).arg(i);
        if (!store.createItem(service, &error)) {
            QTextStream(stderr) << "create " << i << ": " << error << Qt::endl;
            return 1;
        }
        // Read, add one, write back: inside one write transaction nobody else can
        // interleave, so no increment is lost.
        const bool ok = store.write(
            [&](QString *err) {
                auto item = store.item(counter, err);
                if (!item)
                    return false;
                item->description = QString::number(item->description.toInt() + 1);
                return store.updateItem(*item, err);
            },
            &error);
        if (!ok) {
            QTextStream(stderr) << "increment " << i << ": " << error << Qt::endl;
            return 1;
        }
    }
    return 0;
}

} // namespace

class TestContention final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoWritersLoseNothing();
};

void TestContention::twoWritersLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        Database db;
        QVERIFY2(db.create(path), qPrintable(db.errorString()));
        Store store(db);
        QString error;
        QVERIFY2(ExampleInventory::populate(store, &error), qPrintable(error));
        Item counter;
        counter.kind = ItemKind::Service;
        counter.name = QStringLiteral("counter");
        counter.description = QStringLiteral("0");
        counter.parentId = *store.organisationId();
        QVERIFY2(store.createItem(counter, &error), qPrintable(error));
    }
    QProcess a, b;
    QElapsedTimer timer;
    timer.start();
    for (auto [process, tag] : {std::pair{&a, "a"}, std::pair{&b, "b"}}) {
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("hammer"), path, QString::fromLatin1(tag), QString::number(EditsPerWriter)});
        QVERIFY(process->waitForStarted());
    }
    QVERIFY(a.waitForFinished(300000));
    QVERIFY(b.waitForFinished(300000));
    const QString errors = QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError());
    QVERIFY2(a.exitCode() == 0 && b.exitCode() == 0, qPrintable(errors));
    QVERIFY2(!errors.contains(QStringLiteral("locked")), qPrintable(errors));
    qInfo("2 x %d edits (each a create and an increment) in %lld ms", EditsPerWriter, timer.elapsed());

    Database db;
    QVERIFY(db.open(path));
    Store store(db);
    QCOMPARE(store.countItems(ItemKind::Service), 15 + 1 + 2 * EditsPerWriter);
    QCOMPARE(store.findItemsByName(QStringLiteral("counter")).first().description,
             QString::number(2 * EditsPerWriter));
    QCOMPARE(store.findItemsByName(QStringLiteral("a-999")).size(), 1);
    QCOMPARE(store.findItemsByName(QStringLiteral("b-999")).size(), 1);
    QVERIFY(db.check().isEmpty());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("hammer"))
        return hammer(args.value(2), args.value(3), args.value(4).toInt());
    TestContention test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_contention.moc"
