#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeWidget;
class QUrl;

namespace steward {

class Settings;

/**
 * Help > User Guide (F1): docs/user-guide.md, compiled into Steward as a resource, shown
 * as Markdown in a window of its own beside the main window (not modal). On the left its
 * contents (the guide's headings), on the right the text. A link within the guide
 * (`#where-the-data-lives`, as GitHub names a heading) scrolls to that heading; a web
 * or mail address opens in the desktop's browser or mail program; a link to another
 * page of Steward's documentation, which the guide does not carry, is said so below the
 * text. The window remembers its size.
 */
class UserGuide final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuide)
public:
    /// @p settings (may be null: screenshots, tests) keeps the window's size.
    explicit UserGuide(Settings *settings, QWidget *parent = nullptr);
    ~UserGuide() override;

    /// Help > User Guide: shows @p window's guide (made the first time, then raised).
    static UserGuide *showFor(QWidget *window, Settings *settings);

    /// The guide's Markdown, as compiled into Steward (empty if it is missing).
    static QString markdown();
    /// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as
    /// hyphens ("Team inventories on PostgreSQL" → "team-inventories-on-postgresql").
    static QString anchorFor(const QString &heading);

    /// Scrolls to the heading whose anchor is @p anchor; false if the guide has none.
    bool showAnchor(const QString &anchor);
    /// Follows a link as a click on it does (what the text's links and the contents call).
    void openLink(const QUrl &url);
    /// The anchors of the guide's headings, in order.
    QStringList anchors() const { return m_anchors; }

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    /// The line below the text that says where a link not in the guide leads.
    QLabel *noteLabel() const { return m_note; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void load();

    Settings *m_settings;
    QTreeWidget *m_contents;
    QTextBrowser *m_browser;
    QLabel *m_note;
    QStringList m_anchors;
};

} // namespace steward
