#pragma once

#include <QTextBrowser>

namespace steward {

class Store;

/// Every field of the selected item, with clickable URLs.
class DetailsPane final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showItem(Store *store, qint64 id);
    void clearItem();
};

} // namespace steward
