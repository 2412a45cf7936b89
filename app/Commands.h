#pragma once

#include <QStringList>

namespace steward {

/// Exit codes of every command: 0 success, 1 failure, 2 usage error.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// The inventory used when --db is not given.
QString defaultDatabasePath();

/// True if @p name is a headless command (init, contact, export, check, assign, unassign, history, search).
bool isHeadlessCommand(const QString &name);

/// Runs a headless command; @p arguments starts with the program name.
int runHeadless(const QStringList &arguments);

/// The usage text printed by --help.
QString usageText();

} // namespace steward
