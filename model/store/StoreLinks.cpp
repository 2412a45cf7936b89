// The Store's links between items (fronted by, DNS by, ...).

#include "Store.h"

#include "StoreSql.h"
#include "Validation.h"

#include <QSqlError>

namespace steward {

using namespace storesql;

std::optional<qint64> Store::addLink(Link &link, QString *error)
{
    if (!checkFields(validation::linkNoteProblem(link.note), error))
        return std::nullopt;
    const bool ok = write(
        [&](QString *err) {
            if (link.fromItem == link.toItem) {
                setError(err, tr("An item cannot be linked to itself."));
                return false;
            }
            link.type = keys::normalLinkType(link.type);
            if (!checkLinkType(link.type, err))
                return false;
            // A given id (an import's redo) is kept.
            QSqlQuery &q = prepared(QStringLiteral(
                "INSERT INTO item_link (id, from_item, to_item, kind, note) VALUES (?, ?, ?, ?, ?) RETURNING id"));
            q.addBindValue(nullableId(link.id));
            q.addBindValue(link.fromItem);
            q.addBindValue(link.toItem);
            q.addBindValue(link.type);
            q.addBindValue(link.note);
            if (!exec(q, err))
                return false;
            if (!insertedId(q, &link.id, err))
                return false;
            const QJsonObject fields{{QStringLiteral("from_item"), link.fromItem},
                                     {QStringLiteral("to_item"), link.toItem},
                                     {QStringLiteral("kind"), link.type},
                                     {QStringLiteral("note"), link.note}};
            return logChange(
                QStringLiteral("link"), link.id, link.fromItem, QStringLiteral("create"),
                tr("%1 %2 %3").arg(itemName(link.fromItem), linkTypeLabel(link.type), itemName(link.toItem)), {},
                fields, err);
        },
        error);
    if (!ok)
        return std::nullopt;
    notifyOwnershipChanged();
    return link.id;
}

bool Store::removeLink(qint64 id, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            QSqlQuery &old =
                prepared(QStringLiteral("SELECT from_item, to_item, kind, note FROM item_link WHERE id = ?"));
            old.addBindValue(id);
            if (!exec(old, err))
                return false;
            if (old.next()) {
                const QJsonObject fields{{QStringLiteral("from_item"), old.value(0).toLongLong()},
                                         {QStringLiteral("to_item"), old.value(1).toLongLong()},
                                         {QStringLiteral("kind"), old.value(2).toString()},
                                         {QStringLiteral("note"), old.value(3).toString()}};
                old.finish();
                if (!logChange(QStringLiteral("link"), id, fields.value(QStringLiteral("from_item")).toInteger(),
                               QStringLiteral("delete"), tr("Removed a link"), fields, {}, err))
                    return false;
            }
            old.finish();
            return changeOne(QStringLiteral("DELETE FROM item_link WHERE id = ?"), {id},
                             tr("Link %1 does not exist.").arg(id), err);
        },
        error);
    if (ok)
        notifyOwnershipChanged();
    return ok;
}

bool Store::removeLinks(const QVector<qint64> &ids, QString *error)
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 0) {
        setError(error, tr("Links are removed in bulk only inside a write."));
        return false;
    }
    // As removeAssignments(): a statement or two per chunk, the history rows as removeLink() writes them.
    constexpr int chunk = 400;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QVector<qint64> part = ids.mid(start, chunk);
        const int n = static_cast<int>(part.size());
        QHash<qint64, QJsonObject> found;
        const bool read = selectIn(
            QStringLiteral("SELECT id, from_item, to_item, kind, note FROM item_link WHERE id IN (%1)"), part,
            [&found](const QSqlQuery &q) {
                found.insert(q.value(0).toLongLong(),
                             QJsonObject{{QStringLiteral("from_item"), q.value(1).toLongLong()},
                                         {QStringLiteral("to_item"), q.value(2).toLongLong()},
                                         {QStringLiteral("kind"), q.value(3).toString()},
                                         {QStringLiteral("note"), q.value(4).toString()}});
            },
            error);
        if (!read)
            return false;
        for (qint64 id : part) {
            if (!found.contains(id)) {
                setError(error, tr("Link %1 does not exist.").arg(id));
                return false;
            }
        }
        if (!ensureBatch(tr("Removed %n link(s)", nullptr, n), error))
            return false;
        const QString summary = tr("Removed a link");
        const bool logged = insertRows(
            QStringLiteral("INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before,"
                           " after) VALUES "),
            QStringLiteral("(?,'link',?,?,'delete',?,?,'{}')"), 5, n,
            [&](QSqlQuery &q, qsizetype i, int at) {
                const QJsonObject &fields = found[part.at(i)];
                q.bindValue(at, m_batchId);
                q.bindValue(at + 1, part.at(i));
                q.bindValue(at + 2, fields.value(QStringLiteral("from_item")).toInteger());
                q.bindValue(at + 3, summary);
                q.bindValue(at + 4, compactJson(fields));
            },
            error);
        if (!logged)
            return false;
        QSqlQuery remove(m_db.connection());
        remove.prepare(QStringLiteral("DELETE FROM item_link WHERE id IN (%1)").arg(placeholders(n)));
        for (qint64 id : part)
            remove.addBindValue(id);
        if (!exec(remove, error))
            return false;
    }
    if (!ids.isEmpty())
        notifyOwnershipChanged();
    return true;
}

namespace {

/// The columns every link query reads, as readLink() reads them.
const QString kLinkSelect =
    QStringLiteral("SELECT l.id, l.from_item, l.to_item, l.kind, l.note, f.name, t.name FROM item_link l"
                   " JOIN item f ON f.id = l.from_item JOIN item t ON t.id = l.to_item ");

Link readLink(const QSqlQuery &q)
{
    Link link;
    link.id = q.value(0).toLongLong();
    link.fromItem = q.value(1).toLongLong();
    link.toItem = q.value(2).toLongLong();
    link.type = q.value(3).toString();
    link.note = q.value(4).toString();
    link.fromName = q.value(5).toString();
    link.toName = q.value(6).toString();
    return link;
}

} // namespace

std::optional<QVector<Link>> Store::links(qint64 itemId, QString *error)
{
    return selectAll(
        kLinkSelect + QStringLiteral("WHERE l.from_item = ? OR l.to_item = ? ORDER BY l.kind, t.name_key, f.name_key"),
        {itemId, itemId}, readLink, error);
}

std::optional<QVector<Link>> Store::linksOfKind(LinkKind kind, QString *error)
{
    return selectAll(kLinkSelect + QStringLiteral("WHERE l.kind = ? ORDER BY l.from_item, t.name_key"),
                     {keys::linkKind(kind)}, readLink, error);
}

std::optional<QVector<Link>> Store::allLinks(QString *error)
{
    return selectAll(kLinkSelect + QStringLiteral("ORDER BY l.from_item, l.kind, t.name_key, l.id"), {}, readLink,
                     error);
}

std::optional<QVector<Link>> Store::linksById(const QVector<qint64> &ids, QString *error)
{
    QVector<Link> result;
    if (!selectIn(
            kLinkSelect + QStringLiteral("WHERE l.id IN (%1)"), ids,
            [&result](const QSqlQuery &q) { result.append(readLink(q)); }, error))
        return std::nullopt;
    return result;
}

std::optional<QVector<Link>> Store::linksOfItems(const QVector<qint64> &itemIds, QString *error)
{
    // From, then to: each link once, even one between two of the items.
    QVector<Link> result;
    QSet<qint64> seen;
    const auto add = [&result, &seen](const QSqlQuery &q) {
        Link link = readLink(q);
        if (!seen.contains(link.id)) {
            seen.insert(link.id);
            result.append(std::move(link));
        }
    };
    if (!selectIn(kLinkSelect + QStringLiteral("WHERE l.from_item IN (%1)"), itemIds, add, error) ||
        !selectIn(kLinkSelect + QStringLiteral("WHERE l.to_item IN (%1)"), itemIds, add, error))
        return std::nullopt;
    return result;
}

QString Store::linkTypeLabel(const QString &type)
{
    LinkKind kind;
    if (keys::linkKindFromKey(type, &kind))
        return keys::linkKindLabel(kind);
    QSqlQuery &q = bound(QStringLiteral("SELECT label FROM link_type WHERE key = ?"), {type});
    QString label;
    if (q.exec() && q.next())
        label = q.value(0).toString();
    q.finish();
    return label.isEmpty() ? QString(type).replace(QLatin1Char('_'), QLatin1Char(' ')) : label;
}

} // namespace steward
