#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace steward::validation {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
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
        for (const QChar c : text) {
            if (c == QLatin1Char(';') || c.category() == QChar::Other_Control) {
                if (problem) {
                    *problem = QCoreApplication::translate("Validation", "The %1 \"%2\" has a character it cannot "
                                                                         "have (\";\" or a control character).")
                                   .arg(QString::fromLatin1(what), text);
                }
                return false;
            }
        }
        if (text.size() > 200) {
            if (problem) {
                *problem = QCoreApplication::translate("Validation", "The %1 \"%2…\" is longer than 200 characters.")
                               .arg(QString::fromLatin1(what), text.left(20));
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

QString tagKey(const QString &tag)
{
    const qsizetype at = tag.indexOf(QLatin1Char('='));
    return (at < 0 ? tag : tag.left(at)).trimmed();
}

} // namespace steward::validation
