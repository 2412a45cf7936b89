#pragma once

#include "ContactResolver.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace steward {

/**
 * "Who to contact": the resolved contacts of the selected item in order, each with
 * role, priority, why it is listed, clickable addresses and a copy button.
 */
class WhoToContactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhoToContactPanel)
public:
    explicit WhoToContactPanel(QWidget *parent = nullptr);

    void showContacts(const QString &itemName, const QVector<ResolvedContact> &contacts);
    void showError(const QString &message);
    void clearContacts();

    /// The contacts shown, in order (for tests and the status bar).
    const QVector<ResolvedContact> &contacts() const { return m_contacts; }

    /// The text the copy button puts on the clipboard for one contact.
    static QString plainText(const ResolvedContact &contact);
    static QString href(const Address &address);

private:
    void clearCards();
    QWidget *makeCard(const ResolvedContact &contact, int index);

    QLabel *m_heading;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
    QVector<ResolvedContact> m_contacts;
};

} // namespace steward
