#pragma once

#include <QString>

class QWidget;

namespace steward::readable {

/**
 * @p text (rich text, or a style sheet such as "color: #b71c1c") with each text colour
 * it sets made readable on @p widget's background (StatusStyle::readableOn: a contrast
 * of 4.5:1 at least). On a light palette the colours stay as written; on a dark one the
 * greys and reds become lighter. A colour set beside a background of its own (a tag's
 * chip) is left alone: it is read on that background.
 */
QString colours(const QString &text, const QWidget *widget);

} // namespace steward::readable
