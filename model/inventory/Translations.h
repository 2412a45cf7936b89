#pragma once

#include <QLocale>
#include <QTranslator>

namespace steward {

/**
 * While one lives on a thread, Steward's translations (Translator) give the English
 * source text on that thread: what scripts read — CSV, `--format csv` — never follows
 * the locale, even where it is made of the same sentences the window translates (a gap's
 * detail, a contact's reason). Nests; other threads translate as before.
 */
class SourceTextScope final
{
public:
    SourceTextScope();
    ~SourceTextScope();
    SourceTextScope(const SourceTextScope &) = delete;
    SourceTextScope &operator=(const SourceTextScope &) = delete;

    /// True while a SourceTextScope lives on the calling thread.
    static bool active();
};

/// A QTranslator for Steward's own .qm files: it translates nothing while a
/// SourceTextScope lives on the calling thread.
class Translator final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Translator)

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

/// True if @p text is Qt's "Unknown error" of a device, in English or in the user's
/// language (qtbase's translation): it says nothing, the system's reason says more.
bool isQtUnknownError(const QString &text);

/**
 * Installs, on the running QCoreApplication, a Translator for every Steward translation
 * embedded under ":/i18n" (steward_model_de.qm, steward_cli_de.qm, ...) that matches
 * @p locale's UI languages, and Qt's own translation (qtbase_de.qm, from Qt's
 * translations folder) for the same language. English needs no file: an English locale
 * gets its plural forms ("1 host", "2 hosts") from the source texts' "(s)". Returns the
 * number of Steward translations installed. Call once, before any text is made.
 */
int installTranslations(const QLocale &locale = QLocale());

} // namespace steward
