#include "ChangeWatcher.h"

#include "Database.h"
#include "Store.h"

#include <QSqlDriver>
#include <QSqlQuery>

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

void ChangeWatcher::subscribe()
{
    QSqlDriver *driver = m_store.database().connection().driver();
    if (!driver || !driver->subscribeToNotification(Database::changeChannel()))
        return;
    m_listening = true;
    disconnect(m_notification);
    m_notification = connect(driver, &QSqlDriver::notification, this,
                             [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                                 if (name != Database::changeChannel() || source != QSqlDriver::OtherSource)
                                     return;
                                 m_notified = true;
                                 poll();
                             });
}

void ChangeWatcher::start()
{
    if (m_store.database().isServer()) {
        if (!m_listening)
            subscribe();
        m_timer.start();
        return;
    }
    m_version = m_store.dataVersion();
    m_timer.start();
}

void ChangeWatcher::checkServer()
{
    // Every 2 s while connected (a round trip), every tick while trying to reconnect.
    if (!m_lost && ++m_ticks * m_timer.interval() < 2000)
        return;
    m_ticks = 0;
    Database &db = m_store.database();
    QString why;
    if (!m_lost) {
        if (db.isAlive(&why))
            return;
        if (why.isEmpty())
            why = tr("the server does not answer");
        m_lost = true;
        m_listening = false;
        Q_EMIT connectionLost(why);
    }
    if (!db.reconnect(&why))
        return;
    m_store.resetStatements();
    m_lost = false;
    subscribe();
    Q_EMIT connectionRestored();
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    if (m_listening) {
        m_listening = false;
        QSqlDriver *driver = m_store.database().connection().driver();
        if (driver) {
            disconnect(driver, &QSqlDriver::notification, this, nullptr);
            driver->unsubscribeFromNotification(Database::changeChannel());
        }
    }
}

bool ChangeWatcher::poll()
{
    if (m_store.database().isServer() && !m_store.inTransaction())
        checkServer();
    if (m_listening) {
        if (!m_notified || m_store.inTransaction())
            return false;
        m_notified = false;
        Q_EMIT externalChange();
        return true;
    }
    if (m_store.database().isServer())
        return false; // not listening: the server is away, checkServer() reconnects
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
