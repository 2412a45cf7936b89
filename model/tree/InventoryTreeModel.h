#pragma once

#include "Types.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

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
 * The tree is read as it is opened: reload() reads the organisations and their
 * children only, and a branch's rows are read when a view asks for them
 * (canFetchMore()/fetchMore(), one indexed query a branch), so that opening the
 * window costs the same at a million services as at a thousand. reveal() brings given
 * items in without reading their whole branches (a selection, a search result, the
 * filter's matches): a branch may hold some of its rows until it is fetched, which
 * adds the others in place. Loaded rows are then kept up to date from the Store's
 * change signals, one row at a time; what is not loaded is read when it is opened.
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

    /// Forgets every row and reads the top of the tree again (the organisations and
    /// their children); returns false with errorString() on a database error.
    bool reload();
    QString errorString() const { return m_error; }

    /**
     * Makes every item of @p ids a row, in every place it is shown (a service on several
     * hosts), with the rows above it, reading only those rows (their branches are not
     * read whole). Adds to @p shown, when given, the ids of those items and of every row
     * above each of their places. False with errorString() on a database error.
     */
    bool reveal(const QVector<qint64> &ids, QSet<qint64> *shown = nullptr);
    /// While a proxy of the tree resets (its views read everything afresh), branches they
    /// fetch are not announced: QSortFilterProxyModel::setSourceModel() tells of a reset,
    /// and views (and model testers) that walk the tree then fetch inside it.
    void setQuietFetches(bool quiet) { m_resetting = quiet; }
    /// Reads every branch (tests and small inventories only: the whole tree in memory).
    bool fetchAll();

    /// The item's row under its parent (its first place, else a further place that is
    /// loaded); invalid if it is not loaded (see reveal()).
    QModelIndex indexForId(qint64 id, int column = 0) const;
    /// Every loaded row the item is shown in: indexForId() first, then the others.
    QModelIndexList indexesForId(qint64 id, int column = 0) const;
    /// Whether any loaded item is shown in more than one place.
    bool hasFurtherPlaces() const { return !m_places.isEmpty(); }
    /// What a status means, by the inventory's own statuses and the built-in ones.
    StatusCategory statusCategory(const QString &status) const;
    /// The Store the tree reads (for proxies that ask it more, such as tags).
    Store &store() const { return m_store; }
    qint64 idAt(const QModelIndex &index) const;
    /// The item's name without a QVariant, for fast filtering.
    const QString &nameAt(const QModelIndex &index) const;
    /// How many items are loaded as rows (in their first place).
    int itemCount() const { return static_cast<int>(m_byId.size()); }
    /// How many items of @p kind the inventory holds (unnamed hosts too), from the database.
    int count(ItemKind kind) const;

    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
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
    using NodePtr = std::unique_ptr<Node>;

    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    static bool lessThan(const Node *a, const Node *b);
    int insertPosition(const Node *parent, const Node *child) const;
    /// Reads @p node's branch and adds the rows it does not hold yet; with @p signal,
    /// tells views (not during a reset).
    bool fetchChildren(Node *node, bool signal);
    /// Inserts @p fresh (sorted) into @p parent's rows, each run of neighbours at once.
    void insertSorted(Node *parent, std::vector<NodePtr> fresh, bool signal);
    /// Registers a node that has become a row (m_byId, or m_places for a further place).
    void adopt(Node *node);
    std::unique_ptr<Node> makeNode(qint64 id, ItemKind kind, const QString &name, const QString &status,
                                   bool further) const;
    void onItemCreated(qint64 id);
    void onItemUpdated(qint64 id);
    void onItemRemoved(qint64 id);
    void forget(Node *node);
    void removeRow(Node *node);
    /// Moves @p node to its place under @p newParent for @p item's name, and takes its
    /// name and status; false if the view refused the move (the caller reloads).
    bool settle(Node *node, Node *newParent, const Item &item);
    /// The id of the row a child of item @p parentId is shown under (its provider for
    /// an unnamed host; 0 for the top), asking the database when it does not know.
    qint64 displayParentId(qint64 parentId);
    /// The loaded row of item @p id as a parent (the root for 0); nullptr if not loaded.
    Node *loadedParent(qint64 id) const;
    /// The loaded rows a service with further hosts @p hostIds belongs under besides its
    /// first place, under @p firstParentId.
    std::vector<Node *> furtherParents(qint64 firstParentId, const QVector<qint64> &hostIds);
    /// Brings @p item's loaded further places in line with its hosts, one row at a time.
    void syncPlaces(const Item &item, qint64 firstParentId);
    void removePlace(Node *place);
    void insertPlace(qint64 id, ItemKind kind, const QString &name, const QString &status, Node *parent);
    /// Any loaded row of @p id (its first place or another).
    const Node *anyNode(qint64 id) const;

    Store &m_store;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_byId;   ///< first places that are loaded
    QHash<qint64, qint64> m_hidden; ///< unnamed host -> its provider (those met so far)
    /// A service's loaded rows besides its first, under its further hosts (owned by them).
    QHash<qint64, std::vector<Node *>> m_places;
    /// Every status the inventory declares (built-in ones too) and its category.
    QHash<QString, StatusCategory> m_categories;
    QString m_error;
    bool m_resetting = false; ///< views are being told of a reset (see reload())
};

} // namespace steward
