#include "RoleCliCommand.h"

#include "Reviews.h"
#include "Store.h"

namespace steward {

RoleCliCommand::RoleCliCommand()
    : CliCommand(QStringLiteral("role"),
                 tr("Set how often a role's assignments are to be confirmed (a role of your own is declared so), or "
                    "remove a role of your own."))
{
    addPositional(QStringLiteral("ROLE"), tr("The role (\"owner\", \"on-call\")."));
    addDatabaseOption();
    addOption({QStringLiteral("review-days"), tr("Days between confirmations (1 to 3650), or never."), tr("N|never")});
    addOption({QStringLiteral("remove"), tr("Remove a role of your own: its assignments then have the default.")});
}

int RoleCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("role takes one ROLE (quote a role with spaces)."));
    const QString role = positional.at(1).trimmed();
    const bool remove = parser.isSet(QStringLiteral("remove"));
    const bool hasDays = parser.isSet(QStringLiteral("review-days"));
    if (remove == hasDays)
        return usage(remove ? tr("--remove takes no --review-days.")
                            : tr("role ROLE needs --review-days N (1 to 3650) or never, or --remove."));
    std::optional<int> days;
    if (hasDays) {
        const QString value = parser.value(QStringLiteral("review-days")).trimmed().toLower();
        if (value != QLatin1String("never")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > 3650)
                return usage(tr("--review-days takes a number of days from 1 to 3650, or never."));
            days = n;
        }
    }

    Database db;
    if (!openInventoryForWrite(db, parser))
        return ExitFailure;
    Store store(db);
    QString error;
    if (remove) {
        if (!store.removeRoleDef(role, &error))
            return fail(error);
        printOut(tr("Removed the role \"%1\"; its assignments, if any, are to be confirmed %2.")
                     .arg(role, Reviews::intervalText(ownership::kDefaultReviewDays)));
    } else {
        if (!store.defineRole(role, days, &error))
            return fail(error);
        printOut(days ? tr("Assignments as %1 are to be confirmed %2.").arg(role, Reviews::intervalText(days))
                      : tr("Assignments as %1 are never due for review.").arg(role));
    }
    return finishStdout() ? ExitOk : ExitFailure;
}

} // namespace steward
