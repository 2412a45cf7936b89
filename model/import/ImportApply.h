#pragma once

#include "ImportPlan.h"
#include "ImportTypes.h"
#include "InventoryIndex.h"

#include <QCoreApplication>
#include <QHash>

namespace steward {

class Store;

/**
 * The last step of an import: writes a plan through the Store, inside the write
 * transaction the caller opened (Store::write), and records in an ImportUndo what
 * it created and what the records it changed were before.
 *
 * Items first (new ones in bulk, one call per kind, parents first), then contacts
 * (teams first), team members, fronted-by links and assignments. The planned
 * records are taken from the index (moved out of it). For a redo, the records it
 * creates take the ids of @p reuse, the undone import of the same files.
 */
class ImportApply final
{
    Q_DISABLE_COPY_MOVE(ImportApply)
public:
    ImportApply(Store &store, const ImportUndo &reuse);

    /// Applies @p plan; false, with @p error, at the first write that fails (the
    /// caller's transaction then rolls everything back).
    bool run(InventoryIndex &index, const ImportPlan &plan, ImportUndo *undo, QString *error)
    {
        return runItemsAndContacts(index, plan, undo, error) && runLinksAndAssignments(index, plan, undo, error);
    }
    /// run()'s first half: the items, the contacts and the team members. It reads of
    /// the plan only its item and contact ops, and of the index only its items (moving
    /// them out) and contacts: the links can be validated meanwhile.
    bool runItemsAndContacts(InventoryIndex &index, const ImportPlan &plan, ImportUndo *undo, QString *error);
    /// run()'s second half, after the first: the links and the assignments.
    bool runLinksAndAssignments(const InventoryIndex &index, const ImportPlan &plan, ImportUndo *undo, QString *error);

private:
    /// The id the store gave a planned (negative) id; existing ids as they are.
    qint64 real(qint64 id) const { return id > 0 ? id : m_realIds.value(id, 0); }
    bool items(InventoryIndex &index, const ImportPlan &plan, ImportUndo *undo, QString *error);
    bool contacts(const InventoryIndex &index, const ImportPlan &plan, ImportUndo *undo, QString *error);
    bool links(const InventoryIndex &index, const ImportPlan &plan, ImportUndo *undo, QString *error);
    bool assignments(const ImportPlan &plan, ImportUndo *undo, QString *error);
    /// Writes @p record (read back by @p read as stored under @p id) at the version it
    /// has now, and adds what was there, with the version the write left, to @p changed.
    template <class Record, class Read, class Write>
    bool change(Record record, qint64 id, Read read, Write write, QVector<Record> *changed, QString *error);

    Store &m_store;
    const ImportUndo &m_reuse;
    QHash<qint64, qint64> m_realIds;
};

} // namespace steward
