#pragma once

#include <QIODevice>
#include <QString>

namespace steward {

class Store;

/**
 * The "services" report: one CSV row per service with where it runs and who owns
 * it. Columns: name, url, status, provider, host, owners, maintainers, contacts,
 * served_through, description. Multiple names in one cell are separated by "; ".
 */
class ServiceReport final
{
public:
    static QStringList header();
    static bool write(Store &store, QIODevice *device, QString *error);
};

} // namespace steward
