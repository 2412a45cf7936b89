#include "ChangeWatcher.h"

#include "Store.h"

namespace steward {

ChangeWatcher::ChangeWatcher(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

void ChangeWatcher::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ChangeWatcher::start()
{
    m_version = m_store.dataVersion();
    m_timer.start();
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

bool ChangeWatcher::poll()
{
    // Inside our own write transaction the value cannot move; look again later.
    if (m_store.inTransaction())
        return false;
    const qint64 version = m_store.dataVersion();
    if (version < 0 || version == m_version)
        return false;
    const bool first = m_version < 0;
    m_version = version;
    if (!first)
        Q_EMIT externalChange();
    return !first;
}

} // namespace steward
