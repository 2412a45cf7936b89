#include "Readable.h"

#include "StatusStyle.h"

#include <QPalette>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QWidget>

namespace steward::readable {
namespace {

/// "color: #555" (not "background-color"), in a style attribute or a style sheet.
const QRegularExpression &colourPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?<![-\\w])color\\s*:\\s*(#[0-9a-fA-F]{3,6})"));
    return pattern;
}

/// A style attribute's text, or the whole of a style sheet.
const QRegularExpression &stylePattern()
{
    static const QRegularExpression pattern(QStringLiteral("style\\s*=\\s*\"([^\"]*)\""));
    return pattern;
}

QString fix(const QString &style, const QColor &background)
{
    if (style.contains(QLatin1String("background")))
        return style;
    QString out;
    qsizetype last = 0;
    auto it = colourPattern().globalMatch(style);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += style.mid(last, m.capturedStart(1) - last);
        out += StatusStyle::readableOn(QColor(m.captured(1)), background).name();
        last = m.capturedEnd(1);
    }
    return out + style.mid(last);
}

} // namespace

QString colours(const QString &text, const QWidget *widget)
{
    // A text view is drawn on its base; a label on the window behind it.
    const QPalette &palette = widget->palette();
    const QColor background = qobject_cast<const QAbstractScrollArea *>(widget) ? palette.color(QPalette::Base)
                                                                                : palette.color(QPalette::Window);
    // On a light background the colours are as they were chosen.
    if (background.lightness() >= 128)
        return text;
    if (!text.contains(QLatin1String("style"))) // a style sheet
        return fix(text, background);
    QString out;
    qsizetype last = 0;
    auto it = stylePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart(1) - last);
        out += fix(m.captured(1), background);
        last = m.capturedEnd(1);
    }
    return out + text.mid(last);
}

} // namespace steward::readable
