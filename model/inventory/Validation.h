#pragma once

#include "Records.h"
#include "Types.h"

#include <QString>

#include <optional>

namespace steward::validation {

/// http or https with a host: what the URL fields of items and contacts accept.
bool isWebAddress(const QString &text);
/// Letters, digits and hyphens in dot-separated labels ("albatross.python.org").
bool isHostname(const QString &text);
/// One address "local@domain.tld", no spaces, no display name.
bool isEmailAddress(const QString &text);
/// Why @p value is not a well-formed address of @p kind, or an empty string if it is.
QString addressProblem(AddressKind kind, const QString &value);

/// Tags or aliases as stored: each trimmed, empty ones dropped, a repeat (after case
/// folding for aliases, exactly for tags) dropped. Fills @p problem and returns false
/// for one that cannot be stored: a ";" (the lists' separator in CSV), a character
/// a name may not hold (textProblem()), a tag with an empty key ("=prod"), more than
/// 200 characters.
bool normaliseList(QStringList *list, bool aliases, QString *problem);
/// "key=value" splits at the first "="; a bare tag is a key with no value.
QString tagKey(const QString &tag);

/**
 * The kinds of text field, each with its longest length and the characters it may
 * not hold. Every field refuses NUL and the other C0 controls (U+0000–U+001F), DEL,
 * the C1 controls (U+0080–U+009F) and the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), which make a name drawn on screen read
 * differently from what it is. The free-text kinds (Line, Note, Text) allow tab,
 * line feed and carriage return; the identifying kinds (Name, Hostname, Url,
 * Address) allow no control character at all, nor the invisible direction marks
 * (U+200E, U+200F, U+061C) or the line and paragraph separators (U+2028, U+2029).
 */
enum class TextField
{
    Name,     ///< item and contact names, aliases, tags, statuses, link types: 200
    Hostname, ///< a host's DNS name: 253
    Url,      ///< web addresses (url, source_url, website, ...): 2,000
    Address,  ///< a contact's address (email, channel, telephone, URL): 500
    Line,     ///< other short fields: full name, location, tool, role, label: 200
    Note,     ///< the note of an assignment, link or team member: 1,000
    Text      ///< description and notes: 10,000
};

/// The longest text a field of @p kind holds, in characters (UTF-16 code units).
int maxLength(TextField kind);
/// Whether a field of @p kind may hold @p c.
bool allowedCharacter(TextField kind, QChar c);
/// The first character of @p value a field of @p kind may not hold, described ("the
/// control character U+001B"), or an empty string.
QString badCharacter(TextField kind, const QString &value);
/// "U+001B", as the messages name a character.
QString characterName(QChar c);

/**
 * Why @p value cannot be stored in the field @p what (its name as the user sees
 * it: "name", "URL", "description") of kind @p kind, or an empty string. The
 * message starts in lower case ("the name has 201 characters; at most 200 are
 * allowed", "the name has the control character U+001B"), for the importer's
 * FILE:ROW:COLUMN lines and for the Store's messages alike.
 */
QString textProblem(TextField kind, const QString &what, const QString &value);

/// The first field of @p item (of its kind) that textProblem() refuses, as a
/// sentence naming the item and the field; empty if none. A field equal to its value
/// in @p before (the item as stored) is not checked: what is there already stays
/// readable and editable, whatever its length.
QString itemProblem(const Item &item, const Item *before = nullptr);
/// The same for a contact: its name, notes, tags and addresses (value and label).
QString contactProblem(const Contact &contact, const Contact *before = nullptr);
/// The same for an assignment's role and note, and its cover: a last day before its first
/// is refused.
QString assignmentProblem(const Assignment &assignment, const Assignment *before = nullptr);
/// A day as the cover's dates are written (yyyy-MM-dd, a real day); nullopt for anything
/// else, also for text around it.
std::optional<QDate> parseDay(const QString &text);
/// The same for a link's note.
QString linkNoteProblem(const QString &note);
/// The same for a team member's role and note.
QString teamMemberProblem(const TeamMember &member);

} // namespace steward::validation
