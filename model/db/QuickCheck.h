#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace steward {

/**
 * SQLite's PRAGMA quick_check of an inventory file, on a read-only connection of its
 * own, so that it may run in a worker thread while the window works on its connection
 * (on 100,000 services it reads every page: seconds, not milliseconds). It checks the
 * pages and the b-trees, not the indexes' contents (that is `steward check`).
 */
class QuickCheck final
{
    Q_DECLARE_TR_FUNCTIONS(QuickCheck)
public:
    /// At most this many problems are reported.
    static constexpr int MaxProblems = 20;

    /// The problems found in the SQLite file at @p path, empty when it is sound (a file
    /// SQLite calls damaged or not a database is a problem, not an error). std::nullopt
    /// with @p error when the check could not run (the file gone or locked, or
    /// @p cancel set while it ran).
    static std::optional<QStringList> run(const QString &path, const std::atomic<bool> *cancel, QString *error);
};

} // namespace steward
