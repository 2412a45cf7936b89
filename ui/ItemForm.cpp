#include "ItemForm.h"

#include "Readable.h"
#include "Store.h"
#include "Validation.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStringListModel>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace steward {

namespace {
qint64 s_largeInventory = 50000; ///< ItemForm::setLargeInventory()
} // namespace

using validation::isWebAddress;

ItemForm::ItemForm(Store &store, const Item &item, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_item(item)
    , m_status(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_aliases(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
    , m_saveError(new QLabel(this))
{
    setObjectName(QStringLiteral("itemForm"));
    const QString kind = keys::itemKindLabel(item.kind);
    setWindowTitle(item.id ? tr("Edit %1").arg(item.name) : tr("New %1").arg(kind));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);

    addLine(QStringLiteral("name"), tr("&Name:"), item.name);

    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->setEditable(true);
    for (const QString &status : keys::knownStatuses())
        m_status->addItem(keys::statusLabel(status), status);
    // The user's own statuses after the built-in ones (unread: typed as text still works).
    QString statusError;
    for (const StatusDef &def : store.statusDefs(&statusError).value_or(QVector<StatusDef>())) {
        if (!def.builtin)
            m_status->addItem(def.name, def.name);
    }
    const int statusIndex = m_status->findData(item.status);
    if (statusIndex >= 0)
        m_status->setCurrentIndex(statusIndex);
    else
        m_status->setEditText(item.status);
    m_form->addRow(tr("&Status:"), m_status);

    // Every item once: the places it can go, a service's hosts, what links can point at.
    // A large inventory's services are not read: a link to one is looked up by name.
    QString error;
    const auto counts = store.itemCounts(&error);
    m_large = counts && counts->services >= s_largeInventory;
    auto read = store.treeRows(&error, !m_large);
    if (!read)
        m_parentsError = tr("The places it can go cannot be read: %1").arg(error);
    QVector<TreeRow> rows = read.value_or(QVector<TreeRow>());
    std::sort(rows.begin(), rows.end(), [](const TreeRow &a, const TreeRow &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    if (item.kind != ItemKind::Organisation)
        buildPlacement(rows);

    switch (item.kind) {
    case ItemKind::Organisation: break;
    case ItemKind::Provider:
        m_providerKind = new QComboBox(this);
        m_providerKind->setObjectName(QStringLiteral("providerKindComboBox"));
        for (ProviderKind k : {ProviderKind::HardwareHosting, ProviderKind::VmHosting, ProviderKind::Dns,
                               ProviderKind::Registrar, ProviderKind::Cdn, ProviderKind::Other})
            m_providerKind->addItem(keys::providerKindLabel(k), static_cast<int>(k));
        m_providerKind->setCurrentIndex(m_providerKind->findData(static_cast<int>(item.providerKind)));
        m_form->addRow(tr("&Kind:"), m_providerKind);
        addLine(QStringLiteral("fullName"), tr("&Full name:"), item.fullName);
        addLine(QStringLiteral("website"), tr("&Website:"), item.website);
        addLine(QStringLiteral("location"), tr("&Location:"), item.location);
        addLine(QStringLiteral("configTool"), tr("&Configuration tool:"), item.configTool);
        addLine(QStringLiteral("configToolUrl"), tr("Configuration tool &URL:"), item.configToolUrl);
        addLine(QStringLiteral("configRepo"), tr("Configuration &repository:"), item.configRepo);
        break;
    case ItemKind::Host:
        m_hostKind = new QComboBox(this);
        m_hostKind->setObjectName(QStringLiteral("hostKindComboBox"));
        m_hostKind->addItem(keys::hostKindLabel(HostKind::Physical), static_cast<int>(HostKind::Physical));
        m_hostKind->addItem(keys::hostKindLabel(HostKind::Vm), static_cast<int>(HostKind::Vm));
        m_hostKind->setCurrentIndex(m_hostKind->findData(static_cast<int>(item.hostKind)));
        m_form->addRow(tr("&Kind:"), m_hostKind);
        addLine(QStringLiteral("hostname"), tr("&Host name:"), item.hostname)
            ->setPlaceholderText(tr("empty for an unnamed VM"));
        break;
    case ItemKind::Service:
        addLine(QStringLiteral("url"), tr("&URL:"), item.url);
        addLine(QStringLiteral("sourceUrl"), tr("S&ource code:"), item.sourceUrl);
        break;
    }

    m_aliases->setObjectName(QStringLiteral("aliasesTextEdit"));
    m_aliases->setPlainText(item.aliases.join(QLatin1Char('\n')));
    m_aliases->setPlaceholderText(tr("other names it is known by, one a line"));
    m_aliases->setTabChangesFocus(true);
    m_aliases->setFixedHeight(m_aliases->fontMetrics().lineSpacing() * 3 + 12);
    m_form->addRow(tr("&Aliases:"), m_aliases);
    addProblem(QStringLiteral("aliases"));
    connect(m_aliases, &QPlainTextEdit::textChanged, this, &ItemForm::validate);
    addLine(QStringLiteral("tags"), tr("&Tags:"), item.tags.join(QStringLiteral("; ")))
        ->setPlaceholderText(tr("env=prod; pci (separated by \";\")"));

    m_description->setObjectName(QStringLiteral("descriptionTextEdit"));
    m_description->setPlainText(item.description);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_form->addRow(tr("&Description:"), m_description);
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_notes->setPlainText(item.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_form->addRow(tr("N&otes:"), m_notes);

    // The links go from this item: targets found by name or alias among the rows read.
    for (const TreeRow &row : std::as_const(rows)) {
        const Target target{row.id, row.kind, row.name};
        m_targetById.insert(row.id, target);
        m_targets[nameKey(row.name)].append(target);
    }
    buildLinks();
    layout->addWidget(m_linksBox);

    // Why Save failed (stale, the server gone): shown above the buttons, with what was
    // typed kept, so the user can save again once the cause is gone.
    m_saveError->setObjectName(QStringLiteral("saveErrorLabel"));
    m_saveError->setStyleSheet(readable::colours(QStringLiteral("color: #b71c1c"), m_saveError));
    m_saveError->setWordWrap(true);
    m_saveError->setVisible(false);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!isValid())
            return;
        QString error;
        if (m_saveHandler && !m_saveHandler(this->item(), &error)) {
            m_saveError->setText(error.isEmpty() ? tr("The item could not be saved.") : error);
            m_saveError->setVisible(true);
            return;
        }
        m_saveError->clear();
        m_saveError->setVisible(false);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, sizeHint().height());
    validate();
}

ItemForm::~ItemForm() = default;

void ItemForm::buildPlacement(const QVector<TreeRow> &rows)
{
    const ItemKind kind = m_item.kind;
    if (kind == ItemKind::Service)
        buildHosts(rows);
    // Where it can go: a provider under the organisation; a host under a provider or,
    // with none recorded, the organisation; a service (on no host) under a provider
    // or the organisation.
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("parentComboBox"));
    for (const TreeRow &row : rows) {
        if (row.id == m_item.id)
            continue;
        if (row.kind == ItemKind::Organisation) {
            if (kind == ItemKind::Provider)
                m_parent->addItem(QStringLiteral("%1 (%2)").arg(row.name, keys::itemKindLabel(row.kind)), row.id);
            else if (kind == ItemKind::Host)
                m_parent->addItem(tr("none (under the organisation)"), row.id);
            else
                m_parent->addItem(tr("nothing (under the organisation)"), row.id);
        } else if (row.kind == ItemKind::Provider && kind != ItemKind::Provider) {
            m_parent->addItem(QStringLiteral("%1 (%2)").arg(row.name, keys::itemKindLabel(row.kind)), row.id);
        }
    }
    m_parent->setCurrentIndex(m_parent->findData(m_item.parentId));
    const QString label = kind == ItemKind::Service ? tr("Or directly on a &provider:")
                          : kind == ItemKind::Host  ? tr("&Provider:")
                                                    : tr("&Part of:");
    m_form->addRow(label, m_parent);
    addProblem(QStringLiteral("parent"));
    connect(m_parent, &QComboBox::currentIndexChanged, this, &ItemForm::validate);
    if (m_hosts)
        updateHostButtons();
}

void ItemForm::buildHosts(const QVector<TreeRow> &rows)
{
    QHash<qint64, QString> providers; // by id: a host's label names its provider
    for (const TreeRow &row : rows) {
        if (row.kind == ItemKind::Provider)
            providers.insert(row.id, row.name);
    }
    auto *box = new QWidget(this);
    auto *outer = new QVBoxLayout(box);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    outer->addLayout(top);
    m_hosts = new QListWidget(box);
    m_hosts->setObjectName(QStringLiteral("hostsListWidget"));
    m_hosts->setAccessibleName(tr("Hosts"));
    m_hosts->setAccessibleDescription(tr("The first host is its place in the tree; it runs on the others too."));
    m_hosts->setFixedHeight(m_hosts->fontMetrics().lineSpacing() * 4 + 8);
    m_hosts->setToolTip(tr("The first host is its place in the tree; it runs on the others too."));
    top->addWidget(m_hosts, 1);
    auto *buttons = new QVBoxLayout;
    top->addLayout(buttons);
    const auto button = [box, buttons](const QString &text, const char *name) {
        auto *b = new QPushButton(text, box);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    m_hostUp = button(tr("Up"), "moveHostUpButton");
    m_hostDown = button(tr("Down"), "moveHostDownButton");
    m_removeHost = button(tr("Remove"), "removeHostButton");
    buttons->addStretch();
    auto *bottom = new QHBoxLayout;
    outer->addLayout(bottom);
    m_hostPicker = new QComboBox(box);
    m_hostPicker->setObjectName(QStringLiteral("hostComboBox"));
    m_hostPicker->setAccessibleName(tr("Host to add"));
    for (const TreeRow &row : rows) {
        if (row.kind != ItemKind::Host)
            continue;
        m_hostNames.insert(row.id, row.name);
        const auto provider = providers.constFind(row.parentId);
        m_hostPicker->addItem(
            provider == providers.constEnd() ? row.name : QStringLiteral("%1 (%2)").arg(row.name, *provider), row.id);
    }
    bottom->addWidget(m_hostPicker, 1);
    m_addHost = new QPushButton(tr("Add &Host"), box);
    m_addHost->setObjectName(QStringLiteral("addHostButton"));
    bottom->addWidget(m_addHost);
    m_form->addRow(tr("Runs on &hosts:"), box);

    connect(m_addHost, &QPushButton::clicked, this, [this] { addHost(m_hostPicker->currentData().toLongLong()); });
    connect(m_removeHost, &QPushButton::clicked, this, [this] {
        delete m_hosts->takeItem(m_hosts->currentRow());
        updateHostButtons();
        validate();
    });
    const auto move = [this](int by) {
        const int row = m_hosts->currentRow();
        if (row < 0 || row + by < 0 || row + by >= m_hosts->count())
            return;
        QListWidgetItem *taken = m_hosts->takeItem(row);
        m_hosts->insertItem(row + by, taken);
        m_hosts->setCurrentRow(row + by);
        updateHostButtons();
        validate();
    };
    connect(m_hostUp, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_hostDown, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_hosts, &QListWidget::currentRowChanged, this, &ItemForm::updateHostButtons);

    // A service on a host: that host first, then the others in order.
    if (m_hostNames.contains(m_item.parentId)) {
        addHost(m_item.parentId);
        for (qint64 id : std::as_const(m_item.alsoOn))
            addHost(id);
    }
}

bool ItemForm::addHost(qint64 hostId)
{
    if (!m_hosts || !m_hostNames.contains(hostId) || hostIds().contains(hostId))
        return false;
    auto *entry = new QListWidgetItem(m_hostNames.value(hostId), m_hosts);
    entry->setData(Qt::UserRole, hostId);
    updateHostButtons();
    validate();
    return true;
}

QVector<qint64> ItemForm::hostIds() const
{
    QVector<qint64> ids;
    for (int i = 0; m_hosts && i < m_hosts->count(); ++i)
        ids.append(m_hosts->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

void ItemForm::updateHostButtons()
{
    if (!m_hosts)
        return;
    // The first host is the tree's: say so on it.
    for (int i = 0; i < m_hosts->count(); ++i) {
        QListWidgetItem *entry = m_hosts->item(i);
        const QString name = m_hostNames.value(entry->data(Qt::UserRole).toLongLong());
        entry->setText(i == 0 ? tr("%1 (first: its place in the tree)").arg(name) : name);
    }
    const int row = m_hosts->currentRow();
    m_removeHost->setEnabled(row >= 0);
    m_hostUp->setEnabled(row > 0);
    m_hostDown->setEnabled(row >= 0 && row + 1 < m_hosts->count());
    m_addHost->setEnabled(m_hostPicker->count() > 0);
    // On hosts, it is under the first of them; only without any does it sit directly on
    // a provider or under the organisation.
    if (m_parent) {
        const bool onHosts = m_hosts->count() > 0;
        m_parent->setEnabled(!onHosts);
        m_parent->setPlaceholderText(onHosts ? tr("(it runs on the hosts above)") : tr("(choose)"));
        if (onHosts)
            m_parent->setCurrentIndex(-1);
    }
}

void ItemForm::buildLinks()
{
    m_linksBox = new QGroupBox(tr("Links"), this);
    m_linksBox->setObjectName(QStringLiteral("linksGroupBox"));
    auto *outer = new QVBoxLayout(m_linksBox);
    auto *header = new QLabel(tr("What it depends on, is served through, ...: the type, the item by name or alias, "
                                 "and a note."),
                              m_linksBox);
    header->setWordWrap(true);
    outer->addWidget(header);
    m_linkLayout = new QVBoxLayout;
    outer->addLayout(m_linkLayout);
    auto *add = new QPushButton(tr("Add L&ink"), m_linksBox);
    add->setObjectName(QStringLiteral("addLinkButton"));
    outer->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, [this] { addLinkRow()->setFocus(); });

    QString error;
    if (auto types = m_store.linkTypes(&error))
        m_linkTypes = std::move(*types);
    else
        m_targetsError = tr("The link types cannot be read: %1").arg(error);
    if (m_large) {
        // Aliases are looked up with the names they stand for (targetsNamed()).
    } else if (auto aliases = m_store.aliasesByItem(&error)) {
        for (auto it = aliases->constBegin(); it != aliases->constEnd(); ++it) {
            const auto target = m_targetById.constFind(it.key());
            if (target == m_targetById.constEnd())
                continue;
            for (const QString &alias : it.value())
                m_targets[nameKey(alias)].append(*target);
        }
    } else if (m_targetsError.isEmpty()) {
        m_targetsError = tr("The aliases cannot be read: %1").arg(error);
    }
    // Completion offers "name (kind)", which also tells apart items of different kinds
    // with one name.
    QStringList names;
    names.reserve(m_targets.size());
    for (auto it = m_targets.constBegin(); it != m_targets.constEnd(); ++it) {
        for (const Target &target : it.value())
            names << QStringLiteral("%1 (%2)").arg(target.name, keys::itemKindLabel(target.kind));
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    m_targetNames = new QStringListModel(names, this);

    if (m_item.id) {
        const auto links = m_store.links(m_item.id, &error);
        if (!links && m_targetsError.isEmpty())
            m_targetsError = tr("The links cannot be read: %1").arg(error);
        for (const Link &link : links.value_or(QVector<Link>())) {
            if (link.fromItem == m_item.id) {
                m_loadedLinks.append(link);
                addLinkRow(link);
            }
        }
    }
}

QLineEdit *ItemForm::addLinkRow(const Link &link)
{
    auto *widget = new QWidget(m_linksBox);
    auto *outer = new QVBoxLayout(widget);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    outer->addLayout(line);
    LinkRow row{widget, new QComboBox(widget), new QLineEdit(widget), new QLineEdit(link.note, widget),
                new QLabel(widget)};
    row.type->setObjectName(QStringLiteral("linkTypeComboBox"));
    row.type->setAccessibleName(tr("Link type"));
    for (const LinkType &type : std::as_const(m_linkTypes))
        row.type->addItem(type.label, type.key);
    if (link.id) {
        if (row.type->findData(link.type) < 0)
            row.type->addItem(m_store.linkTypeLabel(link.type), link.type);
        row.type->setCurrentIndex(row.type->findData(link.type));
    } else {
        row.type->setCurrentIndex(std::max(0, row.type->findData(keys::linkKind(LinkKind::DependsOn))));
    }
    row.target->setObjectName(QStringLiteral("linkTargetLineEdit"));
    row.target->setAccessibleName(tr("Linked item"));
    row.target->setPlaceholderText(tr("item name or alias"));
    if (link.toItem) {
        // A name several kinds share is written with the kind, so it finds this one.
        const Target target = m_targetById.value(link.toItem, Target{link.toItem, ItemKind::Service, link.toName});
        row.target->setText(targetsNamed(target.name).size() > 1
                                ? QStringLiteral("%1 (%2)").arg(target.name, keys::itemKindLabel(target.kind))
                                : target.name);
    }
    auto *completer = new QCompleter(m_targetNames, row.target);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    row.target->setCompleter(completer);
    row.note->setObjectName(QStringLiteral("linkNoteLineEdit"));
    row.note->setAccessibleName(tr("Note on the link"));
    row.note->setPlaceholderText(tr("note (optional)"));
    row.problem->setObjectName(QStringLiteral("linkProblemLabel"));
    row.problem->setStyleSheet(readable::colours(QStringLiteral("color: #b71c1c"), row.problem));
    row.problem->setWordWrap(true);
    row.problem->setVisible(false);
    auto *remove = new QToolButton(widget);
    remove->setObjectName(QStringLiteral("removeLinkButton"));
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this link"));
    line->addWidget(row.type, 1);
    line->addWidget(row.target, 2);
    line->addWidget(row.note, 2);
    line->addWidget(remove);
    outer->addWidget(row.problem);
    m_linkLayout->addWidget(widget);
    m_links.append(row);
    connect(row.type, &QComboBox::currentIndexChanged, this, &ItemForm::validate);
    connect(row.target, &QLineEdit::textChanged, this, &ItemForm::validate);
    connect(row.note, &QLineEdit::textChanged, this, &ItemForm::validate);
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        m_links.erase(
            std::remove_if(m_links.begin(), m_links.end(), [widget](const LinkRow &r) { return r.widget == widget; }),
            m_links.end());
        widget->deleteLater();
        validate();
    });
    validate();
    return row.target;
}

void ItemForm::setLargeInventory(qint64 services)
{
    s_largeInventory = services;
}

QVector<ItemForm::Target> ItemForm::targetsNamed(const QString &name) const
{
    const QString key = nameKey(name);
    if (!m_large || key.isEmpty() || m_askedNames.contains(key))
        return m_targets.value(key);
    // Once per name: every item called so, by name or alias, of any kind.
    m_askedNames.insert(key);
    QString error;
    const auto items = m_store.findItemsByName(name.trimmed(), &error);
    if (!items)
        return m_targets.value(key);
    QVector<Target> &targets = m_targets[key];
    for (const Item &item : *items) {
        const bool known =
            std::any_of(targets.cbegin(), targets.cend(), [&item](const Target &t) { return t.id == item.id; });
        if (known)
            continue;
        const Target target{item.id, item.kind, item.name};
        targets.append(target);
        m_targetById.insert(item.id, target);
    }
    return targets;
}

qint64 ItemForm::resolveTarget(const QString &text, QString *problem) const
{
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        *problem = tr("Choose the item it links to.");
        return 0;
    }
    QVector<Target> found = targetsNamed(typed);
    if (found.isEmpty()) {
        // "name (kind)", as completion writes it.
        for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
            const QString suffix = QStringLiteral(" (%1)").arg(keys::itemKindLabel(kind));
            if (!typed.endsWith(suffix, Qt::CaseInsensitive))
                continue;
            for (const Target &target : targetsNamed(typed.chopped(suffix.size()))) {
                if (target.kind == kind)
                    found.append(target);
            }
        }
    }
    if (found.isEmpty()) {
        *problem = tr("Nothing is called \"%1\".").arg(typed);
        return 0;
    }
    if (found.size() > 1) {
        *problem = tr("Several items are called \"%1\"; add the kind, as in \"%1 (%2)\".")
                       .arg(typed, keys::itemKindLabel(found.first().kind));
        return 0;
    }
    if (m_item.id && found.first().id == m_item.id) {
        *problem = tr("An item cannot be linked to itself.");
        return 0;
    }
    return found.first().id;
}

QLineEdit *ItemForm::addLine(const QString &field, const QString &label, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(field + QStringLiteral("LineEdit"));
    m_form->addRow(label, edit);
    addProblem(field);
    m_lines.insert(field, edit);
    connect(edit, &QLineEdit::textChanged, this, &ItemForm::validate);
    return edit;
}

QLabel *ItemForm::addProblem(const QString &field)
{
    auto *problem = new QLabel(this);
    problem->setObjectName(field + QStringLiteral("ProblemLabel"));
    problem->setStyleSheet(readable::colours(QStringLiteral("color: #b71c1c"), problem));
    problem->setWordWrap(true);
    problem->setVisible(false);
    m_form->addRow(QString(), problem);
    m_problems.insert(field, problem);
    return problem;
}

void ItemForm::setProblem(const QString &field, const QString &message)
{
    if (QLabel *label = m_problems.value(field)) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
}

QString ItemForm::saveError() const
{
    return m_saveError->text();
}

QString ItemForm::problem(const QString &field) const
{
    if (field.startsWith(QLatin1String("link"))) {
        const int i = field.mid(4).toInt();
        return i < m_links.size() ? m_links.at(i).problem->text() : QString();
    }
    const QLabel *label = m_problems.value(field);
    return label ? label->text() : QString();
}

bool ItemForm::isValid() const
{
    for (const QLabel *label : m_problems) {
        if (!label->text().isEmpty())
            return false;
    }
    for (const LinkRow &row : m_links) {
        if (!row.problem->text().isEmpty())
            return false;
    }
    return true;
}

QStringList ItemForm::aliasLines() const
{
    return m_aliases->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList ItemForm::tagList() const
{
    const QLineEdit *edit = m_lines.value(QStringLiteral("tags"));
    return edit ? edit->text().split(QLatin1Char(';'), Qt::SkipEmptyParts) : QStringList();
}

QString ItemForm::aliasesProblem() const
{
    QStringList aliases = aliasLines();
    QString problem;
    if (!validation::normaliseList(&aliases, true, &problem))
        return problem;
    // As unique as a name within the kind: no other item of the kind is called so.
    for (const QString &alias : std::as_const(aliases)) {
        for (const Target &other : targetsNamed(alias)) {
            if (other.kind == m_item.kind && other.id != m_item.id) {
                return tr("\"%1\" is taken: the %2 \"%3\" is called so.")
                    .arg(alias, keys::itemKindLabel(other.kind), other.name);
            }
        }
    }
    return QString();
}

void ItemForm::validate()
{
    const QString name = m_lines.value(QStringLiteral("name"))->text().trimmed();
    QString nameProblem;
    if (name.isEmpty()) {
        nameProblem = tr("A name is required.");
    } else if (name == m_checkedName && m_checkError.isEmpty()) {
        // validate() runs on every edit of every field: the name is read again only when it changes.
        nameProblem = m_nameProblem;
    } else {
        // Names are unique within a kind: "steward contact NAME" must find one item.
        QString error;
        const auto sameName = m_store.findItemsByName(name, &error);
        // Not read (the server gone): said where save errors are, without keeping Save
        // from trying (the Store refuses a name taken), and taken back once it reads.
        const QString checkError = sameName ? QString() : tr("The name cannot be checked: %1").arg(error);
        if (checkError != m_checkError && (m_saveError->text().isEmpty() || m_saveError->text() == m_checkError)) {
            m_saveError->setText(checkError);
            m_saveError->setVisible(!checkError.isEmpty());
        }
        m_checkError = checkError;
        for (const Item &other : sameName.value_or(QVector<Item>())) {
            if (other.id != m_item.id && other.kind == m_item.kind) {
                // Found by its name, or by one of its aliases (as unique as names).
                nameProblem =
                    nameKey(other.name) == nameKey(name)
                        ? tr("There is already a %1 called \"%2\".").arg(keys::itemKindLabel(other.kind), other.name)
                        : tr("\"%1\" is an alias of the %2 \"%3\".")
                              .arg(name, keys::itemKindLabel(other.kind), other.name);
                break;
            }
        }
        m_checkedName = name;
        m_nameProblem = nameProblem;
    }
    setProblem(QStringLiteral("name"), nameProblem);
    if (m_parent) {
        QString parentProblem = m_parentsError;
        if (parentProblem.isEmpty() && m_parent->currentIndex() < 0 && hostIds().isEmpty())
            parentProblem = m_hosts ? tr("Add a host, or choose a provider or nothing (under the organisation).")
                                    : tr("Choose where it belongs.");
        setProblem(QStringLiteral("parent"), parentProblem);
    }
    for (const char *field : {"website", "configToolUrl", "configRepo", "url", "sourceUrl"}) {
        const QString key = QString::fromLatin1(field);
        if (const QLineEdit *edit = m_lines.value(key)) {
            const QString text = edit->text().trimmed();
            setProblem(key, text.isEmpty() || isWebAddress(text)
                                ? QString()
                                : tr("Not a web address; it should look like https://example.org/."));
        }
    }
    if (const QLineEdit *edit = m_lines.value(QStringLiteral("hostname"))) {
        const QString text = edit->text().trimmed();
        setProblem(QStringLiteral("hostname"), text.isEmpty() || validation::isHostname(text)
                                                   ? QString()
                                                   : tr("A host name has letters, digits, hyphens and dots only."));
    }
    setProblem(QStringLiteral("aliases"), aliasesProblem());
    QStringList tags = tagList();
    QString tagsProblem;
    validation::normaliseList(&tags, false, &tagsProblem);
    setProblem(QStringLiteral("tags"), tagsProblem);

    // Links: each to an item that exists, not to itself, once per type.
    QSet<QPair<QString, qint64>> seen;
    for (const LinkRow &row : std::as_const(m_links)) {
        QString problem = m_targetsError;
        if (problem.isEmpty()) {
            const qint64 target = resolveTarget(row.target->text(), &problem);
            const QString type = row.type->currentData().toString();
            if (target && seen.contains({type, target}))
                problem = tr("This link is listed twice.");
            seen.insert({type, target});
        }
        row.problem->setText(problem);
        row.problem->setVisible(!problem.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(isValid());
}

Item ItemForm::item() const
{
    Item out = m_item;
    const auto text = [this](const char *field) {
        const QLineEdit *edit = m_lines.value(QString::fromLatin1(field));
        return edit ? edit->text().trimmed() : QString();
    };
    out.name = text("name");
    const int statusIndex = m_status->findText(m_status->currentText());
    out.status = statusIndex >= 0 ? m_status->itemData(statusIndex).toString() : m_status->currentText().trimmed();
    const QVector<qint64> hosts = hostIds();
    if (!hosts.isEmpty()) {
        out.parentId = hosts.first();
        out.alsoOn = hosts.mid(1);
    } else {
        if (m_parent)
            out.parentId = m_parent->currentData().toLongLong();
        out.alsoOn.clear();
    }
    out.description = m_description->toPlainText().trimmed();
    out.notes = m_notes->toPlainText().trimmed();
    // As the Store keeps them (trimmed, each once); what it cannot keep is a problem above.
    QString unused;
    out.aliases = aliasLines();
    validation::normaliseList(&out.aliases, true, &unused);
    out.tags = tagList();
    validation::normaliseList(&out.tags, false, &unused);
    switch (out.kind) {
    case ItemKind::Organisation: break;
    case ItemKind::Provider:
        out.providerKind = static_cast<ProviderKind>(m_providerKind->currentData().toInt());
        out.fullName = text("fullName");
        out.website = text("website");
        out.location = text("location");
        out.configTool = text("configTool");
        out.configToolUrl = text("configToolUrl");
        out.configRepo = text("configRepo");
        break;
    case ItemKind::Host:
        out.hostKind = static_cast<HostKind>(m_hostKind->currentData().toInt());
        out.hostname = text("hostname");
        break;
    case ItemKind::Service:
        out.url = text("url");
        out.sourceUrl = text("sourceUrl");
        break;
    }
    return out;
}

QVector<Link> ItemForm::links() const
{
    QVector<Link> result;
    QVector<bool> kept(m_loadedLinks.size(), false);
    const QString from = m_lines.value(QStringLiteral("name"))->text().trimmed();
    for (const LinkRow &row : m_links) {
        QString problem;
        Link link;
        link.fromItem = m_item.id;
        link.fromName = from;
        link.toItem = resolveTarget(row.target->text(), &problem);
        if (!link.toItem)
            continue;
        link.toName = m_targetById.value(link.toItem).name;
        link.type = row.type->currentData().toString();
        link.note = row.note->text().trimmed();
        // A link as it was loaded is the same record.
        for (qsizetype i = 0; i < m_loadedLinks.size(); ++i) {
            const Link &loaded = m_loadedLinks.at(i);
            if (!kept.at(i) && loaded.toItem == link.toItem && loaded.type == link.type && loaded.note == link.note) {
                kept[i] = true;
                link.id = loaded.id;
                break;
            }
        }
        result.append(link);
    }
    return result;
}

LinkChanges ItemForm::linkChanges() const
{
    LinkChanges changes;
    const QVector<Link> edited = links();
    QSet<qint64> kept;
    for (const Link &link : edited) {
        if (link.id)
            kept.insert(link.id);
        else
            changes.added.append(link);
    }
    for (const Link &loaded : m_loadedLinks) {
        if (!kept.contains(loaded.id))
            changes.removed.append(loaded);
    }
    return changes;
}

} // namespace steward
