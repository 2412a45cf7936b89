#include "TreeFilterModel.h"

#include "InventoryTreeModel.h"
#include "Store.h"

#include <QSet>

namespace steward {

TreeFilterModel::TreeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The source model keeps its own order; sorting here would only cost time.
    setDynamicSortFilter(false);
}

void TreeFilterModel::setSourceTree(InventoryTreeModel *model)
{
    if (m_tree)
        disconnect(m_tree, nullptr, this, nullptr);
    m_tree = model;
    m_visible.clear();
    m_taggedKnown = false;
    setSourceModel(model);
    if (!m_tree)
        return;
    // Items renamed, added or moved while a filter is active: mark again.
    const auto refresh = [this] {
        m_taggedKnown = false;
        if (!m_text.isEmpty()) {
            computeMatches();
            invalidate();
        }
    };
    connect(m_tree, &QAbstractItemModel::dataChanged, this, refresh, Qt::QueuedConnection);
    connect(m_tree, &QAbstractItemModel::rowsInserted, this, refresh, Qt::QueuedConnection);
    connect(m_tree, &QAbstractItemModel::rowsMoved, this, refresh, Qt::QueuedConnection);
    // A removed match may have been the only reason its ancestors were shown.
    connect(m_tree, &QAbstractItemModel::rowsRemoved, this, refresh, Qt::QueuedConnection);
    connect(m_tree, &QAbstractItemModel::modelReset, this, [this] {
        // The proxy has already re-mapped (views ask during its reset) with the old
        // marks, which are by serial and serials start again: map once more.
        m_taggedKnown = false;
        if (!m_text.isEmpty()) {
            computeMatches();
            invalidate();
        }
    });
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
    m_error.clear();
    m_visible.assign(static_cast<std::size_t>(m_tree ? m_tree->serialCapacity() : 0), 0);
    if (!m_tree || m_text.isEmpty())
        return;
    if (m_terms.tags.isEmpty()) {
        m_matches = m_tree->markMatches(m_terms.text.toCaseFolded(), nullptr, &m_visible);
        return;
    }
    // The items carrying every tag asked for: the Store says which (one query a tag).
    if (m_terms.tags.contains(QString()))
        return;
    if (!m_taggedKnown || m_taggedFor != m_terms.tags) {
        m_taggedKnown = false;
        QSet<qint64> tagged;
        for (qsizetype i = 0; i < m_terms.tags.size(); ++i) {
            const auto ids = m_tree->store().itemsTagged(m_terms.tags.at(i), &m_error);
            if (!ids) {
                return; // nothing shown, and errorString() says why
            }
            const QSet<qint64> these(ids->cbegin(), ids->cend());
            if (i == 0)
                tagged = these;
            else
                tagged.intersect(these);
        }
        m_tagged = tagged;
        m_taggedFor = m_terms.tags;
        m_taggedKnown = true;
    }
    m_matches = m_tree->markMatches(m_terms.text.toCaseFolded(), &m_tagged, &m_visible);
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
    const QModelIndex index = m_tree->index(sourceRow, 0, sourceParent);
    const int serial = m_tree->serialAt(index);
    if (serial >= 0 && static_cast<std::size_t>(serial) < m_visible.size())
        return m_visible[static_cast<std::size_t>(serial)] != 0;
    // An item added since the last pass: judge it by its own name (its tags are
    // asked for on the next pass, which the change that added it has queued).
    return m_terms.tags.isEmpty() && m_tree->nameAt(index).contains(m_terms.text, Qt::CaseInsensitive);
}

} // namespace steward
