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
    int serial = -1;
    ItemKind kind = ItemKind::Organisation;
    bool further = false; ///< a service's row under a further host (see m_places)
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

bool InventoryTreeModel::reload()
{
    QString error;
    auto treeRows = m_store.treeRows(&error);
    const auto unnamedHosts = treeRows ? m_store.unnamedHosts(&error) : std::nullopt;
    const auto placements = unnamedHosts ? m_store.placements(&error) : std::nullopt;
    const auto statuses = placements ? m_store.statusDefs(&error) : std::nullopt;
    if (!treeRows || !unnamedHosts || !placements || !statuses) {
        m_error = error;
        return false;
    }
    QVector<TreeRow> rows = std::move(*treeRows);
    const QSet<qint64> &unnamed = *unnamedHosts;
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byId.clear();
    m_hidden.clear();
    m_places.clear();
    m_categories.clear();
    for (const StatusDef &def : *statuses)
        m_categories.insert(def.name, def.category);
    for (const TreeRow &row : std::as_const(rows)) {
        if (row.kind == ItemKind::Host && unnamed.contains(row.id))
            m_hidden.insert(row.id, row.parentId);
    }
    if (!m_hidden.isEmpty()) {
        rows.erase(
            std::remove_if(rows.begin(), rows.end(), [this](const TreeRow &row) { return m_hidden.contains(row.id); }),
            rows.end());
    }
    m_byId.reserve(rows.size());
    m_nextSerial = 0;
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.reserve(rows.size());
    for (TreeRow &row : rows) {
        auto node = std::make_unique<Node>();
        node->id = row.id;
        node->serial = m_nextSerial++;
        node->kind = row.kind;
        node->name = std::move(row.name);
        node->status = std::move(row.status);
        m_byId.insert(node->id, node.get());
        nodes.push_back(std::move(node));
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const qint64 parentId =
            m_hidden.value(rows.at(static_cast<int>(i)).parentId, rows.at(static_cast<int>(i)).parentId);
        Node *parent = parentId ? m_byId.value(parentId, m_root.get()) : m_root.get();
        nodes[i]->parent = parent;
        parent->children.push_back(std::move(nodes[i]));
    }
    // A service's further hosts: a row under each (placements come by service, in order).
    for (qsizetype i = 0; i < placements->size();) {
        const qint64 serviceId = placements->at(i).serviceId;
        QVector<qint64> hostIds;
        for (; i < placements->size() && placements->at(i).serviceId == serviceId; ++i)
            hostIds.append(placements->at(i).hostId);
        const Node *item = m_byId.value(serviceId, nullptr);
        if (!item)
            continue;
        for (Node *parent : furtherParents(item, hostIds)) {
            auto place = newPlace(item, parent);
            m_places[item->id].push_back(place.get());
            parent->children.push_back(std::move(place));
        }
    }
    // Sort every child list once; parents are visited through the id table.
    const auto sortChildren = [](Node *node) {
        std::sort(
            node->children.begin(), node->children.end(),
            [](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) { return lessThan(a.get(), b.get()); });
        node->renumber();
    };
    sortChildren(m_root.get());
    for (Node *node : std::as_const(m_byId)) {
        if (!node->children.empty())
            sortChildren(node);
    }
    m_error.clear();
    m_filterIndexDirty = true;
    endResetModel();
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
    return indexOf(m_byId.value(id, nullptr), column);
}

QModelIndexList InventoryTreeModel::indexesForId(qint64 id, int column) const
{
    QModelIndexList indexes;
    const QModelIndex first = indexForId(id, column);
    if (!first.isValid())
        return indexes;
    indexes.append(first);
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

int InventoryTreeModel::serialAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->serial : -1;
}

void InventoryTreeModel::buildFilterIndex() const
{
    // All folded names in one buffer, one per line, in no particular order: a search
    // runs through contiguous memory instead of chasing 100k separate strings.
    m_filterText.clear();
    m_filterStarts.clear();
    m_filterNodes.clear();
    m_parentSerial.assign(static_cast<std::size_t>(m_nextSerial), -1);
    qsizetype length = 0;
    for (const Node *node : std::as_const(m_byId))
        length += node->name.size() + 1;
    m_filterText.reserve(length);
    m_filterStarts.reserve(static_cast<std::size_t>(m_byId.size()));
    m_filterNodes.reserve(static_cast<std::size_t>(m_byId.size()));
    for (const Node *node : std::as_const(m_byId)) {
        m_filterStarts.push_back(m_filterText.size());
        m_filterNodes.push_back(node);
        m_filterText += node->name.toCaseFolded();
        m_filterText += QLatin1Char('\n');
        m_parentSerial[static_cast<std::size_t>(node->serial)] =
            node->parent && node->parent != m_root.get() ? node->parent->serial : -1;
    }
    for (const std::vector<Node *> &places : std::as_const(m_places)) {
        for (const Node *place : places)
            m_parentSerial[static_cast<std::size_t>(place->serial)] = place->parent->serial;
    }
    m_filterIndexDirty = false;
}

void InventoryTreeModel::prepareFilterIndex() const
{
    if (m_filterIndexDirty)
        buildFilterIndex();
}

int InventoryTreeModel::markMatches(const QString &foldedPattern, const QSet<qint64> *only,
                                    std::vector<char> *visible) const
{
    if ((foldedPattern.isEmpty() && !only) || foldedPattern.contains(QLatin1Char('\n')))
        return 0;
    if (m_filterIndexDirty)
        buildFilterIndex();
    // Mark every place of the item and their ancestors; stop at the first one already marked.
    const auto markChain = [this, visible](int serial) {
        for (; serial >= 0 && !(*visible)[static_cast<std::size_t>(serial)];
             serial = m_parentSerial[static_cast<std::size_t>(serial)])
            (*visible)[static_cast<std::size_t>(serial)] = 1;
    };
    const auto mark = [this, &markChain](const Node *node) {
        markChain(node->serial);
        if (m_places.isEmpty())
            return;
        const auto places = m_places.constFind(node->id);
        if (places != m_places.constEnd()) {
            for (const Node *place : *places)
                markChain(place->serial);
        }
    };
    if (foldedPattern.isEmpty()) {
        int count = 0;
        for (qint64 id : *only) {
            if (const Node *node = m_byId.value(id, nullptr)) {
                mark(node);
                ++count;
            }
        }
        return count;
    }
    const QStringMatcher matcher(foldedPattern, Qt::CaseSensitive);
    const bool single = foldedPattern.size() == 1;
    const QChar first = foldedPattern.at(0);
    int count = 0;
    qsizetype pos = 0;
    for (;;) {
        pos = single ? m_filterText.indexOf(first, pos) : matcher.indexIn(m_filterText, pos);
        if (pos < 0)
            break;
        // The name the match is in, then on to the next name.
        const auto next = std::upper_bound(m_filterStarts.begin(), m_filterStarts.end(), pos);
        const std::size_t entry = static_cast<std::size_t>(next - m_filterStarts.begin()) - 1;
        const Node *node = m_filterNodes[entry];
        if (!only || only->contains(node->id)) {
            ++count;
            mark(node);
        }
        if (next == m_filterStarts.end())
            break;
        pos = *next;
    }
    return count;
}

InventoryTreeModel::Node *InventoryTreeModel::displayParent(qint64 parentId) const
{
    if (parentId == 0)
        return m_root.get();
    return m_byId.value(m_hidden.value(parentId, parentId), nullptr);
}

int InventoryTreeModel::count(ItemKind kind) const
{
    int n = kind == ItemKind::Host ? static_cast<int>(m_hidden.size()) : 0;
    for (const Node *node : m_byId) {
        if (node->kind == kind)
            ++n;
    }
    return n;
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
        const Node *node = m_byId.value(text.toLongLong(), nullptr);
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

std::vector<InventoryTreeModel::Node *> InventoryTreeModel::furtherParents(const Node *first,
                                                                           const QVector<qint64> &hostIds) const
{
    std::vector<Node *> parents;
    if (first->kind != ItemKind::Service)
        return parents;
    // Each row once, and never where the service already is: two unnamed hosts of
    // one provider are both shown as that provider.
    for (qint64 hostId : hostIds) {
        Node *parent = displayParent(hostId);
        if (parent && parent != first->parent && parent != m_root.get() &&
            std::find(parents.begin(), parents.end(), parent) == parents.end())
            parents.push_back(parent);
    }
    return parents;
}

std::unique_ptr<InventoryTreeModel::Node> InventoryTreeModel::newPlace(const Node *item, Node *parent)
{
    auto place = std::make_unique<Node>();
    place->id = item->id;
    place->serial = m_nextSerial++;
    place->kind = item->kind;
    place->further = true;
    place->name = item->name; // shared, not copied
    place->status = item->status;
    place->parent = parent;
    return place;
}

void InventoryTreeModel::insertPlace(const Node *item, Node *parent)
{
    auto place = newPlace(item, parent);
    const int row = insertPosition(parent, place.get());
    m_filterIndexDirty = true;
    beginInsertRows(indexOf(parent), row, row);
    m_places[item->id].push_back(place.get());
    parent->children.insert(parent->children.begin() + row, std::move(place));
    parent->renumber(static_cast<std::size_t>(row));
    endInsertRows();
}

void InventoryTreeModel::removePlace(Node *place)
{
    Node *parent = place->parent;
    const int row = place->row;
    m_filterIndexDirty = true;
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

void InventoryTreeModel::syncPlaces(Node *node, const QVector<qint64> &hostIds)
{
    const std::vector<Node *> wanted = furtherParents(node, hostIds);
    const auto current = m_places.constFind(node->id);
    std::vector<Node *> have = current != m_places.constEnd() ? *current : std::vector<Node *>();
    for (Node *place : have) {
        if (std::find(wanted.begin(), wanted.end(), place->parent) == wanted.end())
            removePlace(place);
    }
    for (Node *parent : wanted) {
        const bool there =
            std::any_of(have.begin(), have.end(), [parent](const Node *n) { return n->parent == parent; });
        if (!there)
            insertPlace(node, parent);
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
    Node *parent = displayParent(item->parentId);
    if (!parent)
        return;
    auto node = std::make_unique<Node>();
    node->id = id;
    node->serial = m_nextSerial++;
    node->kind = item->kind;
    node->name = item->name;
    node->status = item->status;
    node->parent = parent;
    Node *created = node.get();
    const int row = insertPosition(parent, node.get());
    m_filterIndexDirty = true;
    beginInsertRows(indexOf(parent), row, row);
    m_byId.insert(id, node.get());
    parent->children.insert(parent->children.begin() + row, std::move(node));
    parent->renumber(static_cast<std::size_t>(row));
    endInsertRows();
    if (!item->alsoOn.isEmpty())
        syncPlaces(created, item->alsoOn);
}

bool InventoryTreeModel::settle(Node *node, Node *newParent, const Item &item)
{
    Node *oldParent = node->parent;
    const int oldRow = node->row;
    m_filterIndexDirty = true;

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
    Node *node = m_byId.value(id, nullptr);
    auto item = m_store.item(id, &m_error);
    if (!item)
        return;
    // An unnamed host moved or named, or a host that lost its name: its services
    // change rows too. Rare enough to read the tree again.
    const bool hidden = item->kind == ItemKind::Host && item->hostname.isEmpty();
    if (m_hidden.contains(id) || (node && hidden)) {
        reload();
        return;
    }
    if (!node)
        return;
    Node *newParent = displayParent(item->parentId);
    if (!newParent)
        return;
    // Places that go first (one may be where the item moves to), then the item, then
    // the places that stay take the new name, then the new places come.
    if (m_places.contains(id) || !item->alsoOn.isEmpty()) {
        const auto current = m_places.constFind(id);
        const std::vector<Node *> have = current != m_places.constEnd() ? *current : std::vector<Node *>();
        for (Node *place : have) {
            const bool stays = item->kind == ItemKind::Service && place->parent != newParent &&
                               std::any_of(item->alsoOn.begin(), item->alsoOn.end(),
                                           [&](qint64 host) { return displayParent(host) == place->parent; });
            if (!stays)
                removePlace(place);
        }
    }
    if (!settle(node, newParent, *item)) {
        reload();
        return;
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
    if (!item->alsoOn.isEmpty())
        syncPlaces(node, item->alsoOn);
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

void InventoryTreeModel::onItemRemoved(qint64 id)
{
    if (m_hidden.contains(id)) {
        // Its services went with it (ON DELETE CASCADE); they were shown elsewhere.
        reload();
        return;
    }
    Node *node = m_byId.value(id, nullptr);
    if (!node)
        return;
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
    m_filterIndexDirty = true;
    beginRemoveRows(indexOf(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    parent->renumber(static_cast<std::size_t>(row));
    endRemoveRows();
}

} // namespace steward
