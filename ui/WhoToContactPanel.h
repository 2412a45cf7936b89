#pragma once

#include "ContactResolver.h"
#include "Reviews.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace steward {

/**
 * "Who to contact": the resolved contacts of the selected item in order, each with
 * role, priority, why it is listed, when it was last confirmed (in amber, "overdue",
 * when longer ago than its role's review interval), clickable addresses and a copy button.
 */
class WhoToContactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhoToContactPanel)
public:
    explicit WhoToContactPanel(QWidget *parent = nullptr);

    /// Shows @p contacts, each saying when it was last confirmed and, in amber with the
    /// word "overdue", when that is longer ago than its role's interval in @p intervals at
    /// @p now (invalid: the system clock).
    void showContacts(const QString &itemName, const QVector<ResolvedContact> &contacts,
                      const ReviewIntervals &intervals = ReviewIntervals(), const QDateTime &now = QDateTime());
    void showError(const QString &message);
    void clearContacts();

    /// The contacts shown, in order (for tests and the status bar).
    const QVector<ResolvedContact> &contacts() const { return m_contacts; }

    /// The text the copy button puts on the clipboard for one contact.
    static QString plainText(const ResolvedContact &contact);
    static QString href(const Address &address);
    /// The line that says when @p contact was confirmed ("confirmed 14 months ago", "overdue
    /// · never confirmed"), as rich text, and its tool-tip (the date, by whom, the interval).
    static QString confirmationText(const ResolvedContact &contact, const ReviewIntervals &intervals,
                                    const QDateTime &now, QString *toolTip = nullptr);

private:
    void clearCards();
    QWidget *makeCard(const ResolvedContact &contact, int index, const ReviewIntervals &intervals,
                      const QDateTime &now);

    QLabel *m_heading;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
    QVector<ResolvedContact> m_contacts;
};

} // namespace steward
