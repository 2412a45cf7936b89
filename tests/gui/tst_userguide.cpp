// Help > User Guide (ui/UserGuide): docs/user-guide.md as compiled into Steward, its
// links within the guide scrolling to their headings (clicked as a user clicks them),
// web links handed to the desktop, links to pages it does not carry said so, tables
// laid out to be read, its contents, and its size remembered.

#include "Settings.h"
#include "UserGuide.h"

#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTreeWidget>

using namespace steward;

class TestUserGuide final : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    /// QDesktopServices' handler for web links in this test: kept, not opened.
    void openedByDesktop(const QUrl &url) { m_opened << url; }

private:
    /// The text of the first block shown at the top of the browser.
    static QString topBlock(QTextBrowser *browser);
    /// Clicks the first link in the text whose target is @p href, as a user would.
    static bool clickLink(QTextBrowser *browser, const QString &href);

    QList<QUrl> m_opened;

private Q_SLOTS:
    void theGuideIsDocsUserGuide();
    void anchorsAreGitHubs();
    void everyLinkWithinTheGuideFindsItsHeading();
    void clickingALinkScrollsToItsHeading();
    void contentsListTheChapters();
    void webLinksOpenInTheBrowser();
    void pagesNotInTheGuideAreSaidSo();
    void tablesAreLaidOutToBeRead();
    void isAWindowThatRemembersItsSize();
};

QString TestUserGuide::topBlock(QTextBrowser *browser)
{
    return browser->cursorForPosition(QPoint(10, 4)).block().text();
}

bool TestUserGuide::clickLink(QTextBrowser *browser, const QString &href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QPoint at = browser->cursorRect(cursor).center();
            if (browser->anchorAt(at) != href)
                return false;
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, at);
            return true;
        }
    }
    return false;
}

void TestUserGuide::theGuideIsDocsUserGuide()
{
    QFile source(QStringLiteral(STEWARD_TEST_DATA_DIR "/../../docs/user-guide.md"));
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
    const QString markdown = UserGuide::markdown();
    QVERIFY(markdown.size() > 10000);
    QCOMPARE(markdown, QString::fromUtf8(source.readAll()));

    UserGuide guide(nullptr);
    const QString text = guide.browser()->toPlainText();
    for (const QString &heading : {QStringLiteral("Using it"), QStringLiteral("Where the data lives"),
                                   QStringLiteral("Team inventories on PostgreSQL"), QStringLiteral("Importing")})
        QVERIFY2(text.contains(heading), qPrintable(heading));
    // Rendered, not shown as Markdown source.
    QVERIFY(!text.contains(QStringLiteral("## ")));
    QVERIFY(!text.contains(QStringLiteral("](#")));
}

void TestUserGuide::anchorsAreGitHubs()
{
    QCOMPARE(UserGuide::anchorFor(QStringLiteral("Team inventories on PostgreSQL")),
             QStringLiteral("team-inventories-on-postgresql"));
    QCOMPARE(UserGuide::anchorFor(QStringLiteral("Reports and CSV")), QStringLiteral("reports-and-csv"));
    QCOMPARE(UserGuide::anchorFor(QStringLiteral("A million services (issue 20)")),
             QStringLiteral("a-million-services-issue-20"));
    QCOMPARE(UserGuide::anchorFor(QStringLiteral("Two lanes: the export's")), QStringLiteral("two-lanes-the-exports"));
}

void TestUserGuide::everyLinkWithinTheGuideFindsItsHeading()
{
    UserGuide guide(nullptr);
    static const QRegularExpression link(QStringLiteral("\\]\\(#([^)]+)\\)"));
    QStringList targets;
    for (const auto &match : link.globalMatch(UserGuide::markdown()))
        targets << match.captured(1);
    QVERIFY2(targets.size() >= 6, qPrintable(targets.join(QLatin1Char(' '))));
    for (const QString &target : std::as_const(targets))
        QVERIFY2(guide.anchors().contains(target), qPrintable(target));
    QVERIFY(!guide.showAnchor(QStringLiteral("no-such-heading")));
}

void TestUserGuide::clickingALinkScrollsToItsHeading()
{
    UserGuide guide(nullptr);
    guide.resize(900, 600);
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QTextBrowser *browser = guide.browser();
    QCOMPARE(browser->verticalScrollBar()->value(), 0); // opens at the top

    // "[Impact](#impact)" in the map's section, clicked.
    QVERIFY(clickLink(browser, QStringLiteral("#impact")));
    QTRY_COMPARE(topBlock(browser), QStringLiteral("Impact"));
    QVERIFY(!guide.noteLabel()->isVisible());

    // "[Importing](#importing)", back up the guide from further down.
    QVERIFY(clickLink(browser, QStringLiteral("#importing")));
    QTRY_COMPARE(topBlock(browser), QStringLiteral("Importing"));

    // A link to a heading the guide does not have: said so, and the text stays.
    const int before = browser->verticalScrollBar()->value();
    guide.openLink(QUrl(QStringLiteral("#nowhere")));
    QVERIFY(guide.noteLabel()->isVisible());
    QVERIFY2(guide.noteLabel()->text().contains(QStringLiteral("nowhere")), qPrintable(guide.noteLabel()->text()));
    QCOMPARE(browser->verticalScrollBar()->value(), before);
    // The guide's own file name with an anchor is the guide.
    guide.openLink(QUrl(QStringLiteral("user-guide.md#search")));
    QTRY_COMPARE(topBlock(browser), QStringLiteral("Search"));
    QVERIFY(!guide.noteLabel()->isVisible());
}

void TestUserGuide::contentsListTheChapters()
{
    UserGuide guide(nullptr);
    guide.resize(900, 600);
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QTreeWidget *contents = guide.contents();
    QStringList chapters;
    for (int i = 0; i < contents->topLevelItemCount(); ++i)
        chapters << contents->topLevelItem(i)->text(0);
    QCOMPARE(chapters,
             (QStringList{QStringLiteral("Using it"), QStringLiteral("Reports and CSV"),
                          QStringLiteral("Backstage catalogs"), QStringLiteral("Search"), QStringLiteral("Dashboard"),
                          QStringLiteral("Keyboard and accessibility"), QStringLiteral("Languages"),
                          QStringLiteral("Where the data lives"), QStringLiteral("Team inventories on PostgreSQL"),
                          QStringLiteral("The example inventory")}));
    QCOMPARE(contents->topLevelItem(1)->child(0)->text(0), QStringLiteral("Importing"));
    // Return on a chapter (the keyboard's way) shows it.
    contents->setFocus();
    contents->setCurrentItem(contents->topLevelItem(8));
    QTest::keyClick(contents, Qt::Key_Return);
    QTRY_COMPARE(topBlock(guide.browser()), QStringLiteral("Team inventories on PostgreSQL"));
}

void TestUserGuide::webLinksOpenInTheBrowser()
{
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openedByDesktop");
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), this, "openedByDesktop");
    UserGuide guide(nullptr);
    guide.openLink(QUrl(QStringLiteral("https://www.postgresql.org/docs/15/libpq-pgpass.html")));
    guide.openLink(QUrl(QStringLiteral("mailto:infra@example.org")));
    QCOMPARE(m_opened, (QList<QUrl>{QUrl(QStringLiteral("https://www.postgresql.org/docs/15/libpq-pgpass.html")),
                                    QUrl(QStringLiteral("mailto:infra@example.org"))}));
    QVERIFY(guide.noteLabel()->isHidden());
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
}

void TestUserGuide::pagesNotInTheGuideAreSaidSo()
{
    UserGuide guide(nullptr);
    guide.show();
    guide.openLink(QUrl(QStringLiteral("architecture.md#the-search-index")));
    QVERIFY(guide.noteLabel()->isVisible());
    QVERIFY2(guide.noteLabel()->text().contains(QStringLiteral("architecture.md")),
             qPrintable(guide.noteLabel()->text()));
    guide.openLink(QUrl(QStringLiteral("commands.md")));
    QVERIFY2(guide.noteLabel()->text().contains(QStringLiteral("man steward")), qPrintable(guide.noteLabel()->text()));
    // Every page the guide links to is one of Steward's documentation's, named so.
    static const QRegularExpression pageLink(QStringLiteral("\\]\\(([a-z-]+\\.md)"));
    for (const auto &match : pageLink.globalMatch(UserGuide::markdown()))
        QVERIFY2(QFile::exists(QStringLiteral(STEWARD_TEST_DATA_DIR "/../../docs/") + match.captured(1)) ||
                     match.captured(1) == QLatin1String("commands.md"),
                 qPrintable(match.captured(1)));
}

void TestUserGuide::tablesAreLaidOutToBeRead()
{
    UserGuide guide(nullptr);
    QList<QTextTable *> tables;
    const std::function<void(QTextFrame *)> collect = [&](QTextFrame *frame) {
        for (QTextFrame *child : frame->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(child))
                tables << table;
            collect(child);
        }
    };
    collect(guide.browser()->document()->rootFrame());
    QVERIFY2(tables.size() >= 6, qPrintable(QString::number(tables.size())));
    for (QTextTable *table : std::as_const(tables)) {
        QCOMPARE(table->format().cellPadding(), 4.0);
        QCOMPARE(table->format().border(), 1.0);
        QCOMPARE(table->format().borderStyle(), QTextFrameFormat::BorderStyle_Solid);
    }
    // The reports table: a header row and one row per report, each cell its own.
    QTextTable *reports = nullptr;
    for (QTextTable *table : std::as_const(tables)) {
        if (table->cellAt(0, 0).firstCursorPosition().block().text() == QLatin1String("Report"))
            reports = table;
    }
    QVERIFY(reports);
    QCOMPARE(reports->columns(), 3);
    QCOMPARE(reports->rows(), 10);
    QCOMPARE(reports->cellAt(1, 0).firstCursorPosition().block().text(), QStringLiteral("services"));
}

void TestUserGuide::isAWindowThatRemembersItsSize()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("steward.ini")));
    QWidget parent;
    UserGuide *guide = UserGuide::showFor(&parent, &settings);
    QVERIFY(guide->isWindow());
    QVERIFY(!guide->isModal());
    QVERIFY(guide->isVisible());
    QCOMPARE(guide->windowTitle(), QStringLiteral("Steward User Guide"));
    // A second Help > User Guide shows the same window.
    QCOMPARE(UserGuide::showFor(&parent, &settings), guide);
    guide->resize(720, 530);
    QVERIFY(guide->close());
    QCOMPARE(settings.value(Settings::Key::UserGuideSize).toSize(), QSize(720, 530));
    UserGuide again(&settings);
    QCOMPARE(again.size(), QSize(720, 530));
}

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
