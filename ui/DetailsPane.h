#pragma once

#include <QStringList>
#include <QTextBrowser>

namespace steward {

class Store;

/// Every field of the selected item, with clickable URLs. A long text (a description
/// of a megabyte, say) shows its beginning and a "Show all" link that opens it whole.
class DetailsPane final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showItem(Store *store, qint64 id);
    void clearItem();
    /// The "Show all" links' targets in the shown item, in order.
    QStringList showAllLinks() const;
    /// Opens the whole text behind a "Show all" link (@p url, one of showAllLinks()).
    void openShowAll(const QUrl &url);

private:
    /// @p text as HTML (its line breaks kept, its web addresses links when @p links);
    /// when it is long, its beginning and a "Show all" link to the whole of it.
    QString longText(const QString &title, const QString &text, bool links);

    QStringList m_fullTitles;
    QStringList m_fullTexts;
};

} // namespace steward
