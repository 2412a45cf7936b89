#pragma once

// Helpers for the widget tests: acting on a modal dialog that a window opens with
// exec() (the call that opens it returns only once it is closed).

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <type_traits>

namespace steward::test {

/**
 * Runs @p act on the next modal dialog of type @p T to open: polled every 10 ms, for at
 * most @p timeoutMs. Call it before the call that opens the dialog. @p act may open
 * further modal dialogs (with onNextModal again) and must close its own; if the
 * dialog never appears, a warning says so and the caller's checks fail. A dialog that
 * @p act leaves open (a check in it failed, a button it wanted was missing) fails the
 * test and is closed, so that the call that opened it returns instead of waiting for
 * CTest's timeout.
 */
template <class T> void onNextModal(std::function<void(T *)> act, int timeoutMs = 10000)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, elapsed, act = std::move(act), timeoutMs] {
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && elapsed->elapsed() < timeoutMs)
            return;
        // A copy: the timer, and this lambda with it, may go while the dialog is open.
        const std::function<void(T *)> run = act;
        timer->stop();
        timer->deleteLater();
        if (!dialog) {
            qWarning("no %s was opened within %d ms", T::staticMetaObject.className(), timeoutMs);
            return;
        }
        const QPointer<T> open(dialog);
        run(dialog);
        if (open && open->isVisible()) {
            QTest::qFail(qPrintable(QStringLiteral("the %1 was left open; closed by onNextModal")
                                        .arg(QString::fromLatin1(T::staticMetaObject.className()))),
                         __FILE__, __LINE__);
            if constexpr (std::is_base_of_v<QDialog, T>)
                open->reject();
            else
                open->close();
        }
    });
    timer->start();
}

/// Types @p name and @p notes over what an open item form shows, as a user would;
/// returns its Save button, or nullptr if the form lacks one of these.
inline QPushButton *typeIntoItemForm(QWidget *form, const QString &name, const QString &notes)
{
    auto *nameEdit = form->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    auto *notesEdit = form->findChild<QPlainTextEdit *>(QStringLiteral("notesTextEdit"));
    auto *buttons = form->findChild<QDialogButtonBox *>();
    if (!nameEdit || !notesEdit || !buttons)
        return nullptr;
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    notesEdit->selectAll();
    QTest::keyClicks(notesEdit, notes);
    return buttons->button(QDialogButtonBox::Save);
}

} // namespace steward::test
