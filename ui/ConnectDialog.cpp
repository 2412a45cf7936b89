#include "ConnectDialog.h"

#include "Dialect.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace steward {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to Server"));
    setObjectName(QStringLiteral("connectDialog"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(QStringLiteral("db.example.org"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setText(QStringLiteral("steward"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setText(qEnvironmentVariable("USER"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from the keychain or ~/.pgpass when empty"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    // verify-full checks the certificate and the host name: the one to use across a network.
    for (const char *mode : {"verify-full", "verify-ca", "require", "prefer", "disable"})
        m_sslMode->addItem(QString::fromLatin1(mode));
    m_sslMode->setToolTip(tr("TLS: verify-full checks the server's certificate and name. Use it for every server "
                             "that is not on this machine."));
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&TLS:"), m_sslMode);
    form->addRow(QString(), m_remember);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    // Local servers rarely have certificates: prefer TLS there, verify it elsewhere.
    connect(m_host, &QLineEdit::textChanged, this, [this](const QString &host) {
        const bool local = host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) ||
                           host == QLatin1String("::1");
        m_sslMode->setCurrentText(local ? QStringLiteral("prefer") : QStringLiteral("verify-full"));
    });
    validate();
}

void ConnectDialog::validate()
{
    const bool ok = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                    !m_user->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ConnectDialog::setLocation(const QString &location, const QString &message)
{
    const dialect::ServerLocation where = dialect::parseServerLocation(location);
    m_host->setText(where.host);
    m_port->setValue(where.port);
    m_database->setText(where.database);
    m_user->setText(where.user);
    for (const QString &option : where.options) {
        if (option.startsWith(QLatin1String("sslmode=")))
            m_sslMode->setCurrentText(option.mid(8));
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_password->setFocus();
}

QString ConnectDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_sslMode->currentText());
    url.setQuery(query);
    return url.toString();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

} // namespace steward
