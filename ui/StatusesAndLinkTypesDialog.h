#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace steward {

class Store;

/**
 * Edit > Statuses, Link Types and Roles: the statuses there are, each with its category
 * (operational, degraded, down, retired, planned: its colour and icon, and whether
 * it works), and the link types, each with its label and whether a failure follows
 * links of that type. The built-in ones are listed and stay; the user declares, changes
 * and removes their own. Each change is written at once (Store::defineStatus() and
 * the rest); a refusal (a built-in name, a status some item has, a link type in use)
 * is shown under its list.
 *
 * A second tab, Roles, lists the roles (the built-in ones and the user's own) with how
 * often their assignments are to be confirmed (Store::defineRole()): a number of days, or
 * never; the user declares their own roles and removes them.
 */
class StatusesAndLinkTypesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusesAndLinkTypesDialog)
public:
    explicit StatusesAndLinkTypesDialog(Store &store, QWidget *parent = nullptr);

    /// Reads both lists again.
    void reload();
    /// What the last change said (done or refused), under the statuses / link types.
    QString statusMessage() const;
    QString linkTypeMessage() const;
    QString roleMessage() const;

    /// The buttons' work, for the buttons and for tests: false when refused.
    bool defineStatus();
    bool removeStatus();
    bool defineLinkType();
    bool removeLinkType();
    bool defineRole();
    bool removeRole();

private:
    void showMessage(QLabel *label, const QString &text, bool refused);
    void statusSelected();
    void linkTypeSelected();
    void roleSelected();
    QWidget *makeRolesTab();

    Store &m_store;
    QTableWidget *m_statuses;
    QLineEdit *m_statusName;
    QComboBox *m_statusCategory;
    QPushButton *m_removeStatus;
    QLabel *m_statusMessage;
    QTableWidget *m_linkTypes;
    QLineEdit *m_linkKey;
    QLineEdit *m_linkLabel;
    QCheckBox *m_carriesFailure;
    QPushButton *m_removeLinkType;
    QLabel *m_linkTypeMessage;
    QTabWidget *m_tabs;
    QTableWidget *m_roles;
    QLineEdit *m_roleName;
    QSpinBox *m_reviewDays;
    QCheckBox *m_neverReviewed;
    QPushButton *m_removeRole;
    QLabel *m_roleMessage;
};

} // namespace steward
