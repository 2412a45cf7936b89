#include "HistoryActor.h"

#include "Database.h"
#include "Store.h"

namespace steward {

QString applyHistoryActor(Store &store, const QString &configuredName)
{
    if (store.database().isServer())
        return store.actor();
    const QString name = configuredName.trimmed();
    store.setActor(name.isEmpty() ? Store::systemUserName() : name);
    return store.actor();
}

} // namespace steward
