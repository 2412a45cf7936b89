#include "BackstageImport.h"

#include "BackstageCatalog.h"
#include "CsvReader.h"
#include "InventoryIndex.h"
#include "Types.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>

namespace steward {
namespace {

using backstage::EntityRef;

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

/// One document of a catalog, as the first pass reads it.
struct Doc
{
    int fileIndex = 0;
    YAML::Node node;
    QString kind; ///< as Backstage spells it: "Component"
    EntityRef ref;
    QString real;        ///< the Steward name
    YAML::Node realNode; ///< where it comes from
    const char *realField = "metadata.name";
    QString label;
    BackstagePlace place;
    ImportFormat format = ImportFormat::Services; ///< what it becomes (not for a System or the organisation)
    bool organisation = false;
    bool system = false;
    std::map<std::string, YAML::Node> annotations;
};

/// What one catalog file gives the importer.
struct FileOut
{
    /// Records of one format that give the same columns (a bit each): one ParsedFile,
    /// so that a column a document does not give is left alone, as a CSV file
    /// without that column leaves it.
    struct Group
    {
        ImportFormat format;
        quint32 given;
        QVector<CsvReader::Record> records;
        bool linked = false; ///< names others of its format (mergeLinked())
    };
    QVector<Group> groups;
    BackstagePlaces places;
};

/// @p node's @p key, or an undefined node (never yaml-cpp's invalid one, whose use throws).
YAML::Node child(const YAML::Node &node, const char *key)
{
    if (!node.IsDefined() || !node.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node value = node[key];
    return value.IsDefined() ? value : YAML::Node(YAML::NodeType::Undefined);
}

/// An entity reference in either form (text, or ADR009's kind/namespace/name map),
/// without reporting what is wrong with a bad one.
bool quietRef(const YAML::Node &node, const QString &defaultKind, EntityRef *ref)
{
    QString text, why;
    if (node.IsScalar()) {
        text = qstr(node.Scalar());
    } else if (node.IsMap()) {
        const auto part = [&node](const char *key, const char *after) {
            const YAML::Node value = child(node, key);
            return value.IsDefined() && value.IsScalar() && !value.Scalar().empty()
                       ? qstr(value.Scalar()) + QLatin1String(after)
                       : QString();
        };
        text = part("kind", ":") + part("namespace", "/") + part("name", "");
    }
    return backstage::parseRef(text, defaultKind, ref, &why);
}

QString itemKindKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Providers: return QStringLiteral("provider");
    case ImportFormat::Hosts: return QStringLiteral("host");
    default: return QStringLiteral("service");
    }
}

class Reader
{
public:
    Reader(const QVector<ImportSource> &files, const BackstageImport::ErrorHandler &error)
        : m_files(files)
        , m_error(error)
    {}

    void run(ImportParseResult *result)
    {
        QVector<int> catalogs;
        for (int i = 0; i < m_files.size(); ++i) {
            if (m_files.at(i).readError.isEmpty() && BackstageImport::isCatalog(m_files.at(i)))
                catalogs << i;
        }
        if (catalogs.isEmpty())
            return;
        for (int i : std::as_const(catalogs))
            load(i);
        for (Doc &doc : m_docs)
            m_out[doc.fileIndex]; // every good file gets its entry, documents or not
        for (const Doc &doc : std::as_const(m_docs))
            records(doc);
        if (m_failed)
            return;
        for (auto it = m_out.begin(); it != m_out.end(); ++it) {
            mergeLinked(&it->second, ImportFormat::Contacts, {QStringLiteral("team"), QStringLiteral("members")});
            mergeLinked(&it->second, ImportFormat::Services, {QStringLiteral("served_through")});
        }
        // Format by format, as the importer validates them; in each, the groups that
        // name others of their format after all the files' other groups (a team in one
        // file names the users of another).
        for (ImportFormat format : kImportFormats) {
            for (const bool linked : {false, true}) {
                for (auto it = m_out.begin(); it != m_out.end(); ++it) {
                    const ImportSource &file = m_files.at(it->first);
                    for (FileOut::Group &group : it->second.groups) {
                        if (group.format != format || group.linked != linked)
                            continue;
                        ParsedFile parsed;
                        parsed.file = &file;
                        parsed.format = format;
                        const QStringList columns = backstage::columns(format);
                        for (int c = 0; c < columns.size(); ++c) {
                            if (group.given & (1u << c))
                                parsed.columns.insert(columns.at(c), c);
                        }
                        result->totalRows += group.records.size();
                        parsed.records = std::move(group.records);
                        result->files.append(std::move(parsed));
                        if (!result->formats.contains(file.name))
                            result->formats.insert(file.name, format);
                    }
                }
            }
        }
        for (auto it = m_out.begin(); it != m_out.end(); ++it)
            result->backstage.insert(m_files.at(it->first).name, std::move(it->second.places));
    }

private:
    /// A team's members, a contact's team and a service's served_through may name
    /// records of their format further down the file, which the importer resolves
    /// after the file: the records that give such a column are one group (with the
    /// columns any of them gives), after the other groups of their format.
    static void mergeLinked(FileOut *out, ImportFormat format, const QStringList &linkingColumns)
    {
        const QStringList columns = backstage::columns(format);
        quint32 linking = 0;
        for (const QString &column : linkingColumns)
            linking |= 1u << columns.indexOf(column);
        FileOut::Group merged{format, 0, {}, true};
        QVector<FileOut::Group> groups;
        for (FileOut::Group &group : out->groups) {
            if (group.format != format || !(group.given & linking)) {
                groups.append(std::move(group));
                continue;
            }
            merged.given |= group.given;
            merged.records += group.records;
        }
        if (!merged.records.isEmpty()) {
            std::sort(merged.records.begin(), merged.records.end(),
                      [](const CsvReader::Record &a, const CsvReader::Record &b) { return a.row < b.row; });
            groups.append(std::move(merged));
        }
        out->groups = std::move(groups);
    }

    void error(int fileIndex, const BackstagePlace &place, const QString &message)
    {
        m_failed = true;
        m_error(m_files.at(fileIndex).name, place.line, place.column,
                place.what.isEmpty() ? message : place.what + QStringLiteral(": ") + message);
    }
    static BackstagePlace placeOf(const YAML::Node &node, const QString &what)
    {
        const YAML::Mark mark = node.Mark();
        return {mark.line + 1, mark.column + 1, what};
    }
    BackstagePlace placeOf(const Doc &doc, const YAML::Node &node, const char *field) const
    {
        return placeOf(node, doc.label + QStringLiteral(", ") + QLatin1String(field));
    }

    /// The text of a scalar; an error (and false) if it is a map or a list.
    bool text(const Doc &doc, const YAML::Node &node, const char *field, QString *value)
    {
        if (!node || node.IsNull()) {
            value->clear();
            return true;
        }
        if (!node.IsScalar()) {
            error(doc.fileIndex, placeOf(doc, node, field), BackstageImport::tr("should be text"));
            return false;
        }
        *value = qstr(node.Scalar());
        return true;
    }
    /// The elements of a list (none if absent); an error if it is something else.
    QVector<YAML::Node> list(const Doc &doc, const YAML::Node &node, const char *field)
    {
        QVector<YAML::Node> result;
        if (!node || node.IsNull())
            return result;
        if (!node.IsSequence()) {
            error(doc.fileIndex, placeOf(doc, node, field), BackstageImport::tr("should be a list"));
            return result;
        }
        for (const YAML::Node &element : node)
            result.append(element);
        return result;
    }

    void load(int fileIndex)
    {
        const ImportSource &file = m_files.at(fileIndex);
        std::vector<YAML::Node> nodes;
        try {
            nodes = YAML::LoadAll(file.data.toStdString());
        } catch (const YAML::DeepRecursion &e) {
            // yaml-cpp stops a hostile nesting before it exhausts the stack, with no words of its own.
            error(fileIndex, {e.mark.line + 1, e.mark.column + 1, QString()},
                  BackstageImport::tr("not valid YAML: nested more than %1 levels deep").arg(e.depth()));
            return;
        } catch (const YAML::Exception &e) {
            error(fileIndex, {e.mark.line + 1, e.mark.column + 1, QString()},
                  BackstageImport::tr("not valid YAML: %1").arg(qstr(e.msg)));
            return;
        }
        if (std::all_of(nodes.cbegin(), nodes.cend(), [](const YAML::Node &n) { return !n || n.IsNull(); }))
            error(fileIndex, {1, 1, QString()}, BackstageImport::tr("the catalog has no documents"));
        for (const YAML::Node &node : nodes) {
            if (!node || node.IsNull())
                continue; // an empty document (a "---" at the end)
            Doc doc;
            doc.fileIndex = fileIndex;
            doc.node = node;
            doc.place = placeOf(node, QString());
            if (!node.IsMap()) {
                error(fileIndex, doc.place,
                      BackstageImport::tr("a catalog document is a map (apiVersion, kind, metadata, spec)"));
                continue;
            }
            readDoc(doc);
        }
    }

    void readDoc(Doc &doc)
    {
        const YAML::Node &node = doc.node;
        QString apiVersion, kind, name, ns;
        if (!text(doc, child(node, "apiVersion"), "apiVersion", &apiVersion) ||
            !text(doc, child(node, "kind"), "kind", &kind))
            return;
        if (!apiVersion.startsWith(QLatin1String("backstage.io/"))) {
            error(doc.fileIndex,
                  placeOf(child(node, "apiVersion") ? child(node, "apiVersion") : node, QStringLiteral("apiVersion")),
                  BackstageImport::tr("\"%1\" is not a Backstage catalog apiVersion (backstage.io/v1alpha1)")
                      .arg(apiVersion));
            return;
        }
        static const QStringList kinds{QStringLiteral("Component"), QStringLiteral("Resource"),
                                       QStringLiteral("System"), QStringLiteral("Group"), QStringLiteral("User")};
        for (const QString &k : kinds) {
            if (k.compare(kind, Qt::CaseInsensitive) == 0)
                doc.kind = k;
        }
        if (doc.kind.isEmpty()) {
            error(doc.fileIndex, placeOf(child(node, "kind") ? child(node, "kind") : node, QStringLiteral("kind")),
                  BackstageImport::tr("unknown kind \"%1\"; Steward imports %2")
                      .arg(kind, kinds.join(QStringLiteral(", "))));
            return;
        }
        const YAML::Node metadata = child(node, "metadata");
        if (!metadata || !metadata.IsMap() || !child(metadata, "name") || child(metadata, "name").IsNull()) {
            error(doc.fileIndex, placeOf(metadata ? metadata : node, doc.kind + QStringLiteral(", metadata.name")),
                  BackstageImport::tr("the name is required"));
            return;
        }
        doc.label = doc.kind;
        if (!text(doc, child(metadata, "name"), "metadata.name", &name) ||
            !text(doc, child(metadata, "namespace"), "metadata.namespace", &ns))
            return;
        doc.label = QStringLiteral("%1 \"%2\"").arg(doc.kind, name);
        if (!backstage::isValidName(name)) {
            error(doc.fileIndex, placeOf(doc, child(metadata, "name"), "metadata.name"),
                  BackstageImport::tr("\"%1\" is not a Backstage name: 1 to 63 letters, digits, "
                                      "- _ and ., beginning and ending with a letter or a digit")
                      .arg(name));
            return;
        }
        doc.ref = {doc.kind.toLower(), ns.isEmpty() ? QStringLiteral("default") : ns.toLower(), name};
        const YAML::Node annotations = child(metadata, "annotations");
        if (annotations && !annotations.IsNull()) {
            if (!annotations.IsMap()) {
                error(doc.fileIndex, placeOf(doc, annotations, "metadata.annotations"),
                      BackstageImport::tr("should be a map"));
                return;
            }
            for (const auto &pair : annotations) {
                const std::string key = pair.first.Scalar();
                if (key.rfind(backstage::kPrefix, 0) != 0)
                    continue; // Backstage's own and other tools': not Steward's
                if (!pair.second.IsScalar()) {
                    error(doc.fileIndex, placeOf(doc, pair.second, "metadata.annotations"),
                          BackstageImport::tr("the annotation %1 should be text").arg(qstr(key)));
                    return;
                }
                doc.annotations[key] = pair.second;
            }
        }
        QString itemKind, type;
        if (!annotation(doc, backstage::kItemKindAnnotation, &itemKind) ||
            !text(doc, child(child(node, "spec"), "type"), "spec.type", &type))
            return;
        const YAML::Node profile = child(child(node, "spec"), "profile");
        if (doc.kind == QLatin1String("System")) {
            doc.system = true;
        } else if (doc.kind == QLatin1String("Component")) {
            doc.format = ImportFormat::Services;
        } else if (doc.kind == QLatin1String("Resource")) {
            static const QStringList hostTypes{QStringLiteral("host"), QStringLiteral("server"), QStringLiteral("vm"),
                                               QStringLiteral("virtual-machine"), QStringLiteral("machine")};
            const bool host =
                itemKind.isEmpty() ? hostTypes.contains(type.toLower()) : itemKind == QLatin1String("host");
            doc.format = host ? ImportFormat::Hosts : ImportFormat::Providers;
        } else {
            doc.format = ImportFormat::Contacts;
            doc.organisation = doc.kind == QLatin1String("Group") && itemKind == QLatin1String("organisation");
        }
        // The Steward name: the annotation, else a contact's display name or an item's
        // title, else the name.
        doc.real = name;
        doc.realNode = child(metadata, "name");
        doc.realField = "metadata.name";
        QString display;
        YAML::Node displayNode =
            doc.format == ImportFormat::Contacts ? child(profile, "displayName") : child(metadata, "title");
        const char *displayField = doc.format == ImportFormat::Contacts ? "spec.profile.displayName" : "metadata.title";
        if (!text(doc, displayNode, displayField, &display))
            return;
        if (!display.trimmed().isEmpty()) {
            doc.real = display;
            doc.realNode = displayNode;
            doc.realField = displayField;
        }
        if (hasAnnotation(doc, "steward.io/name")) {
            if (!annotation(doc, "steward.io/name", &doc.real))
                return;
            doc.realNode = doc.annotations["steward.io/name"];
            doc.realField = "steward.io/name";
        }
        const QString key = doc.ref.key();
        if (const auto other = m_entities.constFind(key); other != m_entities.constEnd()) {
            const Doc &first = m_docs.at(*other);
            error(doc.fileIndex, placeOf(doc, child(metadata, "name"), "metadata.name"),
                  BackstageImport::tr("%1 is in the catalog twice (also at %2:%3)")
                      .arg(key, QFileInfo(m_files.at(first.fileIndex).name).fileName())
                      .arg(first.place.line));
            return;
        }
        m_entities.insert(key, int(m_docs.size()));
        m_docs.push_back(doc);
    }

    static bool hasAnnotation(const Doc &doc, const char *key) { return doc.annotations.count(key) > 0; }
    /// The annotation @p key's text (empty if absent).
    bool annotation(const Doc &doc, const char *key, QString *value)
    {
        const auto it = doc.annotations.find(key);
        value->clear();
        return it == doc.annotations.end() || text(doc, it->second, key, value);
    }

    /// The document @p text names (with @p defaultKind), or nullptr with @p ref set if
    /// it is not in the catalog; false (an error reported) if it is no reference.
    bool resolve(const Doc &doc, const YAML::Node &node, const char *field, const QString &defaultKind,
                 const Doc **target, EntityRef *ref)
    {
        QString value, why;
        *target = nullptr;
        if (node.IsDefined() && node.IsMap()) {
            // The compound form (ADR009): kind, namespace and name as fields.
            QString kind, ns;
            if (!text(doc, child(node, "kind"), field, &kind) || !text(doc, child(node, "namespace"), field, &ns) ||
                !text(doc, child(node, "name"), field, &value))
                return false;
            value = (kind.isEmpty() ? QString() : kind + QLatin1Char(':')) +
                    (ns.isEmpty() ? QString() : ns + QLatin1Char('/')) + value;
        } else if (!text(doc, node, field, &value)) {
            return false;
        }
        if (!backstage::parseRef(value, defaultKind, ref, &why)) {
            error(doc.fileIndex, placeOf(doc, node, field), why);
            return false;
        }
        const auto it = m_entities.constFind(ref->key());
        if (it != m_entities.constEnd())
            *target = &m_docs.at(*it);
        return true;
    }

    /// A contact reference (an owner, a member): the contact's Steward name, or the
    /// reference's own name for the inventory to find; empty (an error reported) if bad.
    QString contact(const Doc &doc, const YAML::Node &node, const char *field, const QString &defaultKind,
                    QStringList *notInCatalog)
    {
        const Doc *target = nullptr;
        EntityRef ref;
        if (!resolve(doc, node, field, defaultKind, &target, &ref))
            return {};
        if (ref.kind != QLatin1String("group") && ref.kind != QLatin1String("user")) {
            error(doc.fileIndex, placeOf(doc, node, field),
                  BackstageImport::tr("%1 is not a group or a user").arg(ref.key()));
            return {};
        }
        if (target && target->organisation) {
            error(doc.fileIndex, placeOf(doc, node, field),
                  BackstageImport::tr("%1 stands for the organisation, not a contact").arg(ref.key()));
            return {};
        }
        if (!target)
            notInCatalog->append(ref.name);
        return target ? target->real : ref.name;
    }

    /// The users (their index in m_docs, in catalog order) whose spec.memberOf names
    /// each group (by its EntityRef::key()); read once.
    const QHash<QString, QVector<int>> &memberOf()
    {
        if (m_memberOfRead)
            return m_memberOf;
        m_memberOfRead = true;
        for (size_t i = 0; i < m_docs.size(); ++i) {
            const Doc &user = m_docs.at(i);
            const YAML::Node groups = child(child(user.node, "spec"), "memberOf");
            if (user.kind != QLatin1String("User") || !groups.IsDefined() || !groups.IsSequence())
                continue;
            for (const YAML::Node &g : groups) {
                EntityRef ref;
                QString why;
                if (quietRef(g, QStringLiteral("group"), &ref))
                    m_memberOf[ref.key()].append(int(i)); // a bad one is reported with the user
            }
        }
        return m_memberOf;
    }

    /// The record builder: fields by column, each with its place.
    struct Row
    {
        QStringList columns;
        QStringList fields;
        QVector<BackstagePlace> places;
        quint32 given = 0; ///< the columns the document gives (a bit each): the others are left alone
        QStringList contactRefs, serviceRefs; ///< see BackstageRecordPlaces
        explicit Row(ImportFormat format)
            : columns(backstage::columns(format))
            , fields(columns.size())
            , places(columns.size())
        {}
        void set(const char *column, const QString &value, const BackstagePlace &place, bool isGiven = true)
        {
            const qsizetype i = columns.indexOf(QLatin1String(column));
            Q_ASSERT(i >= 0 && i < 32);
            fields[i] = value;
            places[i] = place;
            if (isGiven)
                given |= 1u << i;
        }
    };
    void add(const Doc &doc, ImportFormat format, const Row &row)
    {
        FileOut &out = m_out[doc.fileIndex];
        out.places.append({doc.place, row.places, row.contactRefs, row.serviceRefs});
        out.places.last().document.what = doc.label;
        auto group = std::find_if(out.groups.begin(), out.groups.end(),
                                  [&](const FileOut::Group &g) { return g.format == format && g.given == row.given; });
        if (group == out.groups.end())
            group = out.groups.insert(out.groups.end(), {format, row.given, {}, false});
        group->records.append({int(out.places.size()), row.fields});
    }

    /// The link of metadata.links of @p type, or (for @p fallback) the first with a
    /// type that is no column's.
    YAML::Node link(const Doc &doc, const QString &type, bool fallback)
    {
        static const QStringList typed{QStringLiteral("url"), QStringLiteral("website"), QStringLiteral("source_url"),
                                       QStringLiteral("config_tool_url"), QStringLiteral("config_repo")};
        for (const YAML::Node &l : list(doc, child(child(doc.node, "metadata"), "links"), "metadata.links")) {
            if (!l.IsMap())
                continue;
            const QString t =
                child(l, "type") && child(l, "type").IsScalar() ? qstr(child(l, "type").Scalar()) : QString();
            if (t == type || (fallback && !typed.contains(t)))
                return child(l, "url");
        }
        return YAML::Node(YAML::NodeType::Undefined);
    }

    /// The native value of an item's or contact's @p column (without the annotation).
    void native(const Doc &doc, const QString &column, Row &row)
    {
        const YAML::Node &node = doc.node;
        const YAML::Node metadata = child(node, "metadata"), spec = child(node, "spec");
        const QByteArray c = column.toLatin1();
        QString value;
        YAML::Node from(YAML::NodeType::Undefined); // the field that gives the column, if any
        bool given = false;                         // whether the document gives it
        const char *field = "";
        if (column == QLatin1String("name")) {
            row.set("name", doc.real, placeOf(doc, doc.realNode, doc.realField));
            return;
        }
        if (column == QLatin1String("tags")) {
            QStringList tags;
            for (const YAML::Node &t : list(doc, child(metadata, "tags"), "metadata.tags")) {
                QString tag;
                if (text(doc, t, "metadata.tags", &tag))
                    tags << tag;
            }
            if (doc.format != ImportFormat::Contacts && child(spec, "system")) {
                const Doc *system = nullptr;
                EntityRef ref;
                if (resolve(doc, child(spec, "system"), "spec.system", QStringLiteral("system"), &system, &ref)) {
                    if (!system || !system->system)
                        error(doc.fileIndex, placeOf(doc, child(spec, "system"), "spec.system"),
                              BackstageImport::tr("no system %1 in the catalog").arg(ref.key()));
                    else
                        tags << QStringLiteral("system=") + system->real;
                }
            }
            const YAML::Node where =
                child(metadata, "tags").IsDefined() ? child(metadata, "tags") : child(spec, "system");
            row.set("tags", tags.join(QStringLiteral("; ")),
                    where.IsDefined() ? placeOf(doc, where, "metadata.tags") : BackstagePlace(), where.IsDefined());
            return;
        }
        if (doc.format == ImportFormat::Contacts) {
            const YAML::Node profile = child(spec, "profile");
            if (column == QLatin1String("kind")) {
                value = QStringLiteral("person");
                if (doc.kind == QLatin1String("Group")) {
                    QString type;
                    text(doc, child(spec, "type"), "spec.type", &type);
                    type.replace(QLatin1Char('-'), QLatin1Char('_'));
                    const ContactKind kind = keys::contactKindFromKey(type);
                    value =
                        keys::contactKind(kind) == type && kind != ContactKind::Person ? type : QStringLiteral("team");
                }
                from = child(spec, "type");
                field = "spec.type";
                given = true; // a User is a person, a Group a team unless its type says otherwise
            } else if (column == QLatin1String("addresses") && profile && profile.IsMap()) {
                from = child(profile, "email");
                field = "spec.profile.email";
                if (text(doc, from, field, &value) && !value.isEmpty())
                    value = QStringLiteral("email: ") + value;
            } else if (column == QLatin1String("notes")) {
                from = child(metadata, "description");
                field = "metadata.description";
                text(doc, from, field, &value);
            } else if (column == QLatin1String("members") && doc.kind == QLatin1String("Group")) {
                QStringList lines;
                QSet<QString> names;
                // spec.leader is the team's lead: where the members list it, else first.
                QString leader;
                if (child(spec, "leader").IsDefined() && !child(spec, "leader").IsNull())
                    leader =
                        contact(doc, child(spec, "leader"), "spec.leader", QStringLiteral("user"), &row.contactRefs);
                const YAML::Node members = child(spec, "members");
                QVector<QString> listed;
                for (const YAML::Node &m : list(doc, members, "spec.members"))
                    listed << contact(doc, m, "spec.members", QStringLiteral("user"), &row.contactRefs);
                if (!leader.isEmpty() && !listed.contains(leader))
                    listed.prepend(leader);
                for (const QString &name : std::as_const(listed)) {
                    if (!name.isEmpty() && !names.contains(name)) {
                        names.insert(name);
                        lines << (name == leader ? QStringLiteral("lead: ") : QStringLiteral("member: ")) + name;
                    }
                }
                // The users that say they are members (spec.memberOf) and are not listed.
                for (const int user : memberOf().value(doc.ref.key())) {
                    const Doc &other = m_docs.at(size_t(user));
                    if (!names.contains(other.real)) {
                        names.insert(other.real);
                        lines << QStringLiteral("member: ") + other.real;
                    }
                }
                value = lines.join(QLatin1Char('\n'));
                from = members.IsDefined() ? members : child(spec, "leader");
                field = members.IsDefined() ? "spec.members" : "spec.leader";
                given = from.IsDefined() || !lines.isEmpty();
            }
        } else if (column == QLatin1String("description")) {
            from = child(metadata, "description");
            field = "metadata.description";
            text(doc, from, field, &value);
        } else if (column == QLatin1String("status") && doc.kind == QLatin1String("Component")) {
            from = child(spec, "lifecycle");
            field = "spec.lifecycle";
            if (text(doc, from, field, &value))
                value = backstage::statusOfLifecycle(value);
        } else if (column == QLatin1String("url") || column == QLatin1String("website") ||
                   column == QLatin1String("source_url") || column == QLatin1String("config_tool_url") ||
                   column == QLatin1String("config_repo")) {
            from = link(doc, column, column == QLatin1String("url") || column == QLatin1String("website"));
            field = "metadata.links";
            text(doc, from, field, &value);
        }
        // A column no field gives is left alone (a host's provider, a service's hosts:
        // annotations only); one whose field is there but empty is cleared.
        row.set(c.constData(), value, from.IsDefined() ? placeOf(doc, from, field) : BackstagePlace(),
                given || from.IsDefined());
    }

    /// The record of an item or a contact, and its assignments and links.
    void records(const Doc &doc)
    {
        if (doc.system)
            return;
        const YAML::Node spec = child(doc.node, "spec");
        if (!doc.organisation) {
            Row row(doc.format);
            for (const QString &column : std::as_const(row.columns)) {
                const std::string key = backstage::kPrefix + column.toStdString();
                const auto it = doc.annotations.find(key);
                if (it != doc.annotations.end())
                    row.set(column.toLatin1().constData(), qstr(it->second.Scalar()),
                            placeOf(doc, it->second, key.c_str()));
                else
                    native(doc, column, row);
            }
            add(doc, doc.format, row);
        }
        // Users' spec.memberOf: each must be a group of the catalog.
        if (doc.kind == QLatin1String("User")) {
            for (const YAML::Node &g : list(doc, child(spec, "memberOf"), "spec.memberOf")) {
                const Doc *group = nullptr;
                EntityRef ref;
                if (resolve(doc, g, "spec.memberOf", QStringLiteral("group"), &group, &ref) &&
                    (!group || group->kind != QLatin1String("Group") || group->organisation))
                    error(doc.fileIndex, placeOf(doc, g, "spec.memberOf"),
                          BackstageImport::tr("no group %1 in the catalog").arg(ref.key()));
            }
        }
        if (doc.format == ImportFormat::Contacts && !doc.organisation)
            return;
        const QString itemKind = doc.organisation ? QStringLiteral("organisation") : itemKindKey(doc.format);
        const BackstagePlace itemPlace = placeOf(doc, child(child(doc.node, "metadata"), "name"), "metadata.name");
        // Assignments: the annotation's lines, else spec.owner as the owner.
        const auto assignments = doc.annotations.find(backstage::kAssignmentsAnnotation);
        if (assignments != doc.annotations.end()) {
            const BackstagePlace place = placeOf(doc, assignments->second, backstage::kAssignmentsAnnotation);
            for (const QStringList &line : csv(doc, assignments->second, backstage::kAssignmentsAnnotation, 6)) {
                Row row(ImportFormat::Assignments);
                row.set("item", doc.real, itemPlace);
                row.set("item_kind", itemKind, place);
                const char *names[] = {"contact", "role", "priority", "note", "valid_from", "valid_until"};
                for (int i = 0; i < 6; ++i)
                    row.set(names[i], line.at(i), place);
                add(doc, ImportFormat::Assignments, row);
            }
        } else if (child(spec, "owner") && !child(spec, "owner").IsNull()) {
            Row row(ImportFormat::Assignments);
            const QString owner =
                contact(doc, child(spec, "owner"), "spec.owner", QStringLiteral("group"), &row.contactRefs);
            if (!owner.isEmpty()) {
                const BackstagePlace place = placeOf(doc, child(spec, "owner"), "spec.owner");
                row.set("item", doc.real, itemPlace);
                row.set("item_kind", itemKind, itemPlace);
                row.set("contact", owner, place);
                row.set("role", QStringLiteral("owner"), place);
                row.set("priority", QStringLiteral("primary"), place);
                add(doc, ImportFormat::Assignments, row);
            }
        }
        // Links: the annotation's lines, else spec.dependsOn (always checked).
        QVector<Row> dependsOn;
        for (const YAML::Node &d : list(doc, child(spec, "dependsOn"), "spec.dependsOn")) {
            const Doc *target = nullptr;
            EntityRef ref;
            if (!resolve(doc, d, "spec.dependsOn", QString(), &target, &ref))
                continue;
            const BackstagePlace place = placeOf(doc, d, "spec.dependsOn");
            QString toKind;
            if (target && !target->system && !target->organisation && target->format != ImportFormat::Contacts)
                toKind = itemKindKey(target->format);
            else if (!target && ref.kind == QLatin1String("component"))
                toKind = QStringLiteral("service"); // a service of the inventory, maybe
            if (toKind.isEmpty()) {
                error(doc.fileIndex, place,
                      ref.kind == QLatin1String("component") || ref.kind == QLatin1String("resource")
                          ? BackstageImport::tr("no %1 in the catalog").arg(ref.key())
                          : BackstageImport::tr("%1 is not a component or a resource").arg(ref.key()));
                continue;
            }
            Row row(ImportFormat::Links);
            row.set("from", doc.real, itemPlace);
            row.set("from_kind", itemKind, itemPlace);
            row.set("type", QString::fromLatin1(backstage::kDependsOn), place);
            row.set("to", target ? target->real : ref.name, place);
            if (!target)
                row.serviceRefs << ref.name;
            row.set("to_kind", toKind, place);
            dependsOn.append(row);
        }
        const auto links = doc.annotations.find(backstage::kLinksAnnotation);
        if (links != doc.annotations.end()) {
            const BackstagePlace place = placeOf(doc, links->second, backstage::kLinksAnnotation);
            for (const QStringList &line : csv(doc, links->second, backstage::kLinksAnnotation, 4)) {
                Row row(ImportFormat::Links);
                row.set("from", doc.real, itemPlace);
                row.set("from_kind", itemKind, place);
                const char *names[] = {"type", "to", "to_kind", "note"};
                for (int i = 0; i < 4; ++i)
                    row.set(names[i], line.at(i), place);
                add(doc, ImportFormat::Links, row);
            }
        } else {
            for (const Row &row : std::as_const(dependsOn))
                add(doc, ImportFormat::Links, row);
        }
    }

    /// The CSV lines of an annotation, each of @p width fields.
    QVector<QStringList> csv(const Doc &doc, const YAML::Node &node, const char *field, int width)
    {
        QVector<QStringList> lines;
        const QByteArray data = QByteArray::fromStdString(node.Scalar());
        if (data.trimmed().isEmpty())
            return lines;
        CsvReader reader;
        reader.setDelimiter(QLatin1Char(','));
        reader.setRequireUniformWidth(false);
        if (!reader.parse(data)) {
            error(doc.fileIndex, placeOf(doc, node, field), reader.errors().value(0).message);
            return lines;
        }
        for (const CsvReader::Record &record : reader.records()) {
            if (record.fields.size() != width) {
                error(doc.fileIndex, placeOf(doc, node, field),
                      BackstageImport::tr("line %1 has %2 fields, not %3")
                          .arg(record.row)
                          .arg(record.fields.size())
                          .arg(width));
                continue;
            }
            lines.append(record.fields);
        }
        return lines;
    }

    const QVector<ImportSource> &m_files;
    const BackstageImport::ErrorHandler &m_error;
    std::vector<Doc> m_docs;
    QHash<QString, int> m_entities; ///< EntityRef::key() -> index in m_docs
    std::map<int, FileOut> m_out;   ///< by file index: in the order given
    QHash<QString, QVector<int>> m_memberOf;
    bool m_memberOfRead = false;
    bool m_failed = false;
};

} // namespace

bool BackstageImport::isCatalog(const ImportSource &file)
{
    return file.name.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive) ||
           file.name.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive);
}

void BackstageImport::parse(const QVector<ImportSource> &files, ImportParseResult *result, const ErrorHandler &error)
{
    // yaml-cpp reports by exceptions: none leaves here.
    try {
        Reader(files, error).run(result);
    } catch (const YAML::Exception &e) {
        error(QString(), e.mark.line + 1, e.mark.column + 1, tr("cannot read the catalog: %1").arg(qstr(e.msg)));
    }
}

void BackstageImport::resolveNames(const InventoryIndex &index, ImportParseResult *parsed)
{
    if (parsed->backstage.isEmpty())
        return;
    // The inventory's contacts and services by the names Steward's export gives them
    // (backstage::toName), read when first needed.
    QHash<QString, QStringList> contacts, services;
    bool read = false;
    const auto readNames = [&] {
        if (read)
            return;
        read = true;
        for (const Contact &c : index.contacts)
            contacts[backstage::toName(c.name).toLower()] << c.name;
        for (const Item &item : index.items) {
            if (item.kind == ItemKind::Service)
                services[backstage::toName(item.name).toLower()] << item.name;
        }
    };
    // @p name as the one record of the inventory whose exported name it is, if it is
    // no record's own name.
    const auto lookUp = [&](const QString &name, bool contact) -> QString {
        const bool exact = contact ? !index.contactNames.value(nameKey(name)).isEmpty()
                                   : !index.itemsNamed(ItemKind::Service, nameKey(name)).isEmpty();
        if (exact)
            return {};
        readNames();
        const QStringList found = (contact ? contacts : services).value(name.toLower());
        return found.size() == 1 ? found.first() : QString();
    };
    // An inventory has one organisation, whatever it is called: the catalog's organisation
    // (the Group annotated steward.io/item_kind: organisation) stands for it, so that a
    // catalog exported from one inventory imports into a new one ("My organisation").
    QString ourOrganisation;
    bool organisationRead = false;
    const auto toOurOrganisation = [&](CsvReader::Record &record, qsizetype nameColumn, qsizetype kindColumn) {
        if (nameColumn < 0 || kindColumn < 0 || record.fields.size() <= std::max(nameColumn, kindColumn) ||
            record.fields[kindColumn] != QLatin1String("organisation") ||
            !index.itemsNamed(ItemKind::Organisation, nameKey(record.fields[nameColumn])).isEmpty())
            return;
        if (!organisationRead) {
            organisationRead = true;
            QStringList names;
            for (const Item &item : index.items) {
                if (item.kind == ItemKind::Organisation)
                    names << item.name;
            }
            if (names.size() == 1)
                ourOrganisation = names.first();
        }
        if (!ourOrganisation.isEmpty())
            record.fields[nameColumn] = ourOrganisation;
    };
    for (ParsedFile &file : parsed->files) {
        const auto places = parsed->backstage.constFind(file.file->name);
        if (places == parsed->backstage.constEnd())
            continue;
        const QStringList columns = backstage::columns(file.format);
        const qsizetype itemColumn = columns.indexOf(QLatin1String("item"));
        const qsizetype itemKindColumn = columns.indexOf(QLatin1String("item_kind"));
        const qsizetype fromColumn = columns.indexOf(QLatin1String("from"));
        const qsizetype fromKindColumn = columns.indexOf(QLatin1String("from_kind"));
        const qsizetype toKindColumn = columns.indexOf(QLatin1String("to_kind"));
        const qsizetype contactColumn = columns.indexOf(QLatin1String("contact"));
        const qsizetype membersColumn = columns.indexOf(QLatin1String("members"));
        const qsizetype toColumn = columns.indexOf(QLatin1String("to"));
        for (CsvReader::Record &record : file.records) {
            toOurOrganisation(record, itemColumn, itemKindColumn);
            toOurOrganisation(record, fromColumn, fromKindColumn);
            toOurOrganisation(record, toColumn, toKindColumn);
            const BackstageRecordPlaces &refs = places->at(record.row - 1);
            for (const QString &name : refs.contactRefs) {
                const QString found = lookUp(name, true);
                if (found.isEmpty())
                    continue;
                if (contactColumn >= 0 && record.fields[contactColumn] == name)
                    record.fields[contactColumn] = found;
                if (membersColumn >= 0) {
                    QStringList lines = record.fields[membersColumn].split(QLatin1Char('\n'));
                    for (QString &line : lines) {
                        const qsizetype colon = line.indexOf(QStringLiteral(": "));
                        if (colon >= 0 && line.mid(colon + 2) == name)
                            line = line.left(colon + 2) + found;
                    }
                    record.fields[membersColumn] = lines.join(QLatin1Char('\n'));
                }
            }
            for (const QString &name : refs.serviceRefs) {
                const QString found = lookUp(name, false);
                if (!found.isEmpty() && toColumn >= 0 && record.fields[toColumn] == name)
                    record.fields[toColumn] = found;
            }
        }
    }
}

void BackstageImport::locate(const QHash<QString, BackstagePlaces> &places, QVector<ImportError> *errors,
                             QVector<ImportRow> *rows)
{
    if (places.isEmpty())
        return;
    // "also on row N" and "also in FILE row N" (ImportFileValidator::alsoOn) of a
    // record of a catalog: N becomes its document's line.
    const auto pattern = [](const char *text, const QString &file) {
        QString p = QRegularExpression::escape(QCoreApplication::translate("Importer", text));
        p.replace(QStringLiteral("\\%1"), file.isEmpty() ? QStringLiteral("(\\d+)") : QRegularExpression::escape(file));
        p.replace(QStringLiteral("\\%2"), QStringLiteral("(\\d+)"));
        return QRegularExpression(p);
    };
    const auto relocate = [&places](QString *message, const QRegularExpression &re, const QString &file) {
        const BackstagePlaces &records = places.value(file);
        QRegularExpressionMatch m = re.match(*message);
        if (!m.hasMatch())
            return;
        const int row = m.captured(1).toInt();
        if (row >= 1 && row <= records.size())
            message->replace(m.capturedStart(1), m.capturedLength(1),
                             QString::number(records.at(row - 1).document.line));
    };
    const QRegularExpression onRow = pattern("also on row %1", QString());
    QHash<QString, QRegularExpression> inFile;
    for (auto it = places.constBegin(); it != places.constEnd(); ++it)
        inFile.insert(it.key(), pattern("also in %1 row %2", QDir::toNativeSeparators(it.key())));
    for (ImportError &e : *errors) {
        if (places.contains(e.file))
            relocate(&e.message, onRow, e.file);
        for (auto it = inFile.constBegin(); it != inFile.constEnd(); ++it)
            relocate(&e.message, it.value(), it.key());
    }
    for (ImportError &e : *errors) {
        const auto it = places.constFind(e.file);
        if (it == places.constEnd() || e.row < 1 || e.row > it->size())
            continue;
        const BackstageRecordPlaces &record = it->at(e.row - 1);
        const BackstagePlace &column =
            e.column >= 1 && e.column <= record.columns.size() ? record.columns.at(e.column - 1) : BackstagePlace();
        const BackstagePlace &place = column.line > 0 ? column : record.document;
        e.row = place.line;
        e.column = place.column;
        e.message = (place.what.isEmpty() ? record.document.what : place.what) + QStringLiteral(": ") + e.message;
    }
    for (ImportRow &row : *rows) {
        const auto it = places.constFind(row.file);
        if (it != places.constEnd() && row.row >= 1 && row.row <= it->size())
            row.row = it->at(row.row - 1).document.line;
    }
}

} // namespace steward
