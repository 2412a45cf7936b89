#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace steward {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 5, 8, 5);
    layout->setSpacing(8);
    m_icon->setObjectName(QStringLiteral("messageIconLabel"));
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);
    m_text->setObjectName(QStringLiteral("messageTextLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    // The colours of KMessageWidget's kinds: a pale fill, a stronger border.
    QString colours;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Information: colours = QStringLiteral("background-color:#e3f0fb;border:1px solid #3daee9;"); break;
    case Kind::Warning:
        colours = QStringLiteral("background-color:#fdf1dc;border:1px solid #f67400;");
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        colours = QStringLiteral("background-color:#fbe3e4;border:1px solid #da4453;");
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    setStyleSheet(QStringLiteral("steward--MessageBar{%1border-radius:4px;} QLabel{color:#232629;}").arg(colours));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    setVisible(true);
}

void MessageBar::clear()
{
    m_text->clear();
    setVisible(false);
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace steward
