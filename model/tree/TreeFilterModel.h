#pragma once

#include <QList>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

#include <memory>

namespace steward {

class InventoryTreeModel;
class Search;

/**
 * Narrows the inventory tree to items whose name contains the filter text
 * (case-insensitive), keeping the ancestors of every match so that each match is
 * shown in place, in every place it is shown (a service on several hosts).
 *
 * Words of the form `tag:env=prod` (that tag exactly), `tag:env` (the bare tag or
 * env with any value) or `tag:"category=python core"` are tags an item must carry;
 * the rest of the text is matched against names as before. All of them must hold:
 * `tag:env=prod docs` is the items tagged env=prod whose name contains "docs".
 *
 * One or two characters find the names beginning with them (as search does): a name
 * merely containing a letter is nearly every name, and no index answers it.
 *
 * The database finds the matches (Search::filterNames(): the trigram index, or the
 * name index for one or two characters), at most MatchCap of them, and the tree
 * reveals them with their ancestors without reading whole branches; a branch is not
 * fetched while a filter is on, so what is shown is what matched.
 */
class TreeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeFilterModel)
public:
    /// How many matches a filter shows at most; the status bar says when there were more.
    static constexpr int MatchCap = 1000;

    explicit TreeFilterModel(QObject *parent = nullptr);
    ~TreeFilterModel() override;

    void setSourceTree(InventoryTreeModel *model);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    /// How many items matched the filter (0 without a filter; at most MatchCap).
    int matchCount() const { return m_matches; }
    /// True when more items matched than are shown (MatchCap).
    bool moreMatches() const { return m_more; }
    /// Why the filter's matches could not be read; empty if they were.
    QString errorString() const { return m_error; }

    /// The filter text split into the tags it asks for and the text names must contain.
    struct Terms
    {
        QStringList tags;
        QString text;
    };
    static Terms parse(const QString &filterText);

    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// Asks the database for the matches and has the tree reveal them.
    void computeMatches();
    /// The inventory changed: match again once the event loop runs.
    void scheduleRefresh();

    QPointer<InventoryTreeModel> m_tree;
    QList<QMetaObject::Connection> m_storeConnections;
    std::unique_ptr<Search> m_search;
    QString m_text;
    Terms m_terms;
    QString m_error;
    QSet<qint64> m_visible; ///< the matches and every row above them
    int m_matches = 0;
    bool m_more = false;
    bool m_refreshPending = false;
};

} // namespace steward
