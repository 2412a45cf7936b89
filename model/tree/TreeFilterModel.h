#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <vector>

namespace steward {

class InventoryTreeModel;

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
 * QSortFilterProxyModel's own recursive filtering visits a service once for every
 * ancestor level; here one pass over the source marks what is visible, so a
 * keystroke costs one look at each name.
 */
class TreeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeFilterModel)
public:
    explicit TreeFilterModel(QObject *parent = nullptr);

    void setSourceTree(InventoryTreeModel *model);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    /// How many items matched the filter (0 without a filter).
    int matchCount() const { return m_matches; }
    /// Why the items with the filter's tags could not be read; empty if they were.
    QString errorString() const { return m_error; }

    /// The filter text split into the tags it asks for and the text names must contain.
    struct Terms
    {
        QStringList tags;
        QString text;
    };
    static Terms parse(const QString &filterText);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// One pass over the source tree: which items match or have a matching descendant.
    void computeMatches();

    InventoryTreeModel *m_tree = nullptr;
    QString m_text;
    Terms m_terms;
    /// The items with every tag of m_terms.tags, as last read for m_taggedFor: typing
    /// the name part of "tag:env=prod docs" reads the tags once; a change in the tree
    /// (which an edit of tags is) forgets them.
    QStringList m_taggedFor;
    QSet<qint64> m_tagged;
    bool m_taggedKnown = false;
    QString m_error;
    std::vector<char> m_visible;
    int m_matches = 0; ///< by InventoryTreeModel::serialAt()
};

} // namespace steward
