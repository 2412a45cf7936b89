#pragma once

#include <QString>

namespace steward::keychain {

/**
 * Server passwords in the system keychain (the Secret Service on Linux) through
 * QtKeychain, under the service "steward" and the server's address without password.
 * Steward never writes a password anywhere else. Each call waits for the keychain (at
 * most a few seconds) with a local event loop.
 */

/// The password kept for @p location; empty if none or no keychain (then @p error says why).
QString readPassword(const QString &location, QString *error = nullptr);
/// Keeps @p password for @p location; false with @p error if the keychain refused.
bool writePassword(const QString &location, const QString &password, QString *error = nullptr);
bool deletePassword(const QString &location, QString *error = nullptr);

} // namespace steward::keychain
