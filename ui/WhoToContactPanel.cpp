#include "WhoToContactPanel.h"

#include "Icons.h"
#include "LongText.h"
#include "Readable.h"

#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace steward {

WhoToContactPanel::WhoToContactPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_cards(new QWidget)
    , m_cardsLayout(new QVBoxLayout(m_cards))
{
    setObjectName(QStringLiteral("whoToContactPanel"));
    setAccessibleName(tr("Who to contact"));
    setAccessibleDescription(tr("Whom to contact about the selected item, in order, and why each is listed"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_heading->setObjectName(QStringLiteral("contactHeadingLabel"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("contactScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(6);
    m_cardsLayout->addStretch(1);
    scroll->setWidget(m_cards);
    layout->addWidget(scroll, 1);
    clearContacts();
}

QString WhoToContactPanel::href(const Address &address)
{
    const QString value = address.value.trimmed();
    switch (address.kind) {
    case AddressKind::Email: return QStringLiteral("mailto:") + value;
    case AddressKind::Phone: return QStringLiteral("tel:") + QString(value).remove(QLatin1Char(' '));
    case AddressKind::Matrix:
        return value.contains(QLatin1String("://")) ? value : QStringLiteral("https://matrix.to/#/") + value;
    case AddressKind::Irc:
    case AddressKind::Slack:
    case AddressKind::Url: return value;
    }
    return value;
}

QString WhoToContactPanel::plainText(const ResolvedContact &contact)
{
    QStringList lines{QStringLiteral("%1 (%2, %3) - %4")
                          .arg(contact.contact.name, keys::roleLabel(contact.role),
                               keys::priorityLabel(contact.priority), contact.reason)};
    if (contact.validUntil.isValid())
        lines << QStringLiteral("  %1").arg(tr("covering until %1").arg(keys::dayLabel(contact.validUntil)));
    for (const Address &address : contact.contact.addresses)
        lines << QStringLiteral("  %1: %2").arg(keys::addressKindLabel(address.kind), address.value);
    return lines.join(QLatin1Char('\n'));
}

void WhoToContactPanel::clearCards()
{
    while (m_cardsLayout->count() > 1) {
        QLayoutItem *item = m_cardsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

void WhoToContactPanel::clearContacts()
{
    m_contacts.clear();
    clearCards();
    m_heading->setText(tr("<i>Select an item to see whom to contact.</i>"));
}

void WhoToContactPanel::showError(const QString &message)
{
    m_contacts.clear();
    clearCards();
    m_heading->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>").arg(message.toHtmlEscaped()));
    m_heading->setText(readable::colours(m_heading->text(), m_heading));
}

QString WhoToContactPanel::confirmationText(const ResolvedContact &contact, const ReviewIntervals &intervals,
                                            const QDateTime &now, QString *toolTip)
{
    Assignment a;
    a.role = contact.role;
    a.priority = contact.priority;
    a.confirmedAt = contact.confirmedAt;
    a.confirmedBy = contact.confirmedBy;
    const std::optional<int> interval = intervals.daysFor(contact.role);
    const bool overdue = isOverdue(a, interval, now);
    const QString ago = Reviews::confirmedAgo(contact.confirmedAt, now);
    if (toolTip) {
        QString when;
        // As the user's locale writes them; ISO 8601 in the C locale.
        const QLocale locale;
        const bool iso = locale.language() == QLocale::C;
        const auto time = [&](const QDateTime &t) {
            return iso ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : locale.toString(t, QLocale::ShortFormat);
        };
        if (!contact.confirmedAt.isValid())
            when = tr("Never confirmed: it was made before Steward recorded confirmations.");
        else if (contact.confirmedBy.isEmpty())
            when = tr("Last confirmed on %1 UTC.").arg(time(contact.confirmedAt.toUTC()));
        else
            when = tr("Last confirmed on %1 UTC by %2.").arg(time(contact.confirmedAt.toUTC()), contact.confirmedBy);
        const QString role = keys::roleLabel(contact.role);
        QString rule = interval ? tr("A %1 is to be confirmed %2.").arg(role, Reviews::intervalText(interval))
                                : tr("A %1 is never due for review.").arg(role);
        if (overdue && interval && contact.confirmedAt.isValid())
            rule += QLatin1Char(' ') +
                    tr("Due since %1.")
                        .arg(iso ? dueAt(a, interval).toUTC().date().toString(Qt::ISODate)
                                 : locale.toString(dueAt(a, interval).toUTC().date(), QLocale::ShortFormat));
        *toolTip = when + QLatin1Char(' ') + rule;
    }
    // Said in words, not by the colour alone.
    if (overdue)
        return QStringLiteral("<span style=\"color:#a15c00\"><b>%1</b> &middot; %2</span>")
            .arg(tr("overdue").toHtmlEscaped(), ago.toHtmlEscaped());
    return QStringLiteral("<span style=\"color:#666\">%1</span>").arg(ago.toHtmlEscaped());
}

QWidget *WhoToContactPanel::makeCard(const ResolvedContact &line, int index, const ReviewIntervals &intervals,
                                     const QDateTime &now)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("contactCardFrame"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setProperty("contactId", line.contact.id);
    // Read as one: "1. Alice, person", then the role and why.
    card->setAccessibleName(
        tr("%1. %2, %3").arg(index + 1).arg(line.contact.name, keys::contactKindLabel(line.contact.kind)));
    card->setAccessibleDescription(
        tr("%1, %2, %3").arg(keys::roleLabel(line.role), keys::priorityLabel(line.priority), line.reason));
    auto *grid = new QHBoxLayout(card);
    grid->setContentsMargins(8, 6, 6, 6);

    auto *icon = new QLabel(card);
    icon->setPixmap(icons::forContact(line.contact.kind).pixmap(24, 24));
    icon->setAlignment(Qt::AlignTop);
    grid->addWidget(icon);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    auto *name = new QLabel(card);
    name->setObjectName(QStringLiteral("contactNameLabel"));
    name->setTextFormat(Qt::RichText);
    name->setText(QStringLiteral("<b>%1. %2</b> <span style=\"color:#666\">%3</span>")
                      .arg(index + 1)
                      .arg(longtext::breakable(longtext::elided(line.contact.name)).toHtmlEscaped(),
                           keys::contactKindLabel(line.contact.kind).toHtmlEscaped()));
    name->setProperty("contactName", line.contact.name);
    text->addWidget(name);

    auto *why = new QLabel(card);
    why->setObjectName(QStringLiteral("contactReasonLabel"));
    why->setWordWrap(true);
    QString whyText = QStringLiteral("%1 &middot; %2 &middot; <i>%3</i>")
                          .arg(keys::roleLabel(line.role).toHtmlEscaped(),
                               keys::priorityLabel(line.priority).toHtmlEscaped(), line.reason.toHtmlEscaped());
    if (!line.note.isEmpty()) {
        // A note may be long, and one word: its beginning, breakable, and the rest on request.
        whyText += QStringLiteral("<br><span style=\"color:#666\">%1</span>")
                       .arg(longtext::breakable(longtext::elided(line.note)).toHtmlEscaped());
        if (longtext::isLong(line.note)) {
            whyText += QStringLiteral(" <a href=\"show-all:note\">%1</a>").arg(tr("Show all").toHtmlEscaped());
            const QString title = tr("Note on %1").arg(longtext::elided(line.contact.name, 80));
            connect(why, &QLabel::linkActivated, this,
                    [this, title, note = line.note] { longtext::showAll(this, title, note); });
        }
    }
    // Cover: listed only until a day ("covering for Alice until 15 Jan 2027").
    if (line.validUntil.isValid())
        whyText += QStringLiteral("<br><span style=\"color:#6a1b9a\">%1</span>")
                       .arg(tr("covering until %1").arg(keys::dayLabel(line.validUntil)).toHtmlEscaped());
    why->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    why->setText(whyText);
    text->addWidget(why);

    auto *confirmed = new QLabel(card);
    confirmed->setObjectName(QStringLiteral("contactConfirmationLabel"));
    confirmed->setTextFormat(Qt::RichText);
    QString tip;
    confirmed->setText(confirmationText(line, intervals, now, &tip));
    confirmed->setToolTip(tip);
    text->addWidget(confirmed);

    QStringList links;
    for (const Address &address : line.contact.addresses) {
        const QString target = QString::fromUtf8(QUrl(href(address)).toEncoded());
        QString shown = address.value;
        if (address.kind == AddressKind::Irc && !address.label.isEmpty())
            shown = QStringLiteral("%1 (%2)").arg(address.value, address.label);
        links << QStringLiteral("%1: <a href=\"%2\">%3</a>")
                     .arg(keys::addressKindLabel(address.kind).toHtmlEscaped(), target.toHtmlEscaped(),
                          shown.toHtmlEscaped());
    }
    auto *addresses = new QLabel(card);
    addresses->setObjectName(QStringLiteral("contactAddressLabel"));
    addresses->setWordWrap(true);
    addresses->setTextFormat(Qt::RichText);
    addresses->setOpenExternalLinks(true);
    addresses->setTextInteractionFlags(Qt::TextBrowserInteraction);
    addresses->setText(links.isEmpty() ? tr("<span style=\"color:#777\">no address recorded</span>")
                                       : links.join(QStringLiteral("<br>")));
    text->addWidget(addresses);
    grid->addLayout(text, 1);

    auto *copy = new QToolButton(card);
    copy->setObjectName(QStringLiteral("copyContactToolButton"));
    copy->setAccessibleName(tr("Copy %1 and its addresses").arg(line.contact.name));
    copy->setIcon(icons::named(QStringLiteral("copy")));
    copy->setToolTip(tr("Copy %1 and its addresses").arg(line.contact.name));
    copy->setAutoRaise(true);
    const QString clip = plainText(line);
    connect(copy, &QToolButton::clicked, this, [clip] { QGuiApplication::clipboard()->setText(clip); });
    grid->addWidget(copy, 0, Qt::AlignTop);
    // Its greys and colours readable on the palette's background (a dark one too).
    for (QLabel *label : card->findChildren<QLabel *>()) {
        if (!label->text().isEmpty()) // not the icon's picture
            label->setText(readable::colours(label->text(), label));
    }
    return card;
}

void WhoToContactPanel::showContacts(const QString &itemName, const QVector<ResolvedContact> &contacts,
                                     const ReviewIntervals &intervals, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    m_contacts = contacts;
    clearCards();
    if (contacts.isEmpty()) {
        m_heading->setText(tr("<span style=\"color:#b71c1c\"><b>Nobody to contact about %1.</b> "
                              "Give the organisation an escalation contact.</span>")
                               .arg(longtext::breakable(longtext::elided(itemName)).toHtmlEscaped()));
        m_heading->setText(readable::colours(m_heading->text(), m_heading));
        return;
    }
    m_heading->setText(
        tr("<b>Who to contact about %1</b>").arg(longtext::breakable(longtext::elided(itemName)).toHtmlEscaped()));
    for (int i = 0; i < contacts.size(); ++i)
        m_cardsLayout->insertWidget(i, makeCard(contacts.at(i), i, intervals, at));
}

} // namespace steward
