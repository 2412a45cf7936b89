#include "InventoryTreeModel.h"

#include "Records.h"
#include "Store.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <functional>

namespace steward {

struct InventoryTreeModel::Node
{
    qint64 id = 0;
    Node *parent = nullptr;
    int row = 0;
    ItemKind kind = ItemKind::Organisation;
    bool further = false;     ///< a service's row under a further host (see m_places)
    bool hasChildren = false; ///< what the database said, until the branch is complete
    bool complete = false;    ///< every row of the branch is loaded
    QString name;
    QString status;
    std::vector<std::unique_ptr<Node>> children;

    void renumber(std::size_t from = 0)
    {
        for (std::size_t i = from; i < children.size(); ++i)
            children[i]->row = static_cast<int>(i);
    }
};

InventoryTreeModel::InventoryTreeModel(Store &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_root(std::make_unique<Node>())
{
    m_root->complete = true;
    connect(&m_store, &Store::itemCreated, this, &InventoryTreeModel::onItemCreated);
    connect(&m_store, &Store::itemUpdated, this, &InventoryTreeModel::onItemUpdated);
    connect(&m_store, &Store::itemRemoved, this, &InventoryTreeModel::onItemRemoved);
}

InventoryTreeModel::~InventoryTreeModel() = default;

bool InventoryTreeModel::lessThan(const Node *a, const Node *b)
{
    if (a->kind != b->kind)
        return a->kind < b->kind;
    const int byName = a->name.compare(b->name, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return a->id < b->id;
}

std::unique_ptr<InventoryTreeModel::Node> InventoryTreeModel::makeNode(qint64 id, ItemKind kind, const QString &name,
                                                                       const QString &status, bool further) const
{
    auto node = std::make_unique<Node>();
    node->id = id;
    node->kind = kind;
    node->name = name;
    node->status = status;
    node->further = further;
    return node;
}

bool InventoryTreeModel::reload()
{
    QString error;
    const auto statuses = m_store.statusDefs(&error);
    if (!statuses) {
        m_error = error;
        return false;
    }
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->hasChildren = true;
    m_byId.clear();
    m_hidden.clear();
    m_places.clear();
    m_categories.clear();
    for (const StatusDef &def : *statuses)
        m_categories.insert(def.name, def.category);
    m_error.clear();
    // The organisations and what is under them: what the window shows first.
    bool ok = fetchChildren(m_root.get(), false);
    for (std::size_t i = 0; ok && i < m_root->children.size(); ++i) {
        Node *top = m_root->children[i].get();
        if (top->hasChildren)
            ok = fetchChildren(top, false);
    }
    // Branches fetched while views hear of the reset (a model tester walks the tree
    // then) are part of the reset: nothing to tell.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    return ok;
}

bool InventoryTreeModel::fetchAll()
{
    std::function<bool(Node *)> walk = [&](Node *node) {
        if (!node->complete && !fetchChildren(node, true))
            return false;
        for (std::size_t i = 0; i < node->children.size(); ++i) {
            if (!walk(node->children[i].get()))
                return false;
        }
        return true;
    };
    return walk(m_root.get());
}

void InventoryTreeModel::adopt(Node *node)
{
    if (node->further)
        m_places[node->id].push_back(node);
    else
        m_byId.insert(node->id, node);
}

void InventoryTreeModel::insertSorted(Node *parent, std::vector<NodePtr> fresh, bool signal)
{
    if (fresh.empty())
        return;
    std::sort(fresh.begin(), fresh.end(),
              [](const NodePtr &a, const NodePtr &b) { return lessThan(a.get(), b.get()); });
    const QModelIndex parentIndex = signal ? indexOf(parent) : QModelIndex();
    for (std::size_t k = 0; k < fresh.size();) {
        const int pos = insertPosition(parent, fresh[k].get());
        // The run: the fresh rows that go before the row now at pos.
        const Node *next = static_cast<std::size_t>(pos) < parent->children.size()
                               ? parent->children[static_cast<std::size_t>(pos)].get()
                               : nullptr;
        std::size_t end = k + 1;
        while (end < fresh.size() && (!next || lessThan(fresh[end].get(), next)))
            ++end;
        const int count = static_cast<int>(end - k);
        if (signal)
            beginInsertRows(parentIndex, pos, pos + count - 1);
        for (std::size_t i = k; i < end; ++i) {
            fresh[i]->parent = parent;
            adopt(fresh[i].get());
        }
        parent->children.insert(parent->children.begin() + pos, std::make_move_iterator(fresh.begin() + k),
                                std::make_move_iterator(fresh.begin() + end));
        parent->renumber(static_cast<std::size_t>(pos));
        parent->hasChildren = true;
        if (signal)
            endInsertRows();
        k = end;
    }
}

bool InventoryTreeModel::fetchChildren(Node *node, bool signal)
{
    const auto rows = m_store.treeChildren(node == m_root.get() ? 0 : node->id, &m_error);
    if (!rows)
        return false;
    // A service whose first place is this branch is not also a further place in it; a
    // service on two unnamed hosts of one provider is shown there once.
    QSet<qint64> firstHere, furtherHere;
    for (const TreeBranchRow &row : *rows) {
        if (!row.further) {
            firstHere.insert(row.id);
            if (row.parentId != node->id && row.parentId != 0)
                m_hidden.insert(row.parentId, node->id); // an unnamed host's service
        }
    }
    for (const auto &child : node->children) {
        if (child->further)
            furtherHere.insert(child->id);
    }
    std::vector<NodePtr> fresh;
    for (const TreeBranchRow &row : *rows) {
        if (row.further) {
            if (firstHere.contains(row.id) || furtherHere.contains(row.id))
                continue;
            furtherHere.insert(row.id);
        } else {
            const Node *known = m_byId.value(row.id, nullptr);
            if (known)
                continue; // revealed before, or added since
        }
        auto child = makeNode(row.id, row.kind, row.name, row.status, row.further);
        child->hasChildren = row.hasChildren;
        child->complete = !row.hasChildren;
        fresh.push_back(std::move(child));
    }
    node->complete = true;
    insertSorted(node, std::move(fresh), signal);
    return true;
}

bool InventoryTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeAt(parent);
    return !node->children.empty() || (!node->complete && node->hasChildren);
}

bool InventoryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeAt(parent);
    return !node->complete && node->hasChildren;
}

void InventoryTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchChildren(nodeAt(parent), !m_resetting);
}

qint64 InventoryTreeModel::displayParentId(qint64 parentId)
{
    if (parentId == 0 || m_byId.contains(parentId))
        return parentId;
    const auto hidden = m_hidden.constFind(parentId);
    if (hidden != m_hidden.constEnd())
        return *hidden;
    const auto unnamed = m_store.unnamedHostsAmong({parentId}, &m_error);
    if (unnamed && unnamed->contains(parentId)) {
        m_hidden.insert(parentId, unnamed->value(parentId));
        return unnamed->value(parentId);
    }
    return parentId;
}

InventoryTreeModel::Node *InventoryTreeModel::loadedParent(qint64 id) const
{
    return id == 0 ? m_root.get() : m_byId.value(id, nullptr);
}

const InventoryTreeModel::Node *InventoryTreeModel::anyNode(qint64 id) const
{
    if (const Node *node = m_byId.value(id, nullptr))
        return node;
    const auto places = m_places.constFind(id);
    return places != m_places.constEnd() && !places->empty() ? places->front() : nullptr;
}

bool InventoryTreeModel::reveal(const QVector<qint64> &ids, QSet<qint64> *shown)
{
    QVector<qint64> wanted;
    for (qint64 id : ids) {
        if (id > 0)
            wanted.append(id);
    }
    if (wanted.isEmpty())
        return true;
    QVector<TreeRow> rows;
    QVector<Placement> placements;
    if (!m_store.treeAround(wanted, &rows, &placements, &m_error))
        return false;
    QVector<qint64> hosts, unknown;
    QHash<qint64, const TreeRow *> byId;
    for (const TreeRow &row : std::as_const(rows)) {
        byId.insert(row.id, &row);
        if (row.kind == ItemKind::Host && !m_hidden.contains(row.id) && !m_byId.contains(row.id))
            hosts.append(row.id);
        if (row.kind != ItemKind::Service && !m_byId.contains(row.id))
            unknown.append(row.id);
    }
    const auto unnamed = m_store.unnamedHostsAmong(hosts, &m_error);
    const auto withChildren = unnamed ? m_store.itemsWithChildren(unknown, &m_error) : std::nullopt;
    if (!unnamed || !withChildren)
        return false;
    for (auto it = unnamed->cbegin(); it != unnamed->cend(); ++it)
        m_hidden.insert(it.key(), it.value());
    const auto shownParent = [this](const TreeRow &row) { return m_hidden.value(row.parentId, row.parentId); };
    const auto depth = [&](const TreeRow &row) {
        int d = 0;
        for (const TreeRow *r = &row; r && r->parentId; r = byId.value(r->parentId, nullptr))
            ++d;
        return d;
    };
    // Top down, so that each row's parent is a row before it is.
    QVector<const TreeRow *> order;
    for (const TreeRow &row : std::as_const(rows)) {
        if (!m_hidden.contains(row.id))
            order.append(&row);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](const TreeRow *a, const TreeRow *b) { return depth(*a) < depth(*b); });
    // The new rows of each parent, inserted together (layoutChanged when there are many).
    std::vector<std::pair<Node *, std::vector<NodePtr>>> pending;
    QHash<qint64, Node *> made; // rows made here, not yet adopted
    const auto parentNode = [&](qint64 id) -> Node * {
        if (Node *node = loadedParent(id))
            return node;
        return made.value(id, nullptr);
    };
    const auto queue = [&](Node *parent, NodePtr node) {
        for (auto &entry : pending) {
            if (entry.first == parent) {
                entry.second.push_back(std::move(node));
                return;
            }
        }
        pending.emplace_back(parent, std::vector<NodePtr>());
        pending.back().second.push_back(std::move(node));
    };
    int count = 0;
    for (const TreeRow *row : std::as_const(order)) {
        if (m_byId.contains(row->id) || made.contains(row->id))
            continue;
        Node *parent = parentNode(shownParent(*row));
        if (!parent)
            continue;
        auto node = makeNode(row->id, row->kind, row->name, row->status, false);
        node->hasChildren = withChildren->contains(row->id);
        node->complete = !node->hasChildren;
        made.insert(row->id, node.get());
        queue(parent, std::move(node));
        ++count;
    }
    // Each service's further places, under the further hosts that are rows.
    const QSet<qint64> asked(wanted.cbegin(), wanted.cend());
    QHash<qint64, QVector<qint64>> furtherOf;
    for (const Placement &p : std::as_const(placements)) {
        if (asked.contains(p.serviceId))
            furtherOf[p.serviceId].append(p.hostId);
    }
    QHash<qint64, std::vector<qint64>> placedUnder; // service -> the parents of its new places
    for (auto it = furtherOf.cbegin(); it != furtherOf.cend(); ++it) {
        const TreeRow *service = byId.value(it.key(), nullptr);
        if (!service)
            continue;
        const qint64 first = shownParent(*service);
        std::vector<qint64> &under = placedUnder[it.key()];
        for (qint64 host : *it) {
            const qint64 at = m_hidden.value(host, host);
            Node *parent = parentNode(at);
            if (at == first || !parent || parent == m_root.get() ||
                std::find(under.begin(), under.end(), at) != under.end())
                continue;
            under.push_back(at);
            const auto places = m_places.constFind(it.key());
            const bool there =
                places != m_places.constEnd() &&
                std::any_of(places->begin(), places->end(), [parent](const Node *n) { return n->parent == parent; });
            if (there)
                continue;
            queue(parent, makeNode(service->id, service->kind, service->name, service->status, true));
            ++count;
        }
    }
    if (shown) {
        const auto chain = [&](qint64 id) {
            for (const TreeRow *r = byId.value(id, nullptr); r; r = byId.value(r->parentId, nullptr)) {
                if (!m_hidden.contains(r->id))
                    shown->insert(r->id);
            }
        };
        for (qint64 id : std::as_const(wanted)) {
            if (!m_hidden.contains(id)) // an unnamed host is no row
                chain(id);
        }
        for (auto it = placedUnder.cbegin(); it != placedUnder.cend(); ++it) {
            for (qint64 at : *it)
                chain(at);
        }
    }
    if (count == 0)
        return true;
    // Parents before their children: a made parent is adopted (and so found) first.
    constexpr int FewRows = 32;
    if (count <= FewRows || m_resetting) {
        // While views hear of a reset, rows that come are part of it (see reload()).
        for (auto &entry : pending)
            insertSorted(entry.first, std::move(entry.second), !m_resetting);
        return true;
    }
    // Many rows under many parents: one layout change instead of a signal per run.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    for (auto &entry : pending)
        insertSorted(entry.first, std::move(entry.second), false);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const Node *node = static_cast<const Node *>(index.internalPointer());
        after.append(createIndex(node->row, index.column(), const_cast<Node *>(node)));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    return true;
}

InventoryTreeModel::Node *InventoryTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex InventoryTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex InventoryTreeModel::indexForId(qint64 id, int column) const
{
    return indexOf(anyNode(id), column);
}

QModelIndexList InventoryTreeModel::indexesForId(qint64 id, int column) const
{
    QModelIndexList indexes;
    if (const Node *first = m_byId.value(id, nullptr))
        indexes.append(indexOf(first, column));
    const auto places = m_places.constFind(id);
    if (places != m_places.constEnd()) {
        for (const Node *place : *places)
            indexes.append(indexOf(place, column));
    }
    return indexes;
}

StatusCategory InventoryTreeModel::statusCategory(const QString &status) const
{
    const auto it = m_categories.constFind(status);
    return it != m_categories.constEnd() ? *it : keys::builtinStatusCategory(status);
}

qint64 InventoryTreeModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->id : 0;
}

const QString &InventoryTreeModel::nameAt(const QModelIndex &index) const
{
    return nodeAt(index)->name;
}

int InventoryTreeModel::count(ItemKind kind) const
{
    if (kind == ItemKind::Organisation)
        return static_cast<int>(m_root->children.size());
    QString error;
    const auto counts = m_store.itemCounts(&error);
    if (!counts)
        return 0;
    switch (kind) {
    case ItemKind::Provider: return static_cast<int>(counts->providers);
    case ItemKind::Host: return static_cast<int>(counts->hosts);
    default: return static_cast<int>(counts->services);
    }
}

QModelIndex InventoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *p = nodeAt(parent);
    if (static_cast<std::size_t>(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[static_cast<std::size_t>(row)].get());
}

QModelIndex InventoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int InventoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeAt(parent)->children.size());
}

int InventoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InventoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->name;
        return keys::statusLabel(node->status);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2, %3)")
            .arg(node->name, keys::itemKindLabel(node->kind), keys::statusLabel(node->status));
    case IdRole: return node->id;
    case KindRole: return static_cast<int>(node->kind);
    case StatusRole: return node->status;
    case StatusCategoryRole: return static_cast<int>(statusCategory(node->status));
    default: return {};
    }
}

QVariant InventoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

QHash<int, QByteArray> InventoryTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(KindRole, "kind");
    names.insert(StatusRole, "status");
    names.insert(StatusCategoryRole, "statusCategory");
    return names;
}

namespace {
const QString kMimeType = QStringLiteral("application/x-steward-item-ids");
}

Qt::ItemFlags InventoryTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f;
    const Node *node = nodeAt(index);
    if (node->kind == ItemKind::Host || node->kind == ItemKind::Service)
        f |= Qt::ItemIsDragEnabled;
    if (node->kind != ItemKind::Service)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions InventoryTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList InventoryTreeModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *InventoryTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    QSet<qint64> seen;
    for (const QModelIndex &index : indexes) {
        // An item selected in several places is dragged once.
        if (index.isValid() && index.column() == 0 && !seen.contains(nodeAt(index)->id)) {
            seen.insert(nodeAt(index)->id);
            ids << QString::number(nodeAt(index)->id);
        }
    }
    auto *data = new QMimeData;
    data->setData(kMimeType, ids.join(QLatin1Char(',')).toLatin1());
    return data;
}

bool InventoryTreeModel::canHold(const QModelIndex &parent, ItemKind kind) const
{
    if (!parent.isValid())
        return false;
    const ItemKind target = nodeAt(parent)->kind;
    switch (kind) {
    case ItemKind::Host: return target == ItemKind::Provider;
    case ItemKind::Service: return target != ItemKind::Service;
    default: return false;
    }
}

bool InventoryTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMimeType))
        return false;
    const QList<QByteArray> ids = data->data(kMimeType).split(',');
    for (const QByteArray &text : ids) {
        const Node *node = anyNode(text.toLongLong());
        if (!node || !canHold(parent, node->kind) || nodeAt(parent) == node)
            return false;
    }
    return !ids.isEmpty();
}

bool InventoryTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QVector<qint64> ids;
    for (const QByteArray &text : data->data(kMimeType).split(','))
        ids.append(text.toLongLong());
    Q_EMIT moveRequested(ids, nodeAt(parent)->id);
    // The view must not remove the dragged rows: the store's signals move them.
    return false;
}

int InventoryTreeModel::insertPosition(const Node *parent, const Node *child) const
{
    const auto it =
        std::lower_bound(parent->children.begin(), parent->children.end(), child,
                         [](const std::unique_ptr<Node> &a, const Node *b) { return lessThan(a.get(), b); });
    return static_cast<int>(it - parent->children.begin());
}

std::vector<InventoryTreeModel::Node *> InventoryTreeModel::furtherParents(qint64 firstParentId,
                                                                           const QVector<qint64> &hostIds)
{
    std::vector<Node *> parents;
    // Each row once, and never where the service already is: two unnamed hosts of
    // one provider are both shown as that provider.
    for (qint64 hostId : hostIds) {
        const qint64 at = displayParentId(hostId);
        Node *parent = at == firstParentId ? nullptr : loadedParent(at);
        if (parent && parent != m_root.get() && std::find(parents.begin(), parents.end(), parent) == parents.end())
            parents.push_back(parent);
    }
    return parents;
}

void InventoryTreeModel::insertPlace(qint64 id, ItemKind kind, const QString &name, const QString &status, Node *parent)
{
    // Under a branch not read yet, the place comes when it is read.
    if (!parent->complete && parent->children.empty()) {
        parent->hasChildren = true;
        return;
    }
    std::vector<NodePtr> fresh;
    fresh.push_back(makeNode(id, kind, name, status, true));
    insertSorted(parent, std::move(fresh), true);
}

void InventoryTreeModel::removePlace(Node *place)
{
    Node *parent = place->parent;
    const int row = place->row;
    beginRemoveRows(indexOf(parent), row, row);
    const auto places = m_places.find(place->id);
    if (places != m_places.end()) {
        places->erase(std::remove(places->begin(), places->end(), place), places->end());
        if (places->empty())
            m_places.erase(places);
    }
    parent->children.erase(parent->children.begin() + row);
    parent->renumber(static_cast<std::size_t>(row));
    endRemoveRows();
}

void InventoryTreeModel::syncPlaces(const Item &item, qint64 firstParentId)
{
    const std::vector<Node *> wanted =
        item.kind == ItemKind::Service ? furtherParents(firstParentId, item.alsoOn) : std::vector<Node *>();
    const auto current = m_places.constFind(item.id);
    const std::vector<Node *> have = current != m_places.constEnd() ? *current : std::vector<Node *>();
    for (Node *place : have) {
        if (std::find(wanted.begin(), wanted.end(), place->parent) == wanted.end())
            removePlace(place);
    }
    for (Node *parent : wanted) {
        const bool there =
            std::any_of(have.begin(), have.end(), [parent](const Node *n) { return n->parent == parent; });
        if (!there)
            insertPlace(item.id, item.kind, item.name, item.status, parent);
    }
}

void InventoryTreeModel::onItemCreated(qint64 id)
{
    if (m_byId.contains(id))
        return;
    auto item = m_store.item(id, &m_error);
    if (!item)
        return;
    if (item->kind == ItemKind::Host && item->hostname.isEmpty()) {
        m_hidden.insert(id, item->parentId);
        return;
    }
    const qint64 parentId = displayParentId(item->parentId);
    Node *parent = loadedParent(parentId);
    // A branch not read yet shows the item when it is read; one partly read takes it now.
    if (parent && (parent->complete || !parent->children.empty())) {
        std::vector<NodePtr> fresh;
        auto node = makeNode(id, item->kind, item->name, item->status, false);
        node->complete = true; // nothing is under a new item
        fresh.push_back(std::move(node));
        insertSorted(parent, std::move(fresh), true);
    } else if (parent) {
        parent->hasChildren = true;
    }
    if (!item->alsoOn.isEmpty())
        syncPlaces(*item, parentId);
}

bool InventoryTreeModel::settle(Node *node, Node *newParent, const Item &item)
{
    Node *oldParent = node->parent;
    const int oldRow = node->row;

    // Where the node belongs now, computed as if it were already out of its list.
    Node probe;
    probe.id = node->id;
    probe.kind = item.kind;
    probe.name = item.name;
    int newRow = insertPosition(newParent, &probe);
    const bool moves = newParent != oldParent || (newRow != oldRow && newRow != oldRow + 1);
    if (moves) {
        // beginMoveRows wants the destination row in the pre-move numbering.
        if (!beginMoveRows(indexOf(oldParent), oldRow, oldRow, indexOf(newParent), newRow))
            return false;
        std::unique_ptr<Node> owned = std::move(oldParent->children[static_cast<std::size_t>(oldRow)]);
        oldParent->children.erase(oldParent->children.begin() + oldRow);
        oldParent->renumber(static_cast<std::size_t>(oldRow));
        if (newParent == oldParent && newRow > oldRow)
            --newRow;
        owned->parent = newParent;
        newParent->children.insert(newParent->children.begin() + newRow, std::move(owned));
        newParent->renumber(static_cast<std::size_t>(std::min(newRow, newParent == oldParent ? oldRow : newRow)));
        newParent->hasChildren = true;
        node->name = item.name;
        node->status = item.status;
        endMoveRows();
    } else {
        node->name = item.name;
        node->status = item.status;
    }
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    return true;
}

void InventoryTreeModel::onItemUpdated(qint64 id)
{
    auto item = m_store.item(id, &m_error);
    if (!item)
        return;
    Node *node = m_byId.value(id, nullptr);
    // An unnamed host moved or named, or a host that lost its name: its services
    // change rows too. Rare enough to read the tree again.
    const bool hidden = item->kind == ItemKind::Host && item->hostname.isEmpty();
    if (m_hidden.contains(id) || (node && hidden)) {
        reload();
        return;
    }
    if (hidden) {
        m_hidden.insert(id, item->parentId);
        return;
    }
    const qint64 parentId = displayParentId(item->parentId);
    Node *newParent = loadedParent(parentId);
    const bool shownThere = newParent && (newParent->complete || !newParent->children.empty());
    // Places that go first (one may be where the item moves to), then the item, then
    // the places that stay take the new name, then the new places come.
    const auto current = m_places.constFind(id);
    if (current != m_places.constEnd()) {
        const std::vector<Node *> have = *current;
        for (Node *place : have) {
            const bool stays = item->kind == ItemKind::Service && place->parent != newParent &&
                               std::any_of(item->alsoOn.begin(), item->alsoOn.end(), [&](qint64 host) {
                                   return loadedParent(displayParentId(host)) == place->parent;
                               });
            if (!stays)
                removePlace(place);
        }
    }
    if (node && shownThere) {
        if (!settle(node, newParent, *item)) {
            reload();
            return;
        }
    } else if (node) {
        removeRow(node); // moved under a branch not read yet
    } else if (shownThere) {
        // Moved in from a branch not read yet.
        const auto withChildren = m_store.itemsWithChildren({id}, &m_error);
        std::vector<NodePtr> fresh;
        auto moved = makeNode(id, item->kind, item->name, item->status, false);
        moved->hasChildren = withChildren && withChildren->contains(id);
        moved->complete = !moved->hasChildren;
        fresh.push_back(std::move(moved));
        insertSorted(newParent, std::move(fresh), true);
    } else if (newParent) {
        newParent->hasChildren = true;
    }
    const auto places = m_places.constFind(id);
    if (places != m_places.constEnd()) {
        const std::vector<Node *> stay = *places;
        for (Node *place : stay) {
            if (!settle(place, place->parent, *item)) {
                reload();
                return;
            }
        }
    }
    if (!item->alsoOn.isEmpty() || m_places.contains(id))
        syncPlaces(*item, parentId);
}

void InventoryTreeModel::forget(Node *node)
{
    if (node->further) {
        const auto places = m_places.find(node->id);
        if (places != m_places.end()) {
            places->erase(std::remove(places->begin(), places->end(), node), places->end());
            if (places->empty())
                m_places.erase(places);
        }
    } else {
        m_byId.remove(node->id);
    }
    for (auto &child : node->children)
        forget(child.get());
}

void InventoryTreeModel::removeRow(Node *node)
{
    // The services that go with it leave their places under other hosts first.
    if (!m_places.isEmpty()) {
        const auto inside = [node](const Node *n) {
            for (; n; n = n->parent) {
                if (n == node)
                    return true;
            }
            return false;
        };
        std::vector<Node *> outside;
        std::function<void(const Node *)> collect = [&](const Node *n) {
            if (!n->further) {
                const auto places = m_places.constFind(n->id);
                if (places != m_places.constEnd()) {
                    for (Node *place : *places) {
                        if (!inside(place))
                            outside.push_back(place);
                    }
                }
            }
            for (const auto &child : n->children)
                collect(child.get());
        };
        collect(node);
        for (Node *place : outside)
            removePlace(place);
    }
    Node *parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexOf(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    parent->renumber(static_cast<std::size_t>(row));
    endRemoveRows();
}

void InventoryTreeModel::onItemRemoved(qint64 id)
{
    if (m_hidden.contains(id)) {
        // Its services went with it (ON DELETE CASCADE); they were shown elsewhere.
        reload();
        return;
    }
    const auto places = m_places.constFind(id);
    if (places != m_places.constEnd()) {
        const std::vector<Node *> have = *places;
        for (Node *place : have)
            removePlace(place);
    }
    Node *node = m_byId.value(id, nullptr);
    const bool whole = node && node->complete;
    if (node)
        removeRow(node);
    if (whole || m_places.isEmpty())
        return;
    // Services under a branch never read went with it, and may be shown elsewhere.
    const QList<qint64> placed = m_places.keys();
    std::vector<qint64> gone;
    for (qint64 service : placed) {
        QString error;
        const auto item = m_store.item(service, &error);
        if (!item && !m_store.database().isDamaged())
            gone.push_back(service);
    }
    for (qint64 service : gone) {
        const auto left = m_places.constFind(service);
        if (left == m_places.constEnd())
            continue;
        const std::vector<Node *> have = *left;
        for (Node *place : have)
            removePlace(place);
    }
}

} // namespace steward
