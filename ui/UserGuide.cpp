#include "UserGuide.h"

#include "Icons.h"
#include "Settings.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTreeWidget>
#include <QVBoxLayout>

// The guide is compiled into the steward_ui static library; a static library's
// resources must be registered explicitly, once, outside any namespace.
static void registerGuideResource()
{
    Q_INIT_RESOURCE(docs);
}

namespace steward {
namespace {

constexpr int AnchorRole = Qt::UserRole + 1;

/// Tables as Markdown gives them have no padding and hairline borders: give their cells
/// room and a border one can follow across a row.
void styleTables(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            format.setCellPadding(4);
            format.setCellSpacing(0);
            format.setBorder(1);
            format.setBorderCollapse(true);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(QColor(0xb0, 0xb0, 0xb0));
            table->setFormat(format);
        }
        styleTables(child);
    }
}

} // namespace

UserGuide::UserGuide(Settings *settings, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_settings(settings)
    , m_contents(new QTreeWidget)
    , m_browser(new QTextBrowser)
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Steward User Guide"));
    setWindowIcon(icons::named(QStringLiteral("steward")));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_contents->setObjectName(QStringLiteral("userGuideContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setColumnCount(1);
    m_contents->setAccessibleName(tr("Contents"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    // Links are followed here: within the guide by its headings, outside by the desktop.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_note->setObjectName(QStringLiteral("userGuideNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_browser, 1);
    rightLayout->addWidget(m_note);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_contents);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({240, 760});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuide::openLink);
    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showAnchor(item->data(0, AnchorRole).toString()); });
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { showAnchor(item->data(0, AnchorRole).toString()); });

    load();
    const QSize remembered = m_settings ? m_settings->value(Settings::Key::UserGuideSize).toSize() : QSize();
    resize(remembered.isValid() ? remembered : QSize(1000, 760));
}

UserGuide::~UserGuide() = default;

UserGuide *UserGuide::showFor(QWidget *window, Settings *settings)
{
    auto *guide = window->findChild<UserGuide *>(QStringLiteral("userGuideWindow"), Qt::FindDirectChildrenOnly);
    if (!guide)
        guide = new UserGuide(settings, window);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

QString UserGuide::markdown()
{
    static const bool registered = (registerGuideResource(), true);
    Q_UNUSED(registered);
    QFile file(QStringLiteral(":/docs/user-guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString UserGuide::anchorFor(const QString &heading)
{
    // GitHub's rule: lower case; drop what is not a letter, digit, space, hyphen or
    // underscore; each space becomes a hyphen.
    QString anchor = heading.trimmed().toLower();
    static const QRegularExpression dropped(QStringLiteral("[^\\w\\- ]"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    anchor.remove(dropped);
    anchor.replace(QLatin1Char(' '), QLatin1Char('-'));
    return anchor;
}

void UserGuide::load()
{
    QTextDocument *document = m_browser->document();
    document->setMarkdown(markdown(), QTextDocument::MarkdownDialectGitHub);
    styleTables(document->rootFrame());
    // Markdown gives headings no anchors: name each as GitHub does, so that the guide's
    // own links (and the contents) find it. A second heading of a name gets "-1".
    m_anchors.clear();
    m_contents->clear();
    QHash<QString, int> seen;
    QTreeWidgetItem *chapter = nullptr;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // A long command in a code block wraps rather than widening the whole page.
        if (block.blockFormat().nonBreakableLines()) {
            QTextBlockFormat wrapped = block.blockFormat();
            wrapped.setNonBreakableLines(false);
            QTextCursor(block).setBlockFormat(wrapped);
        }
        const int level = block.blockFormat().headingLevel();
        if (level <= 0 || block.text().trimmed().isEmpty())
            continue;
        QString anchor = anchorFor(block.text());
        const int count = seen.value(anchor, 0);
        seen.insert(anchor, count + 1);
        if (count > 0)
            anchor += QStringLiteral("-%1").arg(count);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchor});
        cursor.mergeCharFormat(format);
        m_anchors << anchor;
        if (level == 1)
            continue; // the title
        auto *item = new QTreeWidgetItem(QStringList(block.text().trimmed()));
        item->setData(0, AnchorRole, anchor);
        if (level == 2 || !chapter) {
            m_contents->addTopLevelItem(item);
            chapter = item;
        } else {
            chapter->addChild(item);
        }
    }
    m_contents->expandAll();
    // Naming the headings moved the cursor to the end: start at the top.
    m_browser->setTextCursor(QTextCursor(document));
    m_browser->verticalScrollBar()->setValue(0);
}

bool UserGuide::showAnchor(const QString &anchor)
{
    if (!m_anchors.contains(anchor))
        return false;
    m_note->setVisible(false);
    m_browser->scrollToAnchor(anchor);
    return true;
}

void UserGuide::openLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (!scheme.isEmpty() && scheme != QLatin1String("qrc") && scheme != QLatin1String("file")) {
        m_note->setVisible(false);
        QDesktopServices::openUrl(url);
        return;
    }
    const QString page = url.path().section(QLatin1Char('/'), -1);
    if (page.isEmpty() || page == QLatin1String("user-guide.md")) {
        if (!url.fragment().isEmpty() && !showAnchor(url.fragment())) {
            m_note->setText(tr("This guide has no section \"%1\".").arg(url.fragment()));
            m_note->setVisible(true);
        }
        return;
    }
    m_note->setText(
        page == QLatin1String("commands.md")
            ? tr("The command reference is Steward's manual page: run \"man steward\", or "
                 "\"steward --help\" and \"steward COMMAND --help\".")
            : tr("\"%1\" is not part of this guide: it is in the docs folder of Steward's source.").arg(page));
    m_note->setVisible(true);
}

void UserGuide::closeEvent(QCloseEvent *event)
{
    if (m_settings)
        m_settings->setValue(Settings::Key::UserGuideSize, size());
    QWidget::closeEvent(event);
}

} // namespace steward
