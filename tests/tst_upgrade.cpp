// A file made by the last release before the graph (schema 5, tests/data/release): today's
// Steward opens it, upgrades it in place, and answers Who to Contact for every item
// exactly as that release did (`steward contact ITEM --format csv`, recorded line by line),
// but for what issue 18 changed on purpose: contacts of one priority and role by name.

#include "Backup.h"
#include "ContactCliCommand.h"
#include "ContactResolver.h"
#include "CsvWriter.h"
#include "Database.h"
#include "Store.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestUpgrade final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleOfSchema5AnswersAsBefore();
    void readCommandsUpgradeOnlyWhatTheyMayWrite();
    void anOlderFileIsBackedUpAsItIs();
};

namespace {

QString releaseFile(const char *name)
{
    return QStringLiteral(STEWARD_TEST_DATA_DIR "/release/") + QString::fromLatin1(name);
}

/// What `steward contact ITEM --format csv` writes, line by line (CRLF dropped), with the
/// addresses as that release wrote them ("mailto:a; irc://b"): since issue 18 the command
/// writes them as the exports do ("email: a" a line, with labels), which the recording
/// cannot show; tst_cli checks that form.
QStringList contactCsv(const QVector<ResolvedContact> &answer)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    csv.setFormulaGuard(true); // as the command writes it
    csv.writeRow(ContactCliCommand::csvHeader());
    for (const ResolvedContact &c : answer) {
        QStringList row = ContactCliCommand::csvRow(c);
        QStringList addresses;
        for (const Address &a : c.contact.addresses)
            addresses << (a.kind == AddressKind::Email ? QStringLiteral("mailto:") + a.value : a.value);
        row.last() = addresses.join(QStringLiteral("; "));
        csv.writeRow(row);
    }
    QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

/**
 * The recorded lines in today's order. Since issue 18 the contacts of one level, priority
 * and role come by name, not in the order they were assigned: a run of lines with the
 * same role, priority and reason (one item's, so one level's) is sorted by name,
 * ignoring case. Nothing else moves.
 */
QStringList inTodaysOrder(QStringList lines)
{
    QVector<QStringList> cells;
    for (const QString &line : std::as_const(lines)) {
        QVector<QStringList> parsed;
        cells.append(test::parseCsv(line, &parsed) && !parsed.isEmpty() ? parsed.first() : QStringList());
    }
    const auto sameRun = [&](qsizetype a, qsizetype b) {
        // item, name, kind, role, priority, reason: the same item, role, priority and reason
        return cells.at(a).size() > 5 && cells.at(b).size() > 5 && cells.at(a).at(0) == cells.at(b).at(0) &&
               cells.at(a).at(1) != QLatin1String("name") && cells.at(b).at(1) != QLatin1String("name") &&
               cells.at(a).at(3) == cells.at(b).at(3) && cells.at(a).at(4) == cells.at(b).at(4) &&
               cells.at(a).at(5) == cells.at(b).at(5);
    };
    for (qsizetype start = 0; start < lines.size();) {
        qsizetype end = start + 1;
        while (end < lines.size() && sameRun(start, end))
            ++end;
        QVector<qsizetype> order;
        for (qsizetype i = start; i < end; ++i)
            order.append(i);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return cells.at(a).at(1).compare(cells.at(b).at(1), Qt::CaseInsensitive) < 0;
        });
        QStringList sorted;
        for (qsizetype i : std::as_const(order))
            sorted << lines.at(i);
        for (qsizetype i = start; i < end; ++i)
            lines[i] = sorted.at(i - start);
        start = end;
    }
    return lines;
}

} // namespace

void TestUpgrade::exampleOfSchema5AnswersAsBefore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("example.sqlite"));
    QVERIFY(QFile::copy(releaseFile("example-schema5.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

    QFile recorded(releaseFile("example-schema5-contacts.csv"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    QStringList expected = QString::fromUtf8(recorded.readAll()).split(QLatin1Char('\n'));
    for (QString &line : expected) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (!expected.isEmpty() && expected.last().isEmpty())
        expected.removeLast();
    QCOMPARE(expected.size(), 120);
    const QStringList asRecorded = expected;
    expected = inTodaysOrder(expected);
    // What moved: PyPI's three maintainers, now by name.
    int moved = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        moved += expected.at(i) != asRecorded.at(i) ? 1 : 0;
    QCOMPARE(moved, 2);
    QVERIFY(
        expected.indexOf(QStringLiteral("PyPI,Donald Stufft,person,maintainer,primary,maintainer of PyPI,,")) <
        expected.indexOf(QStringLiteral("PyPI,Ernest W. Durbin III,person,maintainer,primary,maintainer of PyPI,,")));

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 6);
    Store store(db);
    ContactResolver resolver(store);
    QString error;
    const auto rows = store.treeRows(&error);
    QVERIFY2(rows, qPrintable(error));
    int answered = 0, lines = 0;
    for (const TreeRow &row : *rows) {
        if (row.kind == ItemKind::Organisation)
            continue;
        // The command finds the item by its name: the same look-up here.
        const auto found = store.findItemsByName(row.name, &error);
        QVERIFY2(found && found->size() == 1, qPrintable(row.name));
        const auto answer = resolver.resolve(found->first().id, &error);
        QVERIFY2(answer, qPrintable(error));
        QStringList got;
        for (const QString &line : contactCsv(*answer))
            got << row.name + QLatin1Char(',') + line;
        const QStringList wanted = expected.filter(
            QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(row.name + QLatin1Char(','))));
        QCOMPARE(got, wanted);
        ++answered;
        lines += static_cast<int>(got.size());
    }
    QCOMPARE(answered, 34);
    QCOMPARE(lines, static_cast<int>(expected.size()));

    // The same answers from memory (the reports' way) as from the database.
    ContactResolver preloaded(store);
    QVERIFY2(preloaded.preload(&error), qPrintable(error));
    for (const TreeRow &row : *rows) {
        const auto fromMemory = preloaded.resolve(row.id, &error);
        const auto fromDatabase = resolver.resolve(row.id, &error);
        QVERIFY2(fromMemory && fromDatabase, qPrintable(error));
        QCOMPARE(contactCsv(*fromMemory), contactCsv(*fromDatabase));
    }
}

// The commands that only look things up (contact, export, search…) open with
// ReadOnlyAfterUpgrade: the day Steward is upgraded they upgrade a file they may write, as
// contact and export always did, and then write nothing; a file they may not write is
// refused, unchanged; plain ReadOnly (check, import --dry-run) never upgrades.
void TestUpgrade::readCommandsUpgradeOnlyWhatTheyMayWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString writable = dir.filePath(QStringLiteral("writable.sqlite"));
    QVERIFY(QFile::copy(releaseFile("example-schema5.sqlite"), writable));
    QVERIFY(QFile::setPermissions(writable, QFile::ReadOwner | QFile::WriteOwner));
    {
        Database db;
        QVERIFY2(db.open(writable, Database::OpenMode::ReadOnlyAfterUpgrade), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.isReadOnly());
        QString error;
        QVERIFY(!db.beginWrite(&error));
        Store store(db);
        QCOMPARE(test::must(store.findItemsByName(QStringLiteral("docs.python.org"), test::readError())).size(), 1);
    }

    const QString strict = dir.filePath(QStringLiteral("strict.sqlite"));
    QVERIFY(QFile::copy(releaseFile("example-schema5.sqlite"), strict));
    QVERIFY(QFile::setPermissions(strict, QFile::ReadOwner | QFile::WriteOwner));
    test::FileSnapshot before = test::FileSnapshot::of(strict);
    {
        Database db;
        QVERIFY(!db.open(strict, Database::OpenMode::ReadOnly));
        QVERIFY2(db.errorString().contains(QStringLiteral("older schema")), qPrintable(db.errorString()));
    }
    QVERIFY(test::FileSnapshot::of(strict) == before);

    const QString readOnly = dir.filePath(QStringLiteral("read-only.sqlite"));
    QVERIFY(QFile::copy(releaseFile("example-schema5.sqlite"), readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    before = test::FileSnapshot::of(readOnly);
    {
        Database db;
        QVERIFY(!db.open(readOnly, Database::OpenMode::ReadOnlyAfterUpgrade));
        QVERIFY2(db.errorString().contains(QStringLiteral("older schema")), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QStringLiteral("read-only")), qPrintable(db.errorString()));
    }
    QVERIFY(test::FileSnapshot::of(readOnly) == before);
}

// The moment before an upgrade is when a backup is wanted most: a file of an older
// schema, writable or not, is backed up as it is, and neither it nor the copy is upgraded.
void TestUpgrade::anOlderFileIsBackedUpAsItIs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const bool writable : {true, false}) {
        const QString path = dir.filePath(writable ? QStringLiteral("w.sqlite") : QStringLiteral("r.sqlite"));
        QVERIFY(QFile::copy(releaseFile("example-schema5.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, writable ? QFile::ReadOwner | QFile::WriteOwner
                                                     : QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const test::FileSnapshot before = test::FileSnapshot::of(path);
        const QString backup =
            dir.filePath(writable ? QStringLiteral("w-backup.sqlite") : QStringLiteral("r-backup.sqlite"));
        {
            Database db;
            QVERIFY2(db.open(path, Database::OpenMode::ReadOnlyAsItIs), qPrintable(db.errorString()));
            QCOMPARE(db.schemaVersion(), 5);
            QString error;
            QVERIFY2(Backup::make(db, backup, &error), qPrintable(error));
        }
        QVERIFY(test::FileSnapshot::of(path) == before);
        {
            test::RawConnection raw(backup, test::RawConnection::ReadOnly);
            QVERIFY2(raw.isOpen(), qPrintable(raw.errorString()));
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 5);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM item")).toLongLong(),
                     test::RawConnection(path, test::RawConnection::ReadOnly)
                         .value(QStringLiteral("SELECT count(*) FROM item"))
                         .toLongLong());
        }
        // The list of backups reads its counts without upgrading it either.
        QString error;
        const auto counts = Backup::counts(backup, &error);
        QVERIFY2(counts, qPrintable(error));
        QVERIFY(counts->first > 0 && counts->second > 0);
    }
}

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
