#pragma once

#include "BatchRevert.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace steward {

class BatchRevertModel;

/**
 * What reverting a history batch would do, before it is done: every change of the
 * batch with what reverting it does, and the records changed since the batch (what
 * changed, when, by whom). The user reverts (skipping the changed records, if any) or
 * cancels; nothing is written here (the caller applies the plan on Accepted).
 */
class BatchRevertDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRevertDialog)
public:
    explicit BatchRevertDialog(const BatchRevertPlan &plan, QWidget *parent = nullptr);
    ~BatchRevertDialog() override;

    /// What the user chose: skip the changed records (Skip) or there were none (Refuse).
    OnConflict onConflict() const;
    const BatchRevertPlan &plan() const;

private:
    BatchRevertModel *m_model;
    QTableView *m_changed;
    QTableView *m_all;
    QLabel *m_summary;
    QPushButton *m_revert = nullptr;
};

} // namespace steward
