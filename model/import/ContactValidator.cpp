#include "ContactValidator.h"

#include "NetBoxFormat.h"
#include "Reports.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QSet>

namespace steward {
namespace {

/// The messages keep the translation context they had inside the importer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

bool sameAddresses(const QVector<Address> &x, const QVector<Address> &y)
{
    if (x.size() != y.size())
        return false;
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (x.at(i).kind != y.at(i).kind || x.at(i).value != y.at(i).value || x.at(i).label != y.at(i).label)
            return false;
    }
    return true;
}

} // namespace

ContactValidator::ContactValidator(ImportValidationState &state, const ParsedFile &file)
    : ImportFileValidator(state, file)
{}

void ContactValidator::check(const CsvReader::Record &record)
{
    startRecord(record);
    ImportRow preview = this->preview();
    QString name, key;
    if (!checkName(preview, &name, &key))
        return;

    const QVector<qint64> ids = m_index.contactNames.value(key);
    if (ids.size() > 1) {
        bad("name", Tr::tr("\"%1\" is ambiguous: %2 contacts have that name").arg(name).arg(ids.size()));
        m_plan.rows.append(preview);
        return;
    }
    const bool create = ids.isEmpty();
    Contact c = create ? Contact() : m_index.contacts.value(ids.first());
    if (create) {
        c.id = m_index.newId();
        c.name = name;
    }
    const Contact before = c;
    c.name = name;
    if (m_cols.has("kind")) {
        const QString kind = m_cols.get("kind").trimmed();
        c.kind = keys::contactKindFromKey(kind);
        if (kind.isEmpty())
            c.kind = ContactKind::Person;
        else if (keys::contactKind(c.kind) != kind)
            bad("kind", Tr::tr("unknown contact kind \"%1\"; use person, team, mailing_list, "
                               "mailbox, chat_channel, issue_tracker or organisation")
                            .arg(kind));
    }
    if (m_cols.has("notes"))
        c.notes = m_cols.get("notes");
    if (m_dialect == ImportDialect::NetBox) {
        checkNetBox(&c);
    } else if (m_cols.has("tags")) {
        QStringList tags = Reports::splitNames(m_cols.get("tags"));
        QString problem;
        if (!validation::normaliseList(&tags, false, &problem))
            bad("tags", problem);
        else
            c.tags = tags;
    }
    if (m_cols.has("addresses")) {
        QString why;
        QVector<Address> addresses;
        if (!Reports::parseAddresses(m_cols.get("addresses"), &addresses, &why)) {
            bad("addresses", why);
        } else {
            for (const Address &a : std::as_const(addresses)) {
                // The same rules as the contact form, so whatever the form
                // saves exports and imports again.
                const bool ok = validation::addressProblem(a.kind, a.value).isEmpty();
                if (!ok) {
                    bad("addresses", a.kind == AddressKind::Email
                                         ? Tr::tr("bad email address \"%1\"").arg(a.value)
                                         : Tr::tr("bad %1 address \"%2\"").arg(keys::addressKind(a.kind), a.value));
                }
            }
            // Ids and labels as stored, so that unchanged addresses compare equal.
            c.addresses = addresses;
        }
    }
    if (create) {
        m_index.contacts.insert(c.id, c);
        m_index.contactNames[key].append(c.id);
    }
    // Teams and members may name contacts further down the file: resolved after it.
    const qsizetype previewAt = m_plan.rows.size();
    m_plan.rows.append(preview);
    m_pending.append({&record, previewAt, before, c, create});
}

void ContactValidator::finish()
{
    for (Pending &pending : m_pending)
        resolve(pending);
}

void ContactValidator::resolve(Pending &pending)
{
    startRecord(*pending.record);
    Contact &c = pending.contact;
    const Contact &before = pending.before;
    const qint64 id = c.id;
    const bool create = pending.create;
    ImportRow &pr = m_plan.rows[pending.previewAt];
    const qint64 errorsAt = errorCount();
    QString why;
    if (m_cols.has("team")) {
        const QString team = m_cols.get("team").trimmed();
        c.teamId = 0;
        if (!team.isEmpty()) {
            const qint64 teamId = m_index.findContact(team, &why);
            if (!teamId)
                bad("team", why);
            else if (m_index.contacts.value(teamId).kind != ContactKind::Team)
                bad("team", Tr::tr("\"%1\" is not a team").arg(team));
            else
                c.teamId = teamId;
        }
    }
    ImportPlan::ContactOp op;
    op.ref = id;
    op.create = create;
    if (m_cols.has("members")) {
        QVector<TeamMember> members;
        if (!Reports::parseMembers(m_cols.get("members"), &members, &why)) {
            bad("members", why);
        } else if (!members.isEmpty() && c.kind != ContactKind::Team) {
            bad("members", Tr::tr("only a team has members"));
        } else {
            QSet<qint64> listed;
            for (TeamMember &m : members) {
                m.teamId = id;
                m.memberId = m_index.findContact(m.memberName, &why);
                if (!m.memberId)
                    bad("members", why);
                else if (m.memberId == id)
                    bad("members", Tr::tr("a team cannot be its own member"));
                else if (listed.contains(m.memberId))
                    bad("members", Tr::tr("%1 is listed twice").arg(m.memberName));
                listed.insert(m.memberId);
            }
            const QVector<TeamMember> current = m_index.members.value(id);
            bool same = current.size() == members.size();
            for (qsizetype i = 0; same && i < members.size(); ++i) {
                same = current.at(i).memberId == members.at(i).memberId && current.at(i).role == members.at(i).role &&
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
        differs("tags", c.tags != before.tags);
        differs("notes", c.notes != before.notes);
        differs("addresses", !sameAddresses(c.addresses, before.addresses));
        differs("team", c.teamId != before.teamId);
        differs("kind", c.kind != before.kind);
        differs("name", c.name != before.name);
        op.fields = pr.changes.size() > (op.setMembers ? 1 : 0);
        pr.action = pr.changes.isEmpty() ? ImportRow::Action::Unchanged : ImportRow::Action::Change;
    }
    m_index.contacts.insert(id, c);
    if ((op.fields || op.setMembers) && errorCount() == errorsAt)
        m_plan.contactOps.append(op);
}

void ContactValidator::checkNetBox(Contact *c)
{
    // A NetBox file adds to what Steward knows: its tags, groups and addresses join
    // those the contact has, and an empty cell leaves the field as it is.
    QString problem;
    QStringList tags = netbox::splitList(m_cols.get("tags"));
    const qint64 errorsAt = errorCount();
    if (!validation::normaliseList(&tags, false, &problem))
        bad("tags", problem);
    QStringList groups;
    for (const QString &group : netbox::splitList(m_cols.get("groups")))
        groups << netbox::groupTag(group);
    if (!validation::normaliseList(&groups, false, &problem))
        bad("groups", problem);
    if (errorCount() == errorsAt) {
        tags = c->tags + tags + groups;
        if (validation::normaliseList(&tags, false, &problem)) // drops the repeats
            c->tags = tags;
    }

    const auto add = [c](AddressKind kind, const QString &value) {
        for (const Address &a : std::as_const(c->addresses)) {
            if (a.kind == kind &&
                a.value.compare(value, kind == AddressKind::Email ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0)
                return;
        }
        Address address;
        address.kind = kind;
        address.value = value;
        c->addresses.append(address);
    };
    const QString email = m_cols.get("email").trimmed();
    if (!email.isEmpty()) {
        if (validation::addressProblem(AddressKind::Email, email).isEmpty())
            add(AddressKind::Email, email);
        else
            bad("email", Tr::tr("bad email address \"%1\"").arg(email));
    }
    // NetBox does not check a telephone number; one Steward cannot dial is kept in the notes.
    QString unkeptPhone = m_cols.get("phone").trimmed();
    if (!unkeptPhone.isEmpty() && validation::addressProblem(AddressKind::Phone, unkeptPhone).isEmpty()) {
        add(AddressKind::Phone, unkeptPhone);
        unkeptPhone.clear();
    }
    const QString link = netbox::linkWithScheme(m_cols.get("link"));
    if (!link.isEmpty()) {
        if (validation::addressProblem(AddressKind::Url, link).isEmpty())
            add(AddressKind::Url, link);
        else
            bad("link", Tr::tr("\"%1\" is not a web address; it should look like https://example.org/").arg(link));
    }

    // What Steward has no field for becomes the notes (when there is any).
    const QString notes = netbox::contactNotes(
        {m_cols.get("description"), m_cols.get("title"), unkeptPhone, m_cols.get("address"), m_cols.get("comments")});
    if (notes.isEmpty())
        return;
    c->notes = notes;
    // The columns' characters are checked each in its own (checkRecord()); together
    // they may still be too long.
    if (notes.size() > validation::maxLength(validation::TextField::Text)) {
        problem = validation::textProblem(validation::TextField::Text, QStringLiteral("notes"), notes);
        for (const char *column : {"comments", "address", "description", "title", "phone"}) {
            if (m_cols.has(column)) {
                bad(column, problem);
                break;
            }
        }
    }
}

} // namespace steward
