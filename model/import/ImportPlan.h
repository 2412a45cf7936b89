#pragma once

#include "ImportTypes.h"
#include "Records.h"

#include <QVector>

namespace steward {

/**
 * What an import will do, as the validators planned it: the records to create or
 * change, in the order the apply step writes them, and one row a record for the
 * preview (ImportRow). Ids may be planned ones (negative): the records themselves,
 * as they will be written, are in the InventoryIndex the plan was made against.
 */
struct ImportPlan
{
    /// A provider, host or service to create or change.
    struct ItemOp
    {
        qint64 ref = 0;
        bool create = false;
        bool fields = false; ///< create or change the item itself (its further hosts, aliases and tags too)
        bool links = false;  ///< replace its fronted-by links
        QVector<qint64> linkTargets;
    };
    /// A contact to create or change, and its team's members to set.
    struct ContactOp
    {
        qint64 ref = 0;
        bool create = false;
        bool fields = false;
        bool setMembers = false;
        QVector<TeamMember> members; ///< memberId may be a planned id
    };

    QVector<ItemOp> itemOps;           ///< in file-kind order: providers, hosts, services
    QVector<ContactOp> contactOps;     ///< in file order
    QVector<Assignment> assignmentOps; ///< id 0: create; ids may be planned
    /// A link of a links file to create (id 0) or whose note to change; items may be planned.
    QVector<Link> linkOps;
    QVector<ImportRow> rows; ///< every row of the files, with what it does
};

} // namespace steward
