// The Store's roles: how often the assignments of each are to be confirmed, and the
// scan the reviews read.

#include "Store.h"

#include "SqliteStatement.h"
#include "StoreSql.h"
#include "Validation.h"

namespace steward {

using namespace storesql;

namespace {

constexpr int kMaxReviewDays = 3650;

/// Two digits of @p text at @p at, or -1.
int digits(QByteArrayView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text.at(at + i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

/// A confirmation as stored ("2025-09-01T12:00:00.000Z"), read without QDateTime's parser
/// (a scan of 200k assignments would spend most of its time there); anything else through it.
QDateTime confirmationFromBytes(QByteArrayView text)
{
    if (text.isEmpty())
        return {};
    if (text.size() == 24 && text.at(4) == '-' && text.at(7) == '-' && text.at(10) == 'T' && text.at(13) == ':' &&
        text.at(16) == ':' && text.at(19) == '.' && text.at(23) == 'Z') {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
        const int ms = digits(text, 20, 3);
        const QDate date(year, month, day);
        if (date.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 &&
            ms >= 0) {
            const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
            return QDateTime::fromMSecsSinceEpoch(((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + ms,
                                                  Qt::UTC);
        }
    }
    return confirmationTime(QString::fromUtf8(text));
}

} // namespace

std::optional<QVector<RoleDef>> Store::roleDefs(QString *error)
{
    QVector<RoleDef> roles;
    for (const QString &role : keys::knownRoles()) {
        RoleDef def;
        def.role = role;
        def.builtin = true;
        roles.append(def);
    }
    QSqlQuery &q = prepared(QStringLiteral("SELECT role, review_days FROM role_def ORDER BY role"));
    if (!exec(q, error))
        return std::nullopt;
    QVector<RoleDef> own;
    while (q.next()) {
        RoleDef def;
        def.role = q.value(0).toString();
        def.declared = true;
        if (!q.value(1).isNull())
            def.reviewDays = q.value(1).toInt();
        const auto builtin = std::find_if(roles.begin(), roles.end(),
                                          [&def](const RoleDef &r) { return r.builtin && r.role == def.role; });
        if (builtin != roles.end()) {
            builtin->declared = true;
            builtin->reviewDays = def.reviewDays;
        } else {
            own.append(def);
        }
    }
    q.finish();
    return roles + own;
}

bool Store::defineRole(const QString &role, std::optional<int> days, QString *error)
{
    const QString name = role.trimmed();
    if (name.isEmpty()) {
        setError(error, tr("A role needs a name."));
        return false;
    }
    // A role is what assignments carry: the same rule as theirs (a line, no control characters).
    if (const QString bad = validation::badCharacter(validation::TextField::Line, name); !bad.isEmpty()) {
        setError(error, tr("This role cannot be saved: it has %1.").arg(bad));
        return false;
    }
    if (name.size() > 200) {
        setError(error, tr("A role has at most 200 characters."));
        return false;
    }
    if (days && (*days < 1 || *days > kMaxReviewDays)) {
        setError(error, tr("A review interval is from 1 to %1 days, or never.").arg(kMaxReviewDays));
        return false;
    }
    const bool ok = write(
        [&](QString *err) {
            QSqlQuery &remove = bound(QStringLiteral("DELETE FROM role_def WHERE role = ?"), {name});
            if (!exec(remove, err))
                return false;
            QSqlQuery &insert = bound(QStringLiteral("INSERT INTO role_def (role, review_days) VALUES (?, ?)"),
                                      {name, days ? QVariant(*days) : QVariant(QMetaType::fromType<int>())});
            return exec(insert, err);
        },
        error);
    if (ok)
        notifyOwnershipChanged(); // what is due changed
    return ok;
}

bool Store::removeRoleDef(const QString &role, QString *error)
{
    const QString name = role.trimmed();
    if (keys::knownRoles().contains(name)) {
        setError(error, tr("\"%1\" is a built-in role; give it another interval instead.").arg(name));
        return false;
    }
    const bool ok = write(
        [&](QString *err) {
            return changeOne(QStringLiteral("DELETE FROM role_def WHERE role = ?"), {name},
                             tr("There is no role \"%1\" of your own.").arg(name), err);
        },
        error);
    if (ok)
        notifyOwnershipChanged();
    return ok;
}

bool Store::forEachReviewRow(const QHash<QString, QDateTime> &cutoffs, const QDateTime &otherCutoff, bool dueOnly,
                             const QDate &today, const std::function<void(ReviewRow &)> &visit, QString *error)
{
    // The cut-offs are bound, one row per role, so that the due ones are chosen in one
    // scan; the rest of the rule (when, by whom) is the caller's.
    QStringList never;
    QVector<QPair<QString, QString>> cut; // role, cut-off as stored
    for (auto it = cutoffs.constBegin(); it != cutoffs.constEnd(); ++it) {
        if (it.value().isValid())
            cut.append({it.key(), confirmationText(it.value()).toString()});
        else
            never << it.key();
    }
    // The cut-off as a CASE on the role: a condition on the assignment alone, so that the
    // scan skips what is not due before it looks up any item or contact (a join to a table
    // of cut-offs made SQLite look both up for every row first: 200k lookups for nothing).
    QString sql = QStringLiteral("SELECT a.id, a.item_id, i.kind, i.name, a.contact_id, c.name, a.role, a.priority,"
                                 " a.confirmed_at, a.confirmed_by FROM assignment a JOIN item i ON i.id = a.item_id"
                                 " JOIN contact c ON c.id = a.contact_id WHERE a.priority <> 'inactive'"
                                 " AND (a.valid_until IS NULL OR a.valid_until >= ?)");
    QStringList values{today.toString(Qt::ISODate)};
    if (dueOnly) {
        if (!never.isEmpty()) {
            sql += QStringLiteral(" AND a.role NOT IN (%1)").arg(placeholders(static_cast<int>(never.size())));
            values += never;
        }
        QString cutoff = QStringLiteral("?");
        if (!cut.isEmpty()) {
            cutoff = QStringLiteral("CASE a.role");
            for (const auto &c : std::as_const(cut)) {
                cutoff += QStringLiteral(" WHEN ? THEN ?");
                values << c.first << c.second;
            }
            cutoff += QStringLiteral(" ELSE ? END");
        }
        values << confirmationText(otherCutoff).toString();
        sql += QStringLiteral(" AND (a.confirmed_at IS NULL OR a.confirmed_at < %1)").arg(cutoff);
    }
    SqliteStatement q(m_db.connection(), sql.toUtf8());
    for (int i = 0; i < values.size() && q.isValid(); ++i)
        q.bind(i + 1, values.at(i));
    // Kinds, roles and priorities repeat: one QString each, shared by every row; so do
    // contacts (a tenth as many as assignments): each name read once.
    QHash<QByteArray, QString> roles;
    QHash<qint64, QString> contacts;
    while (q.isValid() && q.next()) {
        ReviewRow row;
        Assignment &a = row.assignment;
        a.id = q.integer(0);
        a.itemId = q.integer(1);
        keys::itemKindFromKey(q.text(2), &row.itemKind);
        row.itemName = q.text(3);
        a.contactId = q.integer(4);
        auto contact = contacts.constFind(a.contactId);
        if (contact == contacts.constEnd())
            contact = contacts.insert(a.contactId, q.text(5));
        row.contactName = *contact;
        const QByteArrayView role = q.bytes(6);
        auto known = roles.constFind(QByteArray::fromRawData(role.data(), role.size()));
        if (known == roles.constEnd()) {
            const QByteArray key = role.toByteArray(); // before text() converts the column
            known = roles.insert(key, q.text(6));
        }
        a.role = *known;
        a.priority = keys::priorityFromKey(q.text(7));
        a.confirmedAt = q.isNull(8) ? QDateTime() : confirmationFromBytes(q.bytes(8));
        a.confirmedBy = q.text(9);
        visit(row);
    }
    if (!q.isValid() || q.hasError()) {
        setError(error, q.errorString());
        return false;
    }
    return true;
}

} // namespace steward
