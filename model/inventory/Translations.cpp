#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

#include <algorithm>

namespace steward {

namespace {

thread_local int t_sourceTextDepth = 0;

} // namespace

SourceTextScope::SourceTextScope()
{
    ++t_sourceTextDepth;
}

SourceTextScope::~SourceTextScope()
{
    --t_sourceTextDepth;
}

bool SourceTextScope::active()
{
    return t_sourceTextDepth > 0;
}

QString Translator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    if (SourceTextScope::active())
        return QString();
    return QTranslator::translate(context, sourceText, disambiguation, n);
}

namespace {

/// English's two forms of the source texts' plurals, which are written "%n host(s)": "1 host",
/// "2 hosts". Installed for an English locale (where no .qm is), as Qt's documentation
/// suggests an English plurals-only translation; in the C locale the source text shows as
/// written. Nothing while a SourceTextScope lives: what scripts read stays the source text.
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0 || !sourceText || SourceTextScope::active())
            return QString();
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(QLatin1String("(s)")))
            return QString();
        return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

} // namespace

bool isQtUnknownError(const QString &text)
{
    // Not a literal to translate here: Qt's own catalogue has it (lupdate skips a variable context).
    static const char context[] = "QIODevice";
    static const char unknown[] = "Unknown error";
    return text == QLatin1String(unknown) || text == QCoreApplication::translate(context, unknown);
}

int installTranslations(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return 0;
    // The first of the user's languages that Steward speaks; English is the source.
    QString language;
    const QStringList entries = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &ui : locale.uiLanguages()) {
        const QString candidate = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (candidate == QLatin1String("C"))
            return 0;
        if (candidate == QLatin1String("en")) {
            QCoreApplication::installTranslator(new EnglishPlurals(app));
            return 0;
        }
        const QString suffix = QLatin1Char('_') + candidate + QStringLiteral(".qm");
        const bool spoken =
            std::any_of(entries.cbegin(), entries.cend(), [&](const QString &file) { return file.endsWith(suffix); });
        if (spoken) {
            language = candidate;
            break;
        }
    }
    if (language.isEmpty())
        return 0;
    int installed = 0;
    for (const QString &file : entries) {
        if (!file.endsWith(QLatin1Char('_') + language + QStringLiteral(".qm")))
            continue;
        auto *translator = new Translator(app);
        if (translator->load(QStringLiteral(":/i18n/") + file) && QCoreApplication::installTranslator(translator))
            ++installed;
        else
            delete translator;
    }
    // Qt's own words: QCommandLineParser's "Displays help on commandline options.", the dialogs' buttons.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return installed;
}

} // namespace steward
