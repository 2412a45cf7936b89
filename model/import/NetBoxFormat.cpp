#include "NetBoxFormat.h"

#include "Reports.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace steward::netbox {
namespace {

/// The messages keep the translation context of the importer's.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

QStringList list(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result << QString::fromLatin1(name);
    return result;
}

/// The columns only a contacts file has (slug is the providers file's).
const QStringList &contactOnly()
{
    static const QStringList columns = list({"title", "phone", "email", "address", "link", "groups"});
    return columns;
}

QString quoted(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q << QLatin1Char('"') + n + QLatin1Char('"');
    return q.join(QStringLiteral(", "));
}

} // namespace

QStringList columns(ImportFormat format)
{
    if (format == ImportFormat::Providers)
        return list({"name", "slug", "description", "comments", "tags"});
    return list({"name", "title", "phone", "email", "address", "link", "groups", "description", "comments", "tags"});
}

const QSet<QString> &ownColumns()
{
    static const QSet<QString> own = [] {
        QSet<QString> steward;
        for (ImportFormat f : kImportFormats) {
            const QStringList header = Reports::header(importReport(f));
            steward.unite(QSet<QString>(header.begin(), header.end()));
        }
        QSet<QString> result;
        for (ImportFormat f : {ImportFormat::Contacts, ImportFormat::Providers}) {
            for (const QString &c : columns(f)) {
                if (!steward.contains(c))
                    result.insert(c);
            }
        }
        return result;
    }();
    return own;
}

Header recognise(const QSet<QString> &header, ImportFormat *format, QString *why)
{
    QStringList marks;
    for (const QString &c : columns(ImportFormat::Contacts) + QStringList{QStringLiteral("slug")}) {
        if (ownColumns().contains(c) && header.contains(c) && !marks.contains(c))
            marks << c;
    }
    if (marks.isEmpty())
        return Header::NotNetBox;
    QStringList contactMarks;
    for (const QString &c : contactOnly()) {
        if (header.contains(c))
            contactMarks << c;
    }
    const bool slug = header.contains(QStringLiteral("slug"));
    if (!header.contains(QStringLiteral("name"))) {
        *why = Tr::tr("a NetBox file (it has the column %1) needs a \"name\" column").arg(quoted(marks.mid(0, 1)));
        return Header::Bad;
    }
    if (slug && !contactMarks.isEmpty()) {
        *why = Tr::tr("cannot tell whether this is a NetBox providers file (it has \"slug\") or a NetBox contacts "
                      "file (it has %1)")
                   .arg(quoted(contactMarks));
        return Header::Bad;
    }
    if (slug) {
        *format = ImportFormat::Providers;
        return Header::NetBox;
    }
    if (!contactMarks.isEmpty()) {
        *format = ImportFormat::Contacts;
        return Header::NetBox;
    }
    *why = Tr::tr("this looks like a NetBox file (it has %1), but a NetBox providers file needs \"slug\" and a "
                  "NetBox contacts file one of %2")
               .arg(quoted(marks), quoted(contactOnly()));
    return Header::Bad;
}

QStringList splitList(const QString &cell)
{
    QStringList result;
    const QStringList parts = cell.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString text = part.trimmed();
        if (!text.isEmpty())
            result << text;
    }
    return result;
}

bool isSlug(const QString &slug)
{
    static const QRegularExpression re(QStringLiteral("^[-A-Za-z0-9_]{1,100}$"));
    return re.match(slug).hasMatch();
}

QString linkWithScheme(const QString &link)
{
    const QString text = link.trimmed();
    if (text.isEmpty() || text.contains(QLatin1String("://")))
        return text;
    return QStringLiteral("https://") + text;
}

QString groupTag(const QString &group)
{
    return QStringLiteral("group=") + group;
}

bool isGroupTag(const QString &tag)
{
    return tag.startsWith(QLatin1String("group="));
}

QString phoneLine(const QString &phone)
{
    return QStringLiteral("Phone: ") + phone;
}

QString contactNotes(const ContactText &text)
{
    QStringList paragraphs;
    if (!text.description.trimmed().isEmpty())
        paragraphs << text.description.trimmed();
    QStringList lines;
    if (!text.title.trimmed().isEmpty())
        lines << QStringLiteral("Title: ") + text.title.trimmed();
    if (!text.phone.trimmed().isEmpty())
        lines << phoneLine(text.phone.trimmed());
    if (!text.address.trimmed().isEmpty())
        lines << QStringLiteral("Address: ") + text.address.trimmed();
    if (!lines.isEmpty())
        paragraphs << lines.join(QLatin1Char('\n'));
    if (!text.comments.trimmed().isEmpty())
        paragraphs << text.comments.trimmed();
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace steward::netbox
