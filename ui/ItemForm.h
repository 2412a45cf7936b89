#pragma once

#include "Records.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace steward {

class Store;

/**
 * The form for a provider, host or service: every field of its kind, checked as
 * the user types with the problem shown next to the field. Save is available only
 * when everything is valid; Escape cancels and nothing is written. The form itself
 * never writes: the window turns its result into an undoable command, either after
 * the form closes or, given a save handler, while it is still open.
 */
class ItemForm final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemForm)
public:
    /// @p item with id 0 is a new item of item.kind under item.parentId.
    ItemForm(Store &store, const Item &item, QWidget *parent = nullptr);

    /// The values as edited, with the loaded id and version.
    Item item() const;
    bool isValid() const;
    /// The problem shown for a field ("name", "url", ...), empty if none.
    QString problem(const QString &field) const;

    /// Saves the edited values when the user presses Save; returns false with the
    /// reason when it could not (refused as stale, the server gone).
    using SaveHandler = std::function<bool(const Item &edited, QString *error)>;
    /// With a handler, Save closes the form only once the handler succeeded; when it
    /// fails, the form stays open with everything typed and shows the reason.
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    /// Why the last Save failed, empty if it did not.
    QString saveError() const;

private:
    QLineEdit *addLine(const QString &field, const QString &label, const QString &value);
    void validate();
    void setProblem(const QString &field, const QString &message);

    Store &m_store;
    Item m_item;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QLabel *> m_problems;
    QComboBox *m_status;
    QComboBox *m_parent = nullptr;
    QString m_parentsError; ///< why the places it can go could not be read
    QString m_checkError;   ///< why the name could not be checked (shown, not a problem: the save checks it)
    QComboBox *m_providerKind = nullptr;
    QComboBox *m_hostKind = nullptr;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
    QLabel *m_saveError;
    SaveHandler m_saveHandler;
};

} // namespace steward
