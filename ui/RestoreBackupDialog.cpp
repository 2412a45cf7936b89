#include "RestoreBackupDialog.h"

#include "Dialect.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

RestoreBackupDialog::RestoreBackupDialog(const QString &location, const QVector<Backup::Entry> &backups,
                                         QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore From Backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(
        backups.isEmpty()
            ? tr("There are no backups of %1 yet. They are kept in %2.")
                  .arg(dialect::displayLocation(location), QDir::toNativeSeparators(Backup::folderFor(location)))
            : tr("Choose the state to go back to. What %1 holds now is backed up first, so a restore can be "
                 "undone by restoring that backup (\"before restore\"). Backups are kept in %2.")
                  .arg(dialect::displayLocation(location), QDir::toNativeSeparators(Backup::folderFor(location))));
    layout->addWidget(intro);

    m_list->setObjectName(QStringLiteral("backupsTreeWidget"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Made"), tr("Kind"), tr("Size"), tr("Items"), tr("Contacts")});
    const QLocale locale;
    for (const Backup::Entry &entry : backups) {
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(0, locale.toString(entry.time, QLocale::ShortFormat));
        row->setText(1, kindText(entry.kind));
        row->setText(2, locale.formattedDataSize(entry.size));
        row->setText(3, entry.items < 0 ? tr("unreadable") : locale.toString(entry.items));
        row->setText(4, entry.contacts < 0 ? QString() : locale.toString(entry.contacts));
        for (int c = 2; c <= 4; ++c)
            row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(0, QDir::toNativeSeparators(entry.path));
        row->setData(0, Qt::UserRole, entry.path);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_list);

    QPushButton *restore = m_buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restorePushButton"));
    restore->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [restore](QTreeWidgetItem *current) { restore->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    resize(640, 360);
}

RestoreBackupDialog::~RestoreBackupDialog() = default;

QString RestoreBackupDialog::selectedPath() const
{
    const QTreeWidgetItem *current = m_list->currentItem();
    return current ? current->data(0, Qt::UserRole).toString() : QString();
}

bool RestoreBackupDialog::selectPath(const QString &path)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == path) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString RestoreBackupDialog::kindText(Backup::Kind kind)
{
    switch (kind) {
    case Backup::Kind::Daily: return tr("daily");
    case Backup::Kind::Manual: return tr("steward backup");
    case Backup::Kind::BeforeRestore: return tr("before restore");
    }
    return QString();
}

} // namespace steward
