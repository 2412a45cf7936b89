#pragma once

#include <QString>

class QWidget;

namespace steward::longtext {

/**
 * Free text as the window shows it. A description or a note may be a megabyte with no
 * space in it (items made before the Store's limits, or by another program): laid out
 * whole, it freezes the window for a minute. Views show its first ShownCharacters
 * characters, breakable anywhere, and offer the whole text in a dialog ("Show all").
 */

/// How much of a long text a view shows.
constexpr qsizetype ShownCharacters = 500;
/// How much of a long text a tooltip shows.
constexpr qsizetype ToolTipCharacters = 300;
/// The longest run of characters without a break opportunity a label gets.
constexpr qsizetype LongestRun = 40;

/// True when @p text is longer than a view shows.
inline bool isLong(const QString &text, qsizetype limit = ShownCharacters)
{
    return text.size() > limit;
}

/// The first @p limit characters of @p text followed by "…" when it is longer (never
/// splitting a surrogate pair); @p text itself otherwise.
QString elided(const QString &text, qsizetype limit = ShownCharacters);

/// @p text with a zero-width space after every LongestRun characters that have no space
/// or line break, so that a word-wrapping label can break a long word; for display only.
QString breakable(const QString &text);

/// Opens a window (not modal) with the whole of @p text, read-only, selectable and
/// breakable anywhere: what "Show all" opens. Deleted when closed.
QWidget *showAll(QWidget *parent, const QString &title, const QString &text);

} // namespace steward::longtext
