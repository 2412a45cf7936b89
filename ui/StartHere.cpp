#include "StartHere.h"

#include "ChangeWatcher.h"
#include "InventoryDocument.h"
#include "MainWindow.h"
#include "Store.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace steward {

StartHere::StartHere(MainWindow &window)
    : QFrame(&window)
    , m_window(window)
    , m_title(new QLabel)
    , m_createProvider(new QCommandLinkButton)
    , m_import(new QCommandLinkButton)
    , m_example(new QCommandLinkButton)
    , m_guide(new QCommandLinkButton)
    , m_exampleLocation(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("example.sqlite")))
{
    setObjectName(QStringLiteral("startHere"));
    setAccessibleName(tr("Start here"));
    setFrameShape(QFrame::StyledPanel);
    setVisible(false);
    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &StartHere::recount);

    m_title->setObjectName(QStringLiteral("startHereTitle"));
    m_title->setText(tr("<h3>Start here</h3><p>This inventory has no providers, hosts or services yet.</p>"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);

    m_createProvider->setObjectName(QStringLiteral("startHereCreateProviderButton"));
    m_createProvider->setText(tr("Create a Provider"));
    m_createProvider->setDescription(
        tr("Where things run: a hosting company, a cloud, your own machine room. Hosts and services go in it."));
    m_import->setObjectName(QStringLiteral("startHereImportButton"));
    m_import->setText(tr("Import CSV…"));
    m_import->setDescription(tr("Bring in providers, hosts, services, contacts and their assignments from a "
                                "spreadsheet saved as CSV. Every row is checked before anything is written."));
    m_example->setObjectName(QStringLiteral("startHereExampleButton"));
    m_example->setText(tr("Open the Example Inventory"));
    m_example->setDescription(tr("The Python Software Foundation's infrastructure, to look around in. It is a "
                                 "file of its own: this inventory stays as it is."));
    m_guide->setObjectName(QStringLiteral("startHereGuideButton"));
    m_guide->setText(tr("Read the User Guide"));
    m_guide->setDescription(tr("How Steward answers whom to contact, and everything it does (F1)."));

    for (QCommandLinkButton *button : {m_createProvider, m_import, m_example, m_guide})
        button->setAccessibleDescription(button->description());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_createProvider);
    layout->addWidget(m_import);
    layout->addWidget(m_example);
    layout->addWidget(m_guide);
    layout->addStretch(1);

    connect(m_example, &QAbstractButton::clicked, this, [this] {
        QString error;
        if (!openExample(&error))
            QMessageBox::critical(&m_window, tr("Open the Example Inventory"), error);
    });
    connect(&m_window, &MainWindow::documentChanged, this, &StartHere::documentChanged);
}

StartHere::~StartHere() = default;

void StartHere::follow(QCommandLinkButton *button, const char *actionName)
{
    auto *action = m_window.findChild<QAction *>(QLatin1String(actionName));
    if (!action) {
        button->setEnabled(false);
        return;
    }
    const auto update = [button, action] { button->setEnabled(action->isEnabled()); };
    connect(action, &QAction::changed, button, update);
    connect(button, &QAbstractButton::clicked, action, &QAction::trigger);
    update();
}

void StartHere::documentChanged(InventoryDocument *document)
{
    // The menus exist once an inventory opens: from then on each button follows its action.
    if (!m_followed) {
        m_followed = true;
        follow(m_createProvider, "newProviderAction");
        follow(m_import, "importAction");
        follow(m_guide, "userGuideAction");
    }
    if (!document) {
        setVisible(false);
        return;
    }
    Store *store = &document->store();
    // An item made here hides the panel without a count; one removed may have been the last.
    connect(store, &Store::itemCreated, this, [this] { setVisible(false); });
    // Counted once per burst (a provider deleted with its thousand services), not per item.
    const auto later = [this] { m_recount.start(); };
    connect(store, &Store::itemRemoved, this, later);
    connect(store, &Store::bulkChanged, this, later);
    connect(&document->changeWatcher(), &ChangeWatcher::externalChange, this, later);
    recount();
}

void StartHere::recount()
{
    m_recount.stop();
    Store *store = m_window.store();
    if (!store) {
        setVisible(false);
        return;
    }
    QString error;
    const auto counts = store->itemCounts(&error);
    // Not counted (the server went away): leave it as it is.
    if (counts)
        setVisible(counts->providers + counts->hosts + counts->services == 0);
}

bool StartHere::openExample(QString *error)
{
    if (QFileInfo::exists(m_exampleLocation))
        return m_window.openLocation(m_exampleLocation, error);
    if (!QDir().mkpath(QFileInfo(m_exampleLocation).absolutePath())) {
        *error =
            tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(m_exampleLocation).absolutePath()));
        return false;
    }
    return m_window.newFile(m_exampleLocation, true, error);
}

} // namespace steward
