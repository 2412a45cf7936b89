#pragma once

#include "Types.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QStringMatcher>

#include <memory>
#include <vector>

namespace steward {

class Store;
struct Item;

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
        StatusCategoryRole,    ///< int, the status's StatusCategory (its own, or a built-in's)
    };

    explicit InventoryTreeModel(Store &store, QObject *parent = nullptr);
    ~InventoryTreeModel() override;

    /// Reads every item again; returns false with errorString() on a database error.
    bool reload();
    QString errorString() const { return m_error; }

    /// The item's row under its parent (its first place); invalid if it is not a row.
    QModelIndex indexForId(qint64 id, int column = 0) const;
    /// Every row the item is shown in: indexForId() first, then its further hosts'.
    QModelIndexList indexesForId(qint64 id, int column = 0) const;
    /// Whether any item is shown in more than one place.
    bool hasFurtherPlaces() const { return !m_places.isEmpty(); }
    /// What a status means, by the inventory's own statuses and the built-in ones.
    StatusCategory statusCategory(const QString &status) const;
    /// The Store the tree reads (for proxies that ask it more, such as tags).
    Store &store() const { return m_store; }
    qint64 idAt(const QModelIndex &index) const;
    /// The item's name without a QVariant, for fast filtering.
    const QString &nameAt(const QModelIndex &index) const;
    int itemCount() const { return static_cast<int>(m_byId.size()); }
    /// A small dense number for the item at @p index, stable while the item exists,
    /// below serialCapacity(); lets proxies keep per-item flags in a plain vector.
    int serialAt(const QModelIndex &index) const;
    int serialCapacity() const { return m_nextSerial; }
    /**
     * Sets visible[serial] for every place of every item whose case-folded name
     * contains @p foldedPattern (every item when it is empty) and, when @p only is
     * given, whose id is in it; and for every ancestor of each such place. Returns
     * how many items matched. @p visible must hold serialCapacity() zeros.
     * Searches one buffer of all folded names, rebuilt after the tree changes.
     */
    int markMatches(const QString &foldedPattern, const QSet<qint64> *only, std::vector<char> *visible) const;
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
    /// Moves @p node to its place under @p newParent for @p item's name, and takes its
    /// name and status; false if the view refused the move (the caller reloads).
    bool settle(Node *node, Node *newParent, const Item &item);
    /// A row for @p item under @p parent besides its first place (not yet inserted).
    std::unique_ptr<Node> newPlace(const Node *item, Node *parent);
    /// The rows a service with further hosts @p hostIds belongs under besides @p first.
    std::vector<Node *> furtherParents(const Node *first, const QVector<qint64> &hostIds) const;
    /// Brings @p node's further places in line with @p hostIds, one row at a time.
    void syncPlaces(Node *node, const QVector<qint64> &hostIds);
    void removePlace(Node *place);
    void insertPlace(const Node *item, Node *parent);
    /// The row a child of item @p parentId is shown under.
    Node *displayParent(qint64 parentId) const;
    void buildFilterIndex() const;

    Store &m_store;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_byId;
    QHash<qint64, qint64> m_hidden; ///< unnamed host -> its provider
    /// A service's rows besides its first, under its further hosts (owned by them).
    QHash<qint64, std::vector<Node *>> m_places;
    /// Every status the inventory declares (built-in ones too) and its category.
    QHash<QString, StatusCategory> m_categories;
    int m_nextSerial = 0;

    // The filter index (see markMatches), built on demand.
    mutable bool m_filterIndexDirty = true;
    mutable QString m_filterText;
    mutable std::vector<qsizetype> m_filterStarts;
    mutable std::vector<const Node *> m_filterNodes;
    mutable std::vector<int> m_parentSerial;
    QString m_error;
};

} // namespace steward
