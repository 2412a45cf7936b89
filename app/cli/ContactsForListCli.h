#pragma once

#include "CliCommand.h"

namespace steward {

/**
 * `steward contact --from FILE|- [--format text|csv|emails] [--all]`: whom to tell about
 * the things the lines of a list name (ContactsForList). ContactCliCommand declares the
 * options and hands a run with --from here.
 *
 * text: each contact with its addresses, then the items it covers, the lines that named
 * them and why; then the lines that named nothing. csv: ContactsForListCsv, a row per
 * contact. emails: one To line; the contacts without an e-mail address on standard
 * error. With csv and emails the lines that named nothing go to standard error. Exits 1
 * when no line names anything.
 */
class ContactsForListCli final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactsForListCli)
public:
    ContactsForListCli();

    /// Runs with the options ContactCliCommand parsed.
    int runFrom(const QCommandLineParser &parser);

protected:
    int execute(const QCommandLineParser &parser) override { return runFrom(parser); }

private:
    /// The list's text from FILE or standard input ("-"); false with the error printed.
    static bool readList(const QString &from, QString *text);
};

} // namespace steward
