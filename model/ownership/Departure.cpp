#include "Departure.h"

#include "Store.h"

#include <algorithm>

namespace steward {

namespace {

/// One way the leaver covers an item: its own assignment, or its team's.
struct Cover
{
    Assignment assignment;
    QString team; ///< the team's name, or empty: the leaver's own
};

} // namespace

std::optional<Departure> departure(Store &store, qint64 contactId, QString *error)
{
    const auto contact = store.contact(contactId, error);
    if (!contact)
        return std::nullopt;
    Departure result;
    result.contact = *contact;
    const auto memberships = store.memberships(contactId, error);
    if (!memberships)
        return std::nullopt;
    for (const TeamMember &m : *memberships) {
        if (m.memberId == contactId)
            result.teams.append(m);
    }
    const auto members = store.teamMemberIds(error);
    if (!members)
        return std::nullopt;
    // Its assignments and its teams' in one read (thousands for someone who owns much).
    QVector<qint64> whose{contactId};
    for (const TeamMember &m : std::as_const(result.teams))
        whose.append(m.teamId);
    const auto all = store.assignmentLines(Store::By::Contact, whose, error);
    if (!all)
        return std::nullopt;
    QHash<qint64, QVector<Assignment>> byContact;
    for (const Assignment &a : *all)
        byContact[a.contactId].append(a);
    result.assignments = byContact.value(contactId);

    // What it covers: its own active assignments, and those of its teams.
    QHash<qint64, QVector<Cover>> covers;
    QVector<qint64> covered; // in the order first met
    QVector<qint64> named;   // every item whose name the answer gives
    // Only what is listed today: an inactive assignment, or a cover not begun or ended, leaves
    // nobody short when its contact goes.
    const QDate today = store.today();
    const auto add = [&](const Assignment &a, const QString &team) {
        named.append(a.itemId);
        if (!a.listedOn(today))
            return;
        auto &list = covers[a.itemId];
        if (list.isEmpty())
            covered.append(a.itemId);
        list.append({a, team});
    };
    for (const Assignment &a : std::as_const(result.assignments))
        add(a, QString());
    if (!result.teams.isEmpty()) {
        QVector<qint64> teamIds;
        for (const TeamMember &m : std::as_const(result.teams))
            teamIds.append(m.teamId);
        const auto teams = store.contactsById(teamIds, error);
        if (!teams)
            return std::nullopt;
        for (const TeamMember &m : std::as_const(result.teams)) {
            for (const Assignment &a : byContact.value(m.teamId))
                add(a, teams->value(m.teamId).name);
        }
    }
    result.itemsCovered = static_cast<int>(covered.size());
    if (named.isEmpty())
        return result;

    // The items, what they run on and everything above them: what the answers walk.
    QVector<TreeRow> rows;
    QVector<Placement> placements;
    if (!store.treeAround(named, &rows, &placements, error))
        return std::nullopt;
    QHash<qint64, const TreeRow *> rowOf;
    for (const TreeRow &row : std::as_const(rows))
        rowOf.insert(row.id, &row);
    for (qint64 id : std::as_const(named)) {
        const TreeRow *row = rowOf.value(id);
        result.itemNames.insert(id, row ? row->name : QString::number(id));
    }
    if (covered.isEmpty())
        return result;
    // A resolver of its own: the document's answers from the store, not from this snapshot.
    ContactResolver resolver(store);
    if (!resolver.preloadFor(rows, placements, covered, error, ContactResolver::Preload::Names))
        return std::nullopt;

    ContactResolver::Overrides without;
    without.withoutContact = contactId;
    QHash<qint64, qint64> lastMemberIds; // team -> its one member left
    const QString escalation = QStringLiteral("escalation");
    for (qint64 itemId : std::as_const(covered)) {
        const TreeRow *row = rowOf.value(itemId);
        if (!row)
            continue; // gone meanwhile
        QString unread;
        const auto answer = resolver.resolve(itemId, &unread, &without);
        if (!answer)
            continue; // an item the resolver cannot answer for is left out, as the deletion check does
        // The people left to call, each once, and the teams with no one left.
        QSet<qint64> people, emptyTeams;
        const auto weigh = [&](const ResolvedContact &line) {
            if (line.contact.kind != ContactKind::Team) {
                people.insert(line.contact.id);
                return true;
            }
            const QVector<qint64> teamMembers = members->value(line.contact.id);
            if (teamMembers.isEmpty()) {
                people.insert(line.contact.id); // nobody recorded: the team itself
                return true;
            }
            bool anyone = false;
            for (qint64 member : teamMembers) {
                if (member != contactId) {
                    people.insert(member);
                    anyone = true;
                }
            }
            if (!anyone)
                emptyTeams.insert(line.contact.id);
            return anyone;
        };
        // Who to Contact's first lines: up to the first level with someone in it.
        QVector<ResolvedContact> first;
        int reachedAt = -1;
        for (const ResolvedContact &line : *answer) {
            if (reachedAt >= 0 && line.depth != reachedAt)
                break;
            const bool someone = line.role == escalation ? true : weigh(line);
            first.append(line);
            if (someone)
                reachedAt = line.depth;
        }
        for (const ResolvedContact &line : *answer) {
            if (line.role != escalation)
                weigh(line);
        }
        const QVector<Cover> &how = covers.value(itemId);
        const bool asEscalationOnly =
            std::all_of(how.begin(), how.end(), [&](const Cover &c) { return c.assignment.role == escalation; });
        DepartureItem item;
        if (answer->isEmpty())
            item.leftWith = LeftWith::Nobody;
        else if (asEscalationOnly || people.size() > 1)
            continue; // it never relied on the leaver for more than escalation, or others are left
        else if (people.isEmpty())
            item.leftWith = emptyTeams.isEmpty() ? LeftWith::EscalationOnly : LeftWith::EmptyTeam;
        else
            item.leftWith = LeftWith::SingleOwner;
        item.itemId = itemId;
        item.itemName = row->name;
        item.kind = row->kind;
        for (const Cover &c : how) {
            const QString role = keys::roleLabel(c.assignment.role);
            const QString as = c.team.isEmpty() ? role : DepartureText::tr("%1 through %2").arg(role, c.team);
            if (!item.coveredAs.contains(as))
                item.coveredAs << as;
        }
        item.wouldSay = first;
        item.emptyTeams = emptyTeams;
        for (const ResolvedContact &line : std::as_const(first)) {
            if (line.contact.kind != ContactKind::Team)
                continue;
            QVector<qint64> left = members->value(line.contact.id);
            left.removeAll(contactId);
            if (left.size() == 1) {
                item.lastMembers.insert(line.contact.id, QString());
                lastMemberIds.insert(line.contact.id, left.first());
            }
        }
        result.items.append(item);
    }
    // The names of the last members, read once for all the items.
    if (!lastMemberIds.isEmpty()) {
        const auto names = store.contactRecords(lastMemberIds.values(), error);
        if (!names)
            return std::nullopt;
        for (DepartureItem &item : result.items) {
            for (auto it = item.lastMembers.begin(); it != item.lastMembers.end(); ++it)
                it.value() = names->value(lastMemberIds.value(it.key())).name;
        }
    }
    std::sort(result.items.begin(), result.items.end(), [](const DepartureItem &a, const DepartureItem &b) {
        if (a.leftWith != b.leftWith)
            return a.leftWith < b.leftWith;
        const int byName = a.itemName.compare(b.itemName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.itemId < b.itemId;
    });
    return result;
}

QString DepartureText::label(LeftWith leftWith)
{
    switch (leftWith) {
    case LeftWith::Nobody: return tr("nobody at all");
    case LeftWith::EscalationOnly: return tr("escalation only");
    case LeftWith::EmptyTeam: return tr("a team with no one left");
    case LeftWith::SingleOwner: return tr("a single owner");
    }
    return QString();
}

QString DepartureText::key(LeftWith leftWith)
{
    switch (leftWith) {
    case LeftWith::Nobody: return QStringLiteral("nobody");
    case LeftWith::EscalationOnly: return QStringLiteral("escalation-only");
    case LeftWith::EmptyTeam: return QStringLiteral("empty-team");
    case LeftWith::SingleOwner: return QStringLiteral("single-owner");
    }
    return QString();
}

QString DepartureText::line(const ResolvedContact &contact, bool emptyTeam, const QString &lastMember)
{
    if (emptyTeam)
        return tr("%1 (%2; no one left in it)").arg(contact.contact.name, contact.reason);
    if (!lastMember.isEmpty())
        return tr("%1 (%2; only %3 left in it)").arg(contact.contact.name, contact.reason, lastMember);
    return tr("%1 (%2)").arg(contact.contact.name, contact.reason);
}

QString DepartureText::wouldSay(const DepartureItem &item)
{
    if (item.wouldSay.isEmpty())
        return tr("nobody");
    QStringList lines;
    for (const ResolvedContact &c : item.wouldSay)
        lines << line(c, item.emptyTeams.contains(c.contact.id), item.lastMembers.value(c.contact.id));
    return lines.join(QStringLiteral("; "));
}

} // namespace steward
