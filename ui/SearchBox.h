#pragma once

#include <QLineEdit>

#include <memory>

class QListView;
class QTimer;

namespace steward {

class Search;
class SearchResultsModel;
class Store;

/**
 * One search box over everything: items by name, URL, description and notes, contacts
 * by name, address and channel. Results appear under the box as you type, grouped by
 * kind with headings, best first, the matched words in bold. Up and Down move through
 * them, Return or a click activates one (itemActivated or contactActivated), Escape
 * closes the list (and a second Escape clears the box).
 *
 * A query runs on the next turn of the event loop after the text changes, so keys
 * typed faster than results come are folded into one query. The results are read
 * again after every change to the store while they are shown.
 */
class SearchBox final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBox)
public:
    explicit SearchBox(QWidget *parent = nullptr);
    ~SearchBox() override;

    /// Searches @p store's database; nullptr when no inventory is open.
    void setStore(Store *store);
    Store *store() const { return m_store; }

    /// The list of results, a child of the window floating under the box.
    QListView *resultsView() const { return m_view; }
    SearchResultsModel *resultsModel() const { return m_model; }
    bool resultsShown() const;
    /// The list as shown, for tests: headings as "# Services", results as "kind:name"
    /// or "kind:name [field: snippet]".
    QStringList resultLines() const;
    /// The row the keyboard is on (-1: none).
    int currentRow() const;
    /// Runs the query for the current text now (it normally runs on the next event loop turn).
    void runQuery();
    /// Something changed: shown results are read again (on the next event loop turn).
    void refresh();
    /// Activates the result on @p row, as Return or a click does.
    void activateRow(int row);
    /// How many queries have run (for the benchmark: results are in when it grows).
    int queryCount() const { return m_queries; }
    /// How long the last query took, in ms.
    double lastQueryMs() const { return m_lastMs; }

Q_SIGNALS:
    void itemActivated(qint64 itemId);
    void contactActivated(qint64 contactId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleQuery();
    void showResults();
    void hideResults();
    void placeResults();
    void setCurrentRow(int row);

    Store *m_store = nullptr;
    std::unique_ptr<Search> m_search;
    SearchResultsModel *m_model;
    QListView *m_view;
    QTimer *m_timer;
    QWidget *m_host = nullptr; ///< the window the list floats in
    int m_queries = 0;
    double m_lastMs = 0;
    bool m_keepRow = false; ///< the next query refreshes the list: stay on the current result
};

} // namespace steward
