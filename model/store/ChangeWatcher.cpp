#include "ChangeWatcher.h"

#include "Database.h"
#include "Store.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

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

bool ChangeWatcher::takeQueuedNotifications()
{
    const QSqlDriver *driver = m_store.database().connection().driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    // Qt names the handle's type after libpq's struct: "pg_conn*" (PGconn* in older Qt).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return false;
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    if (!conn)
        return false;
    // A read that stopped before its last row (the store's statements fetch row by row)
    // leaves its result open: libpq parses nothing behind it, a notification included,
    // until the next statement. One round trip makes the driver finish it. (Outside a
    // transaction of ours nothing reads across ticks.)
    QString lost; // the connection's trouble is checkServer()'s to report
    if (PQtransactionStatus(conn) == PQTRANS_ACTIVE && !m_store.database().isAlive(&lost))
        return false;
    // Reads what the socket has without waiting (libpq's sockets never block); trouble
    // with the connection is checkServer()'s business.
    if (PQconsumeInput(conn) == 0)
        return false;
    const QByteArray channel = Database::changeChannel().toUtf8();
    const int self = PQbackendPID(conn);
    bool other = false;
    while (PGnotify *notify = PQnotifies(conn)) {
        if (channel == notify->relname && notify->be_pid != self)
            other = true;
        PQfreemem(notify);
    }
    return other;
}

bool ChangeWatcher::poll()
{
    if (m_store.database().isServer() && !m_store.inTransaction())
        checkServer();
    if (m_listening) {
        if (!m_store.inTransaction() && takeQueuedNotifications())
            m_notified = true;
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
