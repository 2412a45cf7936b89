#include "Importer.h"

#include "CsvReader.h"
#include "Reports.h"
#include "Store.h"
#include "Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <thread>

namespace steward {
namespace {

const ImportFormat kFormats[] = {ImportFormat::Providers, ImportFormat::Hosts, ImportFormat::Contacts,
                                 ImportFormat::Services, ImportFormat::Assignments};

ReportKind reportOf(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Providers: return ReportKind::Providers;
    case ImportFormat::Hosts: return ReportKind::Hosts;
    case ImportFormat::Services: return ReportKind::Services;
    case ImportFormat::Contacts: return ReportKind::Contacts;
    case ImportFormat::Assignments: return ReportKind::Assignments;
    }
    return ReportKind::Services;
}

QStringList requiredColumns(ImportFormat format)
{
    if (format == ImportFormat::Assignments)
        return {QStringLiteral("item"), QStringLiteral("contact"), QStringLiteral("role")};
    return {QStringLiteral("name")};
}

using validation::isHostname;
using validation::isWebAddress;

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

/// A kind's index in the per-kind name tables.
int kindIndex(ItemKind kind)
{
    return static_cast<int>(kind);
}

/// The columns of one file: lower-case name -> index.
struct Columns
{
    explicit Columns(const QHash<QString, int> &columns)
    {
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
            index.append({it.key(), it.value()});
    }
    // A few columns, looked up several times a row: a list compared with the
    // Latin-1 name costs less than a QHash<QString> lookup, which converts it.
    QVector<QPair<QString, int>> index;
    const QStringList *fields = nullptr;

    int find(const char *name) const
    {
        const QLatin1String wanted(name);
        for (const auto &c : index) {
            if (c.first == wanted)
                return c.second;
        }
        return -1;
    }
    bool has(const char *name) const { return find(name) >= 0; }
    QString get(const char *name) const
    {
        const int i = find(name);
        return i < 0 ? QString() : fields->at(i);
    }
    int column(const char *name) const { return find(name) + 1; }
};

QString assignmentKey(qint64 item, qint64 contact, const QString &role)
{
    return QStringLiteral("%1/%2/%3").arg(item).arg(contact).arg(role);
}

} // namespace

QString ImportError::format() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(QDir::toNativeSeparators(file)).arg(row).arg(column).arg(message);
}

bool ImportUndo::isEmpty() const
{
    return createdItems.isEmpty() && createdContacts.isEmpty() && createdAssignments.isEmpty() &&
           createdLinks.isEmpty() && removedLinks.isEmpty() && changedItems.isEmpty() && changedContacts.isEmpty() &&
           changedAssignments.isEmpty() && teamsBefore.isEmpty();
}

/// The inventory as validation sees it, and what the files would do to it. Records
/// the files create get negative ids until commit gives them real ones.
struct Importer::Plan
{
    qint64 organisation = 0;
    QHash<qint64, Item> items;                   ///< existing and planned items
    QHash<QString, QVector<qint64>> names[4];    ///< per item kind: name key -> ids
    QHash<qint64, Contact> contacts;             ///< existing and planned contacts
    QHash<QString, QVector<qint64>> contactNames;
    QHash<qint64, QVector<TeamMember>> members;  ///< existing team members
    QHash<qint64, QVector<Link>> frontedBy;      ///< existing fronted-by links by service
    QHash<QString, Assignment> assignments;      ///< existing, by assignmentKey
    qint64 nextId = -1;

    struct ItemOp
    {
        qint64 ref = 0;
        bool create = false;
        bool fields = false; ///< create or change the item itself
        bool links = false;  ///< replace its fronted-by links
        QVector<qint64> linkTargets;
    };
    QVector<ItemOp> itemOps;
    struct ContactOp
    {
        qint64 ref = 0;
        bool create = false;
        bool fields = false;
        bool setMembers = false;
        QVector<TeamMember> members; ///< memberId may be a planned id
    };
    QVector<ContactOp> contactOps;
    QVector<Assignment> assignmentOps; ///< id 0: create; ids may be planned

    QHash<qint64, qint64> realIds; ///< planned id -> id given by the store
    qint64 real(qint64 id) const { return id > 0 ? id : realIds.value(id, 0); }
};

Importer::Importer(Store &store)
    : m_store(store)
{
}

Importer::~Importer() = default;

void Importer::addFile(const QString &path)
{
    File file;
    file.name = path;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        file.readError = in.errorString();
    else
        file.data = in.readAll();
    m_files.append(file);
}

void Importer::addData(const QString &name, const QByteArray &data)
{
    m_files.append({name, data, QString()});
}

QString Importer::formatKey(ImportFormat format)
{
    return Reports::key(reportOf(format));
}

QHash<QString, ImportFormat> Importer::formats() const
{
    return m_formats;
}

int Importer::count(ImportRow::Action action) const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [action](const ImportRow &r) { return r.action == action; }));
}

bool Importer::recognise(const QStringList &header, ImportFormat *format, QString *why)
{
    QSet<QString> columns;
    for (const QString &name : header)
        columns.insert(name.trimmed().toLower());
    int best = 0;
    QVector<ImportFormat> winners;
    for (ImportFormat f : kFormats) {
        bool complete = true;
        for (const QString &required : requiredColumns(f))
            complete = complete && columns.contains(required);
        if (!complete)
            continue;
        int score = 0;
        for (const QString &known : Reports::header(reportOf(f)))
            score += columns.contains(known) ? 1 : 0;
        if (score > best) {
            best = score;
            winners = {f};
        } else if (score == best) {
            winners.append(f);
        }
    }
    if (winners.size() == 1) {
        *format = winners.first();
        return true;
    }
    if (winners.isEmpty()) {
        *why = tr("not an import file: the header has neither a \"name\" column (providers, hosts, services, "
                  "contacts) nor \"item\", \"contact\" and \"role\" (assignments)");
    } else {
        QStringList keys;
        for (ImportFormat f : std::as_const(winners))
            keys << formatKey(f);
        *why = tr("cannot tell whether this is a %1 file; add the columns of one of them (see the exports)")
                   .arg(keys.join(tr(" or ")));
    }
    return false;
}

bool Importer::validate()
{
    return run(false, QString());
}

bool Importer::commit(const QString &label)
{
    return run(true, label);
}

bool Importer::run(bool applyChanges, const QString &label)
{
    m_errors.clear();
    m_rows.clear();
    m_formats.clear();
    m_undo = ImportUndo();
    m_error.clear();

    // Parse every file first: syntax errors in any file are reported with the others.
    struct Parsed
    {
        const File *file = nullptr;
        ImportFormat format = ImportFormat::Services;
        QVector<CsvReader::Record> records;
        QHash<QString, int> columns;
    };
    QVector<Parsed> parsed;
    const auto error = [this](const QString &file, int row, int column, const QString &message) {
        m_errors.append({file, row, column, message});
    };
    const auto nothingImported = [this] {
        return tr("%n error(s); nothing was imported.", nullptr, static_cast<int>(m_errors.size()));
    };
    qint64 totalRows = 0;
    // At most one record a line: sizes the tables below before the files are parsed.
    qint64 rowsBound = 0;
    for (const File &file : std::as_const(m_files))
        rowsBound += file.data.count('\n') + 1;
    // Parsed on a second thread while this one opens the transaction and reads the
    // inventory (both about a fifth of a second at 100k rows); joined before the rows
    // are validated. Until then only the parser touches m_errors and m_formats.
    const auto parseFiles = [&] {
        for (const File &file : std::as_const(m_files)) {
            if (!file.readError.isEmpty()) {
                error(file.name, 0, 0, tr("cannot read the file: %1").arg(file.readError));
                continue;
            }
            CsvReader reader;
            reader.parse(file.data);
            for (const CsvError &e : reader.errors())
                error(file.name, e.row, e.column, e.message);
            if (!reader.errors().isEmpty())
                continue;
            if (reader.records().isEmpty()) {
                error(file.name, 1, 1, tr("the file is empty; it needs at least a header"));
                continue;
            }
            Parsed p;
            p.file = &file;
            const QStringList header = reader.records().first().fields;
            QString why;
            if (!recognise(header, &p.format, &why)) {
                error(file.name, 1, 1, why);
                continue;
            }
            const QStringList known = Reports::header(reportOf(p.format));
            bool headerOk = true;
            for (int i = 0; i < header.size(); ++i) {
                const QString name = header.at(i).trimmed().toLower();
                if (!known.contains(name)) {
                    error(file.name, 1, i + 1,
                          tr("unknown column \"%1\"; a %2 file has the columns %3")
                              .arg(header.at(i), formatKey(p.format), known.join(QStringLiteral(", "))));
                    headerOk = false;
                } else if (p.columns.contains(name)) {
                    error(file.name, 1, i + 1, tr("the column \"%1\" appears twice").arg(name));
                    headerOk = false;
                } else {
                    p.columns.insert(name, i);
                }
            }
            if (!headerOk)
                continue;
            m_formats.insert(file.name, p.format);
            p.records = reader.records().mid(1);
            totalRows += p.records.size();
            parsed.append(std::move(p));
        }
    };
    std::thread parser(parseFiles);
    const auto joinParser = qScopeGuard([&] {
        if (parser.joinable())
            parser.join();
    });

    const auto validateAndApply = [&](QString *err) -> bool {
        Plan plan;
        // Sized once: growing tables of 100k items (and rows) was a quarter of a new
        // import's validation (copies and fresh pages at every doubling). Existing items
        // and the files' rows: twice the rows covers an import of what is there already.
        plan.items.reserve(2 * rowsBound + 1024);
        for (auto &names : plan.names)
            names.reserve(rowsBound);
        plan.itemOps.reserve(rowsBound);
        QString e;
        // ------------------------------------------------ the inventory as it is
        const auto org = m_store.organisationId(&e);
        if (!org) {
            *err = e;
            return false;
        }
        plan.organisation = *org;
        {
            QVector<TreeRow> rows;
            if (!m_store.treeRows(&rows, &e)) {
                *err = e;
                return false;
            }
            for (const TreeRow &r : std::as_const(rows)) {
                if (r.kind == ItemKind::Organisation) {
                    Item item;
                    item.id = r.id;
                    item.kind = r.kind;
                    item.name = r.name;
                    plan.items.insert(r.id, item);
                    plan.names[kindIndex(r.kind)][nameKey(r.name)].append(r.id);
                }
            }
        }
        for (ItemKind kind : {ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
            const QVector<Item> items = m_store.itemsOfKind(kind, &e);
            if (!e.isEmpty()) {
                *err = e;
                return false;
            }
            for (const Item &item : items) {
                plan.items.insert(item.id, item);
                plan.names[kindIndex(kind)][nameKey(item.name)].append(item.id);
            }
        }
        const QVector<Contact> contacts = m_store.contacts(&e);
        if (!e.isEmpty()) {
            *err = e;
            return false;
        }
        for (const Contact &c : contacts) {
            plan.contacts.insert(c.id, c);
            plan.contactNames[nameKey(c.name)].append(c.id);
            if (c.kind == ContactKind::Team)
                plan.members.insert(c.id, m_store.teamMembers(c.id));
        }
        for (const Link &link : m_store.linksOfKind(LinkKind::FrontedBy, &e))
            plan.frontedBy[link.fromItem].append(link);
        if (!e.isEmpty()) {
            *err = e;
            return false;
        }
        for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
            for (const Assignment &a : m_store.assignmentsOfKind(kind, &e))
                plan.assignments.insert(assignmentKey(a.itemId, a.contactId, a.role), a);
            if (!e.isEmpty()) {
                *err = e;
                return false;
            }
        }

        parser.join();
        if (!m_errors.isEmpty()) {
            *err = nothingImported();
            return false;
        }
        m_rows.reserve(totalRows);
        // ------------------------------------------------ the rows, in dependency order
        qint64 done = 0;
        bool canceled = false;
        const auto tick = [&] {
            ++done;
            if (m_progress && (done & 1023) == 0)
                m_progress(done, totalRows);
            if (m_cancel && m_cancel->load(std::memory_order_relaxed))
                canceled = true;
            return !canceled;
        };
        // Finds the one item of @p kind called @p name, or says why not.
        // Names as written -> the one item of a kind they name, for the next row that
        // names it (100k services name 10k hosts): no case folding again. A kind's
        // entries go when an item of that kind is planned (a name may become ambiguous).
        QHash<QString, qint64> unique[4];
        const auto findItem = [&](ItemKind kind, const QString &name, QString *why) -> qint64 {
            QHash<QString, qint64> &known = unique[kindIndex(kind)];
            if (const auto hit = known.constFind(name); hit != known.constEnd())
                return *hit;
            const QVector<qint64> ids = plan.names[kindIndex(kind)].value(nameKey(name));
            if (ids.size() == 1) {
                known.insert(name, ids.first());
                return ids.first();
            }
            *why = ids.isEmpty() ? tr("unknown %1 \"%2\"").arg(keys::itemKindLabel(kind), name)
                                 : tr("\"%1\" is ambiguous: %2 %3s have that name")
                                       .arg(name)
                                       .arg(ids.size())
                                       .arg(keys::itemKindLabel(kind));
            return 0;
        };
        const auto findContact = [&](const QString &name, QString *why) -> qint64 {
            const QVector<qint64> ids = plan.contactNames.value(nameKey(name));
            if (ids.size() == 1)
                return ids.first();
            *why = ids.isEmpty() ? tr("unknown contact \"%1\"").arg(name)
                                 : tr("\"%1\" is ambiguous: %2 contacts have that name").arg(name).arg(ids.size());
            return 0;
        };

        for (ImportFormat format : kFormats) {
            // Name key (or assignment key) -> where this import first names it, across all
            // the files of this format: a record named twice is an error, whichever file
            // the second row is in (neither row is applied "after" the other).
            struct Seen
            {
                const QString *file;
                int row;
            };
            QHash<QString, Seen> seen;
            qsizetype ofFormat = 0;
            for (const Parsed &p : std::as_const(parsed))
                ofFormat += p.format == format ? p.records.size() : 0;
            seen.reserve(ofFormat);
            for (const Parsed &p : std::as_const(parsed)) {
                if (p.format != format)
                    continue;
                const QString &fileName = p.file->name;
                Columns cols(p.columns);
                // Where the other row is, as the message says it.
                const auto alsoOn = [&](const Seen &other) {
                    return other.file == &fileName // this file, not another one of the same name
                               ? tr("also on row %1").arg(other.row)
                               : tr("also in %1 row %2")
                                     .arg(QDir::toNativeSeparators(*other.file))
                                     .arg(other.row);
                };
                QVector<std::function<bool()>> secondPass;
                for (const CsvReader::Record &record : p.records) {
                    if (!tick())
                        break;
                    cols.fields = &record.fields;
                    const int row = record.row;
                    const int errorsBefore = static_cast<int>(m_errors.size());
                    const auto bad = [&](const char *column, const QString &message) {
                        error(fileName, row, std::max(1, cols.column(column)), message);
                    };
                    ImportRow preview;
                    preview.file = fileName;
                    preview.row = row;
                    preview.format = format;

                    if (format == ImportFormat::Assignments) {
                        const QString itemName = cols.get("item").trimmed();
                        const QString kindText = cols.get("item_kind").trimmed();
                        const QString contactName = cols.get("contact").trimmed();
                        const QString role = cols.get("role").trimmed();
                        const QString priorityText = cols.get("priority").trimmed();
                        qint64 itemId = 0;
                        QString why;
                        ItemKind kind = ItemKind::Service;
                        if (itemName.isEmpty()) {
                            bad("item", tr("the item is required"));
                        } else if (!kindText.isEmpty() && !keys::itemKindFromKey(kindText, &kind)) {
                            bad("item_kind", tr("unknown item kind \"%1\"; use organisation, provider, host or service")
                                                 .arg(kindText));
                        } else if (!kindText.isEmpty() && kind == ItemKind::Organisation) {
                            itemId = plan.organisation; // whatever this inventory's organisation is called
                        } else if (!kindText.isEmpty()) {
                            itemId = findItem(kind, itemName, &why);
                            if (!itemId)
                                bad("item", why);
                        } else {
                            QVector<qint64> found;
                            for (ItemKind k : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host,
                                               ItemKind::Service})
                                found += plan.names[kindIndex(k)].value(nameKey(itemName));
                            if (found.size() == 1)
                                itemId = found.first();
                            else
                                bad("item", found.isEmpty()
                                                ? tr("unknown item \"%1\"").arg(itemName)
                                                : tr("\"%1\" is ambiguous: %2 items have that name; add an item_kind "
                                                     "column")
                                                      .arg(itemName)
                                                      .arg(found.size()));
                        }
                        const qint64 contactId = contactName.isEmpty() ? 0 : findContact(contactName, &why);
                        if (contactName.isEmpty())
                            bad("contact", tr("the contact is required"));
                        else if (!contactId)
                            bad("contact", why);
                        if (role.isEmpty())
                            bad("role", tr("the role is required"));
                        else if (hasLineBreak(role))
                            bad("role", tr("a role cannot span lines"));
                        Priority priority = Priority::Primary;
                        if (!priorityText.isEmpty()) {
                            priority = keys::priorityFromKey(priorityText);
                            if (keys::priority(priority) != priorityText)
                                bad("priority", tr("unknown priority \"%1\"; use primary, secondary, tertiary or "
                                                   "inactive")
                                                    .arg(priorityText));
                        }
                        preview.name = QStringLiteral("%1 / %2 / %3").arg(itemName, contactName, role);
                        if (itemId && contactId && !role.isEmpty()) {
                            const QString key = assignmentKey(itemId, contactId, role);
                            if (const auto other = seen.constFind(key); other != seen.constEnd()) {
                                bad("role", tr("duplicate assignment: %1").arg(alsoOn(*other)));
                            } else {
                                seen.insert(key, {&fileName, row});
                            }
                            const auto existing = plan.assignments.constFind(key);
                            Assignment a = existing != plan.assignments.constEnd() ? *existing : Assignment();
                            a.itemId = itemId;
                            a.contactId = contactId;
                            a.role = role;
                            if (cols.has("priority") || existing == plan.assignments.constEnd())
                                a.priority = priority;
                            if (cols.has("note"))
                                a.note = cols.get("note");
                            if (existing == plan.assignments.constEnd()) {
                                a.id = 0;
                                preview.action = ImportRow::Action::Create;
                            } else {
                                if (a.priority != existing->priority)
                                    preview.changes << QStringLiteral("priority");
                                if (a.note != existing->note)
                                    preview.changes << QStringLiteral("note");
                                preview.action = preview.changes.isEmpty() ? ImportRow::Action::Unchanged
                                                                           : ImportRow::Action::Change;
                            }
                            if (preview.action != ImportRow::Action::Unchanged &&
                                m_errors.size() == errorsBefore)
                                plan.assignmentOps.append(a);
                        }
                        m_rows.append(preview);
                        continue;
                    }

                    const QString name = cols.get("name").trimmed();
                    preview.name = name;
                    if (name.isEmpty()) {
                        bad("name", tr("the name is required"));
                        m_rows.append(preview);
                        continue;
                    }
                    if (hasLineBreak(name))
                        bad("name", tr("a name cannot span lines"));
                    const QString key = nameKey(name);
                    if (const auto other = seen.constFind(key); other != seen.constEnd()) {
                        bad("name", tr("duplicate name \"%1\": %2").arg(name, alsoOn(*other)));
                        m_rows.append(preview);
                        continue;
                    }
                    seen.insert(key, {&fileName, row});

                    if (format == ImportFormat::Contacts) {
                        const QVector<qint64> ids = plan.contactNames.value(key);
                        if (ids.size() > 1) {
                            bad("name", tr("\"%1\" is ambiguous: %2 contacts have that name").arg(name).arg(ids.size()));
                            m_rows.append(preview);
                            continue;
                        }
                        const bool create = ids.isEmpty();
                        Contact c = create ? Contact() : plan.contacts.value(ids.first());
                        if (create) {
                            c.id = plan.nextId--;
                            c.name = name;
                        }
                        const Contact before = c;
                        c.name = name;
                        if (cols.has("kind")) {
                            const QString kind = cols.get("kind").trimmed();
                            c.kind = keys::contactKindFromKey(kind);
                            if (kind.isEmpty())
                                c.kind = ContactKind::Person;
                            else if (keys::contactKind(c.kind) != kind)
                                bad("kind", tr("unknown contact kind \"%1\"; use person, team, mailing_list, "
                                               "mailbox, chat_channel, issue_tracker or organisation")
                                                .arg(kind));
                        }
                        if (cols.has("notes"))
                            c.notes = cols.get("notes");
                        if (cols.has("addresses")) {
                            QString why;
                            QVector<Address> addresses;
                            if (!Reports::parseAddresses(cols.get("addresses"), &addresses, &why)) {
                                bad("addresses", why);
                            } else {
                                for (const Address &a : std::as_const(addresses)) {
                                    // The same rules as the contact form, so whatever the form
                                    // saves exports and imports again.
                                    const bool ok = validation::addressProblem(a.kind, a.value).isEmpty();
                                    if (!ok) {
                                        bad("addresses", a.kind == AddressKind::Email
                                                             ? tr("bad email address \"%1\"").arg(a.value)
                                                             : tr("bad %1 address \"%2\"")
                                                                   .arg(keys::addressKind(a.kind), a.value));
                                    }
                                }
                                // Ids and labels as stored, so that unchanged addresses compare equal.
                                c.addresses = addresses;
                            }
                        }
                        if (create) {
                            plan.contacts.insert(c.id, c);
                            plan.contactNames[key].append(c.id);
                        }
                        // Teams and members may name contacts further down the file: resolved after it.
                        const qint64 id = c.id;
                        const qsizetype previewAt = m_rows.size();
                        m_rows.append(preview);
                        const QStringList *fields = &record.fields;
                        secondPass.append([&, id, row, previewAt, before, create, c, fields]() mutable {
                            cols.fields = fields;
                            ImportRow &pr = m_rows[previewAt];
                            const auto badHere = [&](const char *column, const QString &message) {
                                error(fileName, row, std::max(1, cols.column(column)), message);
                            };
                            const int errorsAt = static_cast<int>(m_errors.size());
                            QString why;
                            if (cols.has("team")) {
                                const QString team = cols.get("team").trimmed();
                                c.teamId = 0;
                                if (!team.isEmpty()) {
                                    const qint64 teamId = findContact(team, &why);
                                    if (!teamId)
                                        badHere("team", why);
                                    else if (plan.contacts.value(teamId).kind != ContactKind::Team)
                                        badHere("team", tr("\"%1\" is not a team").arg(team));
                                    else
                                        c.teamId = teamId;
                                }
                            }
                            Plan::ContactOp op;
                            op.ref = id;
                            op.create = create;
                            if (cols.has("members")) {
                                QVector<TeamMember> members;
                                if (!Reports::parseMembers(cols.get("members"), &members, &why)) {
                                    badHere("members", why);
                                } else if (!members.isEmpty() && c.kind != ContactKind::Team) {
                                    badHere("members", tr("only a team has members"));
                                } else {
                                    QSet<qint64> listed;
                                    for (TeamMember &m : members) {
                                        m.teamId = id;
                                        m.memberId = findContact(m.memberName, &why);
                                        if (!m.memberId)
                                            badHere("members", why);
                                        else if (m.memberId == id)
                                            badHere("members", tr("a team cannot be its own member"));
                                        else if (listed.contains(m.memberId))
                                            badHere("members", tr("%1 is listed twice").arg(m.memberName));
                                        listed.insert(m.memberId);
                                    }
                                    const QVector<TeamMember> current = plan.members.value(id);
                                    bool same = current.size() == members.size();
                                    for (qsizetype i = 0; same && i < members.size(); ++i) {
                                        same = current.at(i).memberId == members.at(i).memberId &&
                                               current.at(i).role == members.at(i).role &&
                                               current.at(i).note == members.at(i).note;
                                    }
                                    if (!same) {
                                        op.setMembers = true;
                                        op.members = members;
                                        pr.changes << QStringLiteral("members");
                                    }
                                }
                            }
                            if (create) {
                                pr.action = ImportRow::Action::Create;
                                op.fields = true;
                            } else {
                                const auto differs = [&](const char *column, bool changed) {
                                    if (changed)
                                        pr.changes.prepend(QString::fromLatin1(column));
                                };
                                QVector<Address> a = c.addresses, b = before.addresses;
                                const auto sameAddresses = [](const QVector<Address> &x, const QVector<Address> &y) {
                                    if (x.size() != y.size())
                                        return false;
                                    for (qsizetype i = 0; i < x.size(); ++i) {
                                        if (x.at(i).kind != y.at(i).kind || x.at(i).value != y.at(i).value ||
                                            x.at(i).label != y.at(i).label)
                                            return false;
                                    }
                                    return true;
                                };
                                differs("notes", c.notes != before.notes);
                                differs("addresses", !sameAddresses(a, b));
                                differs("team", c.teamId != before.teamId);
                                differs("kind", c.kind != before.kind);
                                differs("name", c.name != before.name);
                                op.fields = pr.changes.size() > (op.setMembers ? 1 : 0);
                                pr.action = pr.changes.isEmpty() ? ImportRow::Action::Unchanged
                                                                 : ImportRow::Action::Change;
                            }
                            plan.contacts.insert(id, c);
                            if ((op.fields || op.setMembers) && m_errors.size() == errorsAt)
                                plan.contactOps.append(op);
                            return true;
                        });
                        continue;
                    }

                    // Providers, hosts, services.
                    const ItemKind kind = format == ImportFormat::Providers ? ItemKind::Provider
                                          : format == ImportFormat::Hosts  ? ItemKind::Host
                                                                           : ItemKind::Service;
                    const QVector<qint64> ids = plan.names[kindIndex(kind)].value(key);
                    if (ids.size() > 1) {
                        bad("name", tr("\"%1\" is ambiguous: %2 %3s have that name")
                                        .arg(name)
                                        .arg(ids.size())
                                        .arg(keys::itemKindLabel(kind)));
                        m_rows.append(preview);
                        continue;
                    }
                    const bool create = ids.isEmpty();
                    Item item;
                    if (create) {
                        item.kind = kind;
                        item.id = plan.nextId--;
                        item.parentId = plan.organisation;
                        if (kind == ItemKind::Host)
                            item.parentId = 0; // a host needs its provider
                    } else {
                        item = plan.items.value(ids.first());
                    }
                    const Item before = item;
                    item.name = name;
                    const auto text = [&](const char *column, QString *field) {
                        if (cols.has(column))
                            *field = cols.get(column);
                    };
                    const auto url = [&](const char *column, QString *field) {
                        if (!cols.has(column))
                            return;
                        *field = cols.get(column).trimmed();
                        if (!field->isEmpty() && !isWebAddress(*field))
                            bad(column, tr("\"%1\" is not a web address; it should look like https://example.org/")
                                            .arg(*field));
                    };
                    if (cols.has("status")) {
                        item.status = cols.get("status").trimmed();
                        if (item.status.isEmpty())
                            item.status = QStringLiteral("active");
                        if (hasLineBreak(item.status))
                            bad("status", tr("a status cannot span lines"));
                    }
                    text("description", &item.description);
                    text("notes", &item.notes);
                    QVector<qint64> linkTargets;
                    bool links = false;
                    QString why;
                    if (kind == ItemKind::Provider) {
                        if (cols.has("kind")) {
                            const QString k = cols.get("kind").trimmed();
                            item.providerKind = k.isEmpty() ? ProviderKind::Other : keys::providerKindFromKey(k);
                            if (!k.isEmpty() && keys::providerKind(item.providerKind) != k)
                                bad("kind", tr("unknown provider kind \"%1\"; use hardware, vm, dns, registrar, cdn "
                                               "or other")
                                                .arg(k));
                        }
                        text("full_name", &item.fullName);
                        url("website", &item.website);
                        text("location", &item.location);
                        text("config_tool", &item.configTool);
                        url("config_tool_url", &item.configToolUrl);
                        url("config_repo", &item.configRepo);
                    } else if (kind == ItemKind::Host) {
                        if (cols.has("provider")) {
                            const QString provider = cols.get("provider").trimmed();
                            if (provider.isEmpty()) {
                                bad("provider", tr("a host needs its provider"));
                            } else if (const qint64 id = findItem(ItemKind::Provider, provider, &why)) {
                                item.parentId = id;
                            } else {
                                bad("provider", why);
                            }
                        } else if (create) {
                            bad("name", tr("a new host needs a provider column"));
                        }
                        if (cols.has("kind")) {
                            const QString k = cols.get("kind").trimmed();
                            item.hostKind = k.isEmpty() ? HostKind::Vm : keys::hostKindFromKey(k);
                            if (!k.isEmpty() && keys::hostKind(item.hostKind) != k)
                                bad("kind", tr("unknown host kind \"%1\"; use physical or vm").arg(k));
                        }
                        if (cols.has("hostname")) {
                            item.hostname = cols.get("hostname").trimmed();
                            if (!item.hostname.isEmpty() && !isHostname(item.hostname))
                                bad("hostname", tr("\"%1\" is not a host name: letters, digits, hyphens and dots only")
                                                    .arg(item.hostname));
                        }
                    } else {
                        url("url", &item.url);
                        url("source_url", &item.sourceUrl);
                        const bool hasHost = cols.has("host"), hasProvider = cols.has("provider");
                        const QString host = cols.get("host").trimmed();
                        const QString provider = cols.get("provider").trimmed();
                        qint64 providerId = 0;
                        if (!provider.isEmpty()) {
                            providerId = findItem(ItemKind::Provider, provider, &why);
                            if (!providerId)
                                bad("provider", why);
                        }
                        if (!host.isEmpty()) {
                            const qint64 hostId = findItem(ItemKind::Host, host, &why);
                            if (!hostId) {
                                bad("host", why);
                            } else if (providerId && plan.items.value(hostId).parentId != providerId) {
                                const Item hostItem = plan.items.value(hostId);
                                bad("host", tr("the host \"%1\" is at %2, not at %3")
                                                .arg(host, plan.items.value(hostItem.parentId).name, provider));
                            } else {
                                item.parentId = hostId;
                            }
                        } else if (providerId) {
                            item.parentId = providerId;
                        } else if (hasHost || hasProvider) {
                            item.parentId = plan.organisation;
                        }
                        if (cols.has("served_through")) {
                            links = true;
                            const QStringList names = Reports::splitNames(cols.get("served_through"));
                            for (const QString &target : names) {
                                qint64 id = findItem(ItemKind::Provider, target, &why);
                                if (!id) {
                                    QVector<qint64> found;
                                    for (ItemKind k : {ItemKind::Host, ItemKind::Service})
                                        found += plan.names[kindIndex(k)].value(nameKey(target));
                                    id = found.size() == 1 ? found.first() : 0;
                                }
                                if (!id)
                                    bad("served_through", tr("unknown provider \"%1\"").arg(target));
                                else if (id == item.id)
                                    bad("served_through", tr("a service cannot be served through itself"));
                                else if (!linkTargets.contains(id))
                                    linkTargets.append(id);
                            }
                        }
                    }
                    Plan::ItemOp op;
                    op.ref = item.id;
                    op.create = create;
                    if (create) {
                        preview.action = ImportRow::Action::Create;
                        op.fields = true;
                        op.links = links && !linkTargets.isEmpty();
                        op.linkTargets = linkTargets;
                        plan.names[kindIndex(kind)][key].append(item.id);
                        unique[kindIndex(kind)].clear();
                    } else {
                        const auto differs = [&](const char *column, bool changed) {
                            if (changed)
                                preview.changes << QString::fromLatin1(column);
                        };
                        differs("name", item.name != before.name);
                        differs("status", item.status != before.status);
                        differs(kind == ItemKind::Host ? "provider" : "parent", item.parentId != before.parentId);
                        differs("kind", item.providerKind != before.providerKind || item.hostKind != before.hostKind);
                        differs("full_name", item.fullName != before.fullName);
                        differs("website", item.website != before.website);
                        differs("location", item.location != before.location);
                        differs("config_tool", item.configTool != before.configTool);
                        differs("config_tool_url", item.configToolUrl != before.configToolUrl);
                        differs("config_repo", item.configRepo != before.configRepo);
                        differs("hostname", item.hostname != before.hostname);
                        differs("url", item.url != before.url);
                        differs("source_url", item.sourceUrl != before.sourceUrl);
                        differs("description", item.description != before.description);
                        differs("notes", item.notes != before.notes);
                        op.fields = !preview.changes.isEmpty();
                        if (links) {
                            QVector<qint64> current;
                            for (const Link &l : plan.frontedBy.value(item.id))
                                current.append(l.toItem);
                            QVector<qint64> wanted = linkTargets;
                            std::sort(current.begin(), current.end());
                            std::sort(wanted.begin(), wanted.end());
                            if (current != wanted) {
                                op.links = true;
                                op.linkTargets = linkTargets;
                                preview.changes << QStringLiteral("served_through");
                            }
                        }
                        preview.action =
                            preview.changes.isEmpty() ? ImportRow::Action::Unchanged : ImportRow::Action::Change;
                    }
                    plan.items.insert(item.id, item);
                    if ((op.fields || op.links) && m_errors.size() == errorsBefore)
                        plan.itemOps.append(op);
                    m_rows.append(preview);
                }
                for (const auto &step : std::as_const(secondPass))
                    step();
            }
        }
        if (canceled) {
            *err = tr("Canceled.");
            return false;
        }
        if (!m_errors.isEmpty()) {
            *err = nothingImported();
            return false;
        }
        if (m_progress)
            m_progress(totalRows, totalRows);
        if (!applyChanges)
            return true;
        return apply(plan, err);
    };

    QString message;
    bool ok = false;
    if (applyChanges) {
        QStringList names;
        for (const File &f : std::as_const(m_files))
            names << QFileInfo(f.name).fileName();
        ok = m_store.write(validateAndApply, &message,
                           label.isEmpty() ? tr("Import %1").arg(names.join(QStringLiteral(", "))) : label);
        if (ok)
            m_undo.batchId = m_store.lastBatchId();
        else
            m_undo = ImportUndo();
    } else {
        ok = validateAndApply(&message);
    }
    if (parser.joinable()) {
        // The inventory could not be read (or written): the files' own errors come first.
        parser.join();
        if (!m_errors.isEmpty())
            message = nothingImported();
    }
    if (!ok)
        m_error = message;
    return ok;
}

bool Importer::apply(Plan &plan, QString *error)
{
    // Items: the ops are in file-kind order, so providers exist before their hosts
    // and hosts before their services. New items are made in bulk, one call per kind:
    // every parent was validated above, in this transaction.
    QVector<Item> created;
    QVector<qint64> createdRefs;
    created.reserve(plan.itemOps.size());
    createdRefs.reserve(plan.itemOps.size());
    const auto createPending = [&] {
        if (created.isEmpty())
            return true;
        if (!m_store.createValidatedItems(created, error))
            return false;
        for (qsizetype i = 0; i < created.size(); ++i) {
            plan.realIds.insert(createdRefs.at(i), created.at(i).id);
            m_undo.createdItems.append(created.at(i).id);
        }
        created.clear();
        createdRefs.clear();
        return true;
    };
    for (const Plan::ItemOp &op : std::as_const(plan.itemOps)) {
        if (!op.fields)
            continue;
        // Moved, not copied: the plan is dropped after this, and an op names its item once.
        const auto planned = plan.items.find(op.ref);
        Q_ASSERT(planned != plan.items.end());
        Item item = std::move(*planned);
        if (!created.isEmpty() && created.constLast().kind != item.kind && !createPending())
            return false;
        item.parentId = plan.real(item.parentId);
        if (op.create) {
            item.id = 0;
            created.append(std::move(item));
            createdRefs.append(op.ref);
        } else {
            Item before = item;
            if (auto current = m_store.item(op.ref, error))
                before = *current;
            else
                return false;
            item.version = before.version;
            if (!m_store.updateItem(item, error))
                return false;
            before.version = item.version;
            m_undo.changedItems.append(before);
        }
    }
    if (!createPending())
        return false;
    // Contacts: teams first, so that lists and channels can name theirs.
    QVector<Plan::ContactOp> contactOps = plan.contactOps;
    std::stable_sort(contactOps.begin(), contactOps.end(), [&](const Plan::ContactOp &a, const Plan::ContactOp &b) {
        return (plan.contacts.value(a.ref).kind == ContactKind::Team) >
               (plan.contacts.value(b.ref).kind == ContactKind::Team);
    });
    QVector<qint64> teamLater;
    for (const Plan::ContactOp &op : std::as_const(contactOps)) {
        if (!op.fields)
            continue;
        Contact contact = plan.contacts.value(op.ref);
        const qint64 team = plan.real(contact.teamId);
        if (contact.teamId != 0 && team == 0)
            teamLater.append(op.ref); // a team made further down
        contact.teamId = team;
        if (op.create) {
            contact.id = m_reuse.createdContacts.value(m_undo.createdContacts.size(), 0);
            const auto id = m_store.createContact(contact, error);
            if (!id)
                return false;
            plan.realIds.insert(op.ref, *id);
            m_undo.createdContacts.append(*id);
        } else {
            auto current = m_store.contact(op.ref, error);
            if (!current)
                return false;
            contact.version = current->version;
            if (!m_store.updateContact(contact, error))
                return false;
            current->version = contact.version;
            m_undo.changedContacts.append(*current);
        }
    }
    for (qint64 ref : std::as_const(teamLater)) {
        auto contact = m_store.contact(plan.real(ref), error);
        if (!contact)
            return false;
        contact->teamId = plan.real(plan.contacts.value(ref).teamId);
        if (!m_store.updateContact(*contact, error))
            return false;
    }
    for (const Plan::ContactOp &op : std::as_const(contactOps)) {
        if (!op.setMembers)
            continue;
        const qint64 team = plan.real(op.ref);
        const QVector<TeamMember> current = m_store.teamMembers(team, error);
        if (!op.create)
            m_undo.teamsBefore.insert(team, current);
        for (const TeamMember &m : current) {
            if (!m_store.removeTeamMember(team, m.memberId, error))
                return false;
        }
        for (TeamMember m : op.members) {
            m.teamId = team;
            m.memberId = plan.real(m.memberId);
            if (!m_store.setTeamMember(m, error))
                return false;
        }
    }
    // Links: a service's served_through replaces its fronted-by links.
    for (const Plan::ItemOp &op : std::as_const(plan.itemOps)) {
        if (!op.links)
            continue;
        const qint64 from = plan.real(op.ref);
        QVector<qint64> wanted;
        for (qint64 target : op.linkTargets)
            wanted.append(plan.real(target));
        QVector<qint64> have;
        for (const Link &link : plan.frontedBy.value(op.ref)) {
            if (wanted.contains(link.toItem)) {
                have.append(link.toItem);
                continue;
            }
            if (!m_store.removeLink(link.id, error))
                return false;
            m_undo.removedLinks.append(link);
        }
        for (qint64 to : std::as_const(wanted)) {
            if (have.contains(to))
                continue;
            Link link;
            link.id = m_reuse.createdLinks.value(m_undo.createdLinks.size(), 0);
            link.fromItem = from;
            link.toItem = to;
            link.kind = LinkKind::FrontedBy;
            const auto id = m_store.addLink(link, error);
            if (!id)
                return false;
            m_undo.createdLinks.append(*id);
        }
    }
    for (Assignment a : std::as_const(plan.assignmentOps)) {
        a.itemId = plan.real(a.itemId);
        a.contactId = plan.real(a.contactId);
        if (a.id == 0) {
            const qsizetype n = m_undo.createdAssignments.size();
            if (n < m_reuse.createdAssignments.size() && n < m_reuse.createdAssignmentPositions.size()) {
                a.id = m_reuse.createdAssignments.at(n);
                a.position = m_reuse.createdAssignmentPositions.at(n);
            }
            const auto id = m_store.addAssignment(a, error);
            if (!id)
                return false;
            m_undo.createdAssignments.append(*id);
            m_undo.createdAssignmentPositions.append(a.position);
        } else {
            auto before = m_store.assignmentById(a.id, error);
            if (!before)
                return false;
            a.version = before->version;
            if (!m_store.updateAssignment(a, error))
                return false;
            before->version = a.version;
            m_undo.changedAssignments.append(*before);
        }
    }
    return true;
}

bool Importer::undo(Store &store, const ImportUndo &undo, QString *error, const QString &label)
{
    return store.write(
        [&](QString *err) {
            if (!store.removeAssignments(undo.createdAssignments, err))
                return false;
            for (Assignment a : undo.changedAssignments) {
                // The version the import left: anything changed since refuses the undo.
                if (!store.updateAssignment(a, err))
                    return false;
            }
            for (qint64 id : undo.createdLinks) {
                if (!store.removeLink(id, err))
                    return false;
            }
            for (Link link : undo.removedLinks) {
                link.id = 0;
                if (!store.addLink(link, err))
                    return false;
            }
            for (auto it = undo.teamsBefore.constBegin(); it != undo.teamsBefore.constEnd(); ++it) {
                const QVector<TeamMember> now = store.teamMembers(it.key(), err);
                for (const TeamMember &m : now) {
                    if (!store.removeTeamMember(it.key(), m.memberId, err))
                        return false;
                }
                for (const TeamMember &m : it.value()) {
                    if (!store.setTeamMember(m, err))
                        return false;
                }
            }
            for (Contact c : undo.changedContacts) {
                if (!store.updateContact(c, err))
                    return false;
            }
            for (Item item : undo.changedItems) {
                if (!store.updateItem(item, err))
                    return false;
            }
            for (auto it = undo.createdContacts.crbegin(); it != undo.createdContacts.crend(); ++it) {
                if (!store.deleteContact(*it, err))
                    return false;
            }
            // Children first; one signal for all of them.
            const QVector<qint64> created(undo.createdItems.crbegin(), undo.createdItems.crend());
            return store.deleteItems(created, err);
        },
        error, label.isEmpty() ? tr("Undo import") : label);
}

} // namespace steward
