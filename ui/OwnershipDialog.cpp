#include "OwnershipDialog.h"

#include "ContactForm.h"
#include "OptionalDateEdit.h"
#include "Readable.h"
#include "Store.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward {
namespace {

enum Column
{
    ContactColumn,
    RoleColumn,
    PriorityColumn,
    FromColumn,
    UntilColumn,
    NoteColumn,
    ColumnCount
};

void fillRoles(QComboBox *box, const QString &current)
{
    box->setEditable(true);
    for (const QString &role : keys::knownRoles())
        box->addItem(keys::roleLabel(role), role);
    const int index = box->findData(current);
    if (index >= 0)
        box->setCurrentIndex(index);
    else
        box->setEditText(current);
}

QString roleOf(const QComboBox *box)
{
    // A listed role gives its key; anything typed is a role of the user's own.
    const int index = box->findText(box->currentText().trimmed(), Qt::MatchFixedString);
    return index >= 0 ? box->itemData(index).toString() : box->currentText().trimmed();
}

void fillPriorities(QComboBox *box, Priority current)
{
    for (Priority p : {Priority::Primary, Priority::Secondary, Priority::Tertiary, Priority::Inactive})
        box->addItem(keys::priorityLabel(p), static_cast<int>(p));
    box->setCurrentIndex(box->findData(static_cast<int>(current)));
}

} // namespace

OwnershipDialog::OwnershipDialog(Store &store, qint64 itemId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_resolver(store)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_picker(new QComboBox(this))
    , m_pickRole(new QComboBox(this))
    , m_pickPriority(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_preview(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ownershipDialog"));
    QString error;
    if (auto contacts = store.contacts(&error))
        m_contacts = std::move(*contacts);
    else
        m_readError = error;
    if (auto item = store.item(itemId, &error))
        m_item = std::move(*item);
    else
        m_readError = error;
    setWindowTitle(tr("Contacts of %1").arg(m_item.name));

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto *left = new QVBoxLayout;
    columns->addLayout(left, 5);
    auto *intro = new QLabel(tr("Who owns, maintains or is the contact for the %1 <b>%2</b>:")
                                 .arg(keys::itemKindLabel(m_item.kind).toLower(), m_item.name.toHtmlEscaped()),
                             this);
    left->addWidget(intro);
    m_table->setObjectName(QStringLiteral("assignmentTable"));
    m_table->setAccessibleName(tr("Contacts and roles"));
    m_table->setHorizontalHeaderLabels(
        {tr("Contact"), tr("Role"), tr("Priority"), tr("Valid from"), tr("Valid until"), tr("Note")});
    m_table->horizontalHeaderItem(FromColumn)
        ->setToolTip(tr("Listed from this day on; none: from now (cover that starts later)"));
    m_table->horizontalHeaderItem(UntilColumn)
        ->setToolTip(tr("Listed until this day, included; none: no end (\"covering until 15 Jan 2027\")"));
    m_table->horizontalHeader()->setSectionResizeMode(ContactColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    // A day whole (its field and its clear button), whatever the style.
    for (int column : {FromColumn, UntilColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    left->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    m_remove->setObjectName(QStringLiteral("removeAssignmentButton"));
    m_remove->setToolTip(tr("Remove the selected contact from this item (Delete)"));
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch();
    left->addLayout(rowButtons);

    auto *pick = new QGroupBox(tr("Add a contact"), this);
    auto *pickLayout = new QHBoxLayout(pick);
    m_picker->setObjectName(QStringLiteral("contactPickerComboBox"));
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->lineEdit()->setPlaceholderText(tr("Type part of a name, or a new name"));
    m_picker->completer()->setFilterMode(Qt::MatchContains);
    m_picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    for (const Contact &c : std::as_const(m_contacts))
        m_picker->addItem(c.name, c.id);
    m_picker->setCurrentIndex(-1);
    pickLayout->addWidget(m_picker, 2);
    pickLayout->addWidget(new QLabel(tr("as"), pick));
    m_pickRole->setObjectName(QStringLiteral("pickRoleComboBox"));
    fillRoles(m_pickRole, QStringLiteral("owner"));
    pickLayout->addWidget(m_pickRole, 1);
    m_pickPriority->setObjectName(QStringLiteral("pickPriorityComboBox"));
    fillPriorities(m_pickPriority, Priority::Primary);
    pickLayout->addWidget(m_pickPriority, 1);
    m_add->setObjectName(QStringLiteral("addContactButton"));
    m_add->setAutoDefault(false);
    pickLayout->addWidget(m_add);
    left->addWidget(pick);

    auto *right = new QVBoxLayout;
    columns->addLayout(right, 2);
    right->addWidget(new QLabel(tr("The Who to Contact panel will then say:"), this));
    m_preview->setObjectName(QStringLiteral("previewList"));
    m_preview->setWordWrap(true);
    m_preview->setFocusPolicy(Qt::NoFocus);
    right->addWidget(m_preview, 1);

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(readable::colours(QStringLiteral("color: #b71c1c"), m_problem));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &OwnershipDialog::onAdd);
    connect(m_remove, &QPushButton::clicked, this, &OwnershipDialog::onRemove);
    connect(m_picker, &QComboBox::editTextChanged, this, &OwnershipDialog::updatePicker);
    // Return in the picker adds, rather than saving the dialog.
    m_picker->installEventFilter(this);
    m_picker->lineEdit()->installEventFilter(this);
    auto *removeShortcut = new QAction(this);
    removeShortcut->setShortcut(QKeySequence::Delete);
    removeShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QAction::triggered, this, &OwnershipDialog::onRemove);
    m_table->addAction(removeShortcut);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });

    if (auto loaded = store.assignments(m_item.id, &error))
        m_loaded = std::move(*loaded);
    else
        m_readError = error;
    setAssignments(m_loaded, m_loaded);
    updatePicker();
    resize(1280, 460);
    m_picker->setFocus();
}

void OwnershipDialog::setAssignments(const QVector<Assignment> &loaded, const QVector<Assignment> &rows)
{
    m_loaded = loaded;
    m_rows.clear();
    m_table->setRowCount(0);
    for (const Assignment &a : rows)
        addRow(a, contactNameOf(a.contactId));
    m_remove->setEnabled(false);
    refresh();
}

bool OwnershipDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_picker || watched == m_picker->lineEdit())) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_add->isEnabled())
                onAdd();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString OwnershipDialog::contactNameOf(qint64 id) const
{
    for (const Contact &c : m_contacts) {
        if (c.id == id)
            return c.name;
    }
    for (const Contact &c : m_newContacts) {
        if (c.id == id)
            return c.name;
    }
    return QString::number(id);
}

void OwnershipDialog::addRow(const Assignment &assignment, const QString &contactName)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(contactName);
    name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (assignment.contactId < 0)
        name->setToolTip(tr("New contact, created when you save"));
    m_table->setItem(row, ContactColumn, name);
    auto *role = new QComboBox;
    role->setObjectName(QStringLiteral("roleComboBox"));
    role->setAccessibleName(tr("Role of %1").arg(contactName));
    fillRoles(role, assignment.role);
    m_table->setCellWidget(row, RoleColumn, role);
    auto *priority = new QComboBox;
    priority->setObjectName(QStringLiteral("priorityComboBox"));
    priority->setAccessibleName(tr("Priority of %1").arg(contactName));
    fillPriorities(priority, assignment.priority);
    m_table->setCellWidget(row, PriorityColumn, priority);
    auto *from = new OptionalDateEdit;
    from->setObjectName(QStringLiteral("validFromDateEdit"));
    from->setAccessibleName(tr("Valid from, for %1").arg(contactName));
    from->setDate(assignment.validFrom);
    m_table->setCellWidget(row, FromColumn, from);
    auto *until = new OptionalDateEdit;
    until->setObjectName(QStringLiteral("validUntilDateEdit"));
    until->setAccessibleName(tr("Valid until, for %1").arg(contactName));
    until->setDate(assignment.validUntil);
    m_table->setCellWidget(row, UntilColumn, until);
    auto *note = new QLineEdit(assignment.note);
    note->setObjectName(QStringLiteral("noteLineEdit"));
    note->setAccessibleName(tr("Note on %1").arg(contactName));
    m_table->setCellWidget(row, NoteColumn, note);
    m_rows.append({assignment, contactName});
    connect(role, &QComboBox::editTextChanged, this, &OwnershipDialog::refresh);
    connect(priority, &QComboBox::currentIndexChanged, this, &OwnershipDialog::refresh);
    connect(from, &OptionalDateEdit::dateChanged, this, &OwnershipDialog::refresh);
    connect(until, &OptionalDateEdit::dateChanged, this, &OwnershipDialog::refresh);
}

QVector<Assignment> OwnershipDialog::assignments() const
{
    QVector<Assignment> result;
    for (int row = 0; row < m_rows.size(); ++row) {
        Assignment a = m_rows.at(row).assignment;
        a.itemId = m_item.id;
        a.role = roleOf(static_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn)));
        a.priority = static_cast<Priority>(
            static_cast<QComboBox *>(m_table->cellWidget(row, PriorityColumn))->currentData().toInt());
        a.note = static_cast<QLineEdit *>(m_table->cellWidget(row, NoteColumn))->text().trimmed();
        a.validFrom = static_cast<OptionalDateEdit *>(m_table->cellWidget(row, FromColumn))->date();
        a.validUntil = static_cast<OptionalDateEdit *>(m_table->cellWidget(row, UntilColumn))->date();
        result.append(a);
    }
    return result;
}

qint64 OwnershipDialog::pickedContactId() const
{
    const QString typed = m_picker->currentText().trimmed();
    const QString key = nameKey(typed);
    for (const Contact &c : m_contacts) {
        if (nameKey(c.name) == key)
            return c.id;
    }
    for (const Contact &c : m_newContacts) {
        if (nameKey(c.name) == key)
            return c.id;
    }
    return 0;
}

void OwnershipDialog::updatePicker()
{
    const QString typed = m_picker->currentText().trimmed();
    if (typed.isEmpty()) {
        m_add->setText(tr("&Add"));
        m_add->setEnabled(false);
    } else if (pickedContactId() != 0) {
        m_add->setText(tr("&Add"));
        m_add->setEnabled(true);
    } else {
        m_add->setText(tr("&New Contact \"%1\"…").arg(typed));
        m_add->setEnabled(true);
    }
}

void OwnershipDialog::onAdd()
{
    const QString typed = m_picker->currentText().trimmed();
    if (typed.isEmpty())
        return;
    qint64 contactId = pickedContactId();
    if (contactId == 0) {
        // Not known yet: create it on the spot, saved with the rest of the editor.
        ContactDraft draft;
        draft.contact.name = typed;
        ContactForm form(m_store, draft, this);
        if (form.exec() != QDialog::Accepted)
            return;
        Contact created = form.draft().contact;
        for (const Contact &c : std::as_const(m_newContacts)) {
            if (nameKey(c.name) == nameKey(created.name)) {
                m_problem->setText(tr("\"%1\" has just been created here already.").arg(created.name));
                return;
            }
        }
        created.id = -1 - static_cast<qint64>(m_newContacts.size());
        m_newContacts.append(created);
        m_picker->addItem(created.name, created.id);
        contactId = created.id;
    }
    Assignment a;
    a.itemId = m_item.id;
    a.contactId = contactId;
    a.role = roleOf(m_pickRole);
    a.priority = static_cast<Priority>(m_pickPriority->currentData().toInt());
    addRow(a, contactNameOf(contactId));
    m_picker->setCurrentIndex(-1);
    m_picker->setEditText(QString());
    refresh();
}

void OwnershipDialog::onRemove()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const int row = selected.first().row();
    m_table->removeRow(row);
    m_rows.removeAt(row);
    refresh();
}

void OwnershipDialog::refresh()
{
    const QVector<Assignment> rows = assignments();
    // Nothing can be saved against what could not be read.
    QString problem = m_readError;
    QSet<QPair<qint64, QString>> seen;
    for (int i = 0; i < rows.size() && problem.isEmpty(); ++i) {
        const Assignment &a = rows.at(i);
        if (a.role.isEmpty())
            problem = tr("Row %1 (%2): a role is required.").arg(i + 1).arg(m_rows.at(i).contactName);
        else if (a.validFrom.isValid() && a.validUntil.isValid() && a.validUntil < a.validFrom)
            problem = tr("Row %1 (%2): valid until is before valid from.").arg(i + 1).arg(m_rows.at(i).contactName);
        else if (seen.contains({a.contactId, a.role}))
            problem = tr("Row %1: %2 is listed twice as %3.")
                          .arg(i + 1)
                          .arg(m_rows.at(i).contactName, keys::roleLabel(a.role));
        seen.insert({a.contactId, a.role});
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    showCover(rows);

    // What the panel will say, worked out as if the rows were saved.
    m_preview->clear();
    ContactResolver::Overrides overrides;
    overrides.itemId = m_item.id;
    overrides.assignments = rows;
    for (const Contact &c : std::as_const(m_newContacts))
        overrides.newContacts.insert(c.id, c);
    QString error;
    const auto resolved = m_resolver.resolve(m_item.id, &error, &overrides);
    if (!resolved) {
        m_preview->addItem(error);
        return;
    }
    if (resolved->isEmpty())
        m_preview->addItem(tr("Nobody: this item would have no one to contact."));
    for (const ResolvedContact &r : *resolved) {
        auto *line = new QListWidgetItem(
            QStringLiteral("%1 — %2 (%3)").arg(r.contact.name, r.reason, keys::priorityLabel(r.priority).toLower()));
        line->setData(Qt::UserRole, r.contact.name);
        line->setData(Qt::UserRole + 1, r.reason);
        m_preview->addItem(line);
    }
}

void OwnershipDialog::showCover(const QVector<Assignment> &rows)
{
    // A row not listed today (its cover over, or not begun) is greyed and says so, until
    // it is removed or its days changed; the others look as usual.
    const QDate today = m_resolver.today();
    for (int row = 0; row < rows.size() && row < m_table->rowCount(); ++row) {
        const Assignment &a = rows.at(row);
        QString state;
        if (a.validUntil.isValid() && a.validUntil < today)
            state = tr("ended %1").arg(keys::dayLabel(a.validUntil));
        else if (a.validFrom.isValid() && today < a.validFrom)
            state = tr("starts %1").arg(keys::dayLabel(a.validFrom));
        QTableWidgetItem *name = m_table->item(row, ContactColumn);
        const QString contact = m_rows.at(row).contactName;
        name->setText(state.isEmpty() ? contact : tr("%1 (%2)").arg(contact, state));
        name->setData(Qt::UserRole, state);
        QFont font = name->font();
        font.setItalic(!state.isEmpty());
        name->setFont(font);
        name->setForeground(state.isEmpty() ? QBrush() : palette().brush(QPalette::Disabled, QPalette::Text));
        name->setToolTip(state.isEmpty()
                             ? (a.contactId < 0 ? tr("New contact, created when you save") : QString())
                             : tr("Not listed in Who to Contact today (%1); kept until removed").arg(state));
        for (int column = RoleColumn; column < ColumnCount; ++column) {
            QWidget *cell = m_table->cellWidget(row, column);
            if (!cell)
                continue;
            QPalette greyed;
            if (!state.isEmpty()) {
                for (QPalette::ColorRole role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
                    greyed.setBrush(role, palette().brush(QPalette::Disabled, role));
            }
            cell->setPalette(greyed);
        }
    }
}

QString OwnershipDialog::coverState(int row) const
{
    const QTableWidgetItem *name = m_table->item(row, ContactColumn);
    return name ? name->data(Qt::UserRole).toString() : QString();
}

QStringList OwnershipDialog::preview() const
{
    QStringList lines;
    for (int i = 0; i < m_preview->count(); ++i) {
        const QListWidgetItem *line = m_preview->item(i);
        lines << (line->data(Qt::UserRole).isValid()
                      ? QStringLiteral("%1: %2").arg(line->data(Qt::UserRole).toString(),
                                                     line->data(Qt::UserRole + 1).toString())
                      : line->text());
    }
    return lines;
}

bool OwnershipDialog::isValid() const
{
    return m_problem->text().isEmpty();
}

QString OwnershipDialog::problem() const
{
    return m_problem->text();
}

} // namespace steward
