#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace steward {

/**
 * File > Connect to Server…: the address of an inventory on PostgreSQL (host, port,
 * database, user, TLS mode) and its password, which is kept in the system keychain
 * when asked, never in the settings. location() is the postgresql:// address without
 * the password; password() is what was typed.
 */
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /// Fills the fields from @p location (a postgresql:// address), e.g. to ask again
    /// for a password; @p message says why.
    void setLocation(const QString &location, const QString &message = QString());
    QString location() const;
    QString password() const;
    bool rememberPassword() const;

private:
    void validate();

    QLabel *m_message = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace steward
