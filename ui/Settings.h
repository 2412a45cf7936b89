#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace steward {

/**
 * The user's preferences, with typed keys and one defaults table. The application
 * uses ~/.config/steward/steward.ini; tests pass a temporary file.
 */
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)
public:
    enum class Key
    {
        MainWindowGeometry,
        MainWindowState,
        LastFile,        ///< the last location opened, a file or a server (app/main.cpp reads it by this name)
        RecentLocations, ///< files and server addresses, newest first
        TreeHeaderState,
        HistoryUserName,     ///< who the history records; empty: the operating-system user
        MainSplitterState,   ///< the tree and the map side by side
        BackupsKept,         ///< how many daily backups the window keeps beside an inventory (0: none made)
        ContactsForListSize, ///< the size of File > Contacts for a List…
        UserGuideSize,       ///< the size of Help > User Guide
    };

    /// @p iniPath empty: the user's settings file.
    explicit Settings(const QString &iniPath = QString());
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QStringList recentLocations() const;
    void addRecentLocation(const QString &location);
    void removeRecentLocation(const QString &location);
    static constexpr int MaxRecentLocations = 8;

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace steward
