#pragma once

#include <QString>

namespace steward {

class Store;

/**
 * The example inventory: the Python Software Foundation's infrastructure as its
 * "PSF Infrastructure Overview" describes it, every provider, host, service,
 * person, team, list, channel, owner and note, in one transaction.
 */
class ExampleInventory final
{
public:
    /// Fills an empty inventory; leaves it unchanged and returns false on error.
    static bool populate(Store &store, QString *error);
};

} // namespace steward
