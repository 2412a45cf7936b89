#include "ContactsForList.h"

#include "Store.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <deque>
#include <tuple>

namespace steward {

/// A piece of a line: a word, a URL, or something that names nothing and keeps the words
/// on either side of it apart (an e-mail address).
struct ContactsForList::Token
{
    enum Kind
    {
        Word,
        Url,
        Barrier
    };
    Kind kind = Word;
    qsizetype start = 0; ///< in the line, as written
    qsizetype end = 0;
    QString folded; ///< a word case-folded, without leading and trailing dots; a URL's host
    QString port;   ///< a URL's
    QString path;   ///< a URL's, case-folded, without query, fragment and trailing slashes
};

namespace {

/// Whether @p c ends a word: spaces, controls and punctuation, but not what host names,
/// tags and names are made of (letters, digits, . - _ @ + # % & $ ~).
bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if (u <= 0x20 || u == 0x7f)
            return true;
        switch (u) {
        case '.':
        case '-':
        case '_':
        case '@':
        case '+':
        case '#':
        case '%':
        case '&':
        case '$':
        case '~': return false;
        default: return !((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'));
        }
    }
    if (u == 0xfffd) // what undecodable bytes became
        return true;
    switch (c.category()) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other: return true;
    default: return false;
    }
}

/// Whether @p c ends a URL in running text.
bool endsUrl(QChar c)
{
    const char16_t u = c.unicode();
    // Commas and semicolons may be in a URL, but end far more of them in text and CSV.
    if (u < 0x80)
        return u <= 0x20 || u == 0x7f || u == '"' || u == '\'' || u == '<' || u == '>' || u == '`' || u == '|' ||
               u == '\\' || u == '^' || u == '{' || u == '}' || u == ',' || u == ';';
    if (u == 0xfffd)
        return true;
    switch (c.category()) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote: return true;
    default: return false;
    }
}

bool isSchemeChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '+' || u == '.' ||
           u == '-';
}

bool isDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// @p s without leading and trailing dots.
QStringView trimDots(QStringView s)
{
    while (!s.isEmpty() && s.front() == u'.')
        s = s.mid(1);
    while (!s.isEmpty() && s.back() == u'.')
        s.chop(1);
    return s;
}

/// Splits what follows a URL's "scheme://" (or a host name and path without a scheme)
/// into its host (case-folded, without a trailing dot), port and path (case-folded,
/// without query, fragment and trailing slashes).
void splitUrl(QStringView rest, QString *host, QString *port, QString *path)
{
    qsizetype authorityEnd = 0;
    while (authorityEnd < rest.size() && rest[authorityEnd] != u'/' && rest[authorityEnd] != u'?' &&
           rest[authorityEnd] != u'#')
        ++authorityEnd;
    QStringView authority = rest.left(authorityEnd);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0)
        authority = authority.mid(at + 1);
    QStringView hostPart = authority;
    port->clear();
    if (authority.startsWith(u'[')) { // [::1]:8080
        const qsizetype close = authority.indexOf(u']');
        hostPart = close < 0 ? authority.mid(1) : authority.mid(1, close - 1);
        if (close >= 0 && authority.mid(close + 1).startsWith(u':'))
            *port = authority.mid(close + 2).toString();
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0 && isDigits(authority.mid(colon + 1))) {
        hostPart = authority.left(colon);
        *port = authority.mid(colon + 1).toString();
    }
    *host = trimDots(hostPart).toString().toCaseFolded();
    QStringView p = rest.mid(authorityEnd);
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p[i] == u'?' || p[i] == u'#') {
            p = p.left(i);
            break;
        }
    }
    while (p.endsWith(u'/'))
        p.chop(1);
    *path = p.toString().toCaseFolded();
}

/// Whether a service at @p servicePath serves @p path: the same path, or one below it.
bool pathUnder(const QString &path, const QString &servicePath)
{
    if (servicePath.isEmpty())
        return true;
    return path.startsWith(servicePath) && (path.size() == servicePath.size() || path.at(servicePath.size()) == u'/');
}

bool hasLetterOrDigit(QStringView line)
{
    return std::any_of(line.begin(), line.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

/// A display name as a To line may carry it: as it is when it is only words of letters,
/// digits and the few signs a mail address allows unquoted, else in quotes.
QString mailboxName(const QString &name)
{
    QString clean;
    clean.reserve(name.size());
    for (QChar c : name)
        clean += (c.category() == QChar::Other_Control || c == u'\u2028' || c == u'\u2029') ? u' ' : c;
    clean = clean.simplified();
    static const QString plain = QStringLiteral("!#$%&'*+-/=?^_`{|}~ ");
    const bool quote = std::any_of(clean.begin(), clean.end(), [](QChar c) {
        return c.unicode() < 0x80 && !c.isLetterOrNumber() && !plain.contains(c);
    });
    if (!quote)
        return clean;
    QString quoted = clean;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + quoted + u'"';
}

} // namespace

QStringList ListContact::itemNames() const
{
    QStringList names;
    for (const Covered &c : items)
        names << c.itemName;
    return names;
}

QStringList ListContact::reasons() const
{
    QStringList list;
    QSet<QString> seen;
    for (const Covered &c : items) {
        if (!seen.contains(c.reason)) {
            seen.insert(c.reason);
            list << c.reason;
        }
    }
    return list;
}

QString ListContact::email() const
{
    for (const Address &a : contact.addresses) {
        if (a.kind == AddressKind::Email && !a.value.trimmed().isEmpty())
            return a.value.trimmed();
    }
    return QString();
}

QHash<qint64, QVector<int>> ContactsForListResult::linesByItem() const
{
    QHash<qint64, QVector<int>> lines;
    for (const ListLine &line : matched) {
        for (const ListMention &m : line.mentions)
            lines[m.itemId].append(line.number);
    }
    return lines;
}

ContactsForList::ContactsForList(Store &store)
    : m_store(store)
    , m_resolver(store)
{}

bool ContactsForList::nextToken(QStringView line, qsizetype *pos, bool urls, Token *token)
{
    const qsizetype n = line.size();
    qsizetype i = *pos;
    while (i < n) {
        if (isSeparator(line[i])) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && !isSeparator(line[j]))
            ++j;
        const QStringView word = line.mid(i, j - i);
        if (urls) {
            // scheme://...: the word so far is the scheme (a letter, then letters, digits, + . -).
            const bool scheme = line.mid(j).startsWith(u"://") && word.front().isLetter() &&
                                std::all_of(word.begin(), word.end(), isSchemeChar);
            // host.name/path or host.name:port/path without a scheme.
            qsizetype pathAt = -1;
            if (!scheme && word.contains(u'.') && !word.contains(u'@') && !trimDots(word).isEmpty() &&
                !word.endsWith(u'.')) {
                if (j < n && line[j] == u'/' && !line.mid(j).startsWith(u"//")) {
                    pathAt = j;
                } else if (j < n && line[j] == u':') {
                    qsizetype k = j + 1;
                    while (k < n && line[k] >= u'0' && line[k] <= u'9')
                        ++k;
                    if (k > j + 1 && k < n && line[k] == u'/')
                        pathAt = k;
                }
            }
            if (scheme || pathAt >= 0) {
                qsizetype end = scheme ? j + 3 : pathAt;
                while (end < n && !endsUrl(line[end]))
                    ++end;
                // Trailing punctuation of the sentence, and a closing bracket it did not open.
                const QStringView whole = line.mid(i, end - i);
                qsizetype parens = whole.count(u'(') - whole.count(u')');
                qsizetype brackets = whole.count(u'[') - whole.count(u']');
                while (end > j) {
                    const QChar last = line[end - 1];
                    if (last == u')' && parens < 0)
                        ++parens;
                    else if (last == u']' && brackets < 0)
                        ++brackets;
                    else if (!QStringView(u".,;:!?").contains(last))
                        break;
                    --end;
                }
                token->kind = Token::Url;
                token->start = i;
                token->end = end;
                const qsizetype rest = scheme ? j + 3 : i;
                splitUrl(line.mid(rest, end - rest), &token->folded, &token->port, &token->path);
                *pos = end;
                return true;
            }
            // someone@example.org names nothing, and stands between the words around it.
            if (const qsizetype at = word.indexOf(u'@'); at > 0 && at < word.size() - 1) {
                *token = {Token::Barrier, i, j, {}, {}, {}};
                *pos = j;
                return true;
            }
        }
        const QStringView trimmed = trimDots(word);
        i = j;
        if (!trimmed.isEmpty()) {
            const qsizetype start = trimmed.data() - line.data();
            *token = {Token::Word, start, start + trimmed.size(), trimmed.toString().toCaseFolded(), {}, {}};
            *pos = i;
            return true;
        }
    }
    *pos = n;
    return false;
}

QVector<ContactsForList::Token> ContactsForList::tokenize(QStringView line)
{
    QVector<Token> tokens;
    qsizetype pos = 0;
    Token token;
    while (nextToken(line, &pos, false, &token))
        tokens.append(token);
    return tokens;
}

void ContactsForList::addName(const QString &name, qint64 itemId, ListMatch how)
{
    // Most names are one word ("service-000042.example.org"): their key is the name, folded.
    if (!name.isEmpty() && name.front() != u'.' && name.back() != u'.' &&
        std::none_of(name.begin(), name.end(), isSeparator)) {
        const QString key = name.toCaseFolded();
        if (how == ListMatch::Alias) { // an alias that is its item's name in other case: once
            for (auto it = m_names.constFind(key); it != m_names.cend() && it.key() == key; ++it) {
                if (it->itemId == itemId)
                    return;
            }
        }
        m_names.insert(key, {itemId, how});
        return;
    }
    const QVector<Token> words = tokenize(name);
    if (words.isEmpty())
        return;
    QString key = words.constFirst().folded;
    for (qsizetype i = 1; i < words.size(); ++i)
        key += u' ' + words.at(i).folded;
    // The same words twice for one item (its name and an alias differing in case): once.
    for (auto it = m_names.constFind(key); it != m_names.cend() && it.key() == key; ++it) {
        if (it->itemId == itemId)
            return;
    }
    m_names.insert(key, {itemId, how});
    if (words.size() > 1) {
        int &longest = m_longest[words.constFirst().folded];
        longest = std::max(longest, static_cast<int>(words.size()));
    }
}

void ContactsForList::addUrl(const QString &url, qint64 itemId)
{
    const QStringView text = QStringView(url).trimmed();
    const qsizetype scheme = text.indexOf(u"://");
    QStringView rest;
    if (scheme > 0) {
        rest = text.mid(scheme + 3);
    } else {
        // No scheme: a host and path ("docs.example.org/wiki"), unless it is "mailto:..." and the like.
        const qsizetype colon = text.indexOf(u':');
        const qsizetype slash = text.indexOf(u'/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            qsizetype k = colon + 1;
            while (k < text.size() && text[k] >= u'0' && text[k] <= u'9')
                ++k;
            if (k == colon + 1 || (k < text.size() && text[k] != u'/'))
                return;
        }
        rest = text;
    }
    UrlTarget target;
    target.itemId = itemId;
    QString host;
    splitUrl(rest, &host, &target.port, &target.path);
    if (!host.isEmpty())
        m_urlsByHost.insert(host, target);
}

bool ContactsForList::load(QString *error)
{
    m_loaded = false;
    auto rows = m_store.treeRows(error);
    if (!rows)
        return false;
    auto placements = m_store.placements(error);
    if (!placements)
        return false;
    const auto aliases = m_store.aliasesByItem(error);
    if (!aliases)
        return false;
    const auto addresses = m_store.hostnamesAndUrls(error);
    if (!addresses)
        return false;
    m_rows = std::move(*rows);
    m_placements = std::move(*placements);
    m_rowOf.clear();
    m_names.clear();
    m_longest.clear();
    m_hostnames.clear();
    m_urlsByHost.clear();
    m_rowOf.reserve(m_rows.size());
    m_names.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const TreeRow &row = m_rows.at(i);
        m_rowOf.insert(row.id, i);
        // The organisation is in every signature; naming it is not asking for the escalation.
        if (row.kind != ItemKind::Organisation)
            addName(row.name, row.id, ListMatch::Name);
    }
    for (auto it = aliases->cbegin(); it != aliases->cend(); ++it) {
        const auto row = m_rowOf.constFind(it.key());
        if (row == m_rowOf.cend() || m_rows.at(*row).kind == ItemKind::Organisation)
            continue;
        for (const QString &alias : it.value())
            addName(alias, it.key(), ListMatch::Alias);
    }
    m_urlsByHost.reserve(addresses->size());
    for (const auto &[itemId, text] : std::as_const(*addresses)) {
        const auto row = m_rowOf.constFind(itemId);
        if (row == m_rowOf.cend())
            continue;
        if (m_rows.at(*row).kind == ItemKind::Host) {
            const QString key = trimDots(QStringView(text).trimmed()).toString().toCaseFolded();
            if (!key.isEmpty())
                m_hostnames.insert(key, itemId);
        } else if (m_rows.at(*row).kind == ItemKind::Service) {
            addUrl(text, itemId);
        }
    }
    m_loaded = true;
    return true;
}

void ContactsForList::addMention(QVector<Target> &found, QStringView text, QVector<ListMention> *mentions,
                                 QSet<qint64> *named) const
{
    // Several items for the same words (a host and a service of one name, the services of
    // one URL host): providers, hosts, services, each by name, whatever order they were read in.
    if (found.size() > 1) {
        std::sort(found.begin(), found.end(), [this](const Target &a, const Target &b) {
            const TreeRow &ra = m_rows.at(m_rowOf.value(a.itemId)), &rb = m_rows.at(m_rowOf.value(b.itemId));
            return std::forward_as_tuple(ra.kind, ra.name, ra.id) < std::forward_as_tuple(rb.kind, rb.name, rb.id);
        });
    }
    for (const Target &t : found) {
        if (named->contains(t.itemId))
            continue;
        named->insert(t.itemId);
        const TreeRow &row = m_rows.at(m_rowOf.value(t.itemId));
        mentions->append({t.itemId, row.name, row.kind, t.how, text.toString()});
    }
}

void ContactsForList::matchAddress(const QString &word, bool urlHosts, QVector<Target> *found) const
{
    for (auto it = m_hostnames.constFind(word); it != m_hostnames.cend() && it.key() == word; ++it)
        found->append({*it, ListMatch::Hostname});
    for (auto it = m_urlsByHost.constFind(word); urlHosts && it != m_urlsByHost.cend() && it.key() == word; ++it)
        found->append({it->itemId, ListMatch::Url});
    if (!found->isEmpty())
        return;
    // albatross.example.org for the host called albatross (or with that host name).
    const qsizetype dot = word.indexOf(u'.');
    if (dot <= 0)
        return;
    const QString label = word.left(dot);
    for (auto it = m_names.constFind(label); it != m_names.cend() && it.key() == label; ++it) {
        if (m_rows.at(m_rowOf.value(it->itemId)).kind == ItemKind::Host)
            found->append({it->itemId, ListMatch::ShortName});
    }
    for (auto it = m_hostnames.constFind(label); it != m_hostnames.cend() && it.key() == label; ++it)
        found->append({*it, ListMatch::ShortName});
}

void ContactsForList::matchUrl(const Token &url, QVector<Target> *found) const
{
    if (url.folded.isEmpty())
        return;
    // The services on its host whose path is the longest that starts the URL's.
    qsizetype best = -1;
    for (auto it = m_urlsByHost.constFind(url.folded); it != m_urlsByHost.cend() && it.key() == url.folded; ++it) {
        if (!it->port.isEmpty() && !url.port.isEmpty() && it->port != url.port)
            continue;
        if (!pathUnder(url.path, it->path))
            continue;
        if (it->path.size() > best) {
            found->clear();
            best = it->path.size();
        }
        if (it->path.size() == best)
            found->append({it->itemId, ListMatch::Url});
    }
    if (!found->isEmpty())
        return;
    // None: what its host name names, but not the services elsewhere on that host.
    for (auto it = m_names.constFind(url.folded); it != m_names.cend() && it.key() == url.folded; ++it)
        found->append(*it);
    if (found->isEmpty())
        matchAddress(url.folded, false, found);
}

void ContactsForList::matchLine(QStringView line, QVector<ListMention> *mentions) const
{
    // Tokens as they are needed (a line may be megabytes of words): the one at hand and
    // what a name of several words needs to look ahead.
    std::deque<Token> ahead;
    qsizetype pos = 0;
    const auto fill = [&](qsizetype count) {
        Token token;
        while (static_cast<qsizetype>(ahead.size()) < count && nextToken(line, &pos, true, &token))
            ahead.push_back(std::move(token));
    };
    QVector<Target> found;
    QSet<qint64> named; // each item once a line
    for (fill(1); !ahead.empty(); fill(1)) {
        const Token t = std::move(ahead.front());
        ahead.pop_front();
        found.clear();
        if (t.kind == Token::Barrier)
            continue;
        if (t.kind == Token::Url) {
            matchUrl(t, &found);
            addMention(found, line.mid(t.start, t.end - t.start), mentions, &named);
            continue;
        }
        // The longest name of several words that starts here, if any does.
        if (const int most = m_longest.value(t.folded, 1); most > 1) {
            fill(most - 1);
            qsizetype words = 1;
            while (words < most && words - 1 < static_cast<qsizetype>(ahead.size()) &&
                   ahead[words - 1].kind == Token::Word)
                ++words;
            bool whole = false;
            for (qsizetype count = words; count > 1 && !whole; --count) {
                QString key = t.folded;
                for (qsizetype w = 1; w < count; ++w)
                    key += u' ' + ahead[w - 1].folded;
                for (auto it = m_names.constFind(key); it != m_names.cend() && it.key() == key; ++it)
                    found.append(*it);
                if (!found.isEmpty()) {
                    const Token &last = ahead[count - 2];
                    addMention(found, line.mid(t.start, last.end - t.start), mentions, &named);
                    ahead.erase(ahead.begin(), ahead.begin() + (count - 1));
                    whole = true;
                }
            }
            if (whole)
                continue;
        }
        for (auto it = m_names.constFind(t.folded); it != m_names.cend() && it.key() == t.folded; ++it)
            found.append(*it);
        if (found.isEmpty())
            matchAddress(t.folded, true, &found);
        addMention(found, line.mid(t.start, t.end - t.start), mentions, &named);
    }
}

QStringView ContactsForList::nextLine(QStringView text, qsizetype *pos)
{
    const qsizetype start = *pos;
    qsizetype end = text.indexOf(u'\n', start);
    if (end < 0)
        end = text.size();
    *pos = end + 1;
    QStringView line = text.mid(start, end - start);
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

ContactsForListResult ContactsForList::scan(QStringView text) const
{
    ContactsForListResult result;
    // Line by line, never all of them at once (a file of 64 MB of line feeds).
    for (qsizetype pos = 0; pos < text.size();) {
        const QStringView line = nextLine(text, &pos);
        ++result.lineCount;
        if (!hasLetterOrDigit(line))
            continue;
        ListLine matched;
        matched.number = result.lineCount;
        matchLine(line, &matched.mentions);
        if (matched.mentions.isEmpty()) {
            result.unmatched.append(matched.number);
            continue;
        }
        for (const ListMention &m : std::as_const(matched.mentions)) {
            if (!result.names.contains(m.itemId)) {
                result.items.append(m.itemId);
                result.names.insert(m.itemId, m.itemName);
            }
        }
        result.matched.append(std::move(matched));
    }
    return result;
}

std::optional<ContactsForListResult> ContactsForList::find(QStringView text, QString *error, Scope scope)
{
    if (!m_loaded && !load(error))
        return std::nullopt;
    ContactsForListResult result = scan(text);
    if (result.items.isEmpty())
        return result;
    // Once for every item named: the assignments of what they walk (all of them, for many).
    if (!m_resolver.preloadFor(m_rows, m_placements, result.items, error))
        return std::nullopt;
    // Where each contact ranks: own before inherited before the escalation, then priority,
    // then role; the best of its items counts; then the order it first came.
    using Rank = std::tuple<int, int, int, qsizetype>;
    QVector<Rank> ranks;
    QHash<qint64, qsizetype> at;
    QVector<ListContact> contacts;
    for (qint64 itemId : std::as_const(result.items)) {
        const auto list =
            scope == Scope::FirstToCall ? m_resolver.firstToCall(itemId, error) : m_resolver.resolve(itemId, error);
        if (!list)
            return std::nullopt;
        if (list->isEmpty())
            result.nobodyToContact.append(itemId);
        for (const ResolvedContact &r : *list) {
            auto found = at.constFind(r.contact.id);
            if (found == at.cend()) {
                found = at.insert(r.contact.id, contacts.size());
                contacts.append({r.contact, {}});
                ranks.append({INT_MAX, INT_MAX, INT_MAX, contacts.size() - 1});
            }
            contacts[*found].items.append({itemId, result.names.value(itemId), r.reason, r.role, r.priority, r.depth});
            const int level = r.depth == 0 ? 0 : (r.sourceKind == ItemKind::Organisation ? 2 : 1);
            Rank &rank = ranks[*found];
            rank = std::min(rank, Rank{level, static_cast<int>(r.priority), keys::roleRank(r.role), std::get<3>(rank)});
        }
    }
    std::stable_sort(ranks.begin(), ranks.end());
    result.contacts.reserve(contacts.size());
    for (const Rank &rank : std::as_const(ranks))
        result.contacts.append(std::move(contacts[std::get<3>(rank)]));
    return result;
}

QString ContactsForList::decode(const QByteArray &bytes)
{
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    // The decoder drops a leading byte-order mark and replaces bytes it cannot read.
    QStringDecoder decoder(bom.value_or(QStringConverter::Utf8));
    return decoder(bytes);
}

QString ContactsForList::emailToLine(const QVector<ListContact> &contacts, QStringList *withoutEmail)
{
    QStringList mailboxes;
    QSet<QString> seen;
    for (const ListContact &c : contacts) {
        const QString address = c.email();
        if (address.isEmpty()) {
            if (withoutEmail)
                withoutEmail->append(c.contact.name);
            continue;
        }
        const QString key = address.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        // A list named after its address is the address alone.
        const QString name = c.contact.name.simplified();
        mailboxes << (name.isEmpty() || name.toCaseFolded() == key
                          ? address
                          : QStringLiteral("%1 <%2>").arg(mailboxName(c.contact.name), address));
    }
    return mailboxes.join(QStringLiteral(", "));
}

QString ContactsForList::lineRanges(const QVector<int> &lines, int maxRanges)
{
    QStringList ranges;
    qsizetype i = 0;
    while (i < lines.size()) {
        qsizetype j = i;
        while (j + 1 < lines.size() && lines.at(j + 1) == lines.at(j) + 1)
            ++j;
        if (maxRanges > 0 && ranges.size() == maxRanges) {
            const int more = static_cast<int>(lines.size() - i);
            return tr("%1 and %2 more").arg(ranges.join(QStringLiteral(", ")), QString::number(more));
        }
        ranges << (j == i ? QString::number(lines.at(i)) : QStringLiteral("%1-%2").arg(lines.at(i)).arg(lines.at(j)));
        i = j + 1;
    }
    return ranges.join(QStringLiteral(", "));
}

QString ContactsForList::matchLabel(ListMatch how)
{
    switch (how) {
    case ListMatch::Name: return tr("name");
    case ListMatch::Alias: return tr("alias");
    case ListMatch::Hostname: return tr("host name");
    case ListMatch::Url: return tr("URL");
    case ListMatch::ShortName: return tr("short host name");
    }
    return QString();
}

} // namespace steward
