#pragma once

#include "Records.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

class QSqlQuery;

namespace steward {

class Database;

/// What a search result stands for. The order is the order of groups whose best results
/// are alike (see Search::search).
enum class SearchKind
{
    Service,
    Host,
    Provider,
    Organisation,
    Contact
};

/// One thing found: an item or a contact, with the field that matched best.
struct SearchResult
{
    SearchKind kind = SearchKind::Service;
    qint64 id = 0; ///< the item's id (services, hosts, providers, organisation) or the contact's
    QString name;  ///< the item's or contact's name
    ContactKind contactKind = ContactKind::Person; ///< contacts only
    /// The field that matched: name, alias, description, notes, tag, url, source_url,
    /// full_name, website, location, config_tool, config_tool_url, config_repo, hostname, or
    /// for a contact's address its kind (email, irc, matrix, slack, url, phone). For alias
    /// and tag, text is the one alias or tag that matched.
    QString field;
    QString text;                        ///< that field's whole text
    QString snippet;                     ///< the text, or an excerpt of it around the match with "…" where cut
    QVector<QPair<int, int>> highlights; ///< (start, length) of each matched word in snippet
    int score = 0;                       ///< higher is better; comparable within one search
};

/// The results of one kind, best first.
struct SearchGroup
{
    SearchKind kind = SearchKind::Service;
    QVector<SearchResult> results;
    bool more = false; ///< more matched than the limit
};

/// One thing a contact is assigned to (owner, maintainer, ...), directly or through a
/// team it is a member of.
struct Holding
{
    qint64 itemId = 0;
    ItemKind itemKind = ItemKind::Service;
    QString itemName;
    QString role;
    Priority priority = Priority::Primary;
    QString note;
    qint64 viaTeamId = 0; ///< the team the assignment is through, 0 if it is the contact's own
    QString viaTeamName;
    QDate validFrom; ///< the assignment's cover (invalid: no limit), for the caller to judge
    QDate validUntil;
};

/**
 * Searches everything by one query: item names and aliases, URLs, descriptions, notes and
 * tags, provider details, host names, contact names, notes, tags and addresses (email,
 * channels, ...). `tag:env=prod` (that tag), `tag:env` or `tag:pci` (the tag, or the key
 * with any value) keep to what has the tag, alone (everything tagged so, by name) or with
 * text; several must all hold.
 *
 * Matching is case- and accent-insensitive ("andre" finds "Marc-André Lemburg"):
 * a query finds the names it begins (any length) and, from 3 characters, any text
 * containing it ("python-inf" finds "#python-infra", "ndre" finds "André"). Several
 * words must all occur in one field. The index (schema step 3) is kept current by
 * triggers, so results are current after every edit and import, by any writer: rows
 * the triggers noted but search_fts does not hold yet (written by plain SQL, or in the
 * caller's open transaction) are read directly.
 *
 * Best first: an exact name (or alias: an alias counts as a name throughout), then names beginning with the query, then
 * words beginning with it, then other substrings; a name before an address or URL, before a description, before notes;
 * shorter texts first. Groups follow their best result: a group with an exact name first, then one with a name
 * beginning with the query, then the others ("fastly" lists the provider Fastly before the services whose notes mention
 * it); groups alike in that come in SearchKind's order. A very common query (thousands
 * of matches) ranks the first few hundred matches of each kind, so its results stay
 * within milliseconds; names beginning with the query are always found first.
 *
 * Holds prepared statements on @p db's connection: do not keep it past a close().
 */
class Search final
{
    Q_DECLARE_TR_FUNCTIONS(Search)
    Q_DISABLE_COPY_MOVE(Search)
public:
    static constexpr int DefaultLimit = 8;

    /// A `tag:` term of a query: "env=prod" (that tag exactly), "env" or "pci" (the tag,
    /// or the key with any value, "env=dev"), as Store::itemsTagged() has them.
    struct TagFilter
    {
        QString tag;
        bool withValue = false; ///< "key=value"
    };

    explicit Search(Database &db);
    ~Search();

    /// The results for @p query grouped by kind (kinds without results are left out), the
    /// group with the best match first (see above), each best first, at most
    /// @p limitPerKind of each. Empty for an empty query; nullopt with @p error on a
    /// database error.
    [[nodiscard]] std::optional<QVector<SearchGroup>> search(const QString &query, int limitPerKind, QString *error);

    /// What @p contactId is assigned to: its own assignments first, then those of the
    /// teams it belongs to; each by priority, role (keys::compareRoles()), kind and name.
    /// Inactive ones and those out of their cover are included (with their priority and
    /// cover), so the caller decides whether to show them.
    [[nodiscard]] std::optional<QVector<Holding>> holdings(qint64 contactId, QString *error);

    /// @p query without its `tag:KEY[=VALUE]` terms (a value with spaces in double quotes:
    /// `tag:"team=web ops"`), and those terms in @p filters. A bare "tag:" (being typed)
    /// is left out.
    static QString splitTagFilters(const QString &query, QVector<TagFilter> *filters);

    /// What filterNames() found.
    struct NameMatches
    {
        QVector<qint64> ids; ///< at most the cap, in no particular order
        bool more = false;   ///< more items matched than the cap
    };
    /// The items (not contacts) whose name contains @p text, compared case-insensitively
    /// as the tree's filter compares (QString::toCaseFolded()), and that carry a tag each
    /// of @p tags asks for; every item with the tags when @p text is empty. At most @p cap
    /// of them. From 3 characters (folded for the index) the trigram index finds the
    /// candidates; one or two characters find the names beginning with them, as search
    /// does (the name index's range): a name merely containing a letter is nearly every one.
    [[nodiscard]] std::optional<NameMatches> filterNames(const QString &text, const QVector<TagFilter> &tags, int cap,
                                                         QString *error);

    /// "service", "host", "provider", "organisation", "contact".
    static QString kindKey(SearchKind kind);
    /// The group's translatable heading ("Services", "Contacts", ...).
    static QString kindLabel(SearchKind kind);
    /// The result's own kind: the item kind ("service", ...) or the contact kind
    /// ("person", "mailing_list", ...); and its translatable label.
    static QString resultKindKey(const SearchResult &result);
    static QString resultKindLabel(const SearchResult &result);
    /// A field key's translatable label ("name", "web address", "email", ...).
    static QString fieldLabel(const QString &field);

private:
    /// search() and holdings() before the check for damage (see Database::damageReports()).
    std::optional<QVector<SearchGroup>> find(const QString &query, int limitPerKind, QString *error);
    std::optional<QVector<Holding>> readHoldings(qint64 contactId, QString *error);
    QSqlQuery &prepared(const QString &sql);
    /// The results of a query of tag filters only: what has the tags, by name.
    std::optional<QVector<SearchGroup>> tagged(const QVector<TagFilter> &tags, int limitPerKind, QString *error);
    /// Fills in the results' names (and contact kinds) from @p itemIds and @p contactIds.
    bool loadNames(QVector<SearchGroup> *groups, const QVector<qint64> &itemIds, const QVector<qint64> &contactIds,
                   QString *error);

    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace steward
