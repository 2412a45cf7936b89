// NetBox's contacts and providers CSV (tests/data/netbox), read by the same importer as
// Steward's own files: recognised by their header without making any Steward file
// ambiguous, mapped onto Steward's contacts and providers, with a dry run, errors by
// file, row and column, all or nothing, one undo step and an idempotent second import.
// Runs on both backends (tst_netbox, tst_netbox_pg).

#include "Database.h"
#include "Importer.h"
#include "NetBoxFormat.h"
#include "Reports.h"
#include "Store.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;

namespace {

QString netboxFile(const QString &name)
{
    return QDir(QStringLiteral(STEWARD_TEST_DATA_DIR "/netbox")).filePath(name);
}

QString realisticFile(const QString &name)
{
    return QDir(QStringLiteral(STEWARD_TEST_DATA_DIR "/realistic")).filePath(name);
}

QStringList split(const char *header)
{
    return QString::fromUtf8(header).split(QLatin1Char(','));
}

QString addressesOf(const Contact &c)
{
    QStringList lines;
    for (const Address &a : c.addresses)
        lines << keys::addressKind(a.kind) + QStringLiteral(": ") + a.value;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestNetBox final : public QObject
{
    Q_OBJECT

private:
    Contact contact(const QString &name);
    Item provider(const QString &name);
    /// Imports @p files (committing when @p commit); false, with the errors in the log.
    bool import(const QStringList &files, bool commit, Importer *importer);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init();
    void cleanup();

    void recognisesNetBoxHeaders_data();
    void recognisesNetBoxHeaders();
    void stewardFilesAreRecognisedAsBefore();
    void refusesWhatItCannotTell_data();
    void refusesWhatItCannotTell();
    void importsContactsAndProviders();
    void dryRunWritesNothing();
    void secondImportChangesNothing();
    void badRowNamesFileRowAndColumnAndImportsNothing_data();
    void badRowNamesFileRowAndColumnAndImportsNothing();
    void undoTakesItBackInOneStep();
    void exportColumnsAreIgnored();
    void spreadsheetSavedFileImports();
    void addsToWhatStewardKnows();
    void commandLineImportsBoth();
};

void TestNetBox::init()
{
    // Northwind Trading (tests/data/realistic), which has some of the same people and providers.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = test::scratchInventory(*m_dir, QStringLiteral("northwind"));
    QString error;
    QVERIFY2(test::createEmpty(m_location, QStringLiteral("Northwind Trading"), &error), qPrintable(error));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY2(m_store->defineStatus({QStringLiteral("redirect"), StatusCategory::Degraded, false}, &error) &&
                 m_store->defineStatus({QStringLiteral("read-only"), StatusCategory::Degraded, false}, &error),
             qPrintable(error));
    QStringList files;
    for (const char *name :
         {"providers.csv", "hosts.csv", "contacts.csv", "services.csv", "links.csv", "assignments.csv"})
        files << realisticFile(QString::fromLatin1(name));
    Importer importer(*m_store);
    QVERIFY(import(files, true, &importer));
}

void TestNetBox::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

bool TestNetBox::import(const QStringList &files, bool commit, Importer *importer)
{
    for (const QString &f : files)
        importer->addFile(f);
    const bool ok = commit ? importer->commit() : importer->validate();
    for (const ImportError &e : importer->errors())
        qWarning("%s", qPrintable(e.format()));
    if (!ok)
        qWarning("%s", qPrintable(importer->errorString()));
    return ok;
}

Contact TestNetBox::contact(const QString &name)
{
    const QVector<Contact> found = test::must(m_store->findContactsByName(name, test::readError()));
    if (found.size() != 1)
        return {};
    return test::must(m_store->contact(found.first().id, test::readError()));
}

Item TestNetBox::provider(const QString &name)
{
    for (const Item &item : test::must(m_store->findItemsByName(name, test::readError()))) {
        if (item.kind == ItemKind::Provider)
            return test::must(m_store->item(item.id, test::readError()));
    }
    return {};
}

void TestNetBox::recognisesNetBoxHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("format");
    // NetBox's bulk import: its forms' fields, lower case.
    QTest::newRow("contacts") << "name,title,phone,email,address,link,groups,description,comments,tags"
                              << "NetBox contacts";
    QTest::newRow("providers") << "name,slug,description,comments,tags"
                               << "NetBox providers";
    QTest::newRow("contacts, required only and one more") << "name,email"
                                                          << "NetBox contacts";
    QTest::newRow("providers, required only") << "name,slug"
                                              << "NetBox providers";
    // NetBox's "All data (CSV)" export: capitalised, with columns its import does not read.
    QTest::newRow("contacts export") << "ID,Name,Groups,Title,Phone,Email,Address,Link,Description,Comments,"
                                        "Assignments,Tags,Created,Last updated"
                                     << "NetBox contacts";
    QTest::newRow("providers export") << "ID,Name,Slug,Accounts,ASNs,Account count,Description,Comments,Contacts,"
                                         "Tags,Created,Last updated,cf_billing_id"
                                      << "NetBox providers";
}

void TestNetBox::recognisesNetBoxHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, format);
    ImportFormat f;
    ImportDialect d;
    QString why;
    QVERIFY2(ImportParse::recognise(header.split(QLatin1Char(',')), &f, &d, &why), qPrintable(why));
    QCOMPARE(d, ImportDialect::NetBox);
    QCOMPARE(importFormatName(f, d), format);

    // And the importer reads such a file, reporting what it recognised.
    Importer importer(*m_store);
    QStringList row;
    for (const QString &column : header.split(QLatin1Char(','))) {
        const QString c = column.toLower();
        row << (c == QLatin1String("name")   ? QStringLiteral("Zoë O'Brien")
                : c == QLatin1String("slug") ? QStringLiteral("zoe")
                : c == QLatin1String("id")   ? QStringLiteral("12")
                                             : QString());
    }
    importer.addData(QStringLiteral("x.csv"),
                     (header + QLatin1Char('\n') + row.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8());
    QVERIFY2(importer.validate(), qPrintable(importer.errorString()));
    QCOMPARE(importer.formatName(QStringLiteral("x.csv")), format);
    QCOMPARE(importer.dialects().value(QStringLiteral("x.csv")), ImportDialect::NetBox);
    QCOMPARE(importer.rows().size(), 1);
    QCOMPARE(importer.rows().first().name, QStringLiteral("Zoë O'Brien"));
}

void TestNetBox::stewardFilesAreRecognisedAsBefore()
{
    // Every file Steward's reports write is Steward's, of the same format: none has a
    // column only NetBox's files have.
    for (ImportFormat format : kImportFormats) {
        const QStringList header = Reports::header(importReport(format));
        for (const QString &column : header)
            QVERIFY2(!netbox::ownColumns().contains(column), qPrintable(column));
        ImportFormat f;
        ImportDialect d;
        QString why;
        QVERIFY2(ImportParse::recognise(header, &f, &d, &why), qPrintable(why));
        QCOMPARE(f, format);
        QCOMPARE(d, ImportDialect::Steward);
        QCOMPARE(importFormatName(f, d), QStringLiteral("Steward ") + Importer::formatKey(format));
    }
    // The columns that make a file NetBox's.
    QStringList own = netbox::ownColumns().values();
    own.sort();
    QCOMPARE(own.join(QLatin1Char(',')), QStringLiteral("address,comments,email,groups,link,phone,slug,title"));
    // A NetBox file without any of them is read as Steward's, as it always was: here
    // ambiguous, since its three columns are in several of Steward's files.
    ImportFormat f;
    ImportDialect d;
    QString why;
    QVERIFY(!ImportParse::recognise(split("name,description,tags"), &f, &d, &why));
    QVERIFY2(why.contains(QLatin1String("cannot tell")), qPrintable(why));
}

void TestNetBox::refusesWhatItCannotTell_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("both files' columns") << "name,slug,email\nx,x,x@example.org\n"
                                         << "x.csv:1:1: cannot tell whether this is a NetBox providers file (it has "
                                            "\"slug\") or a NetBox contacts file (it has \"email\")";
    QTest::newRow("no name") << "title,email\nx,x@example.org\n"
                             << "x.csv:1:1: a NetBox file (it has the column \"title\") needs a \"name\" column";
    QTest::newRow("only comments") << "name,comments\nx,y\n"
                                   << "x.csv:1:1: this looks like a NetBox file (it has \"comments\"), but a NetBox "
                                      "providers file needs \"slug\" and a NetBox contacts file one of \"title\", "
                                      "\"phone\", \"email\", \"address\", \"link\", \"groups\"";
    // A Steward file with a stray NetBox column is not read as NetBox's without its own
    // columns: its Steward columns are named.
    QTest::newRow("Steward contacts with an email column")
        << "name,kind,addresses,email\nx,person,,x@example.org\n"
        << "x.csv:1:2: \"kind\" is a column of Steward's contacts files, not of NetBox's: this file is read as NetBox "
           "contacts (it has a column only NetBox's have), whose columns are name, title, phone, email, address, "
           "link, groups, description, comments, tags";
    QTest::newRow("Steward providers with a slug")
        << "name,website,slug\nx,https://x.example,x\n"
        << "x.csv:1:2: \"website\" is a column of Steward's providers files, not of NetBox's: this file is read as "
           "NetBox providers (it has a column only NetBox's have), whose columns are name, slug, description, "
           "comments, tags";
}

void TestNetBox::refusesWhatItCannotTell()
{
    QFETCH(QString, data);
    QFETCH(QString, error);
    const QStringList before = test::dumpInventory(m_location);
    Importer importer(*m_store);
    importer.addData(QStringLiteral("x.csv"), data.toUtf8());
    QVERIFY(!importer.commit());
    QVERIFY(!importer.errors().isEmpty());
    QCOMPARE(importer.errors().first().format(), error);
    QCOMPARE(test::dumpInventory(m_location), before);
}

void TestNetBox::importsContactsAndProviders()
{
    Importer importer(*m_store);
    QVERIFY(import({netboxFile(QStringLiteral("contacts.csv")), netboxFile(QStringLiteral("providers.csv"))}, true,
                   &importer));
    QCOMPARE(importer.formatName(netboxFile(QStringLiteral("contacts.csv"))), QStringLiteral("NetBox contacts"));
    QCOMPARE(importer.formatName(netboxFile(QStringLiteral("providers.csv"))), QStringLiteral("NetBox providers"));
    QCOMPARE(importer.count(ImportRow::Action::Create), 7);
    QCOMPARE(importer.count(ImportRow::Action::Change), 1);    // Alice Moreau
    QCOMPARE(importer.count(ImportRow::Action::Unchanged), 1); // Hetzner

    // A new person: email, phone and link as addresses; title, address, description and
    // comments in the notes; tags and groups as tags.
    const Contact marc = contact(QStringLiteral("Marc-André Lemburg"));
    QVERIFY(marc.id);
    QCOMPARE(marc.kind, ContactKind::Person);
    QCOMPARE(addressesOf(marc), QStringLiteral("email: mal@egenix.example\nphone: +49 211 5550 1234\n"
                                               "url: https://www.egenix.example/"));
    QCOMPARE(marc.notes, QStringLiteral("Account manager at eGenix\n\n"
                                        "Title: Director\n"
                                        "Address: Pastor-Loeh-Str. 48\n40764 Langenfeld\nGermany\n\n"
                                        "Prefers email; answers within a day.\n\n"
                                        "Speaks German, English and French."));
    QCOMPARE(marc.tags, (QStringList{QStringLiteral("vendor"), QStringLiteral("escalation"),
                                     QStringLiteral("group=Vendors"), QStringLiteral("group=Escalation")}));

    // A telephone number Steward cannot dial is kept in the notes; a link without a
    // scheme gets https:// as NetBox's form gives it.
    const Contact lukasz = contact(QStringLiteral("Łukasz Wiśniewski"));
    QCOMPARE(addressesOf(lukasz), QStringLiteral("email: lukasz@noc.example\nurl: https://noc.example/people/lukasz"));
    QCOMPARE(lukasz.notes, QStringLiteral("Title: NOC engineer\nPhone: ext. 4411 (after hours)"));
    QCOMPARE(lukasz.tags, QStringList{QStringLiteral("group=Network Operations")});

    // Only a name: a person with nothing else.
    const Contact zoe = contact(QStringLiteral("Zoë O'Brien"));
    QVERIFY(zoe.id);
    QVERIFY(zoe.addresses.isEmpty() && zoe.notes.isEmpty() && zoe.tags.isEmpty());

    // Alice was in Steward: her addresses stay (NetBox's are the same), her tag stays
    // and her group joins it, her notes become NetBox's title.
    const Contact alice = contact(QStringLiteral("Alice Moreau"));
    QCOMPARE(addressesOf(alice), QStringLiteral("email: alice@northwind.example\nphone: +31 20 555 0101"));
    QCOMPARE(alice.tags, (QStringList{QStringLiteral("oncall"), QStringLiteral("group=Web")}));
    QCOMPARE(alice.notes, QStringLiteral("Title: Lead of the web team"));
    QCOMPARE(alice.kind, ContactKind::Person);
    QVERIFY(alice.teamId == 0);

    // Providers: description, comments as notes, tags, and the slug as an alias (unless
    // it is the name itself).
    const Item he = provider(QStringLiteral("Hurricane Electric"));
    QVERIFY(he.id);
    QCOMPARE(he.providerKind, ProviderKind::Other);
    QCOMPARE(he.description, QStringLiteral("IP transit in Amsterdam and Frankfurt"));
    QCOMPARE(he.notes, QStringLiteral("Circuit IDs start with \"HE-\".\nNOC: noc@he.example, +1 510 580 4190"));
    QCOMPARE(he.aliases, QStringList{QStringLiteral("hurricane-electric")});
    QCOMPARE(he.tags, QStringList{QStringLiteral("transit")});
    QCOMPARE(provider(QStringLiteral("hurricane-electric")).id, he.id); // found by its slug
    const Item equinix = provider(QStringLiteral("Equinix"));
    QVERIFY(equinix.aliases.isEmpty());
    QCOMPARE(equinix.tags, (QStringList{QStringLiteral("colo"), QStringLiteral("prod")}));
    QCOMPARE(provider(QStringLiteral("Deutsche Telekom AG")).aliases, QStringList{QStringLiteral("deutsche-telekom")});
    // Hetzner was in Steward: what NetBox leaves empty stays as Steward has it.
    const Item hetzner = provider(QStringLiteral("Hetzner"));
    QCOMPARE(hetzner.providerKind, ProviderKind::HardwareHosting);
    QCOMPARE(hetzner.tags, QStringList{QStringLiteral("env=prod")});
    QCOMPARE(hetzner.fullName, QStringLiteral("Hetzner Online GmbH"));
}

void TestNetBox::dryRunWritesNothing()
{
    const QStringList before = test::wholeInventory(m_location);
    Importer importer(*m_store);
    QVERIFY(import({netboxFile(QStringLiteral("contacts.csv")), netboxFile(QStringLiteral("providers.csv"))}, false,
                   &importer));
    QCOMPARE(importer.count(ImportRow::Action::Create), 7);
    QStringList rows;
    for (const ImportRow &r : importer.rows())
        rows << QStringLiteral("%1:%2 %3").arg(QFileInfo(r.file).fileName()).arg(r.row).arg(r.name);
    QCOMPARE(rows.first(), QStringLiteral("providers.csv:2 Hurricane Electric"));
    QVERIFY(rows.contains(QStringLiteral("contacts.csv:6 Zoë O'Brien")));
    QCOMPARE(test::wholeInventory(m_location), before);
}

void TestNetBox::secondImportChangesNothing()
{
    const QStringList files{netboxFile(QStringLiteral("contacts.csv")), netboxFile(QStringLiteral("providers.csv"))};
    {
        Importer first(*m_store);
        QVERIFY(import(files, true, &first));
    }
    const QStringList after = test::dumpInventory(m_location);
    Importer second(*m_store);
    QVERIFY(import(files, true, &second));
    QCOMPARE(second.count(ImportRow::Action::Create), 0);
    QCOMPARE(second.count(ImportRow::Action::Change), 0);
    QCOMPARE(second.count(ImportRow::Action::Unchanged), 9);
    QVERIFY(second.undoData().isEmpty());
    QCOMPARE(test::dumpInventory(m_location), after);
}

void TestNetBox::badRowNamesFileRowAndColumnAndImportsNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QByteArray contacts = "name,title,phone,email,address,link,groups,description,comments,tags\n"
                                "Ada Lovelace,,,ada@example.org,,,,,,\n";
    QTest::newRow("bad email") << "contacts.csv" << contacts + "Grace Hopper,,,grace at example.org,,,,,,\n"
                               << "contacts.csv:3:4: bad email address \"grace at example.org\"";
    QTest::newRow("bad link") << "contacts.csv" << contacts + "Grace Hopper,,,,,\"https://exa mple.org\",,,,\n"
                              << "contacts.csv:3:6: \"https://exa mple.org\" is not a web address; it should look "
                                 "like https://example.org/";
    QTest::newRow("bad tag") << "contacts.csv" << contacts + "Grace Hopper,,,,,,,,,\"ok,=prod\"\n"
                             << "contacts.csv:3:10: The tag \"=prod\" has no key before \"=\".";
    QTest::newRow("no name") << "contacts.csv" << contacts + ",Admiral,,,,,,,,\n"
                             << "contacts.csv:3:1: the name is required";
    QTest::newRow("twice") << "contacts.csv" << contacts + "ada lovelace,,,,,,,,,\n"
                           << "contacts.csv:3:1: duplicate name \"ada lovelace\": also on row 2";
    QTest::newRow("control character") << "contacts.csv" << contacts + "Grace Hopper,Rear\x1b admiral,,,,,,,,\n"
                                       << "contacts.csv:3:2: the title cannot have the control character U+001B";
    QTest::newRow("notes too long together")
        << "contacts.csv"
        << contacts + "Grace Hopper,,,,,,," + QByteArray(6000, 'd') + ',' + QByteArray(6000, 'c') + ",\n"
        << QStringLiteral("contacts.csv:3:9: the notes has %1 characters; at most %2 are allowed")
               .arg(QLocale().toString(12002), QLocale().toString(10000));
    const QByteArray providers = "name,slug,description,comments,tags\nLevel3,level3,,,\n";
    QTest::newRow("no slug") << "providers.csv" << providers + "Cogent,,Transit,,\n"
                             << "providers.csv:3:2: the slug is required (NetBox's providers have one)";
    QTest::newRow("bad slug") << "providers.csv" << providers + "Cogent,cogent co,Transit,,\n"
                              << "providers.csv:3:2: \"cogent co\" is not a slug: letters, digits, hyphens and "
                                 "underscores only, at most 100";
    QTest::newRow("slug of another") << "providers.csv" << providers + "Cogent,hetzner,,,\n"
                                     << "providers.csv:3:2: \"hetzner\" cannot be an alias of \"Cogent\": the "
                                        "provider \"Hetzner\" is called so already";
}

void TestNetBox::badRowNamesFileRowAndColumnAndImportsNothing()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const QStringList before = test::dumpInventory(m_location);
    Importer importer(*m_store);
    importer.addData(file, data);
    // With a good file beside it: nothing of that one is imported either.
    importer.addFile(netboxFile(file == QLatin1String("contacts.csv") ? QStringLiteral("providers.csv")
                                                                      : QStringLiteral("contacts.csv")));
    QVERIFY(!importer.commit());
    QStringList errors;
    for (const ImportError &e : importer.errors())
        errors << e.format();
    QCOMPARE(errors, QStringList{error});
    QCOMPARE(test::dumpInventory(m_location), before);
}

void TestNetBox::undoTakesItBackInOneStep()
{
    const QStringList before = test::dumpInventory(m_location);
    const qsizetype historyBefore = test::must(m_store->history(0, 0, test::readError())).size();
    Importer importer(*m_store);
    QVERIFY(import({netboxFile(QStringLiteral("contacts.csv")), netboxFile(QStringLiteral("providers.csv"))}, true,
                   &importer));
    const qint64 batch = importer.undoData().batchId;
    QVERIFY(batch > 0);
    // One batch in the history: every change of the import in it.
    const QVector<HistoryEntry> history = test::must(m_store->history(0, 0, test::readError()));
    const qsizetype added = history.size() - historyBefore;
    QCOMPARE(added, qsizetype(8)); // 4 contacts and 3 providers created, Alice changed
    for (qsizetype i = 0; i < added; ++i)
        QCOMPARE(history.at(i).batchId, batch);
    QCOMPARE(importer.undoData().createdContacts.size(), 4);
    QCOMPARE(importer.undoData().createdItems.size(), 3);
    QCOMPARE(importer.undoData().changedContacts.size(), 1);
    QVERIFY(before != test::dumpInventory(m_location));
    QString error;
    QVERIFY2(Importer::undo(*m_store, importer.undoData(), &error), qPrintable(error));
    QCOMPARE(test::dumpInventory(m_location), before);
    // The undo is one batch too.
    const QVector<HistoryEntry> after = test::must(m_store->history(0, 0, test::readError()));
    QCOMPARE(after.size(), history.size() + added);
    for (qsizetype i = 0; i < added; ++i) {
        QCOMPARE(after.at(i).batchId, after.first().batchId);
        QVERIFY(after.at(i).batchId != batch);
    }
    QCOMPARE(after.first().label, QStringLiteral("Undo import"));
}

void TestNetBox::exportColumnsAreIgnored()
{
    Importer importer(*m_store);
    QVERIFY(import({netboxFile(QStringLiteral("contacts-export.csv"))}, true, &importer));
    QCOMPARE(importer.formatName(netboxFile(QStringLiteral("contacts-export.csv"))), QStringLiteral("NetBox contacts"));
    const Contact marc = contact(QStringLiteral("Marc-André Lemburg"));
    QCOMPARE(addressesOf(marc), QStringLiteral("email: mal@egenix.example\nphone: +49 211 5550 1234\n"
                                               "url: https://www.egenix.example/"));
    // Its lists are written with ", ": the same tags.
    QCOMPARE(marc.tags, (QStringList{QStringLiteral("vendor"), QStringLiteral("escalation"),
                                     QStringLiteral("group=Vendors"), QStringLiteral("group=Escalation")}));
    QCOMPARE(marc.notes, QStringLiteral("Account manager at eGenix\n\nTitle: Director"));
    // Then the import file: nothing changes but what it says more (address, comments).
    Importer again(*m_store);
    QVERIFY(import({netboxFile(QStringLiteral("contacts.csv"))}, true, &again));
    QCOMPARE(again.rows().first().changes, QStringList{QStringLiteral("notes")});
}

void TestNetBox::spreadsheetSavedFileImports()
{
    // As a spreadsheet saves it: a byte order mark, CRLF, capitalised headers with spaces.
    Importer importer(*m_store);
    importer.addData(QStringLiteral("c.csv"), "\xEF\xBB\xBF Name , Email ,Phone\r\n"
                                              "\"Grace Hopper\",grace@navy.example,+1 202 555 0100\r\n");
    QVERIFY2(importer.commit(), qPrintable(importer.errorString()));
    QCOMPARE(importer.formatName(QStringLiteral("c.csv")), QStringLiteral("NetBox contacts"));
    QCOMPARE(addressesOf(contact(QStringLiteral("Grace Hopper"))),
             QStringLiteral("email: grace@navy.example\nphone: +1 202 555 0100"));
}

void TestNetBox::addsToWhatStewardKnows()
{
    // A NetBox file never takes away: an address, a tag or an alias Steward has stays,
    // and an empty cell leaves the field as it is.
    Contact chandra = contact(QStringLiteral("Chandra Rao"));
    QCOMPARE(addressesOf(chandra),
             QStringLiteral("email: chandra@northwind.example\nmatrix: @chandra:northwind.example"));
    const QString notes = chandra.notes;
    QVERIFY(!notes.isEmpty());
    const QStringList before = test::dumpInventory(m_location);
    Importer importer(*m_store);
    importer.addData(QStringLiteral("c.csv"), "name,email,phone,tags,groups,title\n"
                                              "Chandra Rao,CHANDRA@northwind.example,+31 20 555 0103,oncall,,\n");
    importer.addData(QStringLiteral("p.csv"), "name,slug,description,comments,tags\n"
                                              "DigitalOcean,digitalocean-llc,,,\"env=prod,cloud\"\n");
    QVERIFY2(importer.commit(), qPrintable(importer.errorString()));
    chandra = contact(QStringLiteral("Chandra Rao"));
    QCOMPARE(addressesOf(chandra), QStringLiteral("email: chandra@northwind.example\n"
                                                  "matrix: @chandra:northwind.example\nphone: +31 20 555 0103"));
    QCOMPARE(chandra.notes, notes);
    QCOMPARE(chandra.tags, QStringList{QStringLiteral("oncall")});
    const Item digitalOcean = provider(QStringLiteral("DigitalOcean"));
    QCOMPARE(digitalOcean.aliases, (QStringList{QStringLiteral("DO"), QStringLiteral("digitalocean-llc")}));
    QCOMPARE(digitalOcean.tags, (QStringList{QStringLiteral("env=prod"), QStringLiteral("cloud")}));
    QCOMPARE(digitalOcean.description, QStringLiteral("Droplets for the load balancers and the application servers."));
    QCOMPARE(digitalOcean.notes, QStringLiteral("Account owner: Chandra Rao."));
    QCOMPARE(digitalOcean.providerKind, ProviderKind::VmHosting);
    // Undone, the alias, the tag and the address added are gone again.
    QString error;
    QVERIFY2(Importer::undo(*m_store, importer.undoData(), &error), qPrintable(error));
    QCOMPARE(test::dumpInventory(m_location), before);
}

void TestNetBox::commandLineImportsBoth()
{
    m_store.reset();
    m_db.reset();
    const auto run = [this](const QStringList &arguments, QString *out, QString *err) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(STEWARD_BINARY), QStringList{QStringLiteral("import")} + arguments +
                                                          QStringList{QStringLiteral("--db"), m_location});
        if (!process.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(process.readAllStandardOutput());
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    const QStringList files{netboxFile(QStringLiteral("contacts.csv")), netboxFile(QStringLiteral("providers.csv"))};
    const QStringList before = test::dumpInventory(m_location);
    QString out, err;
    QCOMPARE(run(QStringList{QStringLiteral("--dry-run")} + files, &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("contacts.csv:2: contacts Marc-André Lemburg: create\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("providers.csv:4: providers Hetzner: unchanged\n")), qPrintable(out));
    QVERIFY2(out.endsWith(QStringLiteral("Would create 7, change 1, leave 1 unchanged (dry run: nothing written).\n")),
             qPrintable(out));
    QCOMPARE(test::dumpInventory(m_location), before);

    QCOMPARE(run(files, &out, &err), 0);
    QCOMPARE(out, QStringLiteral("Created 7, changed 1, left 1 unchanged.\n"));
    QCOMPARE(run(files, &out, &err), 0);
    QCOMPARE(out, QStringLiteral("Created 0, changed 0, left 9 unchanged.\n"));

    // A bad row: named by file, row and column on standard error, exit 1, nothing written.
    const QString bad = m_dir->filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,email\nNew Person,new@example.org\nOther Person,not-an-address\n");
    }
    const QStringList after = test::dumpInventory(m_location);
    QCOMPARE(run({bad}, &out, &err), 1);
    QVERIFY2(
        err.startsWith(QDir::toNativeSeparators(bad) + QStringLiteral(":3:2: bad email address \"not-an-address\"\n")),
        qPrintable(err));
    QCOMPARE(test::dumpInventory(m_location), after);
}

QTEST_GUILESS_MAIN(TestNetBox)
#include "tst_netbox.moc"
