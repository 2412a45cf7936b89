#include "Search.h"

#include "Database.h"
#include "SearchFold.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <numeric>

namespace steward {
namespace {

// Groups as schema step 3 numbers them in search_doc's ids (group << 40 | ...).
constexpr int kGroupBits = 40;

int groupOf(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Organisation: return 1;
    case SearchKind::Provider: return 2;
    case SearchKind::Host: return 3;
    case SearchKind::Service: return 4;
    case SearchKind::Contact: return 5;
    }
    return 0;
}

constexpr SearchKind kKinds[] = {SearchKind::Service, SearchKind::Host, SearchKind::Provider, SearchKind::Organisation,
                                 SearchKind::Contact};

/// How many names beginning with the query (of all item kinds) a query reads at least.
constexpr int kPrefixCap = 100;

SearchKind kindOf(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Organisation: return SearchKind::Organisation;
    case ItemKind::Provider: return SearchKind::Provider;
    case ItemKind::Host: return SearchKind::Host;
    case ItemKind::Service: break;
    }
    return SearchKind::Service;
}

/// How many index rows of one kind a query ranks at most: enough to rank any ordinary
/// query completely, few enough that a query matching everything stays fast.
constexpr int kCandidateCap = 400;

/// How many tagged items a tag filter alone sorts by name; beyond that, services are read
/// in name order until enough have the tag.
constexpr int kTagDriveCap = 2000;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

/// @p text folded for comparison, with the index in @p text of each folded character.
QString foldMapped(const QString &text, QVector<int> *map)
{
    QString folded;
    folded.reserve(text.size());
    map->clear();
    map->reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QString piece = searchfold::indexFold(QString(text.at(i))).toCaseFolded();
        folded += piece;
        for (int k = 0; k < piece.size(); ++k)
            map->append(i);
    }
    return folded;
}

/// Whether @p field holds a name of the item or contact: the one place that says which
/// fields count as a name, for the exact match, the name prefix and the field weight.
bool isNameField(const QString &field)
{
    return field == QLatin1String("name") || field == QLatin1String("alias");
}

/// Whether @p field's index row holds a list (an item's aliases, its tags), one text a
/// line: each text is ranked on its own.
bool isListField(const QString &field)
{
    return field == QLatin1String("alias") || field == QLatin1String("tag");
}

/// Whether the folded text of @p field is the folded query itself: the best match there is.
bool isExactName(const QString &field, const QString &folded, const QString &foldedQuery)
{
    return isNameField(field) && folded == foldedQuery;
}

/// 0 name, 1 identifiers (addresses, URLs, host names, full names), 2 description, 3 notes.
int fieldWeight(const QString &field)
{
    if (isNameField(field))
        return 0;
    if (field == QLatin1String("description") || field == QLatin1String("tag"))
        return 2;
    if (field == QLatin1String("notes"))
        return 3;
    return 1;
}

/// SQL that holds when the tag t.tag is what @p filter asks for; its values are bound by
/// bindTagFilters().
QString tagMatchSql(const Search::TagFilter &filter)
{
    return filter.withValue ? QStringLiteral("t.tag = ?") : QStringLiteral("(t.tag = ? OR substr(t.tag, 1, ?) = ?)");
}

/// SQL that holds when the item (or contact) @p id has a tag each filter asks for, to
/// follow a WHERE clause; its values are bound by bindTagFilters().
QString tagFilterSql(const QVector<Search::TagFilter> &filters, bool contacts, const QString &id)
{
    QString sql;
    for (const Search::TagFilter &f : filters) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM %1 t WHERE t.%2 = %3 AND %4)")
                   .arg(contacts ? QStringLiteral("contact_tag") : QStringLiteral("item_tag"),
                        contacts ? QStringLiteral("contact_id") : QStringLiteral("item_id"), id, tagMatchSql(f));
    }
    return sql;
}

void bindTagFilters(QSqlQuery &q, const QVector<Search::TagFilter> &filters)
{
    for (const Search::TagFilter &f : filters) {
        q.addBindValue(f.tag);
        if (!f.withValue) {
            const QString key = f.tag + QLatin1Char('=');
            q.addBindValue(static_cast<int>(key.size()));
            q.addBindValue(key);
        }
    }
}

bool wordStart(const QString &folded, qsizetype at)
{
    return at == 0 || !folded.at(at - 1).isLetterOrNumber();
}

struct Candidate
{
    qint64 targetId = 0;
    QString field;
    QString text;
    int score = -1;
    QVector<QPair<int, int>> matches; ///< in text
    /// 0 exact name, 1 the text begins with the query, 2 every word begins a word, 3 substrings.
    int quality = 3;
};

/// How a group's best result orders the groups: 0 an exact name, 1 a name beginning with
/// the query, 2 anything else.
int groupTier(const Candidate &best)
{
    if (best.quality == 0)
        return 0;
    return best.quality == 1 && isNameField(best.field) ? 1 : 2;
}

/// Scores @p c against the folded query; false if it does not match every word.
bool rank(Candidate *c, const QString &foldedQuery, const QStringList &foldedWords)
{
    QVector<int> map;
    const QString folded = foldMapped(c->text, &map);
    int quality = 3;
    if (isExactName(c->field, folded, foldedQuery))
        quality = 0;
    else if (folded.startsWith(foldedQuery))
        quality = 1;
    bool allWordStarts = true;
    c->matches.clear();
    for (const QString &word : foldedWords) {
        qsizetype at = folded.indexOf(word);
        if (at < 0)
            return false;
        // Prefer an occurrence at the start of a word for the highlight and the score.
        qsizetype best = at;
        while (at >= 0 && !wordStart(folded, at))
            at = folded.indexOf(word, at + 1);
        if (at >= 0)
            best = at;
        else
            allWordStarts = false;
        const int start = map.at(best);
        const int end = map.at(best + word.size() - 1) + 1;
        c->matches.append({start, end - start});
    }
    if (quality == 3 && allWordStarts)
        quality = 2;
    c->quality = quality;
    c->score =
        1000 - quality * 200 - fieldWeight(c->field) * 40 - static_cast<int>(std::min<qsizetype>(folded.size(), 39));
    return true;
}

/// The text, or ~80 characters of it around the first match, with highlights moved along.
void makeSnippet(const Candidate &c, SearchResult *result)
{
    constexpr int Width = 80;
    const QString &text = c.text;
    int from = 0;
    int to = static_cast<int>(text.size());
    if (text.size() > Width) {
        const int first = c.matches.isEmpty() ? 0 : c.matches.constFirst().first;
        from = std::max(0, first - Width / 3);
        to = std::min(static_cast<int>(text.size()), from + Width);
        from = std::max(0, to - Width);
    }
    QString snippet = text.mid(from, to - from);
    snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const int shift = from > 0 ? 1 : 0;
    if (from > 0)
        snippet.prepend(QChar(0x2026));
    if (to < text.size())
        snippet.append(QChar(0x2026));
    result->snippet = snippet;
    result->highlights.clear();
    for (const auto &m : c.matches) {
        const int start = std::max(m.first, from);
        const int end = std::min(m.first + m.second, to);
        if (end > start)
            result->highlights.append({start - from + shift, end - start});
    }
}

} // namespace

Search::Search(Database &db)
    : m_db(db)
{}

Search::~Search() = default;

QSqlQuery &Search::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db.connection());
        query->setForwardOnly(true);
        it = m_queries.insert(sql, query);
    }
    QSqlQuery &query = **it;
    // A failed prepare (the schema locked a moment) is tried again; exec() reports it.
    if (query.lastQuery() != sql || query.lastError().isValid())
        query.prepare(sql);
    return query;
}

namespace {

/// @p result, unless SQLite reported a damaged page since @p damageBefore (a read that
/// met one may only have stopped early, and so be short) or the error says the file is
/// damaged: then nullopt with the Database's damage message, and the Database marked.
template <typename T>
std::optional<T> undamaged(Database &db, std::optional<T> result, quint64 damageBefore, QString *error)
{
    if (!db.isServer() && Database::damageReports() != damageBefore) {
        if (!db.isDamaged())
            db.markDamaged(!result && error ? *error : Search::tr("SQLite met a damaged page while searching"));
        setError(error, db.damageMessage());
        return std::nullopt;
    }
    if (!result)
        db.noteDamage(error);
    return result;
}

} // namespace

std::optional<QVector<SearchGroup>> Search::search(const QString &query, int limitPerKind, QString *error)
{
    const quint64 damageBefore = Database::damageReports();
    return undamaged(m_db, find(query, limitPerKind, error), damageBefore, error);
}

std::optional<Search::NameMatches> Search::filterNames(const QString &text, const QVector<TagFilter> &tags, int cap,
                                                       QString *error)
{
    NameMatches matches;
    if ((text.isEmpty() && tags.isEmpty()) || cap <= 0)
        return matches;
    const bool server = m_db.isServer();
    QSet<qint64> seen;
    const QString folded = text.toCaseFolded();
    bool prefixOnly = false; // see below: one or two characters
    // Keeps each row's item once if its name (column 1) holds the text; false once there
    // are more than the cap.
    const auto collect = [&](QSqlQuery &q, bool check) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id) || (check && !q.value(1).toString().toCaseFolded().contains(folded)) ||
                (prefixOnly && !nameKey(q.value(1).toString()).startsWith(folded)))
                continue;
            if (matches.ids.size() >= cap) {
                matches.more = true;
                break;
            }
            seen.insert(id);
            matches.ids.append(id);
        }
        const bool ok = !q.lastError().isValid();
        if (!ok)
            setError(error, sqlError(q));
        q.finish();
        return ok;
    };
    const auto run = [&](QSqlQuery &q, bool check) {
        if (q.lastError().isValid() || !q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        return collect(q, check);
    };
    if (text.isEmpty()) {
        // Tags alone: driven by the first tag's index entries (a bare key is the tag itself
        // or a range of "key=..."), the others checked for each.
        const TagFilter &first = tags.constFirst();
        const QVector<TagFilter> rest = tags.mid(1);
        QSqlQuery &q = prepared(QStringLiteral("SELECT DISTINCT g.item_id FROM item_tag g WHERE %1%2")
                                    .arg(first.withValue ? QStringLiteral("g.tag = ?")
                                                         : QStringLiteral("(g.tag = ? OR (g.tag >= ? AND g.tag < ?))"),
                                         tagFilterSql(rest, false, QStringLiteral("g.item_id"))));
        q.addBindValue(first.tag);
        if (!first.withValue) {
            q.addBindValue(QString(first.tag + QLatin1Char('=')));
            q.addBindValue(QString(first.tag + QLatin1Char('>'))); // '>' follows '='
        }
        bindTagFilters(q, rest);
        if (!run(q, false))
            return std::nullopt;
        return matches;
    }
    const QString key = searchfold::indexFold(text.normalized(QString::NormalizationForm_C));
    const qint64 first = qint64(1) << kGroupBits, last = qint64(5) << kGroupBits; // organisations .. services
    if (key.size() >= 3) {
        // Names only: a name's row has field number 0 in the id's low five bits.
        if (server) {
            QString like = key;
            like.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            QSqlQuery &q = prepared(QStringLiteral("SELECT d.target_id, d.text FROM search_doc d WHERE d.folded ILIKE ?"
                                                   " AND d.id >= ? AND d.id < ? AND (d.id & 31) = 0%1")
                                        .arg(tagFilterSql(tags, false, QStringLiteral("d.target_id"))));
            q.addBindValue(QString(QLatin1Char('%') + like + QLatin1Char('%')));
            q.addBindValue(first);
            q.addBindValue(last);
            bindTagFilters(q, tags);
            if (!run(q, true))
                return std::nullopt;
            return matches;
        }
        QString phrase = key;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QSqlQuery &q = prepared(
            QStringLiteral("SELECT d.target_id, d.text FROM search_fts f JOIN search_doc d ON d.id = f.rowid"
                           " WHERE search_fts MATCH ? AND f.rowid >= ? AND f.rowid < ? AND (f.rowid & 31) = 0%1")
                .arg(tagFilterSql(tags, false, QStringLiteral("d.target_id"))));
        q.addBindValue(QString(QLatin1Char('"') + phrase + QLatin1Char('"')));
        q.addBindValue(first);
        q.addBindValue(last);
        bindTagFilters(q, tags);
        if (!run(q, true))
            return std::nullopt;
        // Names written since the index was brought up to date (see search()).
        if (matches.more)
            return matches;
        QSqlQuery &pending = prepared(
            QStringLiteral("SELECT d.target_id, d.text FROM search_pending p CROSS JOIN search_doc d ON d.id = p.id"
                           " WHERE p.id >= ? AND p.id < ? AND (p.id & 31) = 0 AND instr(d.folded, ?) > 0%1")
                .arg(tagFilterSql(tags, false, QStringLiteral("d.target_id"))));
        pending.addBindValue(first);
        pending.addBindValue(last);
        pending.addBindValue(key);
        bindTagFilters(pending, tags);
        if (!run(pending, true))
            return std::nullopt;
        return matches;
    }
    // One or two characters: too short for trigrams, and a name containing them is
    // nearly every name. Names beginning with them, as search finds (the name index's range).
    QSqlQuery &shortQuery =
        prepared(QStringLiteral("SELECT i.id, i.name FROM item i WHERE i.name_key >= ? AND i.name_key < ?%1 LIMIT ?")
                     .arg(tagFilterSql(tags, false, QStringLiteral("i.id"))));
    const QString prefix = nameKey(text);
    prefixOnly = true;
    shortQuery.addBindValue(prefix);
    shortQuery.addBindValue(QString(prefix + QChar(0xDBFF) + QChar(0xDFFF))); // U+10FFFF: after every continuation
    bindTagFilters(shortQuery, tags);
    shortQuery.addBindValue(cap + 1);
    if (!run(shortQuery, true))
        return std::nullopt;
    return matches;
}

std::optional<QVector<Holding>> Search::holdings(qint64 contactId, QString *error)
{
    const quint64 damageBefore = Database::damageReports();
    return undamaged(m_db, readHoldings(contactId, error), damageBefore, error);
}

std::optional<QVector<SearchGroup>> Search::find(const QString &query, int limitPerKind, QString *error)
{
    QVector<SearchGroup> groups;
    QVector<TagFilter> tags;
    const QString simplified = splitTagFilters(query, &tags).simplified();
    if ((simplified.isEmpty() && tags.isEmpty()) || limitPerKind <= 0)
        return groups;
    if (simplified.isEmpty())
        return tagged(tags, limitPerKind, error);
    const QString normalized = simplified.normalized(QString::NormalizationForm_C);
    // What the index holds (for SQL), and the fuller fold for ranking in C++.
    const QString indexKey = searchfold::indexFold(normalized);
    const QString foldedQuery = searchfold::fold(normalized);
    const QStringList foldedWords = foldedQuery.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Trigrams need 3 characters: shorter words are checked in C++ only.
    QStringList phrases;
    for (QString word : indexKey.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            phrases << QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    }
    const QString match = phrases.join(QStringLiteral(" AND "));
    QString longestWord;
    for (const QString &word : indexKey.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() > longestWord.size())
            longestWord = word;
    }

    // Names and aliases beginning with the query come from the name_key and alias_key
    // indexes Steward has anyway (case-folded, accents kept; any length): found first
    // however many other texts contain the query. Accents and substrings come from the
    // trigram index. Tag filters (tag:env=prod) hold in each statement.
    QSqlQuery &itemPrefix =
        prepared(QStringLiteral("SELECT id, kind, name FROM item WHERE name_key >= ? AND name_key < ?%1"
                                " ORDER BY name_key LIMIT ?")
                     .arg(tagFilterSql(tags, false, QStringLiteral("item.id"))));
    QSqlQuery &aliasPrefix =
        prepared(QStringLiteral("SELECT a.item_id, a.kind, a.alias FROM item_alias a WHERE a.alias_key >= ?"
                                " AND a.alias_key < ?%1 ORDER BY a.alias_key LIMIT ?")
                     .arg(tagFilterSql(tags, false, QStringLiteral("a.item_id"))));
    QSqlQuery &contactPrefix =
        prepared(QStringLiteral("SELECT id, name FROM contact WHERE name_key >= ? AND name_key < ?%1"
                                " ORDER BY name_key LIMIT ?")
                     .arg(tagFilterSql(tags, true, QStringLiteral("contact.id"))));
    // PostgreSQL: pg_trgm's GIN index answers ILIKE '%word%' (the longest word; the
    // ranking below checks the others), and its triggers leave nothing pending.
    const bool server = m_db.isServer();
    const QString substringSql =
        server
            ? QStringLiteral("SELECT target_id, field, text FROM search_doc d"
                             " WHERE folded ILIKE ? AND id >= ? AND id < ?%1 LIMIT ?")
            : QStringLiteral("SELECT d.target_id, d.field, d.text FROM search_fts f JOIN search_doc d ON d.id = f.rowid"
                             " WHERE search_fts MATCH ? AND f.rowid >= ? AND f.rowid < ?%1 LIMIT ?");
    const QString pendingSql =
        server ? QStringLiteral("SELECT 1 WHERE false")
               : QStringLiteral("SELECT d.target_id, d.field, d.text FROM search_pending p CROSS JOIN search_doc d"
                                " ON d.id = p.id WHERE p.id >= ? AND p.id < ? AND instr(d.folded, ?) > 0%1 LIMIT ?");
    // Items and contacts differ only in where their tags are (the statements are the
    // same without tag filters).
    QSqlQuery *substring[2], *pending[2];
    for (const bool contacts : {false, true}) {
        const QString filter = tagFilterSql(tags, contacts, QStringLiteral("d.target_id"));
        substring[contacts] = &prepared(substringSql.arg(filter));
        pending[contacts] = &prepared(server ? pendingSql : pendingSql.arg(filter));
    }
    QString likePattern = longestWord;
    likePattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    likePattern = QLatin1Char('%') + likePattern + QLatin1Char('%');
    for (const QSqlQuery *q :
         {&itemPrefix, &aliasPrefix, &contactPrefix, substring[0], substring[1], pending[0], pending[1]}) {
        if (q->lastError().isValid()) {
            // Say why the statement could not be prepared (say, a file without the index).
            setError(error, sqlError(*q));
            return std::nullopt;
        }
    }

    const QString key = nameKey(simplified);
    const QString keyEnd = key + QChar(0xDBFF) + QChar(0xDFFF); // U+10FFFF: after every continuation
    QHash<int, QVector<Candidate>> prefixed;                    // by SearchKind
    const auto prefixRows = [&](QSqlQuery &q, int limit, bool items, const QString &field) {
        q.addBindValue(key);
        q.addBindValue(keyEnd);
        bindTagFilters(q, tags);
        q.addBindValue(limit);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        while (q.next()) {
            Candidate c;
            c.targetId = q.value(0).toLongLong();
            c.field = field;
            c.text = q.value(items ? 2 : 1).toString();
            SearchKind kind = SearchKind::Contact;
            if (items) {
                ItemKind itemKind = ItemKind::Service;
                keys::itemKindFromKey(q.value(1).toString(), &itemKind);
                kind = kindOf(itemKind);
            }
            prefixed[static_cast<int>(kind)].append(c);
        }
        q.finish();
        return true;
    };
    // Items of all kinds share one index: enough rows for every kind in the usual case.
    const int itemRows = std::max(kPrefixCap, (limitPerKind + 1) * 4);
    const QString name = QStringLiteral("name");
    if (!prefixRows(itemPrefix, itemRows, true, name) ||
        !prefixRows(aliasPrefix, itemRows, true, QStringLiteral("alias")) ||
        !prefixRows(contactPrefix, limitPerKind + 1, false, name))
        return std::nullopt;

    QVector<qint64> itemIds, contactIds;
    QVector<int> tiers; // of each group, by its best result
    for (const SearchKind kind : kKinds) {
        const qint64 group = groupOf(kind);
        const bool contacts = kind == SearchKind::Contact;
        QHash<qint64, Candidate> best;
        bool capped = false;
        // Keeps @p c if it matches and is its target's best so far.
        const auto offer = [&](Candidate &c) {
            if (!rank(&c, foldedQuery, foldedWords))
                return false;
            auto it = best.find(c.targetId);
            if (it == best.end())
                best.insert(c.targetId, c);
            else if (c.score > it->score)
                *it = c;
            return true;
        };
        // Ranks every row of @p q, keeping each target's best; returns the number of rows,
        // or -1 when reading them failed part-way (a damaged page ends the rows early).
        const auto consider = [&](QSqlQuery &q) {
            int rows = 0;
            while (q.next()) {
                ++rows;
                Candidate c;
                c.targetId = q.value(0).toLongLong();
                c.field = q.value(1).toString();
                const QString text = q.value(2).toString();
                if (!isListField(c.field)) {
                    c.text = text;
                    offer(c);
                    continue;
                }
                // A list: each alias or tag on its own.
                for (const QString &piece : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    c.text = piece;
                    offer(c);
                }
            }
            if (q.lastError().isValid()) {
                setError(error, sqlError(q));
                q.finish();
                return -1;
            }
            q.finish();
            return rows;
        };
        QSet<qint64> prefixTargets;
        for (Candidate c : prefixed.value(static_cast<int>(kind))) {
            if (offer(c))
                prefixTargets.insert(c.targetId);
        }
        const qsizetype prefixFound = prefixTargets.size();
        if (!match.isEmpty()) {
            QSqlQuery &sub = *substring[contacts];
            sub.addBindValue(server ? likePattern : match);
            sub.addBindValue(group << kGroupBits);
            sub.addBindValue((group + 1) << kGroupBits);
            bindTagFilters(sub, tags);
            sub.addBindValue(kCandidateCap);
            if (!sub.exec()) {
                setError(error, sqlError(sub));
                return std::nullopt;
            }
            const int rows = consider(sub);
            if (rows < 0)
                return std::nullopt;
            // Rows written since the index was last brought up to date (by plain SQL,
            // or in a transaction not yet committed): few, read directly. CROSS JOIN keeps
            // SQLite from scanning search_doc's whole range instead.
            if (!server) {
                QSqlQuery &pend = *pending[contacts];
                pend.addBindValue(group << kGroupBits);
                pend.addBindValue((group + 1) << kGroupBits);
                pend.addBindValue(longestWord);
                bindTagFilters(pend, tags);
                pend.addBindValue(kCandidateCap);
                if (!pend.exec()) {
                    setError(error, sqlError(pend));
                    return std::nullopt;
                }
                if (consider(pend) < 0)
                    return std::nullopt;
            }
            capped = rows >= kCandidateCap;
        }
        if (best.isEmpty())
            continue;
        QVector<Candidate> ranked = best.values().toVector();
        std::sort(ranked.begin(), ranked.end(), [](const Candidate &a, const Candidate &b) {
            if (a.score != b.score)
                return a.score > b.score;
            return a.targetId < b.targetId;
        });
        SearchGroup g;
        g.kind = kind;
        g.more = ranked.size() > limitPerKind || capped || prefixFound > limitPerKind;
        tiers.append(groupTier(ranked.constFirst()));
        ranked.resize(std::min<qsizetype>(ranked.size(), limitPerKind));
        for (const Candidate &c : std::as_const(ranked)) {
            SearchResult r;
            r.kind = kind;
            r.id = c.targetId;
            r.field = c.field;
            r.text = c.text;
            r.score = c.score;
            if (c.field == name)
                r.name = c.text;
            makeSnippet(c, &r);
            g.results.append(r);
            (contacts ? contactIds : itemIds).append(c.targetId);
        }
        groups.append(g);
    }
    // An exact name leads whatever its kind, then names beginning with the query; groups
    // alike in that keep the kinds' order.
    QVector<int> order(groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&tiers](int a, int b) { return tiers.at(a) < tiers.at(b); });
    QVector<SearchGroup> sorted;
    sorted.reserve(groups.size());
    for (int i : std::as_const(order))
        sorted.append(std::move(groups[i]));
    groups = std::move(sorted);
    if (!loadNames(&groups, itemIds, contactIds, error))
        return std::nullopt;
    return groups;
}

bool Search::loadNames(QVector<SearchGroup> *groups, const QVector<qint64> &itemIds, const QVector<qint64> &contactIds,
                       QString *error)
{
    // Names (for results that matched another field) and contact kinds, in two queries.
    QHash<qint64, QPair<QString, QString>> items, contacts;
    const auto load = [&](const QString &table, const QVector<qint64> &ids,
                          QHash<qint64, QPair<QString, QString>> *into) {
        if (ids.isEmpty())
            return true;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        QStringList marks;
        for (int i = 0; i < ids.size(); ++i)
            marks << QStringLiteral("?");
        // The table name is ours; the ids are bound.
        q.prepare(
            QStringLiteral("SELECT id, name, kind FROM %1 WHERE id IN (%2)").arg(table, marks.join(QLatin1Char(','))));
        for (qint64 id : ids)
            q.addBindValue(id);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        while (q.next())
            into->insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
        return true;
    };
    if (!load(QStringLiteral("item"), itemIds, &items) || !load(QStringLiteral("contact"), contactIds, &contacts))
        return false;
    for (SearchGroup &g : *groups) {
        for (SearchResult &r : g.results) {
            const auto &found = g.kind == SearchKind::Contact ? contacts : items;
            const auto it = found.constFind(r.id);
            if (it == found.constEnd())
                continue;
            r.name = it->first;
            if (g.kind == SearchKind::Contact)
                r.contactKind = keys::contactKindFromKey(it->second);
        }
    }
    return true;
}

std::optional<QVector<SearchGroup>> Search::tagged(const QVector<TagFilter> &tags, int limitPerKind, QString *error)
{
    // The items (of each kind) and contacts with the tags, by name. The first filter finds
    // them through the tag index; when many have it, services are read in name order
    // until enough have the tags instead. The other filters hold as in search().
    QVector<SearchGroup> groups;
    const TagFilter &first = tags.constFirst();
    const QVector<TagFilter> others = tags.mid(1);
    // The first filter, as the tag indexes answer it: "env" or "env=..." as a look-up and
    // a range (on PostgreSQL of the C-collated index: code-point order, not the database's).
    const QString driving =
        first.withValue ? QStringLiteral("t.tag = ?") : dialect::tagKeyMatch(m_db.backend(), QStringLiteral("t.tag"));
    const auto bindDriving = [&](QSqlQuery &q) {
        if (first.withValue) {
            bindTagFilters(q, {first});
            return;
        }
        for (const QString &value : dialect::tagKeyValues(first.tag))
            q.addBindValue(value);
    };
    const auto failed = [&](const QSqlQuery &q) {
        setError(error, sqlError(q));
        return std::nullopt;
    };
    QHash<int, QVector<Candidate>> found; // by SearchKind
    // Rows of (id, kind or nothing, the tag) as results, in their order.
    const auto read = [&](QSqlQuery &q, bool contacts) {
        while (q.next()) {
            Candidate c;
            c.targetId = q.value(0).toLongLong();
            c.field = QStringLiteral("tag");
            c.text = q.value(contacts ? 1 : 2).toString();
            // The filter's part of the tag (all of "env=prod", "env" of "env=dev").
            const int length = static_cast<int>(std::min(first.tag.size(), c.text.size()));
            c.matches = {{0, length}};
            c.score = 1000 - fieldWeight(c.field) * 40;
            SearchKind kind = SearchKind::Contact;
            if (!contacts) {
                ItemKind itemKind = ItemKind::Service;
                keys::itemKindFromKey(q.value(1).toString(), &itemKind);
                kind = kindOf(itemKind);
            }
            found[static_cast<int>(kind)].append(c);
        }
        q.finish();
    };

    QSqlQuery &count =
        prepared(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM item_tag t WHERE %1 LIMIT ?) c").arg(driving));
    if (count.lastError().isValid())
        return failed(count);
    bindDriving(count);
    count.addBindValue(kTagDriveCap + 1);
    if (!count.exec() || !count.next())
        return failed(count);
    const bool many = count.value(0).toInt() > kTagDriveCap;
    count.finish();
    if (many) {
        // Services (most items, as a rule) in name order until enough have the tags.
        QSqlQuery &services = prepared(
            QStringLiteral("SELECT o.id, o.kind, (SELECT min(t.tag) FROM item_tag t WHERE t.item_id = o.id AND %1)"
                           " FROM item o WHERE o.kind = 'service'%2 ORDER BY o.name_key LIMIT ?")
                .arg(tagMatchSql(first), tagFilterSql(tags, false, QStringLiteral("o.id"))));
        if (services.lastError().isValid())
            return failed(services);
        bindTagFilters(services, {first});
        bindTagFilters(services, tags);
        services.addBindValue(limitPerKind + 1);
        if (!services.exec())
            return failed(services);
        read(services, false);
    }
    // The first limitPerKind + 1 of each kind by name: through the tag index; or when many
    // have the tag, of the other kinds (few items, as a rule) each checked, read through
    // item_kind_name (kind IN, not kind <>: an index serves only the former).
    QSqlQuery &items =
        many ? prepared(QStringLiteral(
                            "SELECT id, kind, tag FROM (SELECT o.id, o.kind, (SELECT min(t.tag) FROM item_tag t"
                            " WHERE t.item_id = o.id AND %1) AS tag, row_number() OVER (PARTITION BY o.kind ORDER BY"
                            " o.name_key) AS n FROM item o WHERE o.kind IN ('organisation', 'provider', 'host')%2) r"
                            " WHERE n <= ? ORDER BY kind, n")
                            .arg(tagMatchSql(first), tagFilterSql(tags, false, QStringLiteral("o.id"))))
             : prepared(QStringLiteral(
                            "SELECT id, kind, tag FROM (SELECT o.id, o.kind, s.tag, row_number() OVER"
                            " (PARTITION BY o.kind ORDER BY o.name_key) AS n FROM (SELECT t.item_id, min(t.tag) AS tag"
                            " FROM item_tag t WHERE %1 GROUP BY t.item_id) s JOIN item o ON o.id = s.item_id"
                            " WHERE 1 = 1%2) r WHERE n <= ? ORDER BY kind, n")
                            .arg(driving, tagFilterSql(others, false, QStringLiteral("o.id"))));
    if (items.lastError().isValid())
        return failed(items);
    if (many) {
        bindTagFilters(items, {first});
        bindTagFilters(items, tags);
    } else {
        bindDriving(items);
        bindTagFilters(items, others);
    }
    items.addBindValue(limitPerKind + 1);
    if (!items.exec())
        return failed(items);
    read(items, false);
    QSqlQuery &contactRows = prepared(
        QStringLiteral("SELECT o.id, s.tag FROM (SELECT t.contact_id, min(t.tag) AS tag FROM contact_tag t WHERE %1"
                       " GROUP BY t.contact_id) s JOIN contact o ON o.id = s.contact_id WHERE 1 = 1%2"
                       " ORDER BY o.name_key LIMIT ?")
            .arg(driving, tagFilterSql(others, true, QStringLiteral("o.id"))));
    if (contactRows.lastError().isValid())
        return failed(contactRows);
    bindDriving(contactRows);
    bindTagFilters(contactRows, others);
    contactRows.addBindValue(limitPerKind + 1);
    if (!contactRows.exec())
        return failed(contactRows);
    read(contactRows, true);

    QVector<qint64> itemIds, contactIds;
    for (const SearchKind kind : kKinds) {
        const QVector<Candidate> list = found.value(static_cast<int>(kind));
        if (list.isEmpty())
            continue;
        SearchGroup g;
        g.kind = kind;
        g.more = list.size() > limitPerKind;
        for (const Candidate &c : list.mid(0, limitPerKind)) {
            SearchResult r;
            r.kind = kind;
            r.id = c.targetId;
            r.field = c.field;
            r.text = c.text;
            r.score = c.score;
            makeSnippet(c, &r);
            g.results.append(r);
            (kind == SearchKind::Contact ? contactIds : itemIds).append(c.targetId);
        }
        groups.append(g);
    }
    if (!loadNames(&groups, itemIds, contactIds, error))
        return std::nullopt;
    return groups;
}

QString Search::splitTagFilters(const QString &query, QVector<TagFilter> *filters)
{
    QStringList words;
    const qsizetype n = query.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && query.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        if (QStringView(query).mid(i, 4).compare(QLatin1String("tag:"), Qt::CaseInsensitive) == 0) {
            i += 4;
            QString value;
            if (i < n && query.at(i) == QLatin1Char('"')) {
                const qsizetype close = query.indexOf(QLatin1Char('"'), i + 1);
                const qsizetype end = close < 0 ? n : close;
                value = query.mid(i + 1, end - i - 1);
                i = close < 0 ? n : close + 1;
            } else {
                while (i < n && !query.at(i).isSpace())
                    value += query.at(i++);
            }
            value = value.trimmed();
            if (!value.isEmpty())
                filters->append({value, value.contains(QLatin1Char('='))});
            continue;
        }
        while (i < n && !query.at(i).isSpace())
            ++i;
        words << query.mid(start, i - start);
    }
    return words.join(QLatin1Char(' '));
}

std::optional<QVector<Holding>> Search::readHoldings(qint64 contactId, QString *error)
{
    QVector<Holding> result;
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT a.item_id, i.kind, i.name, a.role, a.priority, a.note, 0, '', a.valid_from,"
                       " a.valid_until FROM assignment a"
                       " JOIN item i ON i.id = a.item_id WHERE a.contact_id = ?"
                       " UNION ALL"
                       " SELECT a.item_id, i.kind, i.name, a.role, a.priority, a.note, t.id, t.name, a.valid_from,"
                       " a.valid_until FROM team_member m"
                       " JOIN contact t ON t.id = m.team_id JOIN assignment a ON a.contact_id = t.id"
                       " JOIN item i ON i.id = a.item_id WHERE m.member_id = ?"));
    q.addBindValue(contactId);
    q.addBindValue(contactId);
    if (q.lastError().isValid() || !q.exec()) {
        setError(error, sqlError(q));
        return std::nullopt;
    }
    while (q.next()) {
        Holding h;
        h.itemId = q.value(0).toLongLong();
        keys::itemKindFromKey(q.value(1).toString(), &h.itemKind);
        h.itemName = q.value(2).toString();
        h.role = q.value(3).toString();
        h.priority = keys::priorityFromKey(q.value(4).toString());
        h.note = q.value(5).toString();
        h.viaTeamId = q.value(6).toLongLong();
        h.viaTeamName = q.value(7).toString();
        h.validFrom = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        h.validUntil = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        result.append(h);
    }
    q.finish();
    std::stable_sort(result.begin(), result.end(), [](const Holding &a, const Holding &b) {
        if ((a.viaTeamId != 0) != (b.viaTeamId != 0))
            return a.viaTeamId == 0;
        if (a.priority != b.priority)
            return a.priority < b.priority;
        if (const int byRole = keys::compareRoles(a.role, b.role); byRole != 0)
            return byRole < 0;
        if (a.itemKind != b.itemKind)
            return a.itemKind < b.itemKind;
        const int byName = QString::compare(a.itemName, b.itemName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.itemId < b.itemId;
    });
    return result;
}

QString Search::kindKey(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Service: return QStringLiteral("service");
    case SearchKind::Host: return QStringLiteral("host");
    case SearchKind::Provider: return QStringLiteral("provider");
    case SearchKind::Organisation: return QStringLiteral("organisation");
    case SearchKind::Contact: return QStringLiteral("contact");
    }
    return {};
}

QString Search::kindLabel(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Service: return tr("Services");
    case SearchKind::Host: return tr("Hosts");
    case SearchKind::Provider: return tr("Providers");
    case SearchKind::Organisation: return tr("Organisation");
    case SearchKind::Contact: return tr("Contacts");
    }
    return {};
}

namespace {
ItemKind itemKindOf(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Service: return ItemKind::Service;
    case SearchKind::Host: return ItemKind::Host;
    case SearchKind::Provider: return ItemKind::Provider;
    case SearchKind::Organisation:
    case SearchKind::Contact: break;
    }
    return ItemKind::Organisation;
}
} // namespace

QString Search::resultKindKey(const SearchResult &result)
{
    return result.kind == SearchKind::Contact ? keys::contactKind(result.contactKind)
                                              : keys::itemKind(itemKindOf(result.kind));
}

QString Search::resultKindLabel(const SearchResult &result)
{
    return result.kind == SearchKind::Contact ? keys::contactKindLabel(result.contactKind)
                                              : keys::itemKindLabel(itemKindOf(result.kind));
}

QString Search::fieldLabel(const QString &field)
{
    if (field == QLatin1String("name"))
        return tr("name");
    if (field == QLatin1String("description"))
        return tr("description");
    if (field == QLatin1String("notes"))
        return tr("notes");
    if (field == QLatin1String("url"))
        return tr("web address");
    if (field == QLatin1String("source_url"))
        return tr("source code");
    if (field == QLatin1String("full_name"))
        return tr("full name");
    if (field == QLatin1String("website"))
        return tr("website");
    if (field == QLatin1String("location"))
        return tr("location");
    if (field == QLatin1String("config_tool"))
        return tr("configuration tool");
    if (field == QLatin1String("config_tool_url"))
        return tr("configuration tool");
    if (field == QLatin1String("config_repo"))
        return tr("configuration repository");
    if (field == QLatin1String("hostname"))
        return tr("host name");
    if (field == QLatin1String("alias"))
        return tr("alias");
    if (field == QLatin1String("tag"))
        return tr("tag");
    return keys::addressKindLabel(keys::addressKindFromKey(field));
}

} // namespace steward
