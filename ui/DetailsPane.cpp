#include "DetailsPane.h"

#include "LongText.h"
#include "Readable.h"
#include "Store.h"

#include <QDesktopServices>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace steward {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &url, const QString &text = QString())
{
    if (url.isEmpty())
        return {};
    const QUrl parsed = QUrl::fromUserInput(url);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(esc(QString::fromUtf8(parsed.toEncoded())), esc(text.isEmpty() ? url : text));
}

/// Escapes @p text, its line breaks (LF, CRLF or CR) made <br>.
QString escLines(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("\\r\\n|[\\r\\n]"));
    return esc(text).replace(breaks, QStringLiteral("<br>"));
}

/// Escapes @p text, keeping its line breaks, and turns the web addresses in it into links.
QString linkified(const QString &text)
{
    // A link never spans lines: \s stops it at a line break.
    static const QRegularExpression urls(QStringLiteral("https?://[^\\s()<>\"]+[^\\s()<>\".,;:]"));
    QString html;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = urls.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        html += escLines(text.mid(last, m.capturedStart() - last)) + link(m.captured());
        last = m.capturedEnd();
    }
    return html + escLines(text.mid(last));
}

QString row(const QString &label, const QString &html)
{
    if (html.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"color:#555;padding-right:12px\" valign=\"top\">%1</td><td>%2</td></tr>")
        .arg(esc(label), html);
}

/// The scheme of the "Show all" links: steward-show-all:N, N the text's index.
const QString ShowAllScheme = QStringLiteral("steward-show-all");

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailsTextBrowser"));
    setAccessibleName(tr("Details"));
    setAccessibleDescription(tr("The selected item's details: status, place, addresses, links and notes"));
    // Links are followed here: web addresses by the desktop, "Show all" by a window.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPane::openShowAll);
    // A word longer than the pane (an address, a hash) breaks rather than widening it.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setFrameShape(QFrame::NoFrame);
    clearItem();
}

QStringList DetailsPane::showAllLinks() const
{
    QStringList links;
    for (int i = 0; i < m_fullTexts.size(); ++i)
        links << QStringLiteral("%1:%2").arg(ShowAllScheme).arg(i);
    return links;
}

void DetailsPane::openShowAll(const QUrl &url)
{
    if (url.scheme() != ShowAllScheme) {
        QDesktopServices::openUrl(url);
        return;
    }
    bool ok = false;
    const int index = url.path().toInt(&ok);
    if (ok && index >= 0 && index < m_fullTexts.size())
        longtext::showAll(this, m_fullTitles.at(index), m_fullTexts.at(index));
}

QString DetailsPane::longText(const QString &title, const QString &text, bool links)
{
    if (!longtext::isLong(text))
        return links ? linkified(text) : escLines(text);
    const QString shown = longtext::elided(text);
    const QString html = links ? linkified(shown) : escLines(shown);
    m_fullTitles << title;
    m_fullTexts << text;
    return html + QStringLiteral(" <a href=\"%1:%2\">%3</a>")
                      .arg(ShowAllScheme)
                      .arg(m_fullTexts.size() - 1)
                      .arg(esc(tr("Show all (%n characters)", nullptr, static_cast<int>(text.size()))));
}

void DetailsPane::clearItem()
{
    m_fullTitles.clear();
    m_fullTexts.clear();
    setHtml(readable::colours(
        QStringLiteral("<p style=\"color:#777\">%1</p>").arg(esc(tr("Select an item in the tree."))), this));
}

void DetailsPane::showItem(Store *store, qint64 id)
{
    m_fullTitles.clear();
    m_fullTexts.clear();
    QString error;
    const auto showError = [this, &error] {
        setHtml(readable::colours(QStringLiteral("<p style=\"color:#b71c1c\">%1</p>").arg(esc(error)), this));
    };
    const auto item = store ? store->item(id, &error) : std::nullopt;
    if (!item) {
        showError();
        return;
    }
    QString html =
        QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(longText(tr("Name"), item->name, false));
    html += QStringLiteral("<p style=\"color:#555;margin-top:0\">%1 &middot; %2</p>")
                .arg(esc(keys::itemKindLabel(item->kind)), esc(keys::statusLabel(item->status)));
    QString rows;
    switch (item->kind) {
    case ItemKind::Organisation: break;
    case ItemKind::Provider:
        rows += row(tr("Kind"), esc(keys::providerKindLabel(item->providerKind)));
        rows += row(tr("Full name"), esc(item->fullName));
        rows += row(tr("Website"), link(item->website));
        rows += row(tr("Location"), esc(item->location));
        if (!item->configTool.isEmpty()) {
            rows +=
                row(tr("Configuration"), item->configToolUrl.isEmpty() ? esc(item->configTool)
                                                                       : link(item->configToolUrl, item->configTool));
        }
        rows += row(tr("Configuration repository"), link(item->configRepo));
        break;
    case ItemKind::Host:
        rows += row(tr("Kind"), esc(keys::hostKindLabel(item->hostKind)));
        rows += row(tr("Host name"), item->hostname.isEmpty() ? esc(tr("(unnamed)")) : esc(item->hostname));
        break;
    case ItemKind::Service:
        rows += row(tr("URL"), link(item->url));
        rows += row(tr("Source code"), link(item->sourceUrl));
        break;
    }
    rows += row(tr("Also known as"), esc(item->aliases.join(QStringLiteral(", "))));
    QStringList tags;
    for (const QString &tag : std::as_const(item->tags))
        tags << QStringLiteral("<span style=\"background-color:#e8eef6;color:#1e3a5f\">&nbsp;%1&nbsp;</span>")
                    .arg(esc(tag));
    rows += row(tr("Tags"), tags.join(QStringLiteral(" ")));
    // Where it runs: the chain of parents of its host, and of each further host.
    QStringList places;
    QVector<qint64> starts{item->parentId};
    starts += item->alsoOn;
    // The hosts share their provider and the organisation: each read once.
    QHash<qint64, QPair<QString, qint64>> above; // id -> (name, parent)
    for (const qint64 start : std::as_const(starts)) {
        QStringList path;
        for (qint64 up = start; up > 0;) {
            auto known = above.constFind(up);
            if (known == above.constEnd()) {
                const auto parent = store->item(up, &error);
                if (!parent) {
                    showError();
                    return;
                }
                known = above.insert(up, {parent->name, parent->parentId});
            }
            path.prepend(esc(known->first));
            up = known->second;
        }
        if (!path.isEmpty())
            places << path.join(QStringLiteral(" &rsaquo; "));
    }
    if (!places.isEmpty())
        rows +=
            row(item->kind == ItemKind::Service ? tr("Runs on") : tr("Part of"), places.join(QStringLiteral("<br>")));
    const auto links = store->links(id, &error);
    if (!links) {
        showError();
        return;
    }
    // The labels of the link types, read once (a type of one's own is a query each).
    const auto types = store->linkTypes(&error);
    if (!types) {
        showError();
        return;
    }
    QHash<QString, QString> typeLabels;
    for (const LinkType &type : *types)
        typeLabels.insert(type.key, type.label);
    const auto typeLabel = [&typeLabels](const QString &type) {
        return typeLabels.value(type, QString(type).replace(QLatin1Char('_'), QLatin1Char(' ')));
    };
    // One row per kind of link, each linked item on its own line, in the order given.
    QStringList labels;
    QHash<QString, QStringList> linked;
    const auto add = [&](const QString &label, const QString &html) {
        if (!linked.contains(label))
            labels << label;
        linked[label] << html;
    };
    const auto note = [this](const Link &l) {
        return l.note.isEmpty() ? QString()
                                : QStringLiteral(" <span style=\"color:#555\">(%1)</span>")
                                      .arg(longText(tr("Note of a link"), l.note, false));
    };
    for (const Link &l : *links) {
        if (l.fromItem == id)
            add(typeLabel(l.type), esc(l.toName) + note(l));
        else if (l.type == keys::linkKind(LinkKind::FrontedBy))
            add(tr("Serves"), esc(l.fromName) + note(l));
        else
            add(tr("Used by"),
                QStringLiteral("%1 <span style=\"color:#555\">(%2%3)</span>")
                    .arg(esc(l.fromName), esc(typeLabel(l.type)),
                         l.note.isEmpty() ? QString()
                                          : QStringLiteral(": ") + longText(tr("Note of a link"), l.note, false)));
    }
    for (const QString &label : std::as_const(labels))
        rows += row(label, linked.value(label).join(QStringLiteral("<br>")));
    rows += row(tr("Description"),
                longText(tr("Description of %1").arg(longtext::elided(item->name, 80)), item->description, true));
    rows += row(tr("Notes"), longText(tr("Notes on %1").arg(longtext::elided(item->name, 80)), item->notes, true));
    if (!rows.isEmpty())
        html += QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(rows);
    setHtml(readable::colours(html, this));
}

} // namespace steward
