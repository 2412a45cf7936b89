#include "ReviewCliCommand.h"

#include "CsvWriter.h"
#include "Reviews.h"
#include "Store.h"

#include <QTextStream>

namespace steward {
namespace {

/// The review state in the text listing (the CSV has reviewStateKey()).
QString stateLabel(ReviewState state)
{
    switch (state) {
    case ReviewState::NotReviewed: return ReviewCliCommand::tr("not reviewed");
    case ReviewState::Fresh: return ReviewCliCommand::tr("confirmed");
    case ReviewState::DueSoon: return ReviewCliCommand::tr("due soon");
    case ReviewState::Overdue: return ReviewCliCommand::tr("overdue");
    case ReviewState::NeverConfirmed: return ReviewCliCommand::tr("never confirmed");
    }
    return QString();
}

/// A confirmation or due time as the CSV has it: UTC, ISO 8601 with milliseconds, as stored.
QString isoText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// yyyy-MM-dd of @p at in UTC; written by hand, as QDate::toString() formats through
/// asprintf (a tenth of the time of a list of 100k).
QString dateText(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    int year = 0, month = 0, day = 0;
    at.toUTC().date().getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return at.toUTC().date().toString(Qt::ISODate);
    const char16_t text[] = {char16_t(u'0' + year / 1000),
                             char16_t(u'0' + year / 100 % 10),
                             char16_t(u'0' + year / 10 % 10),
                             char16_t(u'0' + year % 10),
                             u'-',
                             char16_t(u'0' + month / 10),
                             char16_t(u'0' + month % 10),
                             u'-',
                             char16_t(u'0' + day / 10),
                             char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace

ReviewCliCommand::ReviewCliCommand()
    : CliCommand(QStringLiteral("review"),
                 tr("The assignments and when they were last confirmed, oldest first: never confirmed, then by "
                    "when they fall due (each role's review interval; see `steward roles`)."))
{
    addDatabaseOption();
    addFormatOption();
    addOption({QStringLiteral("due"), tr("Only those overdue: never confirmed, or longer ago than their interval.")});
}

int ReviewCliCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("review takes no arguments."));
    bool csv = false;
    if (!readCsvFormat(parser, &csv))
        return ExitUsage;
    const bool dueOnly = parser.isSet(QStringLiteral("due"));

    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Store store(db);
    QString error;
    const auto entries = Reviews::list(store, dueOnly, &error);
    if (!entries)
        return fail(error);
    if (csv) {
        const QStringList header{QStringLiteral("item"),         QStringLiteral("item_kind"),
                                 QStringLiteral("contact"),      QStringLiteral("role"),
                                 QStringLiteral("priority"),     QStringLiteral("confirmed_at"),
                                 QStringLiteral("confirmed_by"), QStringLiteral("review_days"),
                                 QStringLiteral("due_at"),       QStringLiteral("state")};
        return writeCsvToStdout(header,
                                [&](CsvWriter &out) {
                                    for (const ReviewEntry &e : *entries) {
                                        const Assignment &a = e.row.assignment;
                                        out.writeRow({e.row.itemName, keys::itemKind(e.row.itemKind), e.row.contactName,
                                                      a.role, keys::priority(a.priority), isoText(a.confirmedAt),
                                                      a.confirmedBy,
                                                      e.interval ? QString::number(*e.interval) : QString(),
                                                      isoText(e.dueAt), reviewStateKey(e.state)});
                                    }
                                })
                   ? ExitOk
                   : ExitFailure;
    }
    const bool written = writeTextToStdout([&](QTextStream &out) {
        if (entries->isEmpty()) {
            out << (dueOnly ? tr("Nothing is due: every assignment was confirmed within its role's interval.")
                            : tr("There are no assignments to review."))
                << '\n';
            return;
        }
        // Due date and state in columns; then what it is, and who said so when.
        for (const ReviewEntry &e : *entries) {
            const Assignment &a = e.row.assignment;
            const QString due = e.state == ReviewState::NotReviewed ? tr("never due")
                                : e.dueAt.isValid()                 ? dateText(e.dueAt)
                                                                    : tr("now");
            QString confirmed =
                a.confirmedAt.isValid() ? tr("confirmed %1").arg(dateText(a.confirmedAt)) : tr("never confirmed");
            if (a.confirmedAt.isValid() && !a.confirmedBy.isEmpty())
                confirmed += QLatin1Char(' ') + tr("by %1").arg(a.confirmedBy);
            out << due.leftJustified(11) << ' ' << stateLabel(e.state).leftJustified(16) << ' '
                << tr("%1 (%2): %3 as %4; %5")
                       .arg(e.row.itemName, keys::itemKindLabel(e.row.itemKind), e.row.contactName,
                            keys::roleLabel(a.role), confirmed)
                << '\n';
        }
    });
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
