#include "Dialect.h"

#include "SearchFold.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>

namespace steward::dialect {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dialect)
};
} // namespace

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Backend backendOf(const QString &location)
{
    return isServerLocation(location) ? Backend::PostgreSQL : Backend::SQLite;
}

ServerLocation parseServerLocation(const QString &location)
{
    ServerLocation result;
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || !isServerLocation(location)) {
        result.error = Tr::tr("\"%1\" is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE.")
                           .arg(displayLocation(location));
        return result;
    }
    result.host = url.host();
    result.port = url.port(5432);
    result.user = url.userName();
    result.password = url.password();
    result.database = url.path().mid(1);
    if (result.host.isEmpty())
        result.error =
            Tr::tr("%1 names no server: write postgresql://USER@HOST:PORT/DATABASE.").arg(displayLocation(location));
    else if (result.database.isEmpty() || result.database.contains(QLatin1Char('/')))
        result.error =
            Tr::tr("%1 names no database: write postgresql://USER@HOST:PORT/DATABASE.").arg(displayLocation(location));
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        // QPSQL joins its options with ';' into libpq's "key=value key=value" string.
        if (item.first.isEmpty() || item.second.contains(QLatin1Char(';')) || item.second.contains(QLatin1Char(' ')) ||
            item.first.contains(QLatin1Char(' '))) {
            result.error = Tr::tr("%1: the parameter \"%2\" cannot be passed to the server.")
                               .arg(displayLocation(location), item.first);
            break;
        }
        result.options << item.first + QLatin1Char('=') + item.second;
    }
    return result;
}

namespace {
QMutex s_passwordsMutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> map;
    return map;
}
} // namespace

void rememberPassword(const QString &location, const QString &password)
{
    const QMutexLocker lock(&s_passwordsMutex);
    passwords().insert(displayLocation(location), password);
}

QString rememberedPassword(const QString &location)
{
    const QMutexLocker lock(&s_passwordsMutex);
    return passwords().value(displayLocation(location));
}

QString commandLinePasswordProblem(const QString &location)
{
    if (!isServerLocation(location))
        return {};
    // Text, not QUrl, as displayLocation() does: what ps shows is the text. A password
    // may be written as USER:PASSWORD@ or as a parameter (?password=...).
    static const QRegularExpression parameter(QStringLiteral("[?&]password="),
                                              QRegularExpression::CaseInsensitiveOption);
    if (displayLocation(location) == location && !location.contains(parameter))
        return {};
    return Tr::tr("A password written in a server address would be readable by every user of this machine (ps) for "
                  "as long as Steward runs, so it is not taken on the command line. Leave it out of the address and "
                  "give it in PGPASSWORD or ~/.pgpass (chmod 600), or open the inventory in the window, which asks "
                  "for it and keeps it in your keychain.");
}

namespace {
/// An IP address in a canonical text form (IPv6 compressed, lower case; an IPv4-mapped
/// IPv6 address as IPv4); empty when @p text is not an address.
QString canonicalAddress(QString text)
{
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    // A zone (fe80::1%eth0) does not change whose address it is.
    text = text.section(QLatin1Char('%'), 0, 0);
    const QByteArray bytes = text.toLatin1();
    in_addr v4{};
    if (inet_pton(AF_INET, bytes.constData(), &v4) == 1) {
        char out[INET_ADDRSTRLEN] = {};
        inet_ntop(AF_INET, &v4, out, sizeof out);
        return QString::fromLatin1(out);
    }
    in6_addr v6{};
    if (inet_pton(AF_INET6, bytes.constData(), &v6) == 1) {
        if (IN6_IS_ADDR_V4MAPPED(&v6)) {
            char out[INET_ADDRSTRLEN] = {};
            inet_ntop(AF_INET, &v6.s6_addr[12], out, sizeof out);
            return QString::fromLatin1(out);
        }
        char out[INET6_ADDRSTRLEN] = {};
        inet_ntop(AF_INET6, &v6, out, sizeof out);
        return QString::fromLatin1(out);
    }
    return {};
}
} // namespace

bool isThisMachine(const QString &host, const QStringList &ownAddresses)
{
    // libpq: no host, or one that begins with a slash (or @, Linux's abstract
    // namespace), is a Unix-domain socket.
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@')))
        return true;
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    const QString address = canonicalAddress(name);
    if (address.isEmpty())
        return false;
    if (address == QLatin1String("::1") || address == QLatin1String("::") || address == QLatin1String("0.0.0.0") ||
        address.startsWith(QLatin1String("127.")))
        return true;
    for (const QString &own : ownAddresses) {
        if (canonicalAddress(own) == address)
            return true;
    }
    return false;
}

QStringList thisMachineAddresses()
{
    QStringList addresses;
    ifaddrs *list = nullptr;
    if (getifaddrs(&list) != 0)
        return addresses;
    for (const ifaddrs *entry = list; entry; entry = entry->ifa_next) {
        if (!entry->ifa_addr)
            continue;
        char out[INET6_ADDRSTRLEN] = {};
        if (entry->ifa_addr->sa_family == AF_INET) {
            const auto *in = reinterpret_cast<const sockaddr_in *>(entry->ifa_addr);
            inet_ntop(AF_INET, &in->sin_addr, out, sizeof out);
        } else if (entry->ifa_addr->sa_family == AF_INET6) {
            const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(entry->ifa_addr);
            inet_ntop(AF_INET6, &in6->sin6_addr, out, sizeof out);
        } else {
            continue;
        }
        addresses << QString::fromLatin1(out);
    }
    freeifaddrs(list);
    return addresses;
}

QString displayLocation(const QString &location)
{
    if (!isServerLocation(location))
        return QDir::toNativeSeparators(location);
    // Text, not QUrl: an address QUrl refuses must lose its password all the same.
    static const QRegularExpression password(QStringLiteral("^([A-Za-z]+://[^:/@]*):[^@/]*@"));
    QString shown = location;
    shown.replace(password, QStringLiteral("\\1@"));
    return shown;
}

QString schemaStatement(Backend backend, const QString &sql)
{
    if (backend == Backend::SQLite)
        return sql;
    QString result = sql;
    static const QRegularExpression identity(QStringLiteral("\\bINTEGER PRIMARY KEY\\b(?!\\s*REFERENCES)"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    // item_id INTEGER PRIMARY KEY REFERENCES ... stays a plain key: the id is the item's.
    result.replace(identity, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    result.replace(integer, QStringLiteral("BIGINT"));
    return result;
}

QString jsonObject(Backend backend, const QString &arguments)
{
    return backend == Backend::PostgreSQL ? QStringLiteral("CAST(json_build_object(%1) AS TEXT)").arg(arguments)
                                          : QStringLiteral("json_object(%1)").arg(arguments);
}

QString tagKeyMatch(Backend backend, const QString &column)
{
    const QString ordered = backend == Backend::PostgreSQL ? column + QStringLiteral(" COLLATE \"C\"") : column;
    return QStringLiteral("(%1 = ? OR (%2 >= ? AND %2 < ?))").arg(column, ordered);
}

QStringList tagKeyValues(const QString &key)
{
    return {key, key + QLatin1Char('='), key + QLatin1Char('>')};
}

QString postgresFoldExpression(const QString &operand)
{
    // searchfold::sqlSteps() applies its chain in steps (SQLite's parser limits
    // nesting); PostgreSQL takes the whole chain at once, and calls char() chr().
    const QString placeholder = QStringLiteral("\x01operand\x01");
    QString expression = operand;
    const QStringList steps = searchfold::sqlSteps(placeholder);
    for (QString step : steps)
        expression = step.replace(placeholder, expression);
    expression.replace(QStringLiteral("char("), QStringLiteral("chr("));
    // SQLite's lower() folds ASCII only, and the index must hold exactly what
    // searchfold::indexFold() makes; PostgreSQL's lower() folds every script.
    Q_ASSERT(expression.startsWith(QLatin1String("lower(")) && expression.endsWith(QLatin1Char(')')));
    return QStringLiteral("translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')")
        .arg(expression.mid(6, expression.size() - 7));
}

} // namespace steward::dialect
