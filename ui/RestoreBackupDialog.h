#pragma once

#include "Backup.h"

#include <QDialog>

class QTreeWidget;
class QDialogButtonBox;

namespace steward {

/**
 * File > Restore From Backup…: the backups of the open inventory, newest first, with
 * when each was made, what it is (daily, made by "steward backup", taken before a
 * restore), its size and how many items and contacts it holds. Accepted with one chosen.
 */
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)
public:
    RestoreBackupDialog(const QString &location, const QVector<Backup::Entry> &backups, QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    /// The chosen backup's path; empty when none is.
    QString selectedPath() const;
    /// Chooses the backup at @p path (for tests); false if it is not listed.
    bool selectPath(const QString &path);
    /// What a backup is, as the list says it.
    static QString kindText(Backup::Kind kind);

private:
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace steward
