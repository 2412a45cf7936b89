#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace steward {

/**
 * A day that may be left empty ("none": no limit): a date field with a calendar and a
 * button that empties it. Empty, it shows "none" and its calendar opens on today's month.
 */
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    /// The day, or an invalid QDate for none.
    QDate date() const;
    /// Sets the day; an invalid one empties the field.
    void setDate(const QDate &date);
    QDateEdit *dateEdit() const { return m_edit; }
    QToolButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    /// The day changed (invalid: emptied).
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// Names the date field and its clear button after the label that names this (a
    /// form's row), unless named already: a screen reader reads the field, not this.
    void showEvent(QShowEvent *event) override;

private:
    QDateEdit *m_edit;
    QToolButton *m_clear;
};

} // namespace steward
