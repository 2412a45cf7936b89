#include "OptionalDateEdit.h"

#include <QLabel>

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace steward {
namespace {

/// The field's lowest day, shown as "none": no day.
const QDate kNone(1900, 1, 1);

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_edit->setObjectName(QStringLiteral("optionalDateEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setDateRange(kNone, QDate(9999, 12, 31));
    m_edit->setSpecialValueText(tr("none"));
    m_edit->setDate(kNone);
    m_edit->setToolTip(tr("Pick a day from the calendar, or type it as yyyy-MM-dd"));
    layout->addWidget(m_edit, 1);
    m_clear->setObjectName(QStringLiteral("clearDateToolButton"));
    m_clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clear->setToolTip(tr("No day: no limit"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    layout->addWidget(m_clear);
    // Empty, the calendar would open in 1900: on today's month instead.
    m_edit->calendarWidget()->installEventFilter(this);
    connect(m_clear, &QToolButton::clicked, this, [this] { setDate(QDate()); });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        m_clear->setEnabled(m_edit->date() != kNone);
        Q_EMIT dateChanged(date());
    });
    setFocusProxy(m_edit);
}

QDate OptionalDateEdit::date() const
{
    const QDate day = m_edit->date();
    return day == kNone ? QDate() : day;
}

void OptionalDateEdit::setDate(const QDate &date)
{
    m_edit->setDate(date.isValid() && date > kNone ? date : kNone);
}

void OptionalDateEdit::showEvent(QShowEvent *event)
{
    QString name = accessibleName();
    if (name.isEmpty() && parentWidget()) {
        const auto labels = parentWidget()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy() == this) {
                name = label->text().remove(QLatin1Char('&')).trimmed();
                if (name.endsWith(QLatin1Char(':')))
                    name.chop(1);
                break;
            }
        }
    }
    if (name.isEmpty())
        name = tr("Day");
    if (m_edit->accessibleName().isEmpty())
        m_edit->setAccessibleName(name);
    if (m_clear->accessibleName().isEmpty())
        m_clear->setAccessibleName(tr("Clear %1").arg(name));
    QWidget::showEvent(event);
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit->calendarWidget() && event->type() == QEvent::Show && m_edit->date() == kNone) {
        const QDate today = QDate::currentDate();
        m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace steward
