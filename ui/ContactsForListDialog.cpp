#include "ContactsForListDialog.h"

#include "ContactsForListCsv.h"
#include "Reports.h"
#include "Settings.h"
#include "Store.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {
namespace {

/// How long the answer waits after the last keystroke.
constexpr int TypingPauseMs = 300;
/// The unmatched lines shown: a list of a hundred thousand helps nobody.
constexpr int MaxUnmatchedShown = 1000;
/// What is shown of a long line.
constexpr int MaxLineShown = 200;
/// A file with more, or with a longer line, is looked up without being shown: a text edit
/// takes seconds to lay out a line of megabytes.
constexpr qsizetype MaxFileShown = 2 * 1024 * 1024;
constexpr qsizetype MaxFileLineShown = 20000;
const char *const kPlaceholder =
    QT_TRANSLATE_NOOP("steward::ContactsForListDialog", "albatross is down\nhttps://docs.python.org/3/ returns 502\n…");

bool tooLongToShow(const QString &text)
{
    if (text.size() > MaxFileShown)
        return true;
    for (qsizetype pos = 0; pos < text.size();) {
        if (ContactsForList::nextLine(text, &pos).size() > MaxFileLineShown)
            return true;
    }
    return false;
}

QString shortLine(QStringView line)
{
    const QString text = line.trimmed().toString();
    return text.size() > MaxLineShown ? text.left(MaxLineShown) + QChar(0x2026) : text;
}

QString addressText(const Contact &contact)
{
    QStringList list;
    for (const Address &a : contact.addresses)
        list << a.value;
    return list.join(QStringLiteral(", "));
}

} // namespace

ContactsForListDialog::ContactsForListDialog(Store &store, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_store(&store)
    , m_settings(settings)
    , m_list(store)
{
    setObjectName(QStringLiteral("contactsForListDialog"));
    setWindowTitle(tr("Contacts for a List"));

    auto *intro = new QLabel(tr("Paste lines from a vulnerability scan, an outage notice or a maintenance mail: "
                                "every host name, URL, service name or alias in them is looked up, and each "
                                "contact is listed once with the items it covers and why."),
                             this);
    intro->setWordWrap(true);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("listTextEdit"));
    m_text->setAccessibleName(tr("List"));
    m_text->setAccessibleDescription(tr("The lines of a scan, an outage notice or a maintenance mail"));
    m_text->setPlaceholderText(tr(kPlaceholder));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *open = new QPushButton(tr("&Open…"), this);
    open->setObjectName(QStringLiteral("openButton"));
    open->setToolTip(tr("Read the list from a text file"));
    m_everyone = new QCheckBox(tr("&Everyone, not only the first to call"), this);
    m_everyone->setObjectName(QStringLiteral("everyoneCheckBox"));
    m_everyone->setToolTip(tr("List every contact of each item down to the escalation, "
                              "not only the nearest who are responsible"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(intro);
    topLayout->addWidget(m_text, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(open);
    row->addWidget(m_everyone);
    row->addWidget(m_summary, 1);
    topLayout->addLayout(row);

    m_contacts = new QTreeWidget(this);
    m_contacts->setObjectName(QStringLiteral("contactsTreeWidget"));
    m_contacts->setAccessibleName(tr("Whom to tell"));
    m_contacts->setHeaderLabels({tr("Contact"), tr("Addresses"), tr("Items"), tr("Why")});
    m_contacts->setRootIsDecorated(true);
    m_contacts->setUniformRowHeights(true);
    m_contacts->setAlternatingRowColors(true);
    m_contacts->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_contacts->header()->setStretchLastSection(true);

    m_unmatchedLabel = new QLabel(this);
    m_unmatchedLabel->setObjectName(QStringLiteral("unmatchedLabel"));
    m_unmatchedLabel->setWordWrap(true);
    m_unmatched = new QListWidget(this);
    m_unmatched->setObjectName(QStringLiteral("unmatchedListWidget"));
    m_unmatched->setAccessibleName(tr("Lines that name nothing in the inventory"));
    m_unmatched->setUniformItemSizes(true);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_unmatchedLabel);
    bottomLayout->addWidget(m_unmatched, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("contactsForListSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_contacts);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy as E-mail To Line"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyEmailsButton"));
    m_copy->setToolTip(tr("Copy \"Name <address>, …\" of every contact with an e-mail address, for a mail's To field"));
    m_save = buttons->addButton(tr("&Save as CSV…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveCsvButton"));
    m_save->setToolTip(tr("One row per contact, with its addresses, items and why: a file for a mail merge"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_timer.setSingleShot(true);
    m_timer.setInterval(TypingPauseMs);
    connect(&m_timer, &QTimer::timeout, this, &ContactsForListDialog::refresh);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        // Typing replaces a file that was too long to show.
        if (!m_fileText.isEmpty()) {
            m_fileText.clear();
            m_text->setPlaceholderText(tr(kPlaceholder));
        }
        m_timer.start();
    });
    connect(m_everyone, &QCheckBox::toggled, this, &ContactsForListDialog::refresh);
    connect(open, &QPushButton::clicked, this, &ContactsForListDialog::chooseFile);
    connect(m_copy, &QPushButton::clicked, this, &ContactsForListDialog::copyEmailToLine);
    connect(m_save, &QPushButton::clicked, this, &ContactsForListDialog::chooseCsvFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Whatever changes the inventory changes the answer.
    for (auto signal : {&Store::ownershipChanged, &Store::bulkChanged})
        connect(&store, signal, this, &ContactsForListDialog::inventoryChanged);
    for (auto signal : {&Store::itemCreated, &Store::itemUpdated, &Store::itemRemoved})
        connect(&store, signal, this, &ContactsForListDialog::inventoryChanged);

    const QSize remembered = m_settings ? m_settings->value(Settings::Key::ContactsForListSize).toSize() : QSize();
    resize(remembered.isValid() ? remembered : QSize(960, 760));
    showResult();
}

ContactsForListDialog::~ContactsForListDialog() = default;

void ContactsForListDialog::done(int result)
{
    if (m_settings)
        m_settings->setValue(Settings::Key::ContactsForListSize, size());
    QDialog::done(result);
}

void ContactsForListDialog::setListText(const QString &text)
{
    m_text->setPlainText(text);
    m_timer.stop();
    refresh();
}

QString ContactsForListDialog::listText() const
{
    return m_fileText.isEmpty() ? m_text->toPlainText() : m_fileText;
}

void ContactsForListDialog::inventoryChanged()
{
    m_list.invalidate();
    if (!listText().isEmpty())
        m_timer.start();
}

void ContactsForListDialog::refresh()
{
    m_timer.stop();
    if (!m_store)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString text = listText();
    auto found =
        m_list.find(text, &m_error,
                    m_everyone->isChecked() ? ContactsForList::Scope::Everyone : ContactsForList::Scope::FirstToCall);
    QApplication::restoreOverrideCursor();
    m_result = found ? std::move(*found) : ContactsForListResult();
    if (found)
        m_error.clear();
    showResult();
}

void ContactsForListDialog::showResult()
{
    m_contacts->clear();
    const QHash<qint64, QVector<int>> lines = m_result.linesByItem();
    QList<QTreeWidgetItem *> rows;
    const auto itemText = [&lines](const ListContact::Covered &item) {
        const QVector<int> at = lines.value(item.itemId);
        const QString where = at.size() == 1 ? tr("line %1") : tr("lines %1");
        return tr("%1 (%2)").arg(item.itemName, where.arg(ContactsForList::lineRanges(at, 5)));
    };
    for (const ListContact &c : std::as_const(m_result.contacts)) {
        // One item: on the contact's row; several: a row each under it.
        const bool one = c.items.size() == 1;
        auto *top = new QTreeWidgetItem({c.contact.name, addressText(c.contact),
                                         one ? itemText(c.items.constFirst()) : tr("%1 items").arg(c.items.size()),
                                         c.reasons().join(QStringLiteral("; "))});
        // Every address, each kind in the window's language (the CSV keeps its keys).
        QStringList addresses;
        for (const Address &a : c.contact.addresses)
            addresses << (a.label.isEmpty() ? tr("%1: %2").arg(keys::addressKindLabel(a.kind), a.value)
                                            : tr("%1: %2 (%3)").arg(keys::addressKindLabel(a.kind), a.value, a.label));
        top->setToolTip(1, addresses.join(QLatin1Char('\n')));
        top->setData(0, Qt::UserRole, c.contact.id);
        for (qsizetype i = 0; !one && i < c.items.size(); ++i) {
            const ListContact::Covered &item = c.items.at(i);
            auto *child = new QTreeWidgetItem({QString(), QString(), itemText(item), item.reason});
            child->setData(0, Qt::UserRole, item.itemId);
            top->addChild(child);
        }
        rows << top;
    }
    m_contacts->addTopLevelItems(rows);
    // Few contacts: open, to show every item and why; many: closed, one row each.
    if (m_result.contacts.size() <= 50)
        m_contacts->expandAll();
    for (int column = 0; column < 3; ++column)
        m_contacts->resizeColumnToContents(column);
    for (int column = 0; column < 3; ++column)
        m_contacts->setColumnWidth(column, std::min(m_contacts->columnWidth(column), 320));

    m_unmatched->clear();
    if (!m_result.unmatched.isEmpty()) {
        const QString all = listText();
        QStringList shown;
        // The lines, read up to the last one shown.
        qsizetype pos = 0;
        int number = 0;
        for (int i = 0; i < m_result.unmatched.size() && i < MaxUnmatchedShown && pos < all.size();) {
            const QStringView line = ContactsForList::nextLine(all, &pos);
            if (++number == m_result.unmatched.at(i)) {
                shown << tr("%1: %2").arg(number).arg(shortLine(line));
                ++i;
            }
        }
        if (m_result.unmatched.size() > MaxUnmatchedShown)
            shown << tr("… and %1 more").arg(m_result.unmatched.size() - MaxUnmatchedShown);
        m_unmatched->addItems(shown);
        m_unmatchedLabel->setText(
            tr("Nothing matched on lines %1:").arg(ContactsForList::lineRanges(m_result.unmatched, 20)));
    } else {
        m_unmatchedLabel->setText(m_result.lineCount > 0 ? tr("Every line with a name in it matched something.")
                                                         : tr("Lines that match nothing will be listed here."));
    }

    if (!m_error.isEmpty()) {
        m_summary->setText(tr("Cannot look the list up: %1").arg(m_error));
    } else if (m_result.lineCount == 0) {
        m_summary->clear();
    } else {
        const auto count = [](qsizetype n, const QString &one, const QString &many) {
            return n == 1 ? one : many.arg(n);
        };
        QString summary = tr("%1 of %2 named %3; %4.")
                              .arg(m_result.matched.size())
                              .arg(count(m_result.lineCount, tr("1 line"), tr("%1 lines")),
                                   count(m_result.items.size(), tr("1 item"), tr("%1 items")),
                                   count(m_result.contacts.size(), tr("1 contact"), tr("%1 contacts")));
        if (!m_result.nobodyToContact.isEmpty()) {
            QStringList names;
            for (qint64 id : std::as_const(m_result.nobodyToContact))
                names << m_result.names.value(id);
            summary += u' ' + tr("Nobody to contact about %1.").arg(names.join(QStringLiteral(", ")));
        }
        m_summary->setText(summary);
    }
    m_copy->setEnabled(!m_result.contacts.isEmpty());
    m_save->setEnabled(!m_result.contacts.isEmpty());
    m_status->clear();
}

void ContactsForListDialog::copyEmailToLine()
{
    QStringList without;
    const QString line = ContactsForList::emailToLine(m_result.contacts, &without);
    QGuiApplication::clipboard()->setText(line);
    QString status =
        line.isEmpty() ? tr("No contact has an e-mail address; nothing was copied.") : tr("Copied the To line.");
    if (!line.isEmpty() && !without.isEmpty())
        status += u' ' + tr("No e-mail address: %1.").arg(without.join(QStringLiteral(", ")));
    m_status->setText(status);
}

bool ContactsForListDialog::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    if (file.size() > ContactsForList::MaxListBytes) {
        *error = tr("%1 is longer than %2 MiB; a list is read whole.")
                     .arg(QFileInfo(path).fileName())
                     .arg(ContactsForList::MaxListBytes / (1024 * 1024));
        return false;
    }
    const QByteArray bytes = file.read(ContactsForList::MaxListBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const QString text = ContactsForList::decode(bytes);
    if (!tooLongToShow(text)) {
        setListText(text);
        return true;
    }
    {
        const QSignalBlocker quiet(m_text);
        m_text->clear();
    }
    m_fileText = text;
    m_text->setPlaceholderText(tr("%1 is too long to show here (%2 lines); its lines are looked up as they are. "
                                  "Type or paste to look up something else.")
                                   .arg(QFileInfo(path).fileName())
                                   .arg(text.count(u'\n') + (text.endsWith(u'\n') ? 0 : 1)));
    m_timer.stop();
    refresh();
    return true;
}

bool ContactsForListDialog::saveCsv(const QString &path, QString *error)
{
    // The reasons ("owner of docs.python.org") as written, whatever the window's language:
    // the list is looked up again with Steward's translations silent.
    QVector<ListContact> contacts = m_result.contacts;
    if (m_store && !listText().isEmpty()) {
        const SourceTextScope english;
        auto found = m_list.find(listText(), error,
                                 m_everyone->isChecked() ? ContactsForList::Scope::Everyone
                                                         : ContactsForList::Scope::FirstToCall);
        if (!found)
            return false;
        contacts = std::move(found->contacts);
    }
    return Reports::saveFile(
        path,
        [&contacts](QIODevice *device, QString *why) {
            CsvOptions options;
            options.formulaGuard = true; // for a spreadsheet or a mail merge, not for re-import
            return ContactsForListCsv::write(contacts, device, options, why);
        },
        error);
}

void ContactsForListDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a List"), QString(),
                                                      tr("Text files (*.txt *.log *.csv *.eml);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Open a List"), error);
}

void ContactsForListDialog::chooseCsvFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save as CSV"), tr("contacts-for-list.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveCsv(path, &error))
        m_status->setText(tr("Saved %1 contacts to %2.").arg(m_result.contacts.size()).arg(QFileInfo(path).fileName()));
    else
        QMessageBox::warning(this, tr("Save as CSV"), error);
}

} // namespace steward
