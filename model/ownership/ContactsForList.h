#pragma once

#include "ContactResolver.h"
#include "Records.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <optional>

namespace steward {

class Store;

/// How a line named an item.
enum class ListMatch
{
    Name,     ///< its name ("albatross", "Python Wiki")
    Alias,    ///< one of its other names
    Hostname, ///< a host's host name ("albatross.python.org")
    Url,      ///< a service's URL or the host in it ("https://docs.python.org/3/")
    ShortName ///< a host named by the first part of a longer host name ("albatross" in "albatross.example.org")
};

/// One item a line named.
struct ListMention
{
    qint64 itemId = 0;
    QString itemName;
    ItemKind kind = ItemKind::Service;
    ListMatch how = ListMatch::Name;
    QString text; ///< the words of the line that named it, as written ("https://docs.python.org/3/")
};

/// A line that named at least one item.
struct ListLine
{
    int number = 0; ///< from 1, as editors and grep -n count them (lines end at LF; CR is ignored)
    QVector<ListMention> mentions;
};

/// One contact of the answer: the items it is listed for, and why.
struct ListContact
{
    struct Covered
    {
        qint64 itemId = 0;
        QString itemName;
        QString reason; ///< the resolver's: "owner of pypi.org", "inherited from Fastly (owner)", ...
        QString role;
        Priority priority = Priority::Primary;
        int depth = 0;
    };
    Contact contact;
    QVector<Covered> items; ///< in the order the list first named them

    QStringList itemNames() const;
    /// The distinct reasons, in the order of the items.
    QStringList reasons() const;
    /// The first e-mail address, or an empty string.
    QString email() const;
};

/// What a list of things comes to.
struct ContactsForListResult
{
    QVector<ListContact> contacts;   ///< each contact once, the most important first
    QVector<ListLine> matched;       ///< the lines that named something, in order
    QVector<int> unmatched;          ///< the lines with a letter or digit that named nothing
    QVector<qint64> items;           ///< every item named, in the order first named
    QHash<qint64, QString> names;    ///< their names
    QVector<qint64> nobodyToContact; ///< items named with nobody to contact at all (no escalation either)
    int lineCount = 0;

    /// The lines that named each item, by item.
    QHash<qint64, QVector<int>> linesByItem() const;
};

/**
 * Contacts for a list of things: the lines of a vulnerability scan, an outage notice or
 * a provider's maintenance mail, with host names, URLs, service names and aliases among
 * other text, and whom to tell about them.
 *
 * Each line is split into words at spaces and punctuation (dots, hyphens and
 * underscores stay inside a word: host names are words; a word's leading and trailing
 * dots go). A line names an item by
 *  - its name or an alias, case-insensitively, as whole words: "Python Wiki" in
 *    "the Python Wiki is slow", not "wiki" in "wikipedia"; names of several words
 *    match only whole, and the longest name wins ("OSUOSL VM for wiki.python.org"
 *    over "wiki.python.org" when the line has all of it);
 *  - a host's host name ("albatross.python.org");
 *  - a service's URL: a URL in the line (with a scheme, or a host name followed by a
 *    path) names the services on its host whose URL path is the longest that starts it
 *    ("https://www.python.org/ftp/x.tgz": the service at /ftp/, not the one at /); a URL
 *    no service path fits names what its host name names, but not the services at
 *    other paths of that host; a comma or semicolon ends a URL (CSV, running text);
 *  - a host name that names nothing as a whole: a service whose URL has that host, or
 *    else a host called by its first part ("albatross.example.org": the host albatross).
 * A name or alias wins over a host name or URL for the same words. E-mail addresses
 * (a word with @) name nothing: the sender's address is not the outage. The
 * organisation is never named (a signature is not a request for the escalation).
 * A line may name several items; lines without a letter or digit are not counted as
 * unmatched (rulers, quote marks, blank lines).
 *
 * For each item named, its contacts come from ContactResolver, read once for all of them
 * (preloadFor()). By default the first to call (ContactResolver::firstToCall(): the
 * nearest level that lists anyone: its own owners, else those it inherits, else the
 * escalation): the whole list would add the escalation contacts, and every level
 * above, to every list, and a mail to "everyone who might know" is a mail nobody acts
 * on. Scope::Everyone gives the whole list when that is wanted.
 *
 * Contacts are merged: each once, with every item it is listed for and the resolver's
 * reason for each, ordered as the resolver orders one item's list: own contacts before
 * inherited ones before the organisation's escalation, then by priority, then by role;
 * ties in the order the list first named them.
 */
class ContactsForList final
{
    Q_DECLARE_TR_FUNCTIONS(ContactsForList)
public:
    enum class Scope
    {
        FirstToCall, ///< the nearest level that lists anyone, as firstToCall()
        Everyone     ///< every contact resolve() lists, down to the escalation
    };

    /// The longest list read: a larger one is refused (a list is read whole).
    static constexpr qint64 MaxListBytes = 64LL * 1024 * 1024;

    explicit ContactsForList(Store &store);

    /// Reads the names, aliases, host names and URLs of every item (once; again after
    /// invalidate()). find() calls it when needed.
    [[nodiscard]] bool load(QString *error);
    bool isLoaded() const { return m_loaded; }
    /// The inventory changed: the next find() reads it again.
    void invalidate() { m_loaded = false; }

    /// The items @p text names, line by line, and the lines that named nothing; no contacts.
    /// After load().
    ContactsForListResult scan(QStringView text) const;
    /// scan() and the contacts of every item named.
    [[nodiscard]] std::optional<ContactsForListResult> find(QStringView text, QString *error,
                                                            Scope scope = Scope::FirstToCall);

    /// The line of @p text that starts at *@p pos, and *@p pos moved past it: call it while
    /// *@p pos < text.size(). Lines end at LF; a CR before it is dropped.
    static QStringView nextLine(QStringView text, qsizetype *pos);
    /// The text of a list file's bytes: UTF-8 (invalid bytes replaced), or UTF-16/32
    /// when a byte-order mark says so; a UTF-8 byte-order mark is dropped.
    static QString decode(const QByteArray &bytes);
    /// The contacts with an e-mail address as one To line, "Name <address>, ..." (each
    /// address once, the first of each contact; names quoted as RFC 5322 wants); those
    /// without one in @p withoutEmail.
    static QString emailToLine(const QVector<ListContact> &contacts, QStringList *withoutEmail = nullptr);
    /// Line numbers as ranges: "1-3, 5, 8"; after @p maxRanges ranges, "and N more".
    static QString lineRanges(const QVector<int> &lines, int maxRanges = 0);
    /// What @p how means, for a mention: "name", "alias", "host name", "URL", "short host name".
    static QString matchLabel(ListMatch how);

private:
    struct Target
    {
        qint64 itemId = 0;
        ListMatch how = ListMatch::Name;
    };
    struct UrlTarget
    {
        qint64 itemId = 0;
        QString port; ///< empty: none given
        QString path; ///< case-folded, without query, fragment or trailing slashes
    };
    struct Token;

    void addName(const QString &name, qint64 itemId, ListMatch how);
    void addUrl(const QString &url, qint64 itemId);
    /// The next token of @p line from *@p pos on (and *@p pos after it); false at the end.
    /// With @p urls, URLs are tokens of their own and e-mail addresses barriers.
    static bool nextToken(QStringView line, qsizetype *pos, bool urls, Token *token);
    /// The words of a name.
    static QVector<Token> tokenize(QStringView name);
    void matchLine(QStringView line, QVector<ListMention> *mentions) const;
    /// The items a single word names by host name, URL host (with @p urlHosts) or short
    /// host name (not by name).
    void matchAddress(const QString &word, bool urlHosts, QVector<Target> *found) const;
    void matchUrl(const Token &url, QVector<Target> *found) const;
    /// Adds the items @p found that @p named does not hold yet.
    void addMention(QVector<Target> &found, QStringView text, QVector<ListMention> *mentions,
                    QSet<qint64> *named) const;

    Store &m_store;
    ContactResolver m_resolver;
    bool m_loaded = false;
    QVector<TreeRow> m_rows;
    QHash<qint64, qsizetype> m_rowOf; ///< item id -> its index in m_rows
    QVector<Placement> m_placements;
    QMultiHash<QString, Target> m_names;         ///< name and alias keys (words folded, joined by a space)
    QHash<QString, int> m_longest;               ///< first word of a name of several words -> most words
    QMultiHash<QString, qint64> m_hostnames;     ///< hosts' host names, folded
    QMultiHash<QString, UrlTarget> m_urlsByHost; ///< services' URLs by their host, folded
};

} // namespace steward
