#pragma once

#include "Handover.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace steward {

class InventoryDocument;

/**
 * Hand Over: whom a contact's assignments go to, which roles, and optionally only some
 * items (those selected where it was opened); it shows what would happen (planHandover():
 * how many move, how many go instead because the other has them already, which teams the
 * contact leaves) before Hand Over applies it as one undoable step.
 */
class HandoverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoverDialog)
public:
    HandoverDialog(InventoryDocument &document, qint64 fromId, const QVector<qint64> &selectedItemIds,
                   QWidget *parent = nullptr);

    QComboBox *toComboBox() const { return m_to; }
    QListWidget *rolesList() const { return m_roles; }
    QCheckBox *onlySelectedCheckBox() const { return m_onlySelected; }
    QLabel *previewLabel() const { return m_preview; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// What Hand Over would do as chosen now; nullopt when nothing can be handed over so.
    const std::optional<Handover> &plan() const { return m_plan; }

    /// Applies the plan (InventoryDocument::handOver()); on a refusal says why and stays open.
    void accept() override;

private:
    /// The plan again, after any choice changed.
    void replan();
    qint64 toId() const;

    InventoryDocument &m_document;
    qint64 m_fromId;
    QString m_fromName;
    QVector<qint64> m_selected;
    QVector<QPair<qint64, QString>> m_contacts; ///< everyone else, by name
    QComboBox *m_to;
    QListWidget *m_roles;
    QCheckBox *m_onlySelected;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    std::optional<Handover> m_plan;
};

} // namespace steward
