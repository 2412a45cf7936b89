// Cover in the window: Who to Contact says "covering until 15 Jan 2027" on a covering
// assignment and leaves out one that has ended; the ownership editor shows an ended
// row greyed with "ended 30 Nov 2026" until it is removed, edits the days (with a clear
// way to have none), refuses a cover that ends before it starts, and saves them as one
// undoable step. The day is the store's clock, set by the test.

#include "InventoryDocument.h"
#include "MainWindow.h"
#include "OptionalDateEdit.h"
#include "OwnershipDialog.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"
#include "WhoToContactPanel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace steward;

namespace {

enum Column
{
    ContactColumn,
    RoleColumn,
    PriorityColumn,
    FromColumn,
    UntilColumn,
    NoteColumn
};

} // namespace

class TestCoverGui final : public QObject
{
    Q_OBJECT

private:
    qint64 itemId(const QString &name) const
    {
        return test::must(m_window->store()->findItemsByName(name, test::readError())).first().id;
    }
    qint64 contactId(const QString &name) const
    {
        return test::must(m_window->store()->findContactsByName(name, test::readError())).first().id;
    }
    /// docs.python.org as the tests want it: Georg Brandl's ownership ended on 30 Nov 2026,
    /// Donald Stufft covers as owner until 15 Jan 2027; the day is 6 Dec 2026.
    bool prepare();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init();
    void cleanup();

    void whoToContactSaysUntilWhen();
    void editorGreysWhatHasEndedUntilRemoved();
    void editorSavesTheDaysAsOneStep();
};

void TestCoverGui::init()
{
    QLocale::setDefault(QLocale::c());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCoverGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestCoverGui::prepare()
{
    QString error;
    if (!m_window->newFile(test::scratchInventory(*m_dir, QStringLiteral("example")), true, &error)) {
        qWarning() << error;
        return false;
    }
    Store *store = m_window->store();
    store->setClock([] { return QDateTime(QDate(2026, 12, 6), QTime(12, 0)).toUTC(); });
    const qint64 docs = itemId(QStringLiteral("docs.python.org"));
    for (Assignment a : test::must(store->assignments(docs, test::readError()))) {
        if (a.contactId != contactId(QStringLiteral("Georg Brandl")))
            continue;
        a.validUntil = QDate(2026, 11, 30);
        if (!store->updateAssignment(a, &error)) {
            qWarning() << error;
            return false;
        }
    }
    Assignment cover;
    cover.itemId = docs;
    cover.contactId = contactId(QStringLiteral("Donald Stufft"));
    cover.validUntil = QDate(2027, 1, 15);
    cover.note = QStringLiteral("covering for Georg");
    if (!store->addAssignment(cover, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

void TestCoverGui::whoToContactSaysUntilWhen()
{
    QVERIFY(prepare());
    m_window->selectItem(itemId(QStringLiteral("docs.python.org")));
    const QVector<ResolvedContact> shown = m_window->whoToContactPanel()->contacts();
    QStringList names;
    for (const ResolvedContact &c : shown)
        names << c.contact.name;
    // Georg's has ended: not listed. Donald covers, by name after Benjamin.
    QCOMPARE(names.mid(0, 2), (QStringList{QStringLiteral("Benjamin Peterson"), QStringLiteral("Donald Stufft")}));
    QVERIFY(!names.contains(QStringLiteral("Georg Brandl")));
    const QList<QLabel *> reasons =
        m_window->whoToContactPanel()->findChildren<QLabel *>(QStringLiteral("contactReasonLabel"));
    QCOMPARE(reasons.size(), shown.size());
    QVERIFY2(!reasons.at(0)->text().contains(QStringLiteral("covering")), qPrintable(reasons.at(0)->text()));
    QVERIFY2(reasons.at(1)->text().contains(QStringLiteral("covering until 15 Jan 2027")),
             qPrintable(reasons.at(1)->text()));
    QVERIFY(WhoToContactPanel::plainText(shown.at(1)).contains(QStringLiteral("covering until 15 Jan 2027")));
    // The day after his last, the panel no longer lists him.
    m_window->store()->setClock([] { return QDateTime(QDate(2027, 1, 16), QTime(12, 0)).toUTC(); });
    m_window->selectItem(itemId(QStringLiteral("hg.python.org")));
    m_window->selectItem(itemId(QStringLiteral("docs.python.org")));
    names.clear();
    for (const ResolvedContact &c : m_window->whoToContactPanel()->contacts())
        names << c.contact.name;
    QVERIFY2(!names.contains(QStringLiteral("Donald Stufft")), qPrintable(names.join(u',')));
}

void TestCoverGui::editorGreysWhatHasEndedUntilRemoved()
{
    QVERIFY(prepare());
    const qint64 docs = itemId(QStringLiteral("docs.python.org"));
    OwnershipDialog dialog(*m_window->store(), docs, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("assignmentTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->horizontalHeaderItem(FromColumn)->text(), QStringLiteral("Valid from"));
    QCOMPARE(table->horizontalHeaderItem(UntilColumn)->text(), QStringLiteral("Valid until"));
    // Georg (row 1) has ended: greyed and says so; the others look as usual.
    QCOMPARE(dialog.coverState(0), QString());
    QCOMPARE(dialog.coverState(1), QStringLiteral("ended 30 Nov 2026"));
    QCOMPARE(dialog.coverState(2), QString());
    QCOMPARE(table->item(1, ContactColumn)->text(), QStringLiteral("Georg Brandl (ended 30 Nov 2026)"));
    QCOMPARE(table->item(2, ContactColumn)->text(), QStringLiteral("Donald Stufft"));
    const QColor grey = table->item(1, ContactColumn)->foreground().color();
    QVERIFY(table->item(1, ContactColumn)->font().italic());
    QVERIFY(!table->item(0, ContactColumn)->font().italic());
    QVERIFY(table->item(0, ContactColumn)->foreground().style() == Qt::NoBrush);
    QCOMPARE(grey, dialog.palette().color(QPalette::Disabled, QPalette::Text));
    QCOMPARE(table->cellWidget(1, RoleColumn)->palette().color(QPalette::ButtonText),
             dialog.palette().color(QPalette::Disabled, QPalette::ButtonText));
    // The preview leaves him out, and says Donald covers.
    QVERIFY2(!dialog.preview().join(u'\n').contains(QStringLiteral("Georg Brandl")),
             qPrintable(dialog.preview().join(u'\n')));
    auto *until = qobject_cast<OptionalDateEdit *>(table->cellWidget(1, UntilColumn));
    auto *from = qobject_cast<OptionalDateEdit *>(table->cellWidget(1, FromColumn));
    QVERIFY(until && from);
    QCOMPARE(until->date(), QDate(2026, 11, 30));
    QVERIFY(!from->date().isValid());
    QCOMPARE(from->dateEdit()->text(), QStringLiteral("none"));
    QVERIFY(!from->clearButton()->isEnabled());

    // Extended: listed again, no longer grey.
    until->setDate(QDate(2027, 3, 1));
    QCOMPARE(dialog.coverState(1), QString());
    QCOMPARE(table->item(1, ContactColumn)->text(), QStringLiteral("Georg Brandl"));
    QVERIFY(!table->item(1, ContactColumn)->font().italic());
    QVERIFY(dialog.preview().join(u'\n').contains(QStringLiteral("Georg Brandl")));
    // Not begun yet: greyed, saying when it starts.
    from->setDate(QDate(2027, 1, 2));
    QCOMPARE(dialog.coverState(1), QStringLiteral("starts 2 Jan 2027"));
    QVERIFY(!dialog.preview().join(u'\n').contains(QStringLiteral("Georg Brandl")));
    // The clear button: no day, no limit.
    QVERIFY(from->clearButton()->isEnabled());
    QTest::mouseClick(from->clearButton(), Qt::LeftButton);
    QVERIFY(!from->date().isValid());
    QCOMPARE(dialog.coverState(1), QString());
    // A last day before the first is refused.
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    from->setDate(QDate(2027, 4, 1));
    QVERIFY(!save->isEnabled());
    QVERIFY2(dialog.problem().contains(QStringLiteral("Row 2 (Georg Brandl): valid until is before valid from")),
             qPrintable(dialog.problem()));
    QTest::mouseClick(from->clearButton(), Qt::LeftButton);
    QVERIFY(save->isEnabled());
    // Back to ended, then removed: gone from the table.
    until->setDate(QDate(2026, 11, 30));
    QCOMPARE(dialog.coverState(1), QStringLiteral("ended 30 Nov 2026"));
    table->selectRow(1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeAssignmentButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(dialog.coverState(0), QString());
    QCOMPARE(dialog.coverState(1), QString());
}

void TestCoverGui::editorSavesTheDaysAsOneStep()
{
    QVERIFY(prepare());
    Store *store = m_window->store();
    const qint64 docs = itemId(QStringLiteral("docs.python.org"));
    const QStringList before = test::dumpInventory(m_window->location());
    OwnershipDialog dialog(*store, docs, m_window.get());
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("assignmentTable"));
    // Benjamin (row 0) from 1 Feb 2027; Donald's (row 2) end taken away.
    qobject_cast<OptionalDateEdit *>(table->cellWidget(0, FromColumn))->setDate(QDate(2027, 2, 1));
    QTest::mouseClick(qobject_cast<OptionalDateEdit *>(table->cellWidget(2, UntilColumn))->clearButton(),
                      Qt::LeftButton);
    QCOMPARE(dialog.coverState(0), QStringLiteral("starts 1 Feb 2027"));
    QString error;
    QVERIFY2(
        m_window->document()->saveOwnership(docs, dialog.loaded(), dialog.assignments(), dialog.newContacts(), &error),
        qPrintable(error));
    QCOMPARE(m_window->undoStack()->count(), 1);
    const auto cover = [&](const QString &contact) {
        for (const Assignment &a : test::must(store->assignments(docs, test::readError()))) {
            if (a.contactId == contactId(contact))
                return QPair<QDate, QDate>(a.validFrom, a.validUntil);
        }
        return QPair<QDate, QDate>();
    };
    QCOMPARE(cover(QStringLiteral("Benjamin Peterson")), (QPair<QDate, QDate>(QDate(2027, 2, 1), QDate())));
    QCOMPARE(cover(QStringLiteral("Donald Stufft")), (QPair<QDate, QDate>(QDate(), QDate())));
    QCOMPARE(cover(QStringLiteral("Georg Brandl")), (QPair<QDate, QDate>(QDate(), QDate(2026, 11, 30))));
    const QStringList after = test::dumpInventory(m_window->location());
    for (int twice = 0; twice < 2; ++twice) {
        m_window->undoStack()->undo();
        QCOMPARE(cover(QStringLiteral("Benjamin Peterson")), (QPair<QDate, QDate>(QDate(), QDate())));
        QCOMPARE(cover(QStringLiteral("Donald Stufft")), (QPair<QDate, QDate>(QDate(), QDate(2027, 1, 15))));
        QCOMPARE(test::dumpInventory(m_window->location()), before);
        m_window->undoStack()->redo();
        QCOMPARE(cover(QStringLiteral("Benjamin Peterson")), (QPair<QDate, QDate>(QDate(2027, 2, 1), QDate())));
        QCOMPARE(test::dumpInventory(m_window->location()), after);
    }
}

QTEST_MAIN(TestCoverGui)
#include "tst_cover_gui.moc"
