#pragma once

#include <QObject>
#include <QTimer>

namespace steward {

class Store;

/**
 * Notices changes that other connections (another Steward window, another process,
 * a script) committed to the inventory file, by polling SQLite's PRAGMA data_version
 * on the store's own connection: it changes exactly when someone else commits.
 * The file is never opened a second time for this.
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

Q_SIGNALS:
    void externalChange();

private:
    Store &m_store;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace steward
