#pragma once

#include <QObject>
#include <QTimer>

namespace steward {

class Store;

/**
 * Notices changes that other connections (another Steward window, another process,
 * a script) committed to the inventory.
 *
 * SQLite: by polling PRAGMA data_version on the store's own connection: it changes
 * exactly when someone else commits. The file is never opened a second time for this.
 *
 * PostgreSQL: by LISTEN steward_changed on the store's own connection; every Steward
 * commit sends NOTIFY (Database::commit()), and the server delivers it at once. A
 * notification that arrives during our own write transaction is held until it ends.
 * Qt's driver hears of a notification only when the socket turns readable, and libpq
 * parses none behind a result still open (a read that stopped before its last row);
 * so every tick also finishes such a result (one round trip, only then) and looks in
 * libpq's queue: a change shows within a tick even then.
 * It also checks every few seconds that the server still answers: if it went away,
 * connectionLost() says why, and the watcher tries to connect again until it can,
 * then says connectionRestored() (what changed meanwhile must be read again).
 */
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)
public:
    static constexpr int DefaultIntervalMs = 500;

    explicit ChangeWatcher(Store &store, QObject *parent = nullptr);

    void setInterval(int milliseconds);
    void start();
    void stop();

    /// Checks once now; emits externalChange() if another connection committed.
    bool poll();
    /// True when the inventory is on a server and changes arrive by notification.
    bool isListening() const { return m_listening; }

    bool isConnected() const { return !m_lost; }

Q_SIGNALS:
    void externalChange();
    void connectionLost(const QString &reason);
    void connectionRestored();

private:
    Store &m_store;
    QTimer m_timer;
    qint64 m_version = -1;
    bool m_listening = false;
    bool m_notified = false;
    bool m_lost = false;
    QMetaObject::Connection m_notification;
    int m_ticks = 0;

    void subscribe();
    void checkServer();
    /// Takes what waits in libpq's notification queue; true if another connection
    /// notified a change.
    bool takeQueuedNotifications();
};

} // namespace steward
