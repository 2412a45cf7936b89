#pragma once

#include <QFrame>

class QLabel;

namespace steward {

/**
 * A bar across the top of the window that says something about the open inventory
 * while it stays true: that it is read-only and why, that it is damaged, that the
 * connection to its server is not encrypted. An icon and a line or two of text in a
 * coloured frame, not a dialog (KDE's KMessageWidget).
 */
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)
public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows @p text (plain text) in the style of @p kind.
    void showMessage(Kind kind, const QString &text);
    /// Hides the bar and forgets its text.
    void clear();
    Kind kind() const { return m_kind; }
    QString text() const;

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace steward
