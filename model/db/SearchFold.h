#pragma once

#include <QString>
#include <QStringList>

namespace steward {

/**
 * Folding for search: case- and accent-insensitive text as the search index holds it.
 *
 * Debian 12's SQLite (3.40) has no accent folding in FTS5's trigram tokenizer (its
 * remove_diacritics option came in 3.45), and SQLite has no unaccent function. So the
 * index holds a folded copy of each text, made by the schema's own triggers with an SQL
 * expression (lower() over a chain of replace()s), so that any writer keeps it right:
 * Steward, the command line, or another program writing to the file with plain SQL.
 *
 * The table behind both functions is part of schema step 3 (the triggers carry it);
 * changing it needs a new schema step that rebuilds the index.
 */
namespace searchfold {

/// @p text folded exactly as the index's triggers fold it: Latin letters with accents
/// (U+00C0-U+017F) to ASCII ("é" -> "e", "ß" -> "ss"), common combining accents removed,
/// ASCII lower-cased. Other characters are kept (FTS5's trigram matching folds their case).
QString indexFold(const QString &text);

/// indexFold() plus full Unicode case folding and NFC normalisation first: for comparing
/// and ranking in C++.
QString fold(const QString &text);

/// SQL expressions that, applied one after the other to @p operand (each step's
/// result is the next step's operand), compute indexFold() inside SQLite for a text
/// with non-ASCII characters (lower() is enough for ASCII). @p operand is an SQL
/// expression such as a column name, never user text. In steps because SQLite's
/// parser takes only about 30 nested calls.
QStringList sqlSteps(const QString &operand);

} // namespace searchfold
} // namespace steward
