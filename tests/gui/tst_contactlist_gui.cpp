// File > Contacts for a List…, offscreen: a mail pasted and answered as it is typed, the
// contacts, their items and the lines that matched nothing; the To line on the clipboard;
// Save as CSV read back (and a write that fails); a list opened from a UTF-16 file; the
// answer following an edit of the inventory; a read-only inventory; the remembered size;
// the dialog gone when another inventory opens.

#include "ContactsForListCsv.h"
#include "ContactsForListDialog.h"
#include "Database.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace steward;

class TestContactListGui final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    bool openExample(Database::OpenMode mode = Database::OpenMode::ReadWrite);
    ContactsForListDialog *openDialog();
    /// The contact rows: "name | addresses | items | why".
    static QStringList rows(const ContactsForListDialog *dialog);
    /// Gives the contact an e-mail address, as an edit elsewhere would.
    void giveEmail(const QString &contact, const QString &email);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_example;

private Q_SLOTS:
    void init();
    void cleanup();

    void pasteAndSeeWhomToTell();
    void copyAsEmailToLine();
    void saveAsCsv();
    void openAFile();
    void followsTheInventory();
    void worksOnAReadOnlyInventory();
    void remembersItsSize();
    void goesWhenAnotherInventoryOpens();
};

void TestContactListGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(path(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestContactListGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
    m_example.clear();
}

bool TestContactListGui::openExample(Database::OpenMode mode)
{
    QString error;
    if (m_example.isEmpty()) {
        m_example = test::scratchInventory(*m_dir, QStringLiteral("example"));
        if (!m_window->newFile(m_example, true, &error)) {
            qWarning() << error;
            return false;
        }
        if (mode == Database::OpenMode::ReadWrite)
            return true;
    }
    if (!m_window->openLocation(m_example, &error, mode)) {
        qWarning() << error;
        return false;
    }
    return true;
}

ContactsForListDialog *TestContactListGui::openDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("contactsForListAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return m_window->findChild<ContactsForListDialog *>(QStringLiteral("contactsForListDialog"));
}

QStringList TestContactListGui::rows(const ContactsForListDialog *dialog)
{
    QStringList list;
    const auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("contactsTreeWidget"));
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = tree->topLevelItem(i);
        list << QStringLiteral("%1 | %2 | %3 | %4").arg(row->text(0), row->text(1), row->text(2), row->text(3));
        for (int c = 0; c < row->childCount(); ++c)
            list << QStringLiteral("  %1 | %2").arg(row->child(c)->text(2), row->child(c)->text(3));
    }
    return list;
}

void TestContactListGui::giveEmail(const QString &name, const QString &email)
{
    Store *store = m_window->store();
    QVERIFY(store);
    const QVector<Contact> found = test::must(store->findContactsByName(name, test::readError()));
    QCOMPARE(found.size(), 1);
    Contact contact = found.first();
    contact.addresses.append({0, AddressKind::Email, email, QString()});
    QString error;
    QVERIFY2(store->updateContact(contact, &error), qPrintable(error));
}

void TestContactListGui::pasteAndSeeWhomToTell()
{
    QVERIFY(openExample());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("contactsForListAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(action));
    QCOMPARE(file->actions().last()->menuRole(), QAction::QuitRole);

    ContactsForListDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // The same dialog again, not a second one.
    QCOMPARE(openDialog(), dialog);
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("listTextEdit"));
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyEmailsButton"));
    auto *unmatched = dialog->findChild<QListWidget *>(QStringLiteral("unmatchedListWidget"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(text && copy && unmatched && summary);
    QVERIFY(!copy->isEnabled());

    // Typed (the answer waits for a pause), then pasted.
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Dear all,"));
    QTest::keyClick(text, Qt::Key_Return);
    text->insertPlainText(QStringLiteral("https://docs.python.org/3/ returns 502\n"
                                         "albatross rebooted; wiki.python.org is down\n"
                                         "zanzibar.example.org\n"));
    QTRY_COMPARE(dialog->result().items.size(), 3);
    QCOMPARE(rows(dialog),
             (QStringList{
                 QStringLiteral("Benjamin Peterson |  | docs.python.org (line 2) | owner of docs.python.org"),
                 QStringLiteral("Georg Brandl |  | docs.python.org (line 2) | owner of docs.python.org"),
                 QStringLiteral("Marc-Andr\u00e9 Lemburg |  | wiki.python.org (line 3) | owner of "
                                "wiki.python.org"),
                 QStringLiteral("infrastructure-staff@python.org | infrastructure-staff@python.org | "
                                "albatross (line 3) | escalation: Infrastructure team"),
                 QStringLiteral("#python-infra | irc://irc.freenode.net/#python-infra, "
                                "http://freenode.net | albatross (line 3) | escalation: "
                                "Infrastructure team"),
             }));
    QCOMPARE(unmatched->count(), 2);
    QCOMPARE(unmatched->item(0)->text(), QStringLiteral("1: Dear all,"));
    QCOMPARE(unmatched->item(1)->text(), QStringLiteral("4: zanzibar.example.org"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("2 of 4 lines named 3 items; 5 contacts.")),
             qPrintable(summary->text()));
    QVERIFY(copy->isEnabled());

    // Everyone: the escalation under the owners too, items under a contact of several.
    auto *everyone = dialog->findChild<QCheckBox *>(QStringLiteral("everyoneCheckBox"));
    QVERIFY(everyone);
    everyone->setChecked(true);
    const QStringList all = rows(dialog);
    QCOMPARE(all.value(3), QStringLiteral("infrastructure-staff@python.org | infrastructure-staff@python.org | "
                                          "3 items | escalation: Infrastructure team"));
    QCOMPARE(all.value(4), QStringLiteral("  docs.python.org (line 2) | escalation: Infrastructure team"));
    dialog->close();
}

void TestContactListGui::copyAsEmailToLine()
{
    QVERIFY(openExample());
    giveEmail(QStringLiteral("Benjamin Peterson"), QStringLiteral("benjamin@example.org"));
    ContactsForListDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setListText(QStringLiteral("docs.python.org\nalbatross\n"));
    QApplication::clipboard()->clear();
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyEmailsButton"));
    QVERIFY(copy && copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("Benjamin Peterson <benjamin@example.org>, infrastructure-staff@python.org"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Copied the To line. No e-mail address: Georg Brandl, #python-infra."));
    dialog->close();
}

void TestContactListGui::saveAsCsv()
{
    QVERIFY(openExample());
    ContactsForListDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setListText(QStringLiteral("PyPI\n"));
    const QString file = path(QStringLiteral("mailmerge.csv"));
    QString error;
    QVERIFY2(dialog->saveCsv(file, &error), qPrintable(error));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVector<QStringList> records;
    QVERIFY(test::parseCsv(QString::fromUtf8(saved.readAll()), &records));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0), ContactsForListCsv::header());
    // PyPI's three maintainers, all primary: by name (issue 18: role order, then name).
    QCOMPARE(records.at(1), (QStringList{QStringLiteral("Donald Stufft"), QStringLiteral("person"), QString(),
                                         QString(), QStringLiteral("PyPI"), QStringLiteral("maintainer of PyPI")}));
    QCOMPARE(records.at(3).first(), QStringLiteral("Richard Jones"));
    // A folder that is not there: refused, saying where.
    QVERIFY(!dialog->saveCsv(path(QStringLiteral("nowhere/x.csv")), &error));
    QVERIFY2(error.contains(QStringLiteral("x.csv")), qPrintable(error));
    dialog->close();
}

void TestContactListGui::openAFile()
{
    QVERIFY(openExample());
    ContactsForListDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString file = path(QStringLiteral("notice.txt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringEncoder::Flag::WriteBom);
    out.write(utf16(QStringLiteral("Wartung: hg.python.org\r\nGr\u00fc\u00dfe\r\n")));
    out.close();
    QString error;
    QVERIFY2(dialog->openFile(file, &error), qPrintable(error));
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("listTextEdit"));
    QCOMPARE(text->toPlainText(), QStringLiteral("Wartung: hg.python.org\nGr\u00fc\u00dfe\n"));
    QCOMPARE(dialog->result().items.size(), 1);
    QCOMPARE(dialog->result().unmatched, QVector<int>{2});
    QVERIFY(!dialog->openFile(path(QStringLiteral("missing.txt")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.txt")), qPrintable(error));

    // A line of megabytes is looked up without being shown (a text edit takes seconds on it).
    const QString big = path(QStringLiteral("scan.log"));
    QFile bigFile(big);
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    bigFile.write(QByteArray("header\n") + QByteArray(3 * 1024 * 1024, 'x') + " albatross\nwiki.python.org\n");
    bigFile.close();
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(dialog->openFile(big, &error), qPrintable(error));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(text->toPlainText(), QString());
    QVERIFY2(text->placeholderText().startsWith(QStringLiteral("scan.log is too long to show here (3 lines)")),
             qPrintable(text->placeholderText()));
    QCOMPARE(dialog->result().items.size(), 2);
    QCOMPARE(dialog->result().unmatched, QVector<int>{1});
    // Typing looks up what is typed instead.
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("PyPI"));
    QTRY_COMPARE(dialog->result().names.values(), QStringList{QStringLiteral("PyPI")});
    QVERIFY(!text->placeholderText().contains(QStringLiteral("scan.log")));
    dialog->close();
}

void TestContactListGui::followsTheInventory()
{
    QVERIFY(openExample());
    ContactsForListDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setListText(QStringLiteral("planet.python.org\n"));
    QCOMPARE(rows(dialog).value(0).section(QStringLiteral(" | "), 0, 0),
             QStringLiteral("infrastructure-staff@python.org"));
    // Someone takes planet on: the answer follows.
    Store *store = m_window->store();
    const auto planet = test::must(store->findItemsByName(QStringLiteral("planet.python.org"), test::readError()));
    const auto georg = test::must(store->findContactsByName(QStringLiteral("Georg Brandl"), test::readError()));
    QCOMPARE(planet.size(), 1);
    QCOMPARE(georg.size(), 1);
    Assignment a;
    a.itemId = planet.first().id;
    a.contactId = georg.first().id;
    a.role = QStringLiteral("owner");
    QString error;
    QVERIFY2(store->addAssignment(a, &error), qPrintable(error));
    QTRY_COMPARE(rows(dialog), QStringList{QStringLiteral(
                                   "Georg Brandl |  | planet.python.org (line 1) | owner of planet.python.org")});
    dialog->close();
}

void TestContactListGui::worksOnAReadOnlyInventory()
{
    QVERIFY(openExample());
    QVERIFY(openExample(Database::OpenMode::ReadOnly));
    QVERIFY(m_window->isReadOnly());
    ContactsForListDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setListText(QStringLiteral("bugs.python.org\n"));
    QCOMPARE(rows(dialog), QStringList{QStringLiteral("tracker-discuss@python.org | tracker-discuss@python.org | "
                                                      "bugs.python.org (line 1) | contact of bugs.python.org")});
    dialog->close();
}

void TestContactListGui::remembersItsSize()
{
    QVERIFY(openExample());
    ContactsForListDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->resize(700, 500);
    const QSize size = dialog->size();
    dialog->close(); // deleted on close
    QTRY_VERIFY(!m_window->findChild<ContactsForListDialog *>(QStringLiteral("contactsForListDialog")));
    QCOMPARE(m_settings->value(Settings::Key::ContactsForListSize).toSize(), size);
    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->size(), size);
    dialog->close();
}

void TestContactListGui::goesWhenAnotherInventoryOpens()
{
    QVERIFY(openExample());
    QPointer<ContactsForListDialog> dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("listTextEdit"))->setPlainText(QStringLiteral("albatross"));
    // Another inventory while an answer is pending: the dialog goes with the old one.
    QString error;
    QVERIFY2(m_window->newFile(test::scratchInventory(*m_dir, QStringLiteral("other")), true, &error),
             qPrintable(error));
    QVERIFY(!dialog);
    QTest::qWait(400); // the pending answer's time passes without a crash
    QVERIFY(openDialog());
}

QTEST_MAIN(TestContactListGui)
#include "tst_contactlist_gui.moc"
