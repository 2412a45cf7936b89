#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace steward::validation {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

/// @p text with its first letter in upper case, for a sentence.
QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

/// The start of @p text for a message: up to 40 characters, controls shown as "?".
QString excerpt(const QString &text)
{
    QString shown = text.left(40);
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    }
    return text.size() > 40 ? shown + QStringLiteral("…") : shown;
}

/// Checks one field: unchanged from @p before (when there is one) or acceptable.
struct FieldCheck
{
    const QString *where; ///< what the record is, for the message: "the service \"docs\""
    QString problem;

    void operator()(TextField kind, const QString &what, const QString &value, const QString *before)
    {
        if (!problem.isEmpty() || (before && *before == value))
            return;
        const QString why = textProblem(kind, what, value);
        if (!why.isEmpty())
            problem = Tr::tr("%1 (%2).").arg(capitalised(why), *where);
    }
};

bool matches(const QString &pattern, const QString &text)
{
    const QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

} // namespace

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           !url.host().isEmpty();
}

bool isHostname(const QString &text)
{
    static const QRegularExpression hostname(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    return hostname.match(text).hasMatch();
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s<>(),;:\"]+@[^@\\s<>(),;:\"]+\\.[^@\\s<>(),;:\"]+$"));
    return email.match(text).hasMatch() && !text.contains(QLatin1String(".."));
}

QString addressProblem(AddressKind kind, const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return Tr::tr("The address is empty.");
    switch (kind) {
    case AddressKind::Email:
        return isEmailAddress(text) ? QString() : Tr::tr("Not an email address; it should look like name@example.org.");
    case AddressKind::Irc: {
        // "#channel", or a full irc:// or ircs:// address naming the network.
        if (matches(QStringLiteral("^[#&][^\\s,]+$"), text))
            return QString();
        const QUrl url(text, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == QLatin1String("irc") || url.scheme() == QLatin1String("ircs")) &&
            !url.host().isEmpty())
            return QString();
        return Tr::tr("Not an IRC channel; it should look like #channel or irc://irc.libera.chat/#channel.");
    }
    case AddressKind::Matrix:
        if (matches(QStringLiteral("^[#@!][^\\s:]+:[A-Za-z0-9.-]+(:[0-9]+)?$"), text) || isWebAddress(text))
            return QString();
        return Tr::tr("Not a Matrix address; it should look like #room:example.org or @user:example.org.");
    case AddressKind::Slack:
        if (matches(QStringLiteral("^#[^\\s]+$"), text) || isWebAddress(text))
            return QString();
        return Tr::tr("Not a Slack channel; it should look like #channel or https://example.slack.com/....");
    case AddressKind::Url:
        return isWebAddress(text) ? QString() : Tr::tr("Not a web address; it should look like https://example.org/.");
    case AddressKind::Phone:
        if (matches(QStringLiteral("^\\+?[0-9][0-9 ()./-]{3,}[0-9]$"), text))
            return QString();
        return Tr::tr("Not a telephone number; use digits, spaces and an optional leading +.");
    }
    return QString();
}

bool normaliseList(QStringList *list, bool aliases, QString *problem)
{
    QStringList result;
    QSet<QString> seen;
    const char *what = aliases ? "alias" : "tag";
    for (const QString &raw : std::as_const(*list)) {
        const QString text = raw.trimmed();
        if (text.isEmpty())
            continue;
        const QString bad =
            text.contains(QLatin1Char(';')) ? QStringLiteral("\";\"") : badCharacter(TextField::Name, text);
        if (!bad.isEmpty()) {
            if (problem) {
                *problem = QCoreApplication::translate("Validation", "The %1 \"%2\" has a character it cannot "
                                                                     "have (%3).")
                               .arg(QString::fromLatin1(what), text, bad);
            }
            return false;
        }
        if (text.size() > maxLength(TextField::Name)) {
            if (problem) {
                *problem = QCoreApplication::translate("Validation", "The %1 \"%2…\" is longer than %3 characters.")
                               .arg(QString::fromLatin1(what), text.left(20))
                               .arg(maxLength(TextField::Name));
            }
            return false;
        }
        if (!aliases && text.startsWith(QLatin1Char('='))) {
            if (problem)
                *problem =
                    QCoreApplication::translate("Validation", "The tag \"%1\" has no key before \"=\".").arg(text);
            return false;
        }
        const QString key = aliases ? nameKey(text) : text;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.append(text);
    }
    *list = result;
    return true;
}

int maxLength(TextField kind)
{
    switch (kind) {
    case TextField::Name: return 200;
    case TextField::Hostname: return 253;
    case TextField::Url: return 2000;
    case TextField::Address: return 500;
    case TextField::Line: return 200;
    case TextField::Note: return 1000;
    case TextField::Text: return 10000;
    }
    return 200;
}

namespace {

bool isBidiControl(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

bool isFreeText(TextField kind)
{
    return kind == TextField::Line || kind == TextField::Note || kind == TextField::Text;
}

} // namespace

bool allowedCharacter(TextField kind, QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x20 && u < 0x7F)
        return true; // the common case first
    if (u < 0x20)
        return isFreeText(kind) && (u == u'\t' || u == u'\n' || u == u'\r');
    if (u <= 0x9F)
        return false; // DEL and the C1 controls
    if (isBidiControl(u))
        return false;
    if (!isFreeText(kind) && (u == 0x200E || u == 0x200F || u == 0x061C || u == 0x2028 || u == 0x2029))
        return false;
    return true;
}

QString characterName(QChar c)
{
    return QStringLiteral("U+") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

QString badCharacter(TextField kind, const QString &value)
{
    for (const QChar c : value) {
        if (allowedCharacter(kind, c))
            continue;
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029)
            return Tr::tr("the line break %1").arg(characterName(c));
        if (isBidiControl(u))
            return Tr::tr("the bidirectional control %1, which makes text read differently from what it is")
                .arg(characterName(c));
        if (u >= 0x200E || u == 0x061C)
            return Tr::tr("the invisible direction mark %1").arg(characterName(c));
        return Tr::tr("the control character %1").arg(characterName(c));
    }
    return QString();
}

QString textProblem(TextField kind, const QString &what, const QString &value)
{
    const int limit = maxLength(kind);
    if (value.size() > limit)
        return Tr::tr("the %1 has %L2 characters; at most %L3 are allowed").arg(what).arg(value.size()).arg(limit);
    const QString bad = badCharacter(kind, value);
    if (bad.isEmpty())
        return QString();
    return Tr::tr("the %1 cannot have %2").arg(what, bad);
}

QString itemProblem(const Item &item, const Item *before)
{
    const QString where = Tr::tr("the %1 \"%2\"").arg(keys::itemKindLabel(item.kind), excerpt(item.name));
    FieldCheck check{&where, {}};
    const auto was = [before](QString Item::*field) { return before ? &(before->*field) : nullptr; };
    check(TextField::Name, Tr::tr("name"), item.name, was(&Item::name));
    check(TextField::Name, Tr::tr("status"), item.status, was(&Item::status));
    check(TextField::Text, Tr::tr("description"), item.description, was(&Item::description));
    check(TextField::Text, Tr::tr("notes"), item.notes, was(&Item::notes));
    switch (item.kind) {
    case ItemKind::Provider:
        check(TextField::Line, Tr::tr("full name"), item.fullName, was(&Item::fullName));
        check(TextField::Url, Tr::tr("website"), item.website, was(&Item::website));
        check(TextField::Line, Tr::tr("location"), item.location, was(&Item::location));
        check(TextField::Line, Tr::tr("configuration tool"), item.configTool, was(&Item::configTool));
        check(TextField::Url, Tr::tr("configuration tool URL"), item.configToolUrl, was(&Item::configToolUrl));
        check(TextField::Url, Tr::tr("configuration repository"), item.configRepo, was(&Item::configRepo));
        break;
    case ItemKind::Host: check(TextField::Hostname, Tr::tr("host name"), item.hostname, was(&Item::hostname)); break;
    case ItemKind::Service:
        check(TextField::Url, Tr::tr("URL"), item.url, was(&Item::url));
        check(TextField::Url, Tr::tr("source URL"), item.sourceUrl, was(&Item::sourceUrl));
        break;
    case ItemKind::Organisation: break;
    }
    for (const QString &alias : item.aliases) {
        if (!before || !before->aliases.contains(alias))
            check(TextField::Name, Tr::tr("alias"), alias, nullptr);
    }
    for (const QString &tag : item.tags) {
        if (!before || !before->tags.contains(tag))
            check(TextField::Name, Tr::tr("tag"), tag, nullptr);
    }
    return check.problem;
}

QString contactProblem(const Contact &contact, const Contact *before)
{
    const QString where = Tr::tr("the contact \"%1\"").arg(excerpt(contact.name));
    FieldCheck check{&where, {}};
    check(TextField::Name, Tr::tr("name"), contact.name, before ? &before->name : nullptr);
    check(TextField::Text, Tr::tr("notes"), contact.notes, before ? &before->notes : nullptr);
    for (const QString &tag : contact.tags) {
        if (!before || !before->tags.contains(tag))
            check(TextField::Name, Tr::tr("tag"), tag, nullptr);
    }
    for (const Address &address : contact.addresses) {
        const auto same = [&](const Address &other) {
            return other.value == address.value && other.label == address.label;
        };
        if (before && std::any_of(before->addresses.cbegin(), before->addresses.cend(), same))
            continue;
        check(TextField::Address, Tr::tr("address"), address.value.trimmed(), nullptr);
        check(TextField::Line, Tr::tr("address label"), address.label, nullptr);
    }
    return check.problem;
}

std::optional<QDate> parseDay(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid())
        return std::nullopt;
    return day;
}

QString assignmentProblem(const Assignment &assignment, const Assignment *before)
{
    const QString where = Tr::tr("an assignment");
    FieldCheck check{&where, {}};
    check(TextField::Line, Tr::tr("role"), assignment.role, before ? &before->role : nullptr);
    check(TextField::Note, Tr::tr("note"), assignment.note, before ? &before->note : nullptr);
    // Cover: kept as yyyy-MM-dd text, and a last day before the first is no cover at all.
    const bool coverChanged =
        !before || before->validFrom != assignment.validFrom || before->validUntil != assignment.validUntil;
    if (check.problem.isEmpty() && coverChanged) {
        for (const QDate &day : {assignment.validFrom, assignment.validUntil}) {
            if (day.isValid() && (day.year() < 1 || day.year() > 9999))
                check.problem = Tr::tr("The date %1 is out of range (%2).").arg(day.toString(), where);
        }
        if (check.problem.isEmpty() && assignment.validFrom.isValid() && assignment.validUntil.isValid() &&
            assignment.validUntil < assignment.validFrom)
            check.problem = Tr::tr("It would be valid until %1, before it is valid from %2 (%3).")
                                .arg(assignment.validUntil.toString(Qt::ISODate),
                                     assignment.validFrom.toString(Qt::ISODate), where);
    }
    return check.problem;
}

QString linkNoteProblem(const QString &note)
{
    const QString where = Tr::tr("a link");
    FieldCheck check{&where, {}};
    check(TextField::Note, Tr::tr("note"), note, nullptr);
    return check.problem;
}

QString teamMemberProblem(const TeamMember &member)
{
    const QString where = Tr::tr("a team member");
    FieldCheck check{&where, {}};
    check(TextField::Line, Tr::tr("role"), member.role, nullptr);
    check(TextField::Note, Tr::tr("note"), member.note, nullptr);
    return check.problem;
}

QString tagKey(const QString &tag)
{
    const qsizetype at = tag.indexOf(QLatin1Char('='));
    return (at < 0 ? tag : tag.left(at)).trimmed();
}

} // namespace steward::validation
