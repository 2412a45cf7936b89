#pragma once

#include "ContactsForList.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace steward {

class Settings;
class Store;

/**
 * File > Contacts for a List…: paste (or open) lines from a vulnerability scan, an
 * outage notice or a maintenance mail, and see whom to tell: each contact once, with
 * its addresses and, under it, the items it covers, the lines that named them and why
 * (ContactsForList). Below, the lines that named nothing. The answer follows the text
 * as it is typed or pasted. Copy as E-mail To Line puts "Name <address>, ..." on the
 * clipboard; Save as CSV… writes ContactsForListCsv through QSaveFile. It only reads,
 * so it works on read-only inventories too. It remembers its size.
 */
class ContactsForListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsForListDialog)
public:
    /// @p settings (may be null: screenshots) keeps the dialog's size.
    ContactsForListDialog(Store &store, Settings *settings, QWidget *parent = nullptr);
    ~ContactsForListDialog() override;

    /// Puts @p text in the paste area and answers at once.
    void setListText(const QString &text);
    /// The text looked up: the paste area's, or a file's too long to show there.
    QString listText() const;
    /// The answer shown (empty before the first).
    const ContactsForListResult &result() const { return m_result; }
    /// The inventory changed (here or elsewhere): read it again, answer again.
    void inventoryChanged();
    /// Reads @p path into the paste area (or, too long to show, looks it up as it is);
    /// false with @p error if it cannot be read.
    bool openFile(const QString &path, QString *error);
    /// Writes the answer's contacts to @p path as CSV; false with @p error.
    bool saveCsv(const QString &path, QString *error);
    /// Copies the To line to the clipboard and says who has no e-mail address.
    void copyEmailToLine();

protected:
    void done(int result) override;

private:
    void refresh();
    void showResult();
    void chooseFile();
    void chooseCsvFile();

    QPointer<Store> m_store;
    Settings *m_settings;
    ContactsForList m_list;
    ContactsForListResult m_result;
    QString m_error;
    QString m_fileText; ///< a file too long to show in the paste area
    QTimer m_timer;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_everyone = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_contacts = nullptr;
    QLabel *m_unmatchedLabel = nullptr;
    QListWidget *m_unmatched = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace steward
