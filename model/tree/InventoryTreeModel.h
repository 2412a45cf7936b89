#pragma once

#include "Types.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringMatcher>

#include <memory>
#include <vector>

namespace steward {

class Store;

/**
 * The inventory as a tree: organisation -> providers -> hosts -> services. A service
 * with no named host sits under its provider: hosts without a host name (an
 * unnamed VM) are not rows of their own, their services are shown under the
 * provider. A service with neither host nor provider sits under the organisation.
 * Children are ordered providers, hosts, services, each by name.
 *
 * The whole tree is read with one query on reload() and then kept up to date from
 * the Store's change signals, one row at a time.
 */
class InventoryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryTreeModel)
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole, ///< qint64 item id
        KindRole,              ///< int, an ItemKind
        StatusRole,            ///< the status key ("active", "legacy", ...)
    };

    explicit InventoryTreeModel(Store &store, QObject *parent = nullptr);
    ~InventoryTreeModel() override;

    /// Reads every item again; returns false with errorString() on a database error.
    bool reload();
    QString errorString() const { return m_error; }

    QModelIndex indexForId(qint64 id, int column = 0) const;
    qint64 idAt(const QModelIndex &index) const;
    /// The item's name without a QVariant, for fast filtering.
    const QString &nameAt(const QModelIndex &index) const;
    int itemCount() const { return static_cast<int>(m_byId.size()); }
    /// A small dense number for the item at @p index, stable while the item exists,
    /// below serialCapacity(); lets proxies keep per-item flags in a plain vector.
    int serialAt(const QModelIndex &index) const;
    int serialCapacity() const { return m_nextSerial; }
    /**
     * Sets visible[serial] for every item whose case-folded name contains
     * @p foldedPattern, and for every ancestor of such an item; returns how many
     * items matched by name. @p visible must hold serialCapacity() zeros.
     * Searches one buffer of all folded names, rebuilt after the tree changes.
     */
    int markMatches(const QString &foldedPattern, std::vector<char> *visible) const;
    /// Builds the filter index now if it is out of date (e.g. while the user is idle).
    void prepareFilterIndex() const;
    /// How many items of @p kind the tree holds.
    int count(ItemKind kind) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Drag and drop: a host onto a provider, a service onto a host, a provider or the
    // organisation. The model never moves anything itself: it asks, through
    // moveRequested(), and the window makes the move an undoable edit.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    /// Whether an item of @p kind may go under the item at @p parent.
    bool canHold(const QModelIndex &parent, ItemKind kind) const;

Q_SIGNALS:
    void moveRequested(const QVector<qint64> &itemIds, qint64 newParentId);

private:
    struct Node;

    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    static bool lessThan(const Node *a, const Node *b);
    int insertPosition(const Node *parent, const Node *child) const;
    void onItemCreated(qint64 id);
    void onItemUpdated(qint64 id);
    void onItemRemoved(qint64 id);
    void forget(Node *node);
    /// The row a child of item @p parentId is shown under.
    Node *displayParent(qint64 parentId) const;
    void buildFilterIndex() const;

    Store &m_store;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_byId;
    QHash<qint64, qint64> m_hidden; ///< unnamed host -> its provider
    int m_nextSerial = 0;

    // The filter index (see markMatches), built on demand.
    mutable bool m_filterIndexDirty = true;
    mutable QString m_filterText;
    mutable std::vector<qsizetype> m_filterStarts;
    mutable std::vector<int> m_filterSerials;
    mutable std::vector<int> m_parentSerial;
    QString m_error;
};

} // namespace steward
