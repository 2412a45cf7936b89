#include "SearchBox.h"

#include "Database.h"
#include "LongTextDelegate.h"
#include "Search.h"
#include "SearchResultsModel.h"
#include "Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QListView>
#include <QPainter>
#include <QTextLayout>
#include <QTimer>

namespace steward {
namespace {

/// The list is at least this wide, however narrow the box.
constexpr int MinimumListWidth = 560;

/// Draws @p text on one line in @p rect, the @p highlights (start, length) in bold on a
/// marker colour, cut off at the right edge.
void drawHighlighted(QPainter *painter, const QRect &rect, const QString &text,
                     const QVector<QPair<int, int>> &highlights, const QFont &font, const QColor &color, bool selected)
{
    QTextLayout layout(text, font);
    QVector<QTextLayout::FormatRange> formats;
    for (const auto &highlight : highlights) {
        QTextLayout::FormatRange range;
        range.start = highlight.first;
        range.length = highlight.second;
        range.format.setFontWeight(QFont::Bold);
        if (!selected) {
            range.format.setBackground(QColor(255, 224, 130));
            range.format.setForeground(QColor(20, 20, 20));
        }
        formats.append(range);
    }
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(rect.width());
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(color);
    const qreal y = rect.top() + (rect.height() - (line.isValid() ? line.height() : 0)) / 2.0;
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

/// Headings in small bold capitals; results as the name (the match in bold when the
/// name matched) with the kind on the right, and on a second line the field that
/// matched with the text around the match.
class ResultDelegate final : public LongTextDelegate
{
public:
    using LongTextDelegate::LongTextDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int line = option.fontMetrics.height();
        if (index.data(SearchResultsModel::HeadingRole).toBool())
            return {200, line + 8};
        const bool twoLines = !index.data(SearchResultsModel::FieldLabelRole).toString().isEmpty();
        return {200, (twoLines ? 2 * line + 2 : line) + 10};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const override
    {
        QStyleOptionViewItem option = opt;
        initStyleOption(&option, index);
        const QPalette &palette = option.palette;
        const QRect r = option.rect;
        const int line = option.fontMetrics.height();
        if (index.data(SearchResultsModel::HeadingRole).toBool()) {
            painter->fillRect(r, palette.color(QPalette::AlternateBase));
            QFont font = option.font;
            font.setBold(true);
            font.setCapitalization(QFont::SmallCaps);
            painter->setFont(font);
            painter->setPen(palette.color(QPalette::PlaceholderText));
            painter->drawText(r.adjusted(8, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter, option.text);
            return;
        }
        const auto *model = qobject_cast<const SearchResultsModel *>(index.model());
        const SearchResult *result = model ? model->resultAt(index.row()) : nullptr;
        if (!result)
            return;
        const bool selected = option.state & QStyle::State_Selected;
        if (selected)
            painter->fillRect(r, palette.color(QPalette::Highlight));
        else if (option.state & QStyle::State_MouseOver)
            painter->fillRect(r, palette.color(QPalette::Midlight));
        const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = selected ? text : palette.color(QPalette::PlaceholderText);

        const QRect inner = r.adjusted(16, 5, -8, -5);
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.9);
        const QString kind = index.data(SearchResultsModel::KindLabelRole).toString();
        const int kindWidth = QFontMetrics(small).horizontalAdvance(kind) + 12;
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(QRect(inner.right() - kindWidth, inner.top(), kindWidth, line),
                          Qt::AlignRight | Qt::AlignVCenter, kind);
        const QRect nameRect(inner.left(), inner.top(), inner.width() - kindWidth, line);
        const bool nameMatched = result->field == QLatin1String("name");
        if (nameMatched)
            drawHighlighted(painter, nameRect, result->snippet, result->highlights, option.font, text, selected);
        else
            drawHighlighted(painter, nameRect, result->name, {}, option.font, text, selected);
        if (nameMatched)
            return;
        const QString label = index.data(SearchResultsModel::FieldLabelRole).toString() + QStringLiteral(": ");
        const int labelWidth = QFontMetrics(small).horizontalAdvance(label);
        const QRect second(inner.left(), inner.top() + line + 2, inner.width(), line);
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(QRect(second.left(), second.top(), labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                          label);
        drawHighlighted(painter, second.adjusted(labelWidth, 0, 0, 0), result->snippet, result->highlights, small,
                        selected ? text : palette.color(QPalette::Text), selected);
    }
};

} // namespace

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new SearchResultsModel(this))
    , m_view(new QListView(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("searchLineEdit"));
    setAccessibleName(tr("Search"));
    setAccessibleDescription(tr("Search items and contacts; Up and Down choose a result, Return shows it"));
    setPlaceholderText(tr("Search everything (Ctrl+K)"));
    setClearButtonEnabled(true);
    setToolTip(tr("Search items and contacts by name, web address, description, notes, email address or "
                  "channel.\nUp and Down choose a result, Return shows it, Escape closes the list."));

    m_view->setObjectName(QStringLiteral("searchResultsListView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ResultDelegate(m_view));
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMouseTracking(true);
    m_view->setFrameShape(QFrame::StyledPanel);
    m_view->hide();
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) { activateRow(index.row()); });

    // Zero: keys typed faster than a query folds into one query, and no wait otherwise.
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &SearchBox::runQuery);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Typed, set by a program, or cleared by the clear button.
        if (text.trimmed().isEmpty())
            hideResults();
        m_keepRow = false;
        scheduleQuery();
    });
}

SearchBox::~SearchBox()
{
    // The list lives in the window; it goes with the box.
    if (m_host)
        m_host->removeEventFilter(this);
    delete m_view;
}

void SearchBox::setStore(Store *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_search.reset();
    m_store = store;
    if (m_store) {
        m_search = std::make_unique<Search>(m_store->database());
        connect(m_store, &Store::itemCreated, this, &SearchBox::refresh);
        connect(m_store, &Store::itemUpdated, this, &SearchBox::refresh);
        connect(m_store, &Store::itemRemoved, this, &SearchBox::refresh);
        connect(m_store, &Store::ownershipChanged, this, &SearchBox::refresh);
        connect(m_store, &Store::contactsChanged, this, &SearchBox::refresh);
        // The statements live on the store's connection: let go of them before it closes.
        connect(m_store, &QObject::destroyed, this, [this] {
            m_search.reset();
            m_store = nullptr;
            m_model->clear();
            hideResults();
        });
    }
    m_model->clear();
    hideResults();
}

bool SearchBox::resultsShown() const
{
    return m_view->isVisible();
}

QStringList SearchBox::resultLines() const
{
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const SearchResult *result = m_model->resultAt(row);
        if (!result) {
            lines << QStringLiteral("# ") + m_model->index(row).data().toString();
            continue;
        }
        QString line = Search::resultKindKey(*result) + QLatin1Char(':') + result->name;
        if (result->field != QLatin1String("name"))
            line += QStringLiteral(" [%1: %2]").arg(result->field, result->snippet);
        lines << line;
    }
    return lines;
}

int SearchBox::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void SearchBox::scheduleQuery()
{
    m_timer->start();
}

void SearchBox::refresh()
{
    // Shown results follow every edit; hidden ones are read again when shown.
    if (resultsShown() && !m_timer->isActive()) {
        m_keepRow = true;
        scheduleQuery();
    }
}

void SearchBox::runQuery()
{
    m_timer->stop();
    ++m_queries;
    const QString query = text();
    if (!m_search || query.trimmed().isEmpty()) {
        m_lastMs = 0;
        m_model->clear();
        hideResults();
        return;
    }
    // Stay on the same result when the list is read again after an edit; a new query
    // starts on its best result.
    const SearchResult *before = m_keepRow ? m_model->resultAt(currentRow()) : nullptr;
    m_keepRow = false;
    const QPair<int, qint64> keep =
        before ? qMakePair(static_cast<int>(before->kind), before->id) : qMakePair(-1, qint64(0));
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto groups = m_search->search(query, Search::DefaultLimit, &error);
    m_lastMs = timer.nsecsElapsed() / 1e6;
    if (!groups)
        m_model->setMessage(tr("Search failed: %1").arg(error));
    else if (groups->isEmpty())
        m_model->setMessage(tr("Nothing matches \"%1\"").arg(query.trimmed()));
    else
        m_model->setGroups(*groups);
    int row = m_model->firstResultRow();
    for (int r = 0; r < m_model->rowCount() && keep.first >= 0; ++r) {
        const SearchResult *result = m_model->resultAt(r);
        if (result && static_cast<int>(result->kind) == keep.first && result->id == keep.second) {
            row = r;
            break;
        }
    }
    setCurrentRow(row);
    if (hasFocus() || resultsShown())
        showResults();
}

void SearchBox::setCurrentRow(int row)
{
    if (row < 0) {
        m_view->setCurrentIndex(QModelIndex());
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    // Keep the group's heading in view above its first result.
    if (m_model->isHeading(row - 1))
        m_view->scrollTo(m_model->index(row - 1));
    m_view->scrollTo(index);
}

void SearchBox::activateRow(int row)
{
    const SearchResult *result = m_model->resultAt(row);
    if (!result)
        return;
    const SearchKind kind = result->kind;
    const qint64 id = result->id;
    hideResults();
    if (kind == SearchKind::Contact)
        Q_EMIT contactActivated(id);
    else
        Q_EMIT itemActivated(id);
}

void SearchBox::showResults()
{
    if (m_model->rowCount() == 0) {
        hideResults();
        return;
    }
    placeResults();
    m_view->show();
    m_view->raise();
}

void SearchBox::hideResults()
{
    m_view->hide();
}

void SearchBox::placeResults()
{
    QWidget *host = window();
    if (host != m_host) {
        if (m_host)
            m_host->removeEventFilter(this);
        m_host = host;
        m_view->setParent(host);
        m_view->hide();
        host->installEventFilter(this);
    }
    const QPoint below = mapTo(host, QPoint(0, height() + 2));
    const int width = std::max(8, std::min(std::max(this->width(), MinimumListWidth), host->width() - 8));
    const int x = std::max(4, std::min(below.x(), host->width() - width - 4));
    int height = 2 * m_view->frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += m_view->sizeHintForRow(row);
    const int room = std::max(60, std::min(host->height() - below.y() - 8, host->height() * 3 / 4));
    m_view->setGeometry(x, below.y(), width, std::min(height, room));
}

void SearchBox::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    switch (key) {
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp: {
        if (!resultsShown()) {
            if (!text().trimmed().isEmpty())
                runQuery();
            showResults();
            return;
        }
        const int step = (key == Qt::Key_Down || key == Qt::Key_PageDown) ? 1 : -1;
        int row = currentRow();
        for (int i = 0; i < ((key == Qt::Key_PageDown || key == Qt::Key_PageUp) ? 5 : 1); ++i) {
            const int next = m_model->nextResultRow(row, step);
            if (next < 0)
                break;
            row = next;
        }
        if (row >= 0)
            setCurrentRow(row);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_timer->isActive())
            runQuery(); // typed and pressed Return before the list came: use what was typed
        activateRow(currentRow() >= 0 ? currentRow() : m_model->firstResultRow());
        return;
    case Qt::Key_Escape:
        if (resultsShown())
            hideResults();
        else if (!text().isEmpty())
            clear();
        else
            event->ignore();
        return;
    case Qt::Key_Tab:
    case Qt::Key_Backtab: hideResults(); break;
    default: break;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchBox::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    // Back in the box: the results again, read anew since things may have changed.
    if (!text().trimmed().isEmpty() && event->reason() != Qt::ActiveWindowFocusReason)
        scheduleQuery();
}

void SearchBox::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        hideResults();
}

bool SearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Resize && resultsShown())
        placeResults();
    return QLineEdit::eventFilter(watched, event);
}

} // namespace steward
