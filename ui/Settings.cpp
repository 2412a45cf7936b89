#include "Settings.h"

#include "Dialect.h"

#include <QDir>
#include <QFileInfo>
#include <QSize>

namespace steward {
namespace {

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const KeyInfo &info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::MainWindowGeometry, "mainWindow/geometry", QVariant(QByteArray())},
        {Settings::Key::MainWindowState, "mainWindow/state", QVariant(QByteArray())},
        {Settings::Key::LastFile, "files/last", QVariant(QString())},
        {Settings::Key::RecentLocations, "files/recent", QVariant(QStringList())},
        {Settings::Key::TreeHeaderState, "tree/header", QVariant(QByteArray())},
        {Settings::Key::HistoryUserName, "history/userName", QVariant(QString())},
        {Settings::Key::MainSplitterState, "mainWindow/splitter", QVariant(QByteArray())},
        {Settings::Key::BackupsKept, "backups/kept", QVariant(7)},
        {Settings::Key::ContactsForListSize, "contactsForList/size", QVariant(QSize())},
        {Settings::Key::UserGuideSize, "userGuide/size", QVariant(QSize())},
    };
    for (const KeyInfo &entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                                 QStringLiteral("steward"), QStringLiteral("steward"))
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const KeyInfo &entry = info(key);
    return m_settings->value(QString::fromLatin1(entry.name), entry.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QString::fromLatin1(info(key).name), value);
}

QStringList Settings::recentLocations() const
{
    return value(Key::RecentLocations).toStringList();
}

void Settings::addRecentLocation(const QString &location)
{
    // A file by its absolute path; a server by its address, never with a password.
    const QString absolute = dialect::isServerLocation(location) ? dialect::displayLocation(location)
                                                                 : QFileInfo(location).absoluteFilePath();
    QStringList locations = recentLocations();
    locations.removeAll(absolute);
    locations.prepend(absolute);
    while (locations.size() > MaxRecentLocations)
        locations.removeLast();
    setValue(Key::RecentLocations, locations);
    setValue(Key::LastFile, absolute);
}

void Settings::removeRecentLocation(const QString &location)
{
    QStringList locations = recentLocations();
    locations.removeAll(dialect::isServerLocation(location) ? dialect::displayLocation(location)
                                                            : QFileInfo(location).absoluteFilePath());
    setValue(Key::RecentLocations, locations);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace steward
