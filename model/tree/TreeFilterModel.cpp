#include "TreeFilterModel.h"

#include "InventoryTreeModel.h"
#include "Search.h"
#include "Store.h"

#include <QSet>

#include <algorithm>

namespace steward {

TreeFilterModel::TreeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The source model keeps its own order; sorting here would only cost time.
    setDynamicSortFilter(false);
}

TreeFilterModel::~TreeFilterModel() = default;

void TreeFilterModel::setSourceTree(InventoryTreeModel *model)
{
    if (m_tree)
        disconnect(m_tree, nullptr, this, nullptr);
    for (const QMetaObject::Connection &connection : std::as_const(m_storeConnections))
        disconnect(connection);
    m_storeConnections.clear();
    m_tree = model;
    m_visible.clear();
    m_search.reset();
    if (!m_tree) {
        setSourceModel(nullptr);
        return;
    }
    m_search = std::make_unique<Search>(m_tree->store().database());
    if (!m_text.isEmpty())
        computeMatches(); // the new tree's rows for the same text
    model->setQuietFetches(true);
    setSourceModel(model);
    model->setQuietFetches(false);
    // Items renamed, added, moved or removed while a filter is active: match again.
    Store *store = &m_tree->store();
    m_storeConnections = {
        connect(store, &Store::itemCreated, this, &TreeFilterModel::scheduleRefresh),
        connect(store, &Store::itemUpdated, this, &TreeFilterModel::scheduleRefresh),
        connect(store, &Store::itemRemoved, this, &TreeFilterModel::scheduleRefresh),
        connect(store, &Store::bulkChanged, this, &TreeFilterModel::scheduleRefresh),
    };
    connect(m_tree, &QAbstractItemModel::modelReset, this, [this] {
        // The tree was read again: the matches are rows no longer.
        if (!m_text.isEmpty()) {
            computeMatches();
            invalidate();
        }
    });
}

void TreeFilterModel::scheduleRefresh()
{
    if (m_text.isEmpty() || m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refreshPending = false;
            if (!m_text.isEmpty()) {
                computeMatches();
                invalidate();
            }
        },
        Qt::QueuedConnection);
}

TreeFilterModel::Terms TreeFilterModel::parse(const QString &filterText)
{
    Terms terms;
    const QString text = filterText.trimmed();
    const QLatin1String prefix("tag:");
    QStringList words;
    bool tagged = false;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        const bool isTag = QStringView(text).mid(i).startsWith(prefix, Qt::CaseInsensitive);
        if (isTag && i + prefix.size() < text.size() && text.at(i + prefix.size()) == QLatin1Char('"')) {
            // tag:"a tag with spaces": up to the closing quote (or the end).
            const qsizetype open = i + prefix.size();
            const qsizetype close = text.indexOf(QLatin1Char('"'), open + 1);
            end = close < 0 ? text.size() : close + 1;
            terms.tags << text.mid(open + 1, (close < 0 ? text.size() : close) - open - 1).trimmed();
            tagged = true;
        } else {
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
            if (isTag) {
                // A bare "tag:" asks for a tag without a name, which nothing has.
                terms.tags << text.mid(i + prefix.size(), end - i - prefix.size());
                tagged = true;
            } else {
                words << text.mid(i, end - i);
            }
        }
        i = end;
    }
    // Without tags the text is matched as typed, spaces and all.
    terms.text = tagged ? words.join(QLatin1Char(' ')) : text;
    return terms;
}

void TreeFilterModel::computeMatches()
{
    m_matches = 0;
    m_more = false;
    m_error.clear();
    m_visible.clear();
    if (!m_tree || !m_search || m_text.isEmpty())
        return;
    // A bare "tag:" asks for a tag without a name, which nothing has.
    if (m_terms.tags.contains(QString()))
        return;
    QVector<Search::TagFilter> tags;
    for (const QString &tag : std::as_const(m_terms.tags))
        tags.append({tag, tag.contains(QLatin1Char('='))});
    const auto found = m_search->filterNames(m_terms.text, tags, MatchCap, &m_error);
    if (!found)
        return; // nothing shown, and errorString() says why
    if (!m_tree->reveal(found->ids, &m_visible)) {
        m_error = m_tree->errorString();
        m_visible.clear();
        return;
    }
    // Unnamed hosts are no rows, so no matches.
    m_matches = static_cast<int>(
        std::count_if(found->ids.cbegin(), found->ids.cend(), [this](qint64 id) { return m_visible.contains(id); }));
    m_more = found->more;
}

void TreeFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_terms = parse(trimmed);
    computeMatches();
    // invalidate() re-maps everything and tells views once (layoutChanged);
    // invalidateFilter() would report every inserted and removed row, which a
    // tree view handles one parent at a time: seconds at 100k items.
    invalidate();
}

bool TreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || !m_tree)
        return true;
    return m_visible.contains(m_tree->idAt(m_tree->index(sourceRow, 0, sourceParent)));
}

bool TreeFilterModel::hasChildren(const QModelIndex &parent) const
{
    // While filtering, a row has what matched under it, and nothing is fetched.
    if (!m_text.isEmpty())
        return rowCount(parent) > 0;
    return QSortFilterProxyModel::hasChildren(parent);
}

bool TreeFilterModel::canFetchMore(const QModelIndex &parent) const
{
    return m_text.isEmpty() && QSortFilterProxyModel::canFetchMore(parent);
}

} // namespace steward
