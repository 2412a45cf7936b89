// Editing in the window, offscreen: the contact form and the ownership editor filled
// in with key clicks (including invalid input), contacts created, edited and deleted,
// every edit undone and redone with the whole database compared, history reverts,
// and another process's change meeting an open editor.

#include "ChangeWatcher.h"
#include "ContactCommands.h"
#include "ContactDirectoryPanel.h"
#include "ContactForm.h"
#include "DashboardView.h"
#include "Database.h"
#include "GuiSupport.h"
#include "HistoryModel.h"
#include "InventoryDocument.h"
#include "InventoryTreeModel.h"
#include "ItemForm.h"
#include "MainWindow.h"
#include "OwnershipDialog.h"
#include "Settings.h"
#include "StatusesAndLinkTypesDialog.h"
#include "Store.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace steward;

class TestEditing final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// With STEWARD_SHOTS set to a folder, saves @p widget's picture there as @p name.
    static void shoot(QWidget *widget, const QString &name);
    /// The outgoing links of @p item as "type -> target (note)", sorted.
    QStringList linksOf(qint64 item) const;
    bool openExample();
    int runSteward(const QStringList &arguments, QString *err = nullptr);
    QStringList dump() const { return test::dumpInventory(m_window->location()); }
    qint64 itemId(const QString &name) const
    {
        return test::must(m_window->store()->findItemsByName(name, test::readError())).first().id;
    }
    qint64 contactId(const QString &name) const
    {
        const QVector<Contact> found = test::must(m_window->store()->findContactsByName(name, test::readError()));
        return found.isEmpty() ? 0 : found.first().id;
    }
    /// "Contact (role, priority)" for each assignment of an item, in order.
    QStringList assignmentsOf(const QString &item) const;
    /// Undoes everything on the stack, checking the database against @p before, then
    /// redoes it all, checking against @p after.
    void roundTrip(const QStringList &before, const QStringList &after);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_runtimeDir;

private Q_SLOTS:
    void init();
    void cleanup();

    void contactFormValidatesAsYouType();
    void teamFormEditsMembers();
    void contactCreateEditDeleteUndoRedo();
    void deletingAContactSaysWhatIsLeft();
    void ownershipEditorByKeyboard();
    void ownershipEditorCreatesAContactOnTheSpot();
    void ownershipEditorRefusesDuplicates();
    void anotherProcessChangeIsRefusedNotOverwritten();
    void staleContactEditIsRefused();
    void revertingAssignmentsAndContactsFromTheHistory();
    void contactsPanelShowsWhatAContactOwns();
    void historyRecordsTheNameChosen();
    void hostNamesWithDotsAreAccepted();
    void serviceOnTwoHostsWithAliasTagAndLinkUndoRedo();
    void editingHostsAliasesTagsAndLinksIsOneUndoStep();
    void itemFormValidatesAliasesTagsAndLinks();
    void hostWithoutProviderAndServiceOnNothing();
    void contactFormEditsTags();
    void statusesAndLinkTypesDialog();
    void dashboardGroupsServicesByATagKey();
};

void TestEditing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(path(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEditing::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestEditing::openExample()
{
    QString error;
    if (!m_window->newFile(test::scratchInventory(*m_dir, QStringLiteral("example")), true, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

int TestEditing::runSteward(const QStringList &arguments, QString *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestEditing::shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("STEWARD_SHOTS");
    if (folder.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

QStringList TestEditing::linksOf(qint64 item) const
{
    QStringList out;
    for (const Link &link : test::must(m_window->store()->links(item, test::readError()))) {
        if (link.fromItem == item)
            out << QStringLiteral("%1 -> %2 (%3)").arg(link.type, link.toName, link.note);
    }
    out.sort();
    return out;
}

QStringList TestEditing::assignmentsOf(const QString &item) const
{
    QStringList out;
    Store *store = m_window->store();
    for (const Assignment &a : test::must(store->assignments(itemId(item), test::readError())))
        out << QStringLiteral("%1 (%2, %3)")
                   .arg(test::must(store->contact(a.contactId, test::readError())).name, a.role,
                        keys::priority(a.priority));
    return out;
}

void TestEditing::roundTrip(const QStringList &before, const QStringList &after)
{
    QUndoStack *undo = m_window->undoStack();
    QVERIFY(undo->count() > 0);
    QCOMPARE(dump(), after);
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(dump(), before);
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(dump(), after);
    undo->undo();
    undo->redo();
    QCOMPARE(dump(), after);
    QVERIFY(m_window->store()->database().check().isEmpty());
}

// ----------------------------------------------------------------

void TestEditing::contactFormValidatesAsYouType()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    ContactForm form(*store, ContactDraft(), m_window.get());
    form.show();
    auto *name = form.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    auto *kind = form.findChild<QComboBox *>(QStringLiteral("kindComboBox"));
    QPushButton *save = form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(name && kind && save);

    // Empty: a name is required.
    QVERIFY(!save->isEnabled());
    QCOMPARE(form.problem(QStringLiteral("name")), QStringLiteral("A name is required."));
    // Taken, in another case.
    QTest::keyClicks(name, QStringLiteral("georg brandl"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(form.problem(QStringLiteral("name")).contains(QStringLiteral("already a contact called \"Georg Brandl\"")),
             qPrintable(form.problem(QStringLiteral("name"))));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Lukasz Langa"));
    QVERIFY(save->isEnabled());

    // An address: a bad email is refused next to the field, a good one accepted.
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("addAddressButton")), Qt::LeftButton);
    QLineEdit *value = form.findChildren<QLineEdit *>(QStringLiteral("addressValueLineEdit")).value(0);
    QVERIFY(value);
    QVERIFY(!save->isEnabled());
    QCOMPARE(form.problem(QStringLiteral("address0")), QStringLiteral("The address is empty."));
    QTest::keyClicks(value, QStringLiteral("lukasz at python.org"));
    QVERIFY(!save->isEnabled());
    QVERIFY(form.problem(QStringLiteral("address0")).startsWith(QStringLiteral("Not an email address")));
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("lukasz@python.org"));
    QVERIFY(save->isEnabled());
    QCOMPARE(form.problem(QStringLiteral("address0")), QString());

    // A second address: an IRC channel, chosen with the keyboard in the kind box.
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("addAddressButton")), Qt::LeftButton);
    auto *kind2 = form.findChildren<QComboBox *>(QStringLiteral("addressKindComboBox")).value(1);
    auto *value2 = form.findChildren<QLineEdit *>(QStringLiteral("addressValueLineEdit")).value(1);
    QVERIFY(kind2 && value2);
    kind2->setFocus();
    QTest::keyClick(kind2, Qt::Key_Down); // email -> IRC
    QCOMPARE(kind2->currentText(), keys::addressKindLabel(AddressKind::Irc));
    QTest::keyClicks(value2, QStringLiteral("python infra"));
    QVERIFY(form.problem(QStringLiteral("address1")).startsWith(QStringLiteral("Not an IRC channel")));
    QVERIFY(!save->isEnabled());
    value2->selectAll();
    QTest::keyClicks(value2, QStringLiteral("#python-infra"));
    QVERIFY(save->isEnabled());
    // A web address under the URL kind.
    QTest::keyClick(kind2, Qt::Key_Down);
    QTest::keyClick(kind2, Qt::Key_Down);
    QTest::keyClick(kind2, Qt::Key_Down); // IRC -> Matrix -> Slack -> URL
    QCOMPARE(kind2->currentText(), keys::addressKindLabel(AddressKind::Url));
    QVERIFY(!save->isEnabled());
    value2->selectAll();
    QTest::keyClicks(value2, QStringLiteral("https://github.com/ambv"));
    QVERIFY(save->isEnabled());

    const ContactDraft draft = form.draft();
    QCOMPARE(draft.contact.id, 0);
    QCOMPARE(draft.contact.name, QStringLiteral("Lukasz Langa"));
    QCOMPARE(draft.contact.kind, ContactKind::Person);
    QCOMPARE(draft.contact.addresses.size(), 2);
    QCOMPARE(draft.contact.addresses.at(0).kind, AddressKind::Email);
    QCOMPARE(draft.contact.addresses.at(0).value, QStringLiteral("lukasz@python.org"));
    QCOMPARE(draft.contact.addresses.at(1).kind, AddressKind::Url);

    // Removing the first address leaves the second.
    QTest::mouseClick(form.findChildren<QToolButton *>(QStringLiteral("removeAddressButton")).value(0), Qt::LeftButton);
    QCOMPARE(form.draft().contact.addresses.size(), 1);
    QCOMPARE(form.draft().contact.addresses.first().value, QStringLiteral("https://github.com/ambv"));

    // Escape cancels: nothing was written.
    const QStringList before = dump();
    QTest::keyClick(&form, Qt::Key_Escape);
    QCOMPARE(form.result(), int(QDialog::Rejected));
    QCOMPARE(dump(), before);
    QVERIFY(test::must(store->findContactsByName(QStringLiteral("Lukasz Langa"), test::readError())).isEmpty());
}

void TestEditing::teamFormEditsMembers()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const qint64 team = contactId(QStringLiteral("Infrastructure team"));
    const ContactDraft loaded{test::must(store->contact(team, test::readError())),
                              test::must(store->teamMembers(team, test::readError()))};
    QCOMPARE(loaded.members.size(), 6);
    ContactForm form(*store, loaded, m_window.get());
    form.show();
    QPushButton *save = form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());

    // A new member, typed: an unknown name is refused, a known one (any case) taken.
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("addMemberButton")), Qt::LeftButton);
    QComboBox *member = form.findChildren<QComboBox *>(QStringLiteral("memberComboBox")).value(6);
    QVERIFY(member);
    QVERIFY(!save->isEnabled());
    QCOMPARE(form.problem(QStringLiteral("member6")), QStringLiteral("Choose a member."));
    QTest::keyClicks(member, QStringLiteral("Guido"));
    QVERIFY(form.problem(QStringLiteral("member6")).contains(QStringLiteral("no contact called \"Guido\"")));
    QVERIFY(!save->isEnabled());
    member->lineEdit()->selectAll();
    QTest::keyClicks(member, QStringLiteral("antoine pitrou"));
    QCOMPARE(form.problem(QStringLiteral("member6")), QString());
    QVERIFY(save->isEnabled());
    // Listed twice is refused.
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("addMemberButton")), Qt::LeftButton);
    QComboBox *twice = form.findChildren<QComboBox *>(QStringLiteral("memberComboBox")).value(7);
    QTest::keyClicks(twice, QStringLiteral("Antoine Pitrou"));
    QVERIFY(form.problem(QStringLiteral("member7")).contains(QStringLiteral("listed twice")));
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(form.findChildren<QToolButton *>(QStringLiteral("removeMemberButton")).value(7), Qt::LeftButton);
    QVERIFY(save->isEnabled());
    // Alex Gaynor (the last row) becomes a lead; Donald Stufft (row 3) leaves.
    QComboBox *role = form.findChildren<QComboBox *>(QStringLiteral("memberRoleComboBox")).value(5);
    role->lineEdit()->selectAll();
    QTest::keyClicks(role, QStringLiteral("lead"));
    QTest::mouseClick(form.findChildren<QToolButton *>(QStringLiteral("removeMemberButton")).value(3), Qt::LeftButton);

    const QStringList before = dump();
    const ContactDraft edited = form.draft();
    QString error;
    QVERIFY2(m_window->document()->saveContact(loaded, edited, &error), qPrintable(error));
    QStringList members;
    for (const TeamMember &m : test::must(store->teamMembers(team, test::readError())))
        members << QStringLiteral("%1 %2").arg(m.memberName, m.role);
    QCOMPARE(members,
             QStringList({QStringLiteral("Noah Kantrowitz lead"), QStringLiteral("Alex Gaynor lead"),
                          QStringLiteral("Ernest W. Durbin III member"), QStringLiteral("Benjamin W. Smith member"),
                          QStringLiteral("Benjamin Peterson member"), QStringLiteral("Antoine Pitrou member")}));
    QCOMPARE(m_window->undoStack()->count(), 1);
    roundTrip(before, dump());
}

void TestEditing::contactCreateEditDeleteUndoRedo()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const QStringList start = dump();

    ContactDraft created;
    created.contact.kind = ContactKind::MailingList;
    created.contact.name = QStringLiteral("infrastructure@python.org");
    created.contact.teamId = contactId(QStringLiteral("Infrastructure team"));
    created.contact.addresses = {
        {0, AddressKind::Email, QStringLiteral("infrastructure@python.org"), QStringLiteral("list")},
        {0, AddressKind::Url, QStringLiteral("https://mail.python.org/"), QString()}};
    QString error;
    QVERIFY2(m_window->document()->saveContact(ContactDraft(), created, &error), qPrintable(error));
    const qint64 id = contactId(QStringLiteral("infrastructure@python.org"));
    QVERIFY(id > 0);
    QCOMPARE(test::must(store->contact(id, test::readError())).addresses.size(), 2);
    QCOMPARE(m_window->contactDirectoryPanel()->currentContactId(), id);

    // Edit: rename, one address less, notes.
    const ContactDraft loaded{test::must(store->contact(id, test::readError())), {}};
    ContactDraft edited = loaded;
    edited.contact.name = QStringLiteral("infra@python.org");
    edited.contact.addresses.removeLast();
    edited.contact.notes = QStringLiteral("Announcements only.");
    QVERIFY2(m_window->document()->saveContact(loaded, edited, &error), qPrintable(error));
    QCOMPARE(test::must(store->contact(id, test::readError())).name, QStringLiteral("infra@python.org"));
    QCOMPARE(test::must(store->contact(id, test::readError())).addresses.size(), 1);

    // Assign it, then delete it: the assignment goes with it.
    QVERIFY2(m_window->document()->assignToItems({itemId(QStringLiteral("PyPI"))}, id, QStringLiteral("contact"),
                                                 Priority::Secondary, &error),
             qPrintable(error));
    QVERIFY2(m_window->document()->deleteContact(id, &error), qPrintable(error));
    QVERIFY(!store->contact(id, nullptr));
    QVERIFY(!assignmentsOf(QStringLiteral("PyPI")).join(QLatin1Char(' ')).contains(QStringLiteral("infra@")));
    QCOMPARE(m_window->undoStack()->count(), 4);
    roundTrip(start, dump());

    // Deleting an example contact that is a team member and assigned to two items,
    // then undoing, gives back exactly the example.
    QVERIFY2(m_window->document()->deleteContact(contactId(QStringLiteral("Benjamin Peterson")), &error),
             qPrintable(error));
    QCOMPARE(test::must(store->teamMembers(contactId(QStringLiteral("Infrastructure team")), test::readError())).size(),
             5);
    const QStringList gone = dump();
    m_window->undoStack()->undo();
    QCOMPARE(test::must(store->teamMembers(contactId(QStringLiteral("Infrastructure team")), test::readError())).size(),
             6);
    QCOMPARE(assignmentsOf(QStringLiteral("docs.python.org")),
             QStringList({QStringLiteral("Benjamin Peterson (owner, primary)"),
                          QStringLiteral("Georg Brandl (owner, primary)")}));
    m_window->undoStack()->redo();
    QCOMPARE(dump(), gone);
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QCOMPARE(dump(), start);

    // Deleting a team clears the team of its lists; undo gives it back.
    QVERIFY2(m_window->document()->deleteContact(contactId(QStringLiteral("Infrastructure team")), &error),
             qPrintable(error));
    QCOMPARE(test::must(store->contact(contactId(QStringLiteral("infrastructure-staff@python.org")), test::readError()))
                 .teamId,
             0);
    m_window->undoStack()->undo();
    QCOMPARE(dump(), start);
}

void TestEditing::deletingAContactSaysWhatIsLeft()
{
    QVERIFY(openExample());
    const qint64 benjamin = contactId(QStringLiteral("Benjamin Peterson"));
    QString impactError;
    const auto impact = m_window->document()->contactDeletionImpact(benjamin, &impactError);
    QVERIFY2(impact, qPrintable(impactError));
    const QStringList &assignments = impact->assignments;
    const QStringList &orphaned = impact->orphaned;
    QCOMPARE(assignments,
             QStringList({QStringLiteral("owner of docs.python.org"), QStringLiteral("contact of www.jython.org")}));
    // docs.python.org keeps Georg Brandl; www.jython.org would have only escalation.
    QCOMPARE(orphaned, QStringList({QStringLiteral("www.jython.org")}));

    // Through the window: the question names them, Cancel keeps the contact, Delete deletes it.
    const QStringList before = dump();
    QString informative;
    const auto answer = [&](const QString &button) {
        QTimer::singleShot(0, this, [&informative, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            informative = box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == button)
                    b->click();
            }
        });
    };
    answer(QStringLiteral("Cancel"));
    m_window->deleteContactAsking(benjamin);
    QVERIFY2(informative.contains(QStringLiteral("owner of docs.python.org, contact of www.jython.org")),
             qPrintable(informative));
    QVERIFY2(informative.contains(QStringLiteral("nobody to contact but the escalation contacts: www.jython.org")),
             qPrintable(informative));
    QCOMPARE(dump(), before);
    answer(QStringLiteral("Delete"));
    m_window->deleteContactAsking(benjamin);
    QVERIFY(!m_window->store()->contact(benjamin, nullptr));
    m_window->undoStack()->undo();
    QCOMPARE(dump(), before);
}

void TestEditing::ownershipEditorByKeyboard()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const qint64 docs = itemId(QStringLiteral("docs.python.org"));
    OwnershipDialog dialog(*store, docs, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("assignmentTable"));
    auto *picker = dialog.findChild<QComboBox *>(QStringLiteral("contactPickerComboBox"));
    auto *pickPriority = dialog.findChild<QComboBox *>(QStringLiteral("pickPriorityComboBox"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addContactButton"));
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(table && picker && pickPriority && add && save);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(dialog.preview().value(0), QStringLiteral("Benjamin Peterson: owner of docs.python.org"));

    // Type a contact's name (any case) and Return: added as owner, secondary.
    QVERIFY(!add->isEnabled());
    pickPriority->setCurrentIndex(pickPriority->findData(static_cast<int>(Priority::Secondary)));
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("antoine pitrou"));
    QCOMPARE(add->text(), QStringLiteral("&Add"));
    QTest::keyClick(picker, Qt::Key_Return);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Antoine Pitrou"));
    QVERIFY(dialog.isVisible()); // Return added, it did not save
    // The preview follows: primaries first, then Antoine as a secondary owner.
    QCOMPARE(dialog.preview().mid(0, 3), QStringList({QStringLiteral("Benjamin Peterson: owner of docs.python.org"),
                                                      QStringLiteral("Georg Brandl: owner of docs.python.org"),
                                                      QStringLiteral("Antoine Pitrou: owner of docs.python.org")}));

    // Georg Brandl becomes maintainer (typed into his role box), Benjamin is removed with Delete.
    auto *georgRole = qobject_cast<QComboBox *>(table->cellWidget(1, 2 - 1));
    QVERIFY(georgRole);
    georgRole->lineEdit()->selectAll();
    QTest::keyClicks(georgRole, QStringLiteral("Maintainer"));
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(dialog.preview().mid(0, 2), QStringList({QStringLiteral("Georg Brandl: maintainer of docs.python.org"),
                                                      QStringLiteral("Antoine Pitrou: owner of docs.python.org")}));
    QVERIFY(save->isEnabled());

    const QStringList before = dump();
    QString error;
    QVERIFY2(
        m_window->document()->saveOwnership(docs, dialog.loaded(), dialog.assignments(), dialog.newContacts(), &error),
        qPrintable(error));
    QCOMPARE(assignmentsOf(QStringLiteral("docs.python.org")),
             QStringList({QStringLiteral("Georg Brandl (maintainer, primary)"),
                          QStringLiteral("Antoine Pitrou (owner, secondary)")}));
    // One step, named after the item; the panel says what the preview said.
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit contacts of \"docs.python.org\""));
    m_window->selectItem(docs);
    QList<QLabel *> names = m_window->findChildren<QLabel *>(QStringLiteral("contactNameLabel"));
    QStringList shown;
    for (QLabel *label : names)
        shown << label->property("contactName").toString();
    QVERIFY(shown.contains(QStringLiteral("Antoine Pitrou")));
    QVERIFY(!shown.contains(QStringLiteral("Benjamin Peterson")));
    // The history has one batch with the three changes.
    const QVector<HistoryEntry> history = test::must(store->history(docs, 3, test::readError()));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).batchId, history.at(2).batchId);
    roundTrip(before, dump());
}

void TestEditing::ownershipEditorCreatesAContactOnTheSpot()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const qint64 planet = itemId(QStringLiteral("planet.python.org"));
    OwnershipDialog dialog(*store, planet, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *picker = dialog.findChild<QComboBox *>(QStringLiteral("contactPickerComboBox"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addContactButton"));
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("planet@python.org"));
    QCOMPARE(add->text(), QStringLiteral("&New Contact \"planet@python.org\"…"));
    // The contact form opens with the name filled in; give it a kind and an address.
    bool filled = false;
    QTimer::singleShot(0, this, [&filled] {
        auto *form = qobject_cast<ContactForm *>(QApplication::activeModalWidget());
        QVERIFY(form);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text(),
                 QStringLiteral("planet@python.org"));
        auto *kind = form->findChild<QComboBox *>(QStringLiteral("kindComboBox"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(ContactKind::MailingList)));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addAddressButton")), Qt::LeftButton);
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("addressValueLineEdit")),
                         QStringLiteral("planet@python.org"));
        QPushButton *save = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        filled = true;
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(filled);
    QCOMPARE(dialog.newContacts().size(), 1);
    QVERIFY(dialog.newContacts().first().id < 0);
    QCOMPARE(dialog.assignments().size(), 1);
    // Not in the database yet, but in the preview.
    QVERIFY(test::must(store->findContactsByName(QStringLiteral("planet@python.org"), test::readError())).isEmpty());
    QCOMPARE(dialog.preview().first(), QStringLiteral("planet@python.org: owner of planet.python.org"));

    const QStringList before = dump();
    QString error;
    QVERIFY2(m_window->document()->saveOwnership(planet, dialog.loaded(), dialog.assignments(), dialog.newContacts(),
                                                 &error),
             qPrintable(error));
    const QVector<Contact> created =
        test::must(store->findContactsByName(QStringLiteral("planet@python.org"), test::readError()));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().kind, ContactKind::MailingList);
    QCOMPARE(created.first().addresses.first().value, QStringLiteral("planet@python.org"));
    QCOMPARE(assignmentsOf(QStringLiteral("planet.python.org")),
             QStringList({QStringLiteral("planet@python.org (owner, primary)")}));
    QCOMPARE(m_window->undoStack()->count(), 1);
    // Undo takes the new contact away too; redo brings it back with the same id.
    roundTrip(before, dump());
    QCOMPARE(test::must(store->findContactsByName(QStringLiteral("planet@python.org"), test::readError())).first().id,
             created.first().id);
}

void TestEditing::ownershipEditorRefusesDuplicates()
{
    QVERIFY(openExample());
    OwnershipDialog dialog(*m_window->store(), itemId(QStringLiteral("docs.python.org")), m_window.get());
    dialog.show();
    auto *picker = dialog.findChild<QComboBox *>(QStringLiteral("contactPickerComboBox"));
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("Georg Brandl"));
    QTest::keyClick(picker, Qt::Key_Return);
    QVERIFY(!save->isEnabled());
    QCOMPARE(dialog.problem(), QStringLiteral("Row 3: Georg Brandl is listed twice as owner."));
    // As a maintainer it is a different role, and fine.
    auto *role = qobject_cast<QComboBox *>(dialog.findChild<QTableWidget *>()->cellWidget(2, 1));
    role->lineEdit()->selectAll();
    QTest::keyClicks(role, QStringLiteral("maintainer"));
    QVERIFY(save->isEnabled());
    // An empty role is refused.
    role->lineEdit()->selectAll();
    QTest::keyClick(role->lineEdit(), Qt::Key_Backspace);
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("a role is required")));
    const QStringList before = dump();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dump(), before);
}

void TestEditing::anotherProcessChangeIsRefusedNotOverwritten()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const qint64 docs = itemId(QStringLiteral("docs.python.org"));
    m_window->selectItem(docs);
    OwnershipDialog dialog(*store, docs, m_window.get());
    dialog.show();
    auto *picker = dialog.findChild<QComboBox *>(QStringLiteral("contactPickerComboBox"));
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("Donald Stufft"));
    QTest::keyClick(picker, Qt::Key_Return);

    // Another process assigns someone to docs.python.org while the editor is open.
    QSignalSpy external(m_window->changeWatcher(), &ChangeWatcher::externalChange);
    QString err;
    QCOMPARE(
        runSteward({QStringLiteral("assign"), QStringLiteral("docs.python.org"), QStringLiteral("Antoine Pitrou"),
                    QStringLiteral("--role"), QStringLiteral("contact"), QStringLiteral("--db"), m_window->location()},
                   &err),
        0);
    // The window sees it by itself; what was typed in the editor is still there.
    QVERIFY(external.wait(10000));
    QCOMPARE(dialog.assignments().size(), 3);
    QCOMPARE(dialog.assignments().last().contactId, contactId(QStringLiteral("Donald Stufft")));

    const QStringList theirs = dump();
    QString error;
    QVERIFY(!m_window->document()->saveOwnership(docs, dialog.loaded(), dialog.assignments(), dialog.newContacts(),
                                                 &error));
    QVERIFY2(error.contains(QStringLiteral("changed by someone else")), qPrintable(error));
    QCOMPARE(dump(), theirs);
    QVERIFY(
        assignmentsOf(QStringLiteral("docs.python.org")).contains(QStringLiteral("Antoine Pitrou (contact, primary)")));
    QCOMPARE(m_window->undoStack()->count(), 0);

    // Overwrite, as the window offers: theirs is replaced by what was typed.
    const QVector<Assignment> current = test::must(store->assignments(docs, test::readError()));
    QVERIFY2(m_window->document()->saveOwnership(docs, current, dialog.assignments(), {}, &error), qPrintable(error));
    QCOMPARE(assignmentsOf(QStringLiteral("docs.python.org")),
             QStringList({QStringLiteral("Benjamin Peterson (owner, primary)"),
                          QStringLiteral("Georg Brandl (owner, primary)"),
                          QStringLiteral("Donald Stufft (owner, primary)")}));
}

void TestEditing::staleContactEditIsRefused()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const qint64 id = contactId(QStringLiteral("Georg Brandl"));
    const ContactDraft loaded{test::must(store->contact(id, test::readError())), {}};
    {
        Database other;
        QVERIFY(other.open(m_window->location()));
        Store otherStore(other);
        Contact theirs = test::must(otherStore.contact(id, test::readError()));
        theirs.notes = QStringLiteral("Changed elsewhere.");
        QVERIFY(otherStore.updateContact(theirs, nullptr));
    }
    ContactDraft mine = loaded;
    mine.contact.addresses.append({0, AddressKind::Email, QStringLiteral("georg@python.org"), QString()});
    const QStringList theirs = dump();
    QString error;
    QVERIFY(!m_window->document()->saveContact(loaded, mine, &error));
    QVERIFY2(error.contains(QStringLiteral("changed or deleted by someone else")), qPrintable(error));
    QCOMPARE(dump(), theirs);
    QCOMPARE(test::must(store->contact(id, test::readError())).notes, QStringLiteral("Changed elsewhere."));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestEditing::revertingAssignmentsAndContactsFromTheHistory()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const qint64 pypi = itemId(QStringLiteral("PyPI"));
    const QStringList start = dump();
    const QStringList pypiStart = assignmentsOf(QStringLiteral("PyPI"));
    QString error;
    // Three recorded changes: Antoine assigned, Donald made secondary, Richard removed.
    QVERIFY(m_window->document()->assignToItems({pypi}, contactId(QStringLiteral("Antoine Pitrou")),
                                                QStringLiteral("contact"), Priority::Primary, &error));
    QVector<Assignment> now = test::must(store->assignments(pypi, test::readError()));
    QVector<Assignment> after = now;
    for (Assignment &a : after) {
        if (a.contactId == contactId(QStringLiteral("Donald Stufft")))
            a.priority = Priority::Secondary;
    }
    after.erase(
        std::remove_if(after.begin(), after.end(),
                       [&](const Assignment &a) { return a.contactId == contactId(QStringLiteral("Richard Jones")); }),
        after.end());
    QVERIFY2(m_window->document()->saveOwnership(pypi, now, after, {}, &error), qPrintable(error));

    HistoryModel model(*store);
    QVERIFY(model.setItem(pypi));
    const auto entry = [&](const QString &action, const QString &contains) {
        for (int row = 0; row < model.rowCount(); ++row) {
            const HistoryEntry e = model.entryAt(row);
            if (e.entity == QLatin1String("assignment") && e.action == action && e.summary.contains(contains))
                return std::make_pair(row, e);
        }
        return std::make_pair(-1, HistoryEntry());
    };
    const auto [created, createdEntry] = entry(QStringLiteral("create"), QStringLiteral("Antoine Pitrou"));
    const auto [updated, updatedEntry] = entry(QStringLiteral("update"), QStringLiteral("Donald Stufft"));
    const auto [removed, removedEntry] = entry(QStringLiteral("delete"), QStringLiteral("Richard Jones"));
    QVERIFY(created >= 0 && updated >= 0 && removed >= 0);
    QVERIFY(model.canRevert(created) && model.canRevert(updated) && model.canRevert(removed));

    QVERIFY2(m_window->document()->revertChange(removedEntry, &error), qPrintable(error));
    QVERIFY(assignmentsOf(QStringLiteral("PyPI")).contains(QStringLiteral("Richard Jones (maintainer, primary)")));
    QVERIFY2(m_window->document()->revertChange(updatedEntry, &error), qPrintable(error));
    QVERIFY(assignmentsOf(QStringLiteral("PyPI")).contains(QStringLiteral("Donald Stufft (maintainer, primary)")));
    QVERIFY2(m_window->document()->revertChange(createdEntry, &error), qPrintable(error));
    QCOMPARE(assignmentsOf(QStringLiteral("PyPI")).size(), pypiStart.size());
    QVERIFY(!assignmentsOf(QStringLiteral("PyPI")).join(QLatin1Char(' ')).contains(QStringLiteral("Antoine")));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Revert: %1").arg(createdEntry.summary));
    // Reverting the same change again is refused: a later change (the revert) depends on it.
    QVERIFY(!m_window->document()->revertChange(updatedEntry, &error));
    QVERIFY2(error.contains(QStringLiteral("later change")), qPrintable(error));

    // A contact's edit reverts too: name and addresses back.
    const qint64 georg = contactId(QStringLiteral("Georg Brandl"));
    const ContactDraft loaded{test::must(store->contact(georg, test::readError())), {}};
    ContactDraft edited = loaded;
    edited.contact.name = QStringLiteral("Georg B.");
    edited.contact.addresses.append({0, AddressKind::Email, QStringLiteral("georg@python.org"), QString()});
    QVERIFY(m_window->document()->saveContact(loaded, edited, &error));
    const QVector<HistoryEntry> latest = test::must(store->history(0, 1, test::readError()));
    QCOMPARE(latest.first().entity, QStringLiteral("contact"));
    QVERIFY2(m_window->document()->revertChange(latest.first(), &error), qPrintable(error));
    QCOMPARE(test::must(store->contact(georg, test::readError())).name, QStringLiteral("Georg Brandl"));
    QVERIFY(test::must(store->contact(georg, test::readError())).addresses.isEmpty());
    // Positions of re-added assignments may differ, so compare the assignments as sets.
    QStringList back = assignmentsOf(QStringLiteral("PyPI")), was = pypiStart;
    back.sort();
    was.sort();
    QCOMPARE(back, was);
    // And every step undoes.
    while (m_window->undoStack()->canUndo())
        m_window->undoStack()->undo();
    QCOMPARE(dump(), start);
}

void TestEditing::contactsPanelShowsWhatAContactOwns()
{
    QVERIFY(openExample());
    ContactDirectoryPanel *panel = m_window->contactDirectoryPanel();
    QAbstractItemModelTester tester(panel->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->view()->model()->rowCount(), test::must(m_window->store()->contacts(test::readError())).size());
    QVERIFY(panel->selectContact(contactId(QStringLiteral("Antoine Pitrou"))));
    QCOMPARE(panel->ownedLines(),
             QStringList({QStringLiteral("owner of Buildbot"), QStringLiteral("owner of hg.python.org")}));
    // It follows assignments made elsewhere in the window.
    QString error;
    QVERIFY(m_window->document()->assignToItems({itemId(QStringLiteral("PyPI"))},
                                                contactId(QStringLiteral("Antoine Pitrou")), QStringLiteral("contact"),
                                                Priority::Tertiary, &error));
    QCOMPARE(panel->ownedLines().last(), QStringLiteral("contact of PyPI (tertiary)"));
    // Activating an entry selects the item in the tree.
    auto *owned = panel->findChild<QListWidget *>(QStringLiteral("ownedList"));
    Q_EMIT owned->itemActivated(owned->item(owned->count() - 1));
    QCOMPARE(m_window->selectedItemIds(), QVector<qint64>({itemId(QStringLiteral("PyPI"))}));
    // The filter finds contacts by any column, case-insensitively.
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("MAILING"));
    QCOMPARE(panel->view()->model()->rowCount(), 5);
    panel->filterEdit()->clear();
    // An edit, a new contact and a delete each change just their row, and the list
    // stays in name order.
    const auto listed = [panel] {
        QStringList names;
        const QAbstractItemModel *model = panel->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
        return names;
    };
    const qint64 georg = contactId(QStringLiteral("Georg Brandl"));
    const ContactDraft loaded{test::must(m_window->store()->contact(georg, test::readError())), {}};
    ContactDraft renamed = loaded;
    renamed.contact.name = QStringLiteral("Aaron Georg Brandl");
    QVERIFY(m_window->document()->saveContact(loaded, renamed, &error));
    QCOMPARE(listed().first(), QStringLiteral("#python-infra"));
    QCOMPARE(listed().value(1), QStringLiteral("Aaron Georg Brandl"));
    QVERIFY(!listed().contains(QStringLiteral("Georg Brandl")));
    const int before = static_cast<int>(listed().size());
    QVERIFY(m_window->document()->deleteContact(georg, &error));
    QCOMPARE(listed().size(), before - 1);
    m_window->undoStack()->undo();
    QCOMPARE(listed().size(), before);
    QVERIFY(listed().contains(QStringLiteral("Aaron Georg Brandl")));
    QCOMPARE(listed().size(), test::must(m_window->store()->contacts(test::readError())).size());
}

void TestEditing::historyRecordsTheNameChosen()
{
    QVERIFY(openExample());
    // A file records the login name, or the name chosen; a server always its database
    // user (the test cluster's is "steward"), whatever name is chosen on this machine.
    const bool server = m_window->store()->database().isServer();
    const QString databaseUser = server ? test::serverUser() : QString(); // no server to ask on SQLite
    QCOMPARE(m_window->store()->actor(), server ? databaseUser : Store::systemUserName());
    QAction *nameAction = m_window->findChild<QAction *>(QStringLiteral("historyNameAction"));
    QVERIFY(nameAction);
    if (server) {
        // The server names the role (schema step 7): no name to choose, and the menu says why.
        QVERIFY(!nameAction->isEnabled());
        QVERIFY2(nameAction->toolTip().contains(QLatin1String("database role")), qPrintable(nameAction->toolTip()));
        QString error;
        QVERIFY(m_window->document()->assignToItems({itemId(QStringLiteral("PyPI"))},
                                                    contactId(QStringLiteral("Antoine Pitrou")),
                                                    QStringLiteral("contact"), Priority::Primary, &error));
        QCOMPARE(test::must(m_window->store()->history(0, 1, test::readError())).first().actor, databaseUser);
        return;
    }
    QVERIFY(nameAction->isEnabled());
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("  Ee Durbin  "));
        dialog->accept();
    });
    nameAction->trigger();
    QString error;
    QVERIFY(m_window->document()->assignToItems({itemId(QStringLiteral("PyPI"))},
                                                contactId(QStringLiteral("Antoine Pitrou")), QStringLiteral("contact"),
                                                Priority::Primary, &error));
    QCOMPARE(test::must(m_window->store()->history(0, 1, test::readError())).first().actor,
             server ? databaseUser : QStringLiteral("Ee Durbin"));
    // Remembered: the next inventory opened records the same name (a server, its user).
    QCOMPARE(m_settings->value(Settings::Key::HistoryUserName).toString(), QStringLiteral("Ee Durbin"));
    QVERIFY(m_window->openLocation(m_window->location(), &error));
    QCOMPARE(m_window->store()->actor(), server ? databaseUser : QStringLiteral("Ee Durbin"));
    QVERIFY(m_window->document()->assignToItems({itemId(QStringLiteral("PyPI"))},
                                                contactId(QStringLiteral("Georg Brandl")), QStringLiteral("contact"),
                                                Priority::Secondary, &error));
    QCOMPARE(test::must(m_window->store()->history(0, 1, test::readError())).first().actor,
             server ? databaseUser : QStringLiteral("Ee Durbin"));
}

void TestEditing::hostNamesWithDotsAreAccepted()
{
    QVERIFY(openExample());
    Item host = test::must(m_window->store()->item(itemId(QStringLiteral("albatross")), test::readError()));
    ItemForm form(*m_window->store(), host, m_window.get());
    auto *hostname = form.findChild<QLineEdit *>(QStringLiteral("hostnameLineEdit"));
    QVERIFY(hostname);
    hostname->selectAll();
    QTest::keyClicks(hostname, QStringLiteral("albatross.python.org"));
    QCOMPARE(form.problem(QStringLiteral("hostname")), QString());
    QVERIFY(form.isValid());
    hostname->selectAll();
    QTest::keyClicks(hostname, QStringLiteral("albatross..python.org"));
    QVERIFY(!form.problem(QStringLiteral("hostname")).isEmpty());
    hostname->selectAll();
    QTest::keyClicks(hostname, QStringLiteral("alba_tross"));
    QVERIFY(!form.isValid());
}

// ---------------------------------------------------------------- the graph in the forms

void TestEditing::serviceOnTwoHostsWithAliasTagAndLinkUndoRedo()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const qint64 albatross = itemId(QStringLiteral("albatross"));
    const qint64 dinsdale = itemId(QStringLiteral("dinsdale"));
    const qint64 pypi = itemId(QStringLiteral("PyPI"));
    const QStringList before = dump();
    QVERIFY(m_window->selectItemByName(QStringLiteral("albatross")));
    test::onNextModal<ItemForm>([&](ItemForm *form) {
        // A new service under the selected host: that host is its first.
        auto *hosts = form->findChild<QListWidget *>(QStringLiteral("hostsListWidget"));
        auto *picker = form->findChild<QComboBox *>(QStringLiteral("hostComboBox"));
        auto *addHost = form->findChild<QPushButton *>(QStringLiteral("addHostButton"));
        auto *parent = form->findChild<QComboBox *>(QStringLiteral("parentComboBox"));
        QVERIFY(hosts && picker && addHost && parent);
        QCOMPARE(hosts->count(), 1);
        QCOMPARE(hosts->item(0)->data(Qt::UserRole).toLongLong(), albatross);
        QVERIFY(!parent->isEnabled()); // on a host, not directly on a provider
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("nameLineEdit")),
                         QStringLiteral("status.example.org"));
        picker->setCurrentIndex(picker->findData(dinsdale));
        QTest::mouseClick(addHost, Qt::LeftButton);
        QCOMPARE(hosts->count(), 2);
        // Listed once: adding it again changes nothing.
        QTest::mouseClick(addHost, Qt::LeftButton);
        QCOMPARE(hosts->count(), 2);
        QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("aliasesTextEdit")),
                         QStringLiteral("status"));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("tagsLineEdit")), QStringLiteral("env=prod; pci"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addLinkButton")), Qt::LeftButton);
        const auto targets = form->findChildren<QLineEdit *>(QStringLiteral("linkTargetLineEdit"));
        QCOMPARE(targets.size(), 1);
        auto *type = form->findChild<QComboBox *>(QStringLiteral("linkTypeComboBox"));
        QCOMPARE(type->currentData().toString(), QStringLiteral("depends_on"));
        QPushButton *save = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // the link has no target yet
        QCOMPARE(form->problem(QStringLiteral("link0")), QStringLiteral("Choose the item it links to."));
        QTest::keyClicks(targets.first(), QStringLiteral("pypi"));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("linkNoteLineEdit")), QStringLiteral("accounts"));
        QCOMPARE(form->problem(QStringLiteral("link0")), QString());
        QVERIFY2(save->isEnabled(), qPrintable(form->problem(QStringLiteral("parent"))));
        shoot(form, QStringLiteral("item-form-new-service"));
        QTest::mouseClick(save, Qt::LeftButton);
    });
    m_window->newItem(ItemKind::Service);

    const QVector<Item> found = test::must(store->findItemsByName(QStringLiteral("status"), test::readError()));
    QCOMPARE(found.size(), 1); // found by its alias
    const Item wiki = test::must(store->item(found.first().id, test::readError()));
    QCOMPARE(wiki.name, QStringLiteral("status.example.org"));
    QCOMPARE(wiki.parentId, albatross);
    QCOMPARE(wiki.alsoOn, QVector<qint64>{dinsdale});
    QCOMPARE(wiki.aliases, QStringList{QStringLiteral("status")});
    QCOMPARE(wiki.tags, (QStringList{QStringLiteral("env=prod"), QStringLiteral("pci")}));
    QCOMPARE(linksOf(wiki.id), QStringList{QStringLiteral("depends_on -> PyPI (accounts)")});
    // PyPI sees it from its side too.
    QVector<Link> links = test::must(store->links(pypi, test::readError()));
    links.removeIf([&wiki](const Link &l) { return l.fromItem != wiki.id; });
    QCOMPARE(links.size(), 1);
    // One step on the stack for the item and its link.
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Create service \"status.example.org\""));
    const QStringList after = dump();

    m_window->undoStack()->undo();
    QCOMPARE(dump(), before);
    QVERIFY(test::must(store->findItemsByName(QStringLiteral("status"), test::readError())).isEmpty());
    for (const Link &l : test::must(store->links(pypi, test::readError())))
        QVERIFY(l.id != links.first().id);
    m_window->undoStack()->redo();
    // The same ids, hosts, alias, tags and link.
    QCOMPARE(dump(), after);
    const Item again = test::must(store->item(wiki.id, test::readError()));
    QCOMPARE(again.alsoOn, QVector<qint64>{dinsdale});
    QCOMPARE(again.aliases, QStringList{QStringLiteral("status")});
    QCOMPARE(again.tags, (QStringList{QStringLiteral("env=prod"), QStringLiteral("pci")}));
    QCOMPARE(test::must(store->links(wiki.id, test::readError())).first().id, links.first().id);
    roundTrip(before, after);
}

void TestEditing::editingHostsAliasesTagsAndLinksIsOneUndoStep()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const qint64 albatross = itemId(QStringLiteral("albatross"));
    const qint64 dinsdale = itemId(QStringLiteral("dinsdale"));
    // A service on two hosts with an alias, tags and two links, made without the form.
    Item wiki;
    wiki.kind = ItemKind::Service;
    wiki.name = QStringLiteral("status.example.org");
    wiki.parentId = albatross;
    wiki.alsoOn = {dinsdale};
    wiki.aliases = {QStringLiteral("status"), QStringLiteral("status.psf")};
    wiki.tags = {QStringLiteral("env=prod"), QStringLiteral("pci")};
    QString error;
    QVERIFY2(store->createItem(wiki, &error), qPrintable(error));
    for (const auto &[type, target, note] :
         {std::tuple{"depends_on", "PyPI", "accounts"}, std::tuple{"fronted_by", "Fastly", ""}}) {
        Link link;
        link.fromItem = wiki.id;
        link.toItem = itemId(QString::fromLatin1(target));
        link.type = QString::fromLatin1(type);
        link.note = QString::fromLatin1(note);
        QVERIFY2(store->addLink(link, &error), qPrintable(error));
    }
    const QStringList before = dump();
    QVERIFY(m_window->selectItemByName(QStringLiteral("status.example.org")));
    test::onNextModal<ItemForm>([&](ItemForm *form) {
        auto *hosts = form->findChild<QListWidget *>(QStringLiteral("hostsListWidget"));
        QVERIFY(hosts);
        QCOMPARE(hosts->count(), 2);
        QVERIFY(hosts->item(0)->text().startsWith(QStringLiteral("albatross")));
        // dinsdale first: it becomes the service's place in the tree.
        hosts->setCurrentRow(1);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("moveHostUpButton")), Qt::LeftButton);
        QVERIFY(hosts->item(0)->text().startsWith(QStringLiteral("dinsdale")));
        auto *aliases = form->findChild<QPlainTextEdit *>(QStringLiteral("aliasesTextEdit"));
        QCOMPARE(aliases->toPlainText(), QStringLiteral("status\nstatus.psf"));
        aliases->selectAll();
        QTest::keyClicks(aliases, QStringLiteral("status.python"));
        auto *tags = form->findChild<QLineEdit *>(QStringLiteral("tagsLineEdit"));
        QCOMPARE(tags->text(), QStringLiteral("env=prod; pci"));
        tags->selectAll();
        QTest::keyClicks(tags, QStringLiteral("env=staging"));
        // The links as loaded; the served-through one goes, the dependency's note changes,
        // a new one is added.
        const auto targets = form->findChildren<QLineEdit *>(QStringLiteral("linkTargetLineEdit"));
        QCOMPARE(targets.size(), 2);
        QStringList shown;
        for (QLineEdit *t : targets)
            shown << t->text();
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("Fastly"), QStringLiteral("PyPI")}));
        for (QLineEdit *t : targets) {
            auto *row = t->parentWidget();
            if (t->text() == QLatin1String("Fastly")) {
                QTest::mouseClick(row->findChild<QToolButton *>(QStringLiteral("removeLinkButton")), Qt::LeftButton);
            } else {
                auto *note = row->findChild<QLineEdit *>(QStringLiteral("linkNoteLineEdit"));
                note->selectAll();
                QTest::keyClicks(note, QStringLiteral("logins"));
            }
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addLinkButton")), Qt::LeftButton);
        const auto after = form->findChildren<QLineEdit *>(QStringLiteral("linkTargetLineEdit"));
        QCOMPARE(after.size(), 2);
        QLineEdit *added = after.last();
        auto *type = added->parentWidget()->findChild<QComboBox *>(QStringLiteral("linkTypeComboBox"));
        type->setCurrentIndex(type->findData(QStringLiteral("backed_up_to")));
        QTest::keyClicks(added, QStringLiteral("dinsdale (host)"));
        QVERIFY2(form->isValid(), qPrintable(form->problem(QStringLiteral("link1"))));
        const LinkChanges changes = form->linkChanges();
        QCOMPARE(changes.removed.size(), 2); // Fastly, and PyPI with its old note
        QCOMPARE(changes.added.size(), 2);
        shoot(form, QStringLiteral("item-form-edit-service"));
        QTest::mouseClick(form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    m_window->editCurrentItem();

    const Item edited = test::must(store->item(wiki.id, test::readError()));
    QCOMPARE(edited.parentId, dinsdale);
    QCOMPARE(edited.alsoOn, QVector<qint64>{albatross});
    QCOMPARE(edited.aliases, QStringList{QStringLiteral("status.python")});
    QCOMPARE(edited.tags, QStringList{QStringLiteral("env=staging")});
    QCOMPARE(linksOf(wiki.id), (QStringList{QStringLiteral("backed_up_to -> dinsdale ()"),
                                            QStringLiteral("depends_on -> PyPI (logins)")}));
    QCOMPARE(m_window->undoStack()->count(), 1);
    const QStringList after = dump();

    // Undo puts hosts (in their order), aliases, tags and links back exactly.
    m_window->undoStack()->undo();
    QCOMPARE(dump(), before);
    const Item back = test::must(store->item(wiki.id, test::readError()));
    QCOMPARE(back.parentId, albatross);
    QCOMPARE(back.alsoOn, QVector<qint64>{dinsdale});
    QCOMPARE(back.aliases, (QStringList{QStringLiteral("status"), QStringLiteral("status.psf")}));
    QCOMPARE(back.tags, (QStringList{QStringLiteral("env=prod"), QStringLiteral("pci")}));
    QCOMPARE(linksOf(wiki.id),
             (QStringList{QStringLiteral("depends_on -> PyPI (accounts)"), QStringLiteral("fronted_by -> Fastly ()")}));
    m_window->undoStack()->redo();
    QCOMPARE(dump(), after);
    roundTrip(before, after);

    // Only a link changed: the item's record is not written again, and undo is exact.
    const QStringList beforeLinkOnly = dump();
    const Item loaded = test::must(store->item(wiki.id, test::readError()));
    {
        ItemForm form(*store, loaded, m_window.get());
        const auto targets = form.findChildren<QLineEdit *>(QStringLiteral("linkTargetLineEdit"));
        for (QLineEdit *t : targets) {
            if (t->text() == QLatin1String("dinsdale"))
                QTest::mouseClick(t->parentWidget()->findChild<QToolButton *>(QStringLiteral("removeLinkButton")),
                                  Qt::LeftButton);
        }
        QVERIFY(form.isValid());
        QVERIFY2(m_window->document()->saveItem(loaded, form.item(), form.linkChanges(), &error), qPrintable(error));
    }
    QCOMPARE(test::must(store->item(wiki.id, test::readError())).version, loaded.version);
    QCOMPARE(linksOf(wiki.id), QStringList{QStringLiteral("depends_on -> PyPI (logins)")});
    m_window->undoStack()->undo();
    QCOMPARE(dump(), beforeLinkOnly);
}

void TestEditing::itemFormValidatesAliasesTagsAndLinks()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const Item docs = test::must(store->findItemsByName(QStringLiteral("docs.python.org"), test::readError())).first();
    ItemForm form(*store, docs, m_window.get());
    form.show();
    QPushButton *save = form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(form.isValid());
    auto *aliases = form.findChild<QPlainTextEdit *>(QStringLiteral("aliasesTextEdit"));
    auto *tags = form.findChild<QLineEdit *>(QStringLiteral("tagsLineEdit"));
    QVERIFY(aliases && tags);

    // An alias is as unique as a name within the kind.
    QTest::keyClicks(aliases, QStringLiteral("doc.python.org"));
    QTest::keyClick(aliases, Qt::Key_Return);
    QTest::keyClicks(aliases, QStringLiteral("PyPI"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(form.problem(QStringLiteral("aliases")),
             QStringLiteral("\"PyPI\" is taken: the service \"PyPI\" is called so."));
    aliases->clear();
    aliases->setPlainText(QStringLiteral("doc.python.org\n\n  xs4all")); // a provider's name is another kind's
    QCOMPARE(form.problem(QStringLiteral("aliases")), QString());
    QVERIFY(save->isEnabled());
    QCOMPARE(form.item().aliases, (QStringList{QStringLiteral("doc.python.org"), QStringLiteral("xs4all")}));

    QTest::keyClicks(tags, QStringLiteral("=prod"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(form.problem(QStringLiteral("tags")), QStringLiteral("The tag \"=prod\" has no key before \"=\"."));
    tags->selectAll();
    QTest::keyClicks(tags, QStringLiteral(" env=prod ;pci; env=prod"));
    QVERIFY(save->isEnabled());
    QCOMPARE(form.item().tags, (QStringList{QStringLiteral("env=prod"), QStringLiteral("pci")}));

    // Links: an unknown target, itself, a name two kinds share, the same link twice.
    // docs.python.org's own links come first, as loaded.
    const auto loaded = form.findChildren<QLineEdit *>(QStringLiteral("linkTargetLineEdit"));
    const QString first = QStringLiteral("link%1").arg(loaded.size());
    const QString next = QStringLiteral("link%1").arg(loaded.size() + 1);
    QLineEdit *target = form.addLinkRow();
    QTest::keyClicks(target, QStringLiteral("nosuch"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(form.problem(first), QStringLiteral("Nothing is called \"nosuch\"."));
    target->clear();
    QTest::keyClicks(target, QStringLiteral("docs.python.org"));
    QCOMPARE(form.problem(first), QStringLiteral("An item cannot be linked to itself."));
    QVERIFY(!save->isEnabled());
    target->clear();
    // By an alias of another item.
    Item pypi = test::must(store->findItemsByName(QStringLiteral("PyPI"), test::readError())).first();
    pypi.aliases = {QStringLiteral("pypi.org")};
    QString error;
    QVERIFY2(store->updateItem(pypi, &error), qPrintable(error));
    {
        ItemForm fresh(*store, docs, m_window.get());
        QLineEdit *byAlias = fresh.addLinkRow();
        QTest::keyClicks(byAlias, QStringLiteral("PYPI.ORG"));
        QCOMPARE(fresh.problem(first), QString());
        QCOMPARE(fresh.links().last().toItem, pypi.id);
        // "name (kind)", as completion offers it.
        byAlias->clear();
        QTest::keyClicks(byAlias, QStringLiteral("albatross (host)"));
        QCOMPARE(fresh.problem(first), QString());
        byAlias->clear();
        QTest::keyClicks(byAlias, QStringLiteral("albatross (provider)"));
        QCOMPARE(fresh.problem(first), QStringLiteral("Nothing is called \"albatross (provider)\"."));
    }
    QTest::keyClicks(target, QStringLiteral("albatross"));
    QCOMPARE(form.problem(first), QString());
    QLineEdit *second = form.addLinkRow();
    QTest::keyClicks(second, QStringLiteral("Albatross"));
    QCOMPARE(form.problem(next), QStringLiteral("This link is listed twice."));
    QVERIFY(!save->isEnabled());
    shoot(&form, QStringLiteral("item-form-problems"));
    // Another type makes it another link.
    auto *type = second->parentWidget()->findChild<QComboBox *>(QStringLiteral("linkTypeComboBox"));
    type->setCurrentIndex(type->findData(QStringLiteral("backed_up_to")));
    QCOMPARE(form.problem(next), QString());
    QVERIFY(save->isEnabled());
    const LinkChanges changes = form.linkChanges();
    QCOMPARE(changes.added.size(), 2);
    QVERIFY(changes.removed.isEmpty()); // docs.python.org's own links are kept as loaded
}

void TestEditing::hostWithoutProviderAndServiceOnNothing()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const qint64 organisation = test::must(store->organisationId(test::readError()));
    const QStringList before = dump();
    // A host whose provider nobody recorded sits under the organisation.
    Item host = test::must(store->item(itemId(QStringLiteral("dinsdale")), test::readError()));
    {
        ItemForm form(*store, host, m_window.get());
        auto *parent = form.findChild<QComboBox *>(QStringLiteral("parentComboBox"));
        QVERIFY(parent);
        const int none = parent->findData(organisation);
        QVERIFY(none >= 0);
        QCOMPARE(parent->itemText(none), QStringLiteral("none (under the organisation)"));
        QVERIFY(!form.findChild<QListWidget *>(QStringLiteral("hostsListWidget"))); // hosts are a service's
        parent->setCurrentIndex(none);
        QVERIFY(form.isValid());
        QString error;
        QVERIFY2(m_window->document()->saveItem(host, form.item(), form.linkChanges(), &error), qPrintable(error));
    }
    QCOMPARE(test::must(store->item(host.id, test::readError())).parentId, organisation);

    // A service taken off its hosts: a provider or nothing must be chosen.
    const Item wiki = test::must(store->findItemsByName(QStringLiteral("PyPI"), test::readError())).first();
    Item service = wiki;
    service.parentId = itemId(QStringLiteral("albatross"));
    service.alsoOn = {host.id};
    QString error;
    QVERIFY2(m_window->document()->saveItem(wiki, service, &error), qPrintable(error));
    service = test::must(store->item(wiki.id, test::readError()));
    {
        ItemForm form(*store, service, m_window.get());
        auto *hosts = form.findChild<QListWidget *>(QStringLiteral("hostsListWidget"));
        auto *parent = form.findChild<QComboBox *>(QStringLiteral("parentComboBox"));
        QCOMPARE(hosts->count(), 2);
        for (int i = 0; i < 2; ++i) {
            hosts->setCurrentRow(0);
            QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("removeHostButton")), Qt::LeftButton);
        }
        QCOMPARE(hosts->count(), 0);
        QVERIFY(parent->isEnabled());
        QVERIFY(!form.isValid());
        QVERIFY(!form.problem(QStringLiteral("parent")).isEmpty());
        parent->setCurrentIndex(parent->findData(organisation));
        QCOMPARE(parent->currentText(), QStringLiteral("nothing (under the organisation)"));
        QVERIFY(form.isValid());
        const Item edited = form.item();
        QCOMPARE(edited.parentId, organisation);
        QVERIFY(edited.alsoOn.isEmpty());
        QVERIFY2(m_window->document()->saveItem(service, edited, form.linkChanges(), &error), qPrintable(error));
    }
    const Item onNothing = test::must(store->item(wiki.id, test::readError()));
    QCOMPARE(onNothing.parentId, organisation);
    QVERIFY(onNothing.alsoOn.isEmpty());
    while (m_window->undoStack()->canUndo())
        m_window->undoStack()->undo();
    QCOMPARE(dump(), before);
}

void TestEditing::contactFormEditsTags()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const qint64 id = contactId(QStringLiteral("Georg Brandl"));
    const ContactDraft loaded{test::must(store->contact(id, test::readError())),
                              test::must(store->teamMembers(id, test::readError()))};
    const QStringList before = dump();
    ContactForm form(*store, loaded, m_window.get());
    auto *tags = form.findChild<QLineEdit *>(QStringLiteral("tagsLineEdit"));
    QVERIFY(tags);
    QCOMPARE(tags->text(), QString());
    QTest::keyClicks(tags, QStringLiteral("on-call; =x"));
    QVERIFY(!form.isValid());
    QCOMPARE(form.problem(QStringLiteral("tags")), QStringLiteral("The tag \"=x\" has no key before \"=\"."));
    tags->selectAll();
    QTest::keyClicks(tags, QStringLiteral("on-call; team=docs; on-call"));
    QVERIFY(form.isValid());
    shoot(&form, QStringLiteral("contact-form-tags"));
    QCOMPARE(form.draft().contact.tags, (QStringList{QStringLiteral("on-call"), QStringLiteral("team=docs")}));
    QString error;
    QVERIFY2(m_window->document()->saveContact(loaded, form.draft(), &error), qPrintable(error));
    QCOMPARE(test::must(store->contact(id, test::readError())).tags,
             (QStringList{QStringLiteral("on-call"), QStringLiteral("team=docs")}));
    roundTrip(before, dump());
    // Loaded again, the form shows them.
    ContactForm again(*store, {test::must(store->contact(id, test::readError())), {}}, m_window.get());
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("tagsLineEdit"))->text(),
             QStringLiteral("on-call; team=docs"));
}

void TestEditing::statusesAndLinkTypesDialog()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("statusesAndLinkTypesAction"));
    QVERIFY(action);
    test::onNextModal<StatusesAndLinkTypesDialog>([&](StatusesAndLinkTypesDialog *dialog) {
        auto *statuses = dialog->findChild<QTableWidget *>(QStringLiteral("statusesTableWidget"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("statusNameLineEdit"));
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("statusCategoryComboBox"));
        QVERIFY(statuses && name && category);
        const int builtins = statuses->rowCount();
        QVERIFY(builtins >= 5);
        // A built-in status is refused, and said so.
        QTest::keyClicks(name, QStringLiteral("active"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("defineStatusButton")), Qt::LeftButton);
        QCOMPARE(dialog->statusMessage(), QStringLiteral("\"active\" is a built-in status; it cannot be changed."));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("statusMessageLabel"))->isVisibleTo(dialog));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("read-only"));
        category->setCurrentIndex(category->findData(QStringLiteral("degraded")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("defineStatusButton")), Qt::LeftButton);
        QCOMPARE(statuses->rowCount(), builtins + 1);
        QCOMPARE(dialog->statusMessage(), QStringLiteral("\"read-only\" is a status meaning degraded."));

        auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("linkTypeKeyLineEdit"));
        auto *label = dialog->findChild<QLineEdit *>(QStringLiteral("linkTypeLabelLineEdit"));
        auto *failure = dialog->findChild<QCheckBox *>(QStringLiteral("carriesFailureCheckBox"));
        QVERIFY(key && label && failure);
        QTest::keyClicks(key, QStringLiteral("uses it!"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("defineLinkTypeButton")), Qt::LeftButton);
        QVERIFY2(dialog->linkTypeMessage().contains(QStringLiteral("letters, digits and underscores")),
                 qPrintable(dialog->linkTypeMessage()));
        key->selectAll();
        QTest::keyClicks(key, QStringLiteral("replicates_to"));
        QTest::keyClicks(label, QStringLiteral("replicates to"));
        failure->setChecked(false);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("defineLinkTypeButton")), Qt::LeftButton);
        QCOMPARE(dialog->linkTypeMessage(),
                 QStringLiteral("\"replicates_to\" is a link type; a failure does not follow its links."));
        shoot(dialog, QStringLiteral("statuses-and-link-types"));
        // Removing a built-in one: its row offers no Remove.
        auto *types = dialog->findChild<QTableWidget *>(QStringLiteral("linkTypesTableWidget"));
        types->selectRow(0);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("removeLinkTypeButton"))->isEnabled());
        dialog->accept();
    });
    action->trigger();
    bool found = false;
    for (const StatusDef &def : test::must(store->statusDefs(test::readError())))
        found = found || (def.name == QLatin1String("read-only") && def.category == StatusCategory::Degraded);
    QVERIFY(found);
    found = false;
    for (const LinkType &type : test::must(store->linkTypes(test::readError())))
        found = found || (type.key == QLatin1String("replicates_to") && !type.carriesFailure &&
                          type.label == QLatin1String("replicates to"));
    QVERIFY(found);

    // A status of one's own is offered in the item form, after the built-in ones.
    const Item docs = test::must(store->findItemsByName(QStringLiteral("docs.python.org"), test::readError())).first();
    ItemForm form(*store, docs, m_window.get());
    auto *status = form.findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    QVERIFY(status->findData(QStringLiteral("read-only")) >= 0);
    status->setCurrentIndex(status->findData(QStringLiteral("read-only")));
    QCOMPARE(form.item().status, QStringLiteral("read-only"));
    // And the link type of one's own in the Links section.
    auto *type = form.addLinkRow()->parentWidget()->findChild<QComboBox *>(QStringLiteral("linkTypeComboBox"));
    QVERIFY(type->findData(QStringLiteral("replicates_to")) >= 0);
}

void TestEditing::dashboardGroupsServicesByATagKey()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    DashboardView view;
    view.setStore(store);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *groupBy = view.findChild<QComboBox *>(QStringLiteral("groupByComboBox"));
    QVERIFY(groupBy);
    // No tags yet: only "status", and the box is off.
    QCOMPARE(groupBy->count(), 1);
    QVERIFY(!groupBy->isEnabled());
    for (const char *name : {"docs.python.org", "PyPI", "planet.python.org"}) {
        const qint64 id = test::must(store->findItemsByName(QString::fromLatin1(name), test::readError())).first().id;
        const Item before = test::must(store->item(id, test::readError()));
        Item after = before;
        after.tags = {QString::fromLatin1(name) == QLatin1String("planet.python.org") ? QStringLiteral("env=staging")
                                                                                      : QStringLiteral("env=prod")};
        QString error;
        QVERIFY2(m_window->document()->saveItem(before, after, &error), qPrintable(error));
    }
    QVERIFY(view.rebuild());
    QCOMPARE(groupBy->count(), 2);
    QCOMPARE(groupBy->itemText(1), QStringLiteral("tag env"));
    QVERIFY(groupBy->isEnabled());
    groupBy->setCurrentIndex(1);
    Q_EMIT groupBy->activated(1);
    QCOMPARE(view.servicesGrouping(), QStringLiteral("env"));
    QStringList shown;
    for (const ChartEntry &e : view.shownEntries(DashboardView::Chart::ServicesByStatus))
        shown << QStringLiteral("%1=%2").arg(e.label).arg(e.count());
    QCOMPARE(shown, (QStringList{QStringLiteral("prod=2"), QStringLiteral("staging=1"), QStringLiteral("(none)=12")}));
    QCOMPARE(view.chartView(DashboardView::Chart::ServicesByStatus)->chart()->title(),
             QStringLiteral("Services by env"));
    // A click selects what the bar counts.
    QSignalSpy activated(&view, &DashboardView::itemsActivated);
    view.activate(DashboardView::Chart::ServicesByStatus, 1);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).value<QVector<qint64>>(),
             QVector<qint64>{itemId(QStringLiteral("planet.python.org"))});
    QCOMPARE(activated.first().at(1).toString(), QStringLiteral("Services by env: staging"));
    shoot(&view, QStringLiteral("dashboard-by-tag"));
    // Back to status.
    view.setServicesGrouping(QString());
    QCOMPARE(groupBy->currentIndex(), 0);
    QCOMPARE(view.chartView(DashboardView::Chart::ServicesByStatus)->chart()->title(),
             QStringLiteral("Services by status"));
    // The last tag of the key gone: grouped by status again.
    view.setServicesGrouping(QStringLiteral("env"));
    while (m_window->undoStack()->canUndo())
        m_window->undoStack()->undo();
    QVERIFY(view.rebuild());
    QCOMPARE(view.servicesGrouping(), QString());
    QCOMPARE(groupBy->count(), 1);
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
