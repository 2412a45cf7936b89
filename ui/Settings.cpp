#include "Settings.h"

#include "Dialect.h"

#include <QDir>
#include <QFileInfo>

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
        {Settings::Key::RecentFiles, "files/recent", QVariant(QStringList())},
        {Settings::Key::TreeHeaderState, "tree/header", QVariant(QByteArray())},
        {Settings::Key::HistoryUserName, "history/userName", QVariant(QString())},
        {Settings::Key::MainSplitterState, "mainWindow/splitter", QVariant(QByteArray())},
    };
    for (const KeyInfo &entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(const QString &iniPath)
    : m_settings(iniPath.isEmpty()
                     ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("steward"),
                                                   QStringLiteral("steward"))
                     : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

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

QStringList Settings::recentFiles() const
{
    return value(Key::RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    // A file by its absolute path; a server by its address, never with a password.
    const QString absolute = dialect::isServerLocation(path) ? dialect::displayLocation(path)
                                                             : QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    setValue(Key::RecentFiles, files);
    setValue(Key::LastFile, absolute);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(dialect::isServerLocation(path) ? dialect::displayLocation(path)
                                                    : QFileInfo(path).absoluteFilePath());
    setValue(Key::RecentFiles, files);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace steward
