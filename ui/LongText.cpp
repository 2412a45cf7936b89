#include "LongText.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::longtext {
namespace {

/// Longer lines are not wrapped by showAll() (see there).
constexpr qsizetype LongestWrappedLine = 10000;

} // namespace

QString elided(const QString &text, qsizetype limit)
{
    if (!isLong(text, limit))
        return text;
    qsizetype cut = limit;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QString breakable(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / LongestRun);
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        out += c;
        run = c.isSpace() ? 0 : run + 1;
        if (run >= LongestRun && !c.isHighSurrogate()) {
            out += QChar(0x200B);
            run = 0;
        }
    }
    return out;
}

QWidget *showAll(QWidget *parent, const QString &title, const QString &text)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("fullTextDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *edit = new QPlainTextEdit(dialog);
    edit->setObjectName(QStringLiteral("fullTextPlainTextEdit"));
    edit->setReadOnly(true);
    // Wrapping a line of a megabyte takes Qt most of a minute; such a line scrolls
    // sideways instead (laid out in a second). Lines of readable length wrap.
    qsizetype longestLine = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        longestLine = std::max(longestLine, end - start);
        start = end + 1;
    }
    edit->setLineWrapMode(longestLine > LongestWrappedLine ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    edit->setPlainText(text);
    layout->addWidget(edit, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(720, 520);
    dialog->show();
    return dialog;
}

} // namespace steward::longtext
