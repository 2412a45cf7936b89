// Help > About Steward names the version, the one CMake's project() gives (as
// `steward --version` does), and the inventory open.

#include "MainWindow.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace steward;

class TestAbout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aboutShowsTheVersion();
};

void TestAbout::aboutShowsTheVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("steward.ini")));
    MainWindow window(settings);
    const QString inventory = dir.filePath(QStringLiteral("psf.sqlite"));
    QString error;
    QVERIFY2(window.newFile(inventory, true, &error), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QString text, title;
    // The box is modal: read it and close it from the event loop it runs.
    QTimer::singleShot(0, &window, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            title = box->windowTitle();
            box->accept();
        }
    });
    about->trigger();
    QVERIFY2(text.contains(QStringLiteral("Steward ") + QStringLiteral(STEWARD_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("psf.sqlite")), qPrintable(text));
    QVERIFY(title.contains(QStringLiteral("Steward")));
    // The same version as project()'s: 0.1.0 is three numbers.
    QVERIFY(QStringLiteral(STEWARD_VERSION).count(QLatin1Char('.')) == 2);
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
