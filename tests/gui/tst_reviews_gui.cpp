// Reviews in the window, offscreen, with the store's clock injected: Confirm Ownership on
// a selection is one undo step that undo and redo take back and put back exactly; Confirm
// on a contact in the Contacts panel; Who to Contact says "overdue" for an old confirmation
// (in words, in amber) and how long ago each was confirmed; read-only disables it all; the
// Roles tab; the dashboard's freshness chart selects its items.

#include "ContactDirectoryPanel.h"
#include "DashboardView.h"
#include "GuiSupport.h"
#include "InventoryDocument.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StatusesAndLinkTypesDialog.h"
#include "Store.h"
#include "TestSupport.h"
#include "WhoToContactPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace steward;

namespace {

const QDateTime kNow(QDate(2027, 3, 1), QTime(10, 0), Qt::UTC);

} // namespace

class TestReviewsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void confirmOnASelectionIsOneUndoStep();
    void whoToContactSaysOverdue();
    void confirmAContactFromThePanel();
    void readOnlyDisablesConfirm();
    void rolesTab();
    void freshnessChartSelectsItsItems();

private:
    bool openExample();
    /// With STEWARD_SHOTS set to a folder, saves @p widget's picture there as @p name.
    static void shoot(QWidget *widget, const QString &name);
    Store &store() const { return *m_window->store(); }
    qint64 itemId(const QString &name) const
    {
        return test::must(store().findItemsByName(name, test::readError())).first().id;
    }
    qint64 contactId(const QString &name) const
    {
        return test::must(store().findContactsByName(name, test::readError())).first().id;
    }
    /// Sets every assignment of @p item to have been confirmed @p daysAgo before kNow by bob
    /// (as an undo would: not a new confirmation).
    void age(const QString &item, int daysAgo);
    /// "contact: when by whom" for every assignment of @p item, in order.
    QStringList confirmationsOf(const QString &item) const;
    /// The confirmation line of each card Who to Contact shows, by contact name.
    QHash<QString, QLabel *> confirmationLabels() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestReviewsGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(openExample());
    store().setClock([] { return kNow; });
    store().setActor(QStringLiteral("carol"));
}

void TestReviewsGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestReviewsGui::openExample()
{
    QString error;
    if (!m_window->newFile(test::scratchInventory(*m_dir, QStringLiteral("example")), true, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

void TestReviewsGui::shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("STEWARD_SHOTS");
    if (folder.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

void TestReviewsGui::age(const QString &item, int daysAgo)
{
    for (Assignment a : test::must(store().assignments(itemId(item), test::readError()))) {
        a.confirmedAt = kNow.addDays(-daysAgo);
        a.confirmedBy = QStringLiteral("bob");
        QString error;
        QVERIFY2(store().updateAssignment(a, &error, Store::Confirmation::AsGiven), qPrintable(error));
    }
}

QStringList TestReviewsGui::confirmationsOf(const QString &item) const
{
    QStringList list;
    for (const Assignment &a : test::must(store().assignments(itemId(item), test::readError())))
        list << QStringLiteral("%1: %2 by %3")
                    .arg(test::must(store().contact(a.contactId, test::readError())).name,
                         a.confirmedAt.isValid() ? a.confirmedAt.toString(Qt::ISODateWithMs) : QStringLiteral("never"),
                         a.confirmedBy);
    return list;
}

QHash<QString, QLabel *> TestReviewsGui::confirmationLabels() const
{
    QHash<QString, QLabel *> labels;
    const auto cards = m_window->whoToContactPanel()->findChildren<QFrame *>(QStringLiteral("contactCardFrame"));
    for (QFrame *card : cards) {
        auto *name = card->findChild<QLabel *>(QStringLiteral("contactNameLabel"));
        auto *confirmed = card->findChild<QLabel *>(QStringLiteral("contactConfirmationLabel"));
        if (name && confirmed)
            labels.insert(name->property("contactName").toString(), confirmed);
    }
    return labels;
}

void TestReviewsGui::confirmOnASelectionIsOneUndoStep()
{
    age(QStringLiteral("PyPI"), 400);
    age(QStringLiteral("docs.python.org"), 10);
    // One of them never confirmed: undo must put "never" back, not a date.
    Assignment never = test::must(store().assignments(itemId(QStringLiteral("PyPI")), test::readError())).first();
    never.confirmedAt = QDateTime();
    never.confirmedBy.clear();
    QString error;
    QVERIFY2(store().updateAssignment(never, &error, Store::Confirmation::AsGiven), qPrintable(error));
    const QStringList pypiBefore = confirmationsOf(QStringLiteral("PyPI"));
    const QStringList docsBefore = confirmationsOf(QStringLiteral("docs.python.org"));
    m_window->selectItems({itemId(QStringLiteral("PyPI")), itemId(QStringLiteral("docs.python.org"))});
    QUndoStack *undo = m_window->undoStack();
    const int steps = undo->count();
    auto *confirm = m_window->findChild<QAction *>(QStringLiteral("confirmOwnershipAction"));
    QVERIFY(confirm && confirm->isEnabled());
    QCOMPARE(confirm->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    // In the tree's context menu too.
    QVERIFY(m_window->treeView()->actions().contains(confirm));
    confirm->trigger();
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Confirm Ownership of 2 Items"));
    const QString stamp = kNow.toString(Qt::ISODateWithMs);
    const QStringList pypiAfter = confirmationsOf(QStringLiteral("PyPI"));
    const QStringList docsAfter = confirmationsOf(QStringLiteral("docs.python.org"));
    QCOMPARE(pypiAfter.size(), 3);
    for (const QString &line : pypiAfter + docsAfter)
        QVERIFY2(line.endsWith(stamp + QStringLiteral(" by carol")), qPrintable(line));
    // One batch in the history for both items.
    const QVector<HistoryEntry> history = test::must(store().history(0, 5, test::readError()));
    QCOMPARE(history.at(0).batchId, history.at(4).batchId);
    QCOMPARE(history.at(0).label, QStringLiteral("Confirm Ownership of 2 Items"));

    // The clock moves on: undo puts back exactly what was, redo the same stamp; twice.
    store().setClock([] { return kNow.addDays(3); });
    for (int round = 0; round < 2; ++round) {
        undo->undo();
        QCOMPARE(confirmationsOf(QStringLiteral("PyPI")), pypiBefore);
        QCOMPARE(confirmationsOf(QStringLiteral("docs.python.org")), docsBefore);
        QVERIFY(pypiBefore.first().contains(QStringLiteral(": never by ")));
        undo->redo();
        QCOMPARE(confirmationsOf(QStringLiteral("PyPI")), pypiAfter);
        QCOMPARE(confirmationsOf(QStringLiteral("docs.python.org")), docsAfter);
    }
    QCOMPARE(undo->count(), steps + 1);

    // Nothing to confirm: said, and no step.
    Item lonely;
    lonely.kind = ItemKind::Service;
    lonely.name = QStringLiteral("lonely.python.org");
    lonely.parentId = itemId(QStringLiteral("Python Software Foundation"));
    QVERIFY(store().createItem(lonely, &error));
    QVERIFY(!m_window->document()->confirmItems({lonely.id}, &error));
    QCOMPARE(error, QStringLiteral("lonely.python.org has nobody of its own to confirm."));
    QCOMPARE(undo->count(), steps + 1);
}

void TestReviewsGui::whoToContactSaysOverdue()
{
    // PyPI's maintainers confirmed 14 months ago (overdue: 180 days); docs.python.org's owners
    // last week. The escalations (inherited) were confirmed when the example was made.
    age(QStringLiteral("PyPI"), 426);
    age(QStringLiteral("docs.python.org"), 7);
    age(QStringLiteral("Python Software Foundation"), 20);
    QVERIFY(m_window->selectItemByName(QStringLiteral("PyPI")));
    QHash<QString, QLabel *> labels = confirmationLabels();
    QVERIFY(labels.contains(QStringLiteral("Donald Stufft")));
    QLabel *donald = labels.value(QStringLiteral("Donald Stufft"));
    // In words, not only in colour; when and by whom in the tool-tip.
    QVERIFY2(donald->text().contains(QStringLiteral("overdue")), qPrintable(donald->text()));
    QVERIFY2(donald->text().contains(QStringLiteral("confirmed 14 months ago")), qPrintable(donald->text()));
    QVERIFY2(donald->text().contains(QStringLiteral("color:#a15c00")), qPrintable(donald->text()));
    QVERIFY2(donald->toolTip().contains(kNow.addDays(-426).toString(QStringLiteral("yyyy-MM-dd"))),
             qPrintable(donald->toolTip()));
    QVERIFY2(donald->toolTip().contains(QStringLiteral("by bob")), qPrintable(donald->toolTip()));
    QVERIFY2(donald->toolTip().contains(QStringLiteral("every 180 days")), qPrintable(donald->toolTip()));
    QLabel *escalation = labels.value(QStringLiteral("infrastructure-staff@python.org"));
    QVERIFY(escalation);
    QCOMPARE(escalation->text(), QStringLiteral("<span style=\"color:#666\">confirmed 2 weeks ago</span>"));
    shoot(m_window->whoToContactPanel(), QStringLiteral("review-who-to-contact-overdue"));

    // Confirmed: no longer overdue, said at once.
    QVERIFY(m_window->document()->confirmItems({itemId(QStringLiteral("PyPI"))}, nullptr));
    labels = confirmationLabels();
    QVERIFY(!labels.value(QStringLiteral("Donald Stufft"))->text().contains(QStringLiteral("overdue")));
    QVERIFY2(labels.value(QStringLiteral("Donald Stufft"))->text().contains(QStringLiteral("confirmed today")),
             qPrintable(labels.value(QStringLiteral("Donald Stufft"))->text()));

    // Never confirmed: "never confirmed", and overdue.
    m_window->undoStack()->undo();
    Assignment a = test::must(store().assignments(itemId(QStringLiteral("PyPI")), test::readError())).first();
    a.confirmedAt = QDateTime();
    a.confirmedBy.clear();
    QVERIFY(store().updateAssignment(a, nullptr, Store::Confirmation::AsGiven));
    const QString name = test::must(store().contact(a.contactId, test::readError())).name;
    QLabel *neverLabel = confirmationLabels().value(name);
    QVERIFY(neverLabel);
    QVERIFY2(neverLabel->text().contains(QStringLiteral("overdue")) &&
                 neverLabel->text().contains(QStringLiteral("never confirmed")),
             qPrintable(neverLabel->text()));

    // A role never reviewed: never overdue, however old.
    QString error;
    QVERIFY2(store().defineRole(QStringLiteral("maintainer"), std::nullopt, &error), qPrintable(error));
    for (QLabel *label : confirmationLabels())
        QVERIFY2(!label->text().contains(QStringLiteral("overdue")), qPrintable(label->text()));
}

void TestReviewsGui::confirmAContactFromThePanel()
{
    age(QStringLiteral("docs.python.org"), 300);
    age(QStringLiteral("hg.python.org"), 300);
    ContactDirectoryPanel *directory = m_window->contactDirectoryPanel();
    directory->reload();
    QVERIFY(directory->selectContact(contactId(QStringLiteral("Georg Brandl"))));
    auto *button = directory->findChild<QPushButton *>(QStringLiteral("confirmContactButton"));
    QVERIFY(button && button->isEnabled());
    const int steps = m_window->undoStack()->count();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Confirm the Assignments of Georg Brandl"));
    const QString stamp = kNow.toString(Qt::ISODateWithMs);
    // Georg's two, and nobody else's.
    for (const QString &item : {QStringLiteral("docs.python.org"), QStringLiteral("hg.python.org")}) {
        for (const QString &line : confirmationsOf(item)) {
            QCOMPARE(line.startsWith(QStringLiteral("Georg Brandl:")),
                     line.endsWith(stamp + QStringLiteral(" by carol")));
        }
    }
    m_window->undoStack()->undo();
    for (const QString &line :
         confirmationsOf(QStringLiteral("docs.python.org")) + confirmationsOf(QStringLiteral("hg.python.org")))
        QVERIFY2(line.endsWith(kNow.addDays(-300).toString(Qt::ISODateWithMs) + QStringLiteral(" by bob")),
                 qPrintable(line));
    // The Contacts menu's action does the same for the contact selected there.
    auto *action = m_window->findChild<QAction *>(QStringLiteral("confirmContactAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Confirm the Assignments of Georg Brandl"));
}

void TestReviewsGui::readOnlyDisablesConfirm()
{
    const QString location = m_window->location();
    QString error;
    QVERIFY2(m_window->openLocation(location, &error, Database::OpenMode::ReadOnly), qPrintable(error));
    QVERIFY(m_window->isReadOnly());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("confirmOwnershipAction"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("confirmContactAction"))->isEnabled());
    ContactDirectoryPanel *directory = m_window->contactDirectoryPanel();
    directory->reload();
    QVERIFY(directory->selectContact(contactId(QStringLiteral("Georg Brandl"))));
    QVERIFY(!directory->findChild<QPushButton *>(QStringLiteral("confirmContactButton"))->isEnabled());
    // The document refuses as well, with the reason; nothing written.
    const QStringList before = confirmationsOf(QStringLiteral("PyPI"));
    QVERIFY(!m_window->document()->confirmItems({itemId(QStringLiteral("PyPI"))}, &error));
    QVERIFY2(error.contains(QStringLiteral("read")), qPrintable(error));
    QVERIFY(!m_window->document()->confirmContact(contactId(QStringLiteral("Georg Brandl")), &error));
    QCOMPARE(confirmationsOf(QStringLiteral("PyPI")), before);
}

void TestReviewsGui::rolesTab()
{
    StatusesAndLinkTypesDialog dialog(store(), m_window.get());
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("typesTabWidget"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    QCOMPARE(tabs->tabText(1).remove(QLatin1Char('&')), QStringLiteral("Roles"));
    dialog.show();
    auto *roles = dialog.findChild<QTableWidget *>(QStringLiteral("rolesTableWidget"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("roleNameLineEdit"));
    auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("reviewDaysSpinBox"));
    auto *never = dialog.findChild<QCheckBox *>(QStringLiteral("neverReviewedCheckBox"));
    auto *define = dialog.findChild<QPushButton *>(QStringLiteral("defineRoleButton"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeRoleButton"));
    QVERIFY(roles && name && days && never && define && remove);
    QCOMPARE(roles->rowCount(), 5);
    QCOMPARE(roles->item(3, 1)->text(), QStringLiteral("every 90 days"));
    // A built-in role: its interval can change, it cannot be removed.
    roles->selectRow(0);
    QCOMPARE(name->text(), QStringLiteral("owner"));
    QCOMPARE(days->value(), 180);
    QVERIFY(!remove->isEnabled());
    days->setValue(120);
    QTest::mouseClick(define, Qt::LeftButton);
    QCOMPARE(dialog.roleMessage(), QStringLiteral("Assignments as owner are to be confirmed every 120 days."));
    QCOMPARE(test::must(ReviewIntervals::load(store(), test::readError())).daysFor(QStringLiteral("owner")),
             std::optional<int>(120));
    // One's own, never reviewed; then removed.
    name->setText(QStringLiteral("on-call"));
    never->setChecked(true);
    QVERIFY(!days->isEnabled());
    QTest::mouseClick(define, Qt::LeftButton);
    QCOMPARE(roles->rowCount(), 6);
    QCOMPARE(roles->item(5, 1)->text(), QStringLiteral("never"));
    shoot(&dialog, QStringLiteral("review-roles-tab"));
    roles->selectRow(5);
    QVERIFY(never->isChecked());
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(roles->rowCount(), 5);
    // Refused: said under the list.
    name->setText(QStringLiteral("  "));
    QTest::mouseClick(define, Qt::LeftButton);
    QCOMPARE(dialog.roleMessage(), QStringLiteral("A role needs a name."));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("roleMessageLabel"))->isVisibleTo(&dialog));
}

void TestReviewsGui::freshnessChartSelectsItsItems()
{
    age(QStringLiteral("PyPI"), 400);
    age(QStringLiteral("docs.python.org"), 170);
    age(QStringLiteral("Python Software Foundation"), 1);
    m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"))->trigger();
    auto *dashboard = m_window->findChild<DashboardView *>(QStringLiteral("dashboardView"));
    QVERIFY(dashboard && dashboard->isVisible());
    QVERIFY(dashboard->rebuild());
    using C = DashboardView::Chart;
    const QVector<ChartEntry> &shown = dashboard->shownEntries(C::OwnershipFreshness);
    QStringList keys;
    for (const ChartEntry &e : shown)
        keys << QStringLiteral("%1=%2").arg(e.key).arg(e.count());
    // Fresh: every other item with assignments (the example was made "now").
    QCOMPARE(keys,
             (QStringList{QStringLiteral("fresh=12"), QStringLiteral("due-soon=1"), QStringLiteral("overdue=1")}));
    shoot(dashboard, QStringLiteral("review-dashboard"));
    QSignalSpy activated(dashboard, &DashboardView::itemsActivated);
    dashboard->activate(C::OwnershipFreshness, 2);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(1).toString(), QStringLiteral("Ownership freshness: overdue"));
    QCOMPARE(m_window->selectedItemIds(), QVector<qint64>{itemId(QStringLiteral("PyPI"))});
    dashboard->activate(C::OwnershipFreshness, 1);
    QCOMPARE(m_window->selectedItemIds(), QVector<qint64>{itemId(QStringLiteral("docs.python.org"))});
    // Confirming PyPI follows (the dashboard reads again after a change).
    QVERIFY(m_window->document()->confirmItems({itemId(QStringLiteral("PyPI"))}, nullptr));
    QVERIFY(dashboard->rebuild());
    QCOMPARE(dashboard->data().ownershipFreshness.find(QStringLiteral("overdue"))->count(), 0);
}

QTEST_MAIN(TestReviewsGui)
#include "tst_reviews_gui.moc"
