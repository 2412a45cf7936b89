// The window's leavers: What If They Leave… on a contact (the Contacts panel's button, the
// Contacts menu), its answer, Hand Over… from it (only the rows selected) and from the
// menu (everything, teams included), one undo step each, a refusal when someone changed
// something meanwhile, and a read-only inventory, where only the answer is offered.

#include "ContactDirectoryPanel.h"
#include "DepartureDialog.h"
#include "GuiSupport.h"
#include "HandoverDialog.h"
#include "InventoryDocument.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace steward;

class TestLeaversGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void departureFromTheContactsPanel();
    void handOverTheSelectedRowsIsOneUndoStep();
    void handOverEverythingFromTheMenu();
    void handOverRefusedWhenChangedMeanwhile();
    void readOnlyOffersOnlyTheAnswer();

private:
    bool openExample(Database::OpenMode mode = Database::OpenMode::ReadWrite);
    qint64 contactId(const QString &name) const
    {
        return test::must(m_window->store()->findContactsByName(name, test::readError())).value(0).id;
    }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    QStringList rowsOf(const DepartureDialog *dialog) const;
    /// Saves @p widget as NAME.png in $STEWARD_SCREENSHOT_DIR, when set.
    static void shoot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_location;
};

void TestLeaversGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("steward.ini")));
    m_settings->setValue(Settings::Key::BackupsKept, 0);
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLeaversGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestLeaversGui::openExample(Database::OpenMode mode)
{
    QString error;
    m_location = test::scratchInventory(*m_dir, QStringLiteral("example"));
    bool opened = false;
    if (mode == Database::OpenMode::ReadWrite) {
        opened = m_window->newFile(m_location, true, &error);
    } else {
        MainWindow maker(*m_settings);
        opened = maker.newFile(m_location, true, &error);
        if (opened) {
            maker.close();
            opened = m_window->openLocation(m_location, &error, mode);
        }
    }
    if (!opened)
        qWarning("%s", qPrintable(error));
    return opened;
}

QStringList TestLeaversGui::rowsOf(const DepartureDialog *dialog) const
{
    QStringList rows;
    QTreeWidget *view = dialog->itemsView();
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = view->topLevelItem(i);
        rows << QStringLiteral("%1 | %2 | %3 | %4").arg(row->text(0), row->text(1), row->text(2), row->text(3));
    }
    return rows;
}

void TestLeaversGui::shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestLeaversGui::departureFromTheContactsPanel()
{
    QVERIFY(openExample());
    ContactDirectoryPanel *panel = m_window->contactDirectoryPanel();
    panel->reload();
    QVERIFY(panel->selectContact(contactId(QStringLiteral("Benjamin Peterson"))));
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("departureButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    bool seen = false;
    test::onNextModal<DepartureDialog>([&](DepartureDialog *dialog) {
        seen = true;
        QCOMPARE(dialog->windowTitle(), QStringLiteral("What If Benjamin Peterson Leaves?"));
        QCOMPARE(dialog->summaryLabel()->text(),
                 QStringLiteral("If Benjamin Peterson leaves, 2 of the 4 item(s) they cover would be left with too few "
                                "people. Benjamin Peterson is a member of Infrastructure team; handing over everything "
                                "takes them out."));
        QCOMPARE(rowsOf(dialog),
                 (QStringList{QStringLiteral("www.jython.org | escalation only | contact | "
                                             "infrastructure-staff@python.org (escalation: Infrastructure team); "
                                             "#python-infra (escalation: Infrastructure team)"),
                              QStringLiteral("docs.python.org | a single owner | owner | Georg Brandl (owner of "
                                             "docs.python.org)")}));
        QVERIFY(dialog->handOverButton()->isEnabled());
        shoot(dialog, QStringLiteral("leavers-departure-dialog"));
        // Double-click a row: its item is selected in the tree.
        QTreeWidgetItem *docs = dialog->itemsView()->topLevelItem(1);
        Q_EMIT dialog->itemsView()->itemActivated(docs, 0);
        dialog->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(seen);
    const auto docs =
        test::must(m_window->store()->findItemsByName(QStringLiteral("docs.python.org"), test::readError()));
    QCOMPARE(m_window->selectedItemIds(), QVector<qint64>{docs.value(0).id});
    // The Contacts menu has it too, and so has the list's own menu.
    QVERIFY(action(QStringLiteral("departureAction")));
    QVERIFY(panel->view()->actions().contains(action(QStringLiteral("departureAction"))));
    QVERIFY(panel->view()->actions().contains(action(QStringLiteral("handOverAction"))));
}

void TestLeaversGui::handOverTheSelectedRowsIsOneUndoStep()
{
    QVERIFY(openExample());
    Store &store = *m_window->store();
    const QStringList before = test::dumpInventory(m_location);
    QUndoStack *undo = m_window->undoStack();
    const int steps = undo->count();
    ContactDirectoryPanel *panel = m_window->contactDirectoryPanel();
    panel->reload();
    QVERIFY(panel->selectContact(contactId(QStringLiteral("Benjamin Peterson"))));
    bool handed = false;
    test::onNextModal<DepartureDialog>([&](DepartureDialog *dialog) {
        // Only docs.python.org, to Richard Jones.
        dialog->itemsView()->topLevelItem(1)->setSelected(true);
        QCOMPARE(dialog->selectedItemIds().size(), 1);
        test::onNextModal<HandoverDialog>([&](HandoverDialog *handover) {
            QVERIFY(handover->onlySelectedCheckBox()->isVisible());
            QVERIFY(handover->onlySelectedCheckBox()->isEnabled());
            QCOMPARE(handover->onlySelectedCheckBox()->text(), QStringLiteral("Only the 1 item(s) selected"));
            QPushButton *ok = handover->buttons()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QCOMPARE(handover->previewLabel()->text(), QStringLiteral("Choose who takes over."));
            handover->toComboBox()->setEditText(QStringLiteral("No Such Person"));
            QCOMPARE(handover->previewLabel()->text(),
                     QStringLiteral("There is no contact called \"No Such Person\"."));
            handover->toComboBox()->setEditText(QStringLiteral("richard jones"));
            QVERIFY(ok->isEnabled());
            // Everything: his four assignments... and his team.
            QVERIFY2(handover->previewLabel()->text().contains(
                         QStringLiteral("Benjamin Peterson leaves Infrastructure team.")),
                     qPrintable(handover->previewLabel()->text()));
            handover->onlySelectedCheckBox()->setChecked(true);
            QCOMPARE(
                handover->previewLabel()->text(),
                QStringLiteral("1 assignment(s) move to Richard Jones.\nBenjamin Peterson stays in 1 team(s): only "
                               "handing over everything takes them out of their teams.\nIt is one step: Edit > Undo "
                               "takes all of it back."));
            // No role ticked: nothing to hand over.
            QListWidget *roles = handover->rolesList();
            QCOMPARE(roles->count(), 2); // contact, owner
            for (int i = 0; i < roles->count(); ++i)
                roles->item(i)->setCheckState(Qt::Unchecked);
            QCOMPARE(handover->previewLabel()->text(), QStringLiteral("Choose at least one role."));
            QVERIFY(!ok->isEnabled());
            for (int i = 0; i < roles->count(); ++i)
                roles->item(i)->setCheckState(Qt::Checked);
            shoot(handover, QStringLiteral("leavers-handover-dialog"));
            QTest::mouseClick(ok, Qt::LeftButton);
            handed = true;
        });
        QTest::mouseClick(dialog->handOverButton(), Qt::LeftButton);
        // Read again: docs.python.org is no longer his.
        QCOMPARE(dialog->itemsView()->topLevelItemCount(), 1);
        QCOMPARE(dialog->itemsView()->topLevelItem(0)->text(0), QStringLiteral("www.jython.org"));
        dialog->reject();
    });
    m_window->showDeparture(contactId(QStringLiteral("Benjamin Peterson")));
    QVERIFY(handed);
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Hand over 1 of Benjamin Peterson's assignments to Richard Jones"));
    const QStringList after = test::dumpInventory(m_location);
    const auto docs =
        test::must(store.findItemsByName(QStringLiteral("docs.python.org"), test::readError())).value(0).id;
    QStringList owners;
    for (const Assignment &a : test::must(store.assignments(docs, test::readError())))
        owners << test::must(store.contact(a.contactId, test::readError())).name;
    QCOMPARE(owners, (QStringList{QStringLiteral("Richard Jones"), QStringLiteral("Georg Brandl")}));
    // Undo and redo, twice: the exact rows each time.
    for (int round = 0; round < 2; ++round) {
        undo->undo();
        QCOMPARE(test::dumpInventory(m_location), before);
        undo->redo();
        QCOMPARE(test::dumpInventory(m_location), after);
    }
}

void TestLeaversGui::handOverEverythingFromTheMenu()
{
    QVERIFY(openExample());
    Store &store = *m_window->store();
    const QStringList before = test::dumpInventory(m_location);
    ContactDirectoryPanel *panel = m_window->contactDirectoryPanel();
    panel->reload();
    const qint64 ernest = contactId(QStringLiteral("Ernest W. Durbin III"));
    QVERIFY(panel->selectContact(ernest));
    QAction *handOver = action(QStringLiteral("handOverAction"));
    QVERIFY(handOver);
    QVERIFY(handOver->isEnabled());
    bool handed = false;
    test::onNextModal<HandoverDialog>([&](HandoverDialog *dialog) {
        // Opened from the menu: no rows to choose from.
        QVERIFY(!dialog->onlySelectedCheckBox()->isVisible());
        dialog->toComboBox()->setEditText(QStringLiteral("Noah Kantrowitz"));
        QCOMPARE(dialog->previewLabel()->text(),
                 QStringLiteral("1 assignment(s) move to Noah Kantrowitz.\nErnest W. Durbin III leaves Infrastructure "
                                "team.\nIt is one step: Edit > Undo takes all of it back."));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        handed = true;
    });
    handOver->trigger();
    QVERIFY(handed);
    QVERIFY(test::must(store.assignmentsOfContact(ernest, test::readError())).isEmpty());
    for (const TeamMember &m : test::must(store.memberships(ernest, test::readError())))
        QVERIFY(m.memberId != ernest);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Hand over Ernest W. Durbin III to Noah Kantrowitz"));
    m_window->undoStack()->undo();
    QCOMPARE(test::dumpInventory(m_location), before);
    QCOMPARE(test::must(store.teamMembers(contactId(QStringLiteral("Infrastructure team")), test::readError())).size(),
             6);
}

void TestLeaversGui::handOverRefusedWhenChangedMeanwhile()
{
    QVERIFY(openExample());
    Store &store = *m_window->store();
    const qint64 ernest = contactId(QStringLiteral("Ernest W. Durbin III"));
    const int steps = m_window->undoStack()->count();
    bool refused = false;
    test::onNextModal<HandoverDialog>([&](HandoverDialog *dialog) {
        dialog->toComboBox()->setEditText(QStringLiteral("Noah Kantrowitz"));
        QVERIFY(dialog->plan().has_value());
        // Someone else changes his PyPI assignment before OK.
        Assignment a = test::must(store.assignmentsOfContact(ernest, test::readError())).value(0);
        a.note = QStringLiteral("changed meanwhile");
        QString error;
        QVERIFY2(store.updateAssignment(a, &error), qPrintable(error));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->previewLabel()->text().startsWith(
                     QStringLiteral("Ernest W. Durbin III's assignments or teams changed since the hand-over")),
                 qPrintable(dialog->previewLabel()->text()));
        refused = true;
        // The plan is made again: OK now hands over what is there.
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    m_window->handOverAsking(ernest);
    QVERIFY(refused);
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    const auto noah =
        test::must(store.assignmentsOfContact(contactId(QStringLiteral("Noah Kantrowitz")), test::readError()));
    QCOMPARE(noah.size(), 1);
    QCOMPARE(noah.first().note, QStringLiteral("changed meanwhile"));
}

void TestLeaversGui::readOnlyOffersOnlyTheAnswer()
{
    QVERIFY(openExample(Database::OpenMode::ReadOnly));
    QVERIFY(m_window->isReadOnly());
    ContactDirectoryPanel *panel = m_window->contactDirectoryPanel();
    panel->reload();
    QVERIFY(panel->selectContact(contactId(QStringLiteral("Benjamin Peterson"))));
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("departureButton"))->isEnabled());
    QVERIFY(action(QStringLiteral("departureAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("handOverAction"))->isEnabled());
    const QStringList before = test::dumpInventory(m_location);
    bool seen = false;
    test::onNextModal<DepartureDialog>([&](DepartureDialog *dialog) {
        seen = true;
        QCOMPARE(dialog->itemsView()->topLevelItemCount(), 2);
        QVERIFY(!dialog->handOverButton()->isEnabled());
        dialog->reject();
    });
    action(QStringLiteral("departureAction"))->trigger();
    QVERIFY(seen);
    // Asked for anyway (a shortcut, a stale menu): refused by the document, nothing written.
    QString error;
    const auto plan = planHandover(*m_window->store(), contactId(QStringLiteral("Benjamin Peterson")),
                                   contactId(QStringLiteral("Georg Brandl")), {}, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(!m_window->document()->handOver(*plan, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(test::dumpInventory(m_location), before);
}

QTEST_MAIN(TestLeaversGui)
#include "tst_leavers_gui.moc"
