#include "BackstageCatalog.h"

#include "CsvWriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace steward {
namespace backstage {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackstageImport)
};

bool isAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
}

} // namespace

QStringList columns(ImportFormat format)
{
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *name : names)
            result << QString::fromLatin1(name);
        return result;
    };
    switch (format) {
    case ImportFormat::Providers:
        return list({"name", "kind", "full_name", "website", "location", "config_tool", "config_tool_url",
                     "config_repo", "status", "description", "notes", "aliases", "tags"});
    case ImportFormat::Hosts:
        return list({"provider", "name", "kind", "hostname", "status", "description", "notes", "aliases", "tags"});
    case ImportFormat::Services:
        return list({"name", "url", "status", "provider", "hosts", "served_through", "description", "source_url",
                     "notes", "aliases", "tags"});
    case ImportFormat::Contacts: return list({"name", "kind", "team", "addresses", "members", "notes", "tags"});
    case ImportFormat::Assignments:
        return list({"item", "item_kind", "contact", "role", "priority", "note", "valid_from", "valid_until"});
    case ImportFormat::Links: return list({"from", "from_kind", "type", "to", "to_kind", "note"});
    }
    return {};
}

bool isValidName(const QString &name)
{
    // Backstage's KubernetesValidatorFunctions.isValidObjectName:
    // ^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$, 1 to 63 characters.
    if (name.isEmpty() || name.size() > 63 || !isAlnum(name.front()) || !isAlnum(name.back()))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) { return isAlnum(c) || isSeparator(c); });
}

QString toName(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString name;
    for (const QChar c : decomposed) {
        if (isAlnum(c))
            name += c.toLower();
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        else if (!name.isEmpty() && !isSeparator(name.back()))
            name += isSeparator(c) ? c : QLatin1Char('-');
    }
    name.truncate(63);
    while (!name.isEmpty() && isSeparator(name.back()))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("unnamed") : name;
}

bool isValidTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$"));
    return !tag.isEmpty() && tag.size() <= 63 && pattern.match(tag).hasMatch();
}

QString EntityRef::key() const
{
    return kind + QLatin1Char(':') + ns + QLatin1Char('/') + name.toLower();
}

bool parseRef(const QString &text, const QString &defaultKind, EntityRef *ref, QString *error)
{
    QString rest = text.trimmed();
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    ref->kind = defaultKind;
    if (colon >= 0) {
        ref->kind = rest.left(colon).toLower();
        rest = rest.mid(colon + 1);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    ref->ns = QStringLiteral("default");
    if (slash >= 0) {
        ref->ns = rest.left(slash).toLower();
        rest = rest.mid(slash + 1);
    }
    ref->name = rest;
    if (ref->kind.isEmpty()) {
        *error = Tr::tr("\"%1\" names no kind; write it as kind:name (component:payments)").arg(text);
        return false;
    }
    if (!isValidName(ref->name) || !isValidName(ref->ns)) {
        *error = Tr::tr("\"%1\" is not an entity reference ([kind:][namespace/]name)").arg(text);
        return false;
    }
    return true;
}

QString statusOfLifecycle(const QString &lifecycle)
{
    if (lifecycle == QLatin1String("production"))
        return QStringLiteral("active");
    if (lifecycle == QLatin1String("deprecated"))
        return QStringLiteral("legacy");
    if (lifecycle == QLatin1String("experimental"))
        return QStringLiteral("staging");
    return lifecycle;
}

QString lifecycleOfStatus(const QString &status)
{
    if (status == QLatin1String("legacy"))
        return QStringLiteral("deprecated");
    if (status == QLatin1String("staging"))
        return QStringLiteral("experimental");
    return QStringLiteral("production");
}

QString csvLines(const QVector<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << CsvWriter::escape(cell);
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n'));
}

bool needsQuotes(const QString &text)
{
    static const QRegularExpression special(
        QStringLiteral("^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\\.inf|\\.nan)|[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE]["
                       "-+]?[0-9]+)?|[-+]?\\.[0-9]+([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[0-9:]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    return text.isEmpty() || special.match(text).hasMatch();
}

} // namespace backstage
} // namespace steward
