// The window in German (issue 21, section 4). Each window and dialog is built twice on
// the example inventory, once in English (no translator) and once with the German
// translations installed as the application installs them (installTranslations(), the
// window's, the command line's, the model's and Qt's own), and every text a user sees
// or hears is read from both: window titles, labels, buttons, menus and actions with
// their tool and status tips, group boxes, tabs, dock titles, header labels, cells,
// placeholder texts, combo box entries, spin box suffixes, charts, accessible names and
// descriptions, rich text line by line. A text that is the same in both and still has
// a word that is neither German (a word of a translation in translations/*.ts), nor the
// inventory's own data (its names, addresses, notes), nor a proper noun, is English
// left untranslated; so is every lookup of a Steward string that no translation answered
// (a recording translator installed below the others). Numbers follow the locale in the
// window; CSV that the window saves never does (byte-identical to the C locale's).

#include "ContactForm.h"
#include "ContactsForListDialog.h"
#include "DashboardView.h"
#include "DepartureDialog.h"
#include "GuiSupport.h"
#include "HandoverDialog.h"
#include "HistoryModel.h"
#include "ImportDialog.h"
#include "InventoryDocument.h"
#include "ItemForm.h"
#include "MainWindow.h"
#include "MapPanel.h"
#include "OwnershipDialog.h"
#include "Reports.h"
#include "ReportsWindow.h"
#include "RestoreBackupDialog.h"
#include "Settings.h"
#include "StatusesAndLinkTypesDialog.h"
#include "Store.h"
#include "TestSupport.h"
#include "Translations.h"

#include "AssignDialog.h"
#include "BatchRevertDialog.h"
#include "BatchRevertRecords.h"
#include "ConnectDialog.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>
#include <memory>
#include <set>

using namespace steward;

namespace {

/// Where a text was found ("MainWindow/fileMenu#2 title") -> the text.
using Texts = QMap<QString, QString>;

/// A translator installed first, so that it is asked last: it sees exactly the lookups
/// that no other translator answered, and answers none itself.
class RecordingTranslator final : public QTranslator
{
public:
    explicit RecordingTranslator(std::function<bool(const QString &)> ours)
        : m_ours(std::move(ours))
    {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QString where = QString::fromUtf8(context);
        // CSV and --format csv ask in the source language on purpose (SourceTextScope).
        if (!SourceTextScope::active() && m_ours(where))
            m_missed.insert(where + QStringLiteral(": \"") + QString::fromUtf8(sourceText) + QLatin1Char('"'));
        return QString();
    }
    QStringList missed() const { return QStringList(m_missed.begin(), m_missed.end()); }
    void clear() { m_missed.clear(); }

private:
    std::function<bool(const QString &)> m_ours;
    mutable std::set<QString> m_missed;
};

QString plain(const QString &text)
{
    QString shown = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    // An accelerator's & is not read ("&&" is a literal &).
    shown.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    shown.remove(QLatin1Char('&'));
    shown.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return shown;
}

void add(Texts *texts, const QString &where, const QString &text)
{
    const QString shown = plain(text);
    // Rich text and multi-line labels: one entry per line.
    const QStringList lines = shown.split(QRegularExpression(QStringLiteral("[\\n\\x{2029}\\x{2028}]")));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (!line.isEmpty())
            texts->insert(lines.size() == 1 ? where : where + QStringLiteral(" line %1").arg(i), line);
    }
}

void addModel(Texts *texts, const QString &where, const QAbstractItemModel *model, const QModelIndex &parent,
              int *budget)
{
    if (!model)
        return;
    if (!parent.isValid()) {
        for (int column = 0; column < model->columnCount(); ++column) {
            add(texts, where + QStringLiteral(" header %1").arg(column),
                model->headerData(column, Qt::Horizontal).toString());
            add(texts, where + QStringLiteral(" header %1 tip").arg(column),
                model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
    }
    for (int row = 0; row < model->rowCount(parent) && *budget > 0; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column, --*budget) {
            // The import preview's Changes column names the file's columns (status, url,
            // valid_from), which are CSV's words in every language.
            if (where.contains(QLatin1String("ImportDialog")) && column == ImportDialog::ChangesColumn)
                continue;
            const QModelIndex index = model->index(row, column, parent);
            const QString at = where + QStringLiteral(" cell %1/%2").arg(row).arg(column);
            add(texts, at, index.data().toString());
            add(texts, at + QStringLiteral(" tip"), index.data(Qt::ToolTipRole).toString());
            add(texts, at + QStringLiteral(" name"), index.data(Qt::AccessibleTextRole).toString());
        }
        const QModelIndex first = model->index(row, 0, parent);
        if (model->hasChildren(first) && !model->canFetchMore(first))
            addModel(texts, where + QStringLiteral("/%1").arg(row), model, first, budget);
    }
}

void addChart(Texts *texts, const QString &where, QChart *chart)
{
    add(texts, where + QStringLiteral(" chart title"), chart->title());
    const QList<QAbstractAxis *> axes = chart->axes();
    for (qsizetype a = 0; a < axes.size(); ++a) {
        add(texts, where + QStringLiteral(" axis %1").arg(a), axes.at(a)->titleText());
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axes.at(a)))
            add(texts, where + QStringLiteral(" axis %1 categories").arg(a), categories->categories().join(u'\n'));
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (qsizetype s = 0; s < series.size(); ++s) {
        const QString at = where + QStringLiteral(" series %1").arg(s);
        add(texts, at, series.at(s)->name());
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series.at(s))) {
            for (qsizetype b = 0; b < bars->barSets().size(); ++b)
                add(texts, at + QStringLiteral(" set %1").arg(b), bars->barSets().at(b)->label());
        }
        if (auto *pie = qobject_cast<QPieSeries *>(series.at(s))) {
            for (qsizetype p = 0; p < pie->slices().size(); ++p)
                add(texts, at + QStringLiteral(" slice %1").arg(p), pie->slices().at(p)->label());
        }
    }
}

void addAction(Texts *texts, const QString &where, const QAction *action)
{
    if (action->isSeparator())
        return;
    add(texts, where, action->text());
    add(texts, where + QStringLiteral(" tip"), action->toolTip());
    add(texts, where + QStringLiteral(" status tip"), action->statusTip());
    if (action->menu())
        add(texts, where + QStringLiteral(" menu"), action->menu()->title());
}

void collect(Texts *texts, QWidget *widget, const QString &where)
{
    if (widget->isWindow())
        add(texts, where + QStringLiteral(" title"), widget->windowTitle());
    add(texts, where + QStringLiteral(" tip"), widget->toolTip());
    add(texts, where + QStringLiteral(" status tip"), widget->statusTip());
    add(texts, where + QStringLiteral(" what's this"), widget->whatsThis());
    add(texts, where + QStringLiteral(" accessible name"), widget->accessibleName());
    add(texts, where + QStringLiteral(" accessible description"), widget->accessibleDescription());
    // The user guide's text and its contents (the guide's headings) are docs/user-guide.md,
    // a document shipped in English only, as the README is: not the window's strings. Its
    // window's title, names and tips are read above.
    const bool guideText = widget->objectName() == QLatin1String("userGuideBrowser") ||
                           widget->objectName() == QLatin1String("userGuideContents");
    if (guideText)
        return;
    if (auto *label = qobject_cast<QLabel *>(widget))
        add(texts, where, label->text());
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        add(texts, where, button->text());
    if (auto *group = qobject_cast<QGroupBox *>(widget))
        add(texts, where + QStringLiteral(" group"), group->title());
    if (auto *dock = qobject_cast<QDockWidget *>(widget))
        add(texts, where + QStringLiteral(" dock"), dock->windowTitle());
    if (auto *menu = qobject_cast<QMenu *>(widget))
        add(texts, where + QStringLiteral(" menu"), menu->title());
    if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(texts, where + QStringLiteral(" tab %1").arg(i), tabs->tabText(i));
            add(texts, where + QStringLiteral(" tab %1 tip").arg(i), tabs->tabToolTip(i));
        }
    }
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        add(texts, where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (edit->isReadOnly())
            add(texts, where, edit->text());
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget)) {
        add(texts, where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (edit->isReadOnly())
            add(texts, where, edit->toPlainText());
    }
    if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
        add(texts, where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (edit->isReadOnly())
            add(texts, where, edit->toPlainText());
    }
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i)
            add(texts, where + QStringLiteral(" entry %1").arg(i), combo->itemText(i));
    }
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        add(texts, where + QStringLiteral(" special value"), spin->specialValueText());
    if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        add(texts, where + QStringLiteral(" suffix"), spin->suffix());
        add(texts, where + QStringLiteral(" prefix"), spin->prefix());
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        int budget = 400;
        // The Reports window's preview is the CSV file as it will be saved: its header and
        // cells are the file's, in no language (CSV never follows the locale).
        // A combo box's list repeats its entries, read above.
        const bool comboList =
            widget->parentWidget() && qobject_cast<QComboBox *>(widget->parentWidget()->parentWidget());
        const bool preview = widget->objectName() == QLatin1String("previewTableView") &&
                             qobject_cast<ReportsWindow *>(widget->window());
        // A header view shows its view's header, read with the view.
        if (!comboList && !preview && !qobject_cast<QHeaderView *>(widget))
            addModel(texts, where + QStringLiteral(" view"), view->model(), QModelIndex(), &budget);
    }
    if (auto *chart = qobject_cast<QChartView *>(widget))
        addChart(texts, where, chart->chart());
    const QList<QAction *> actions = widget->actions();
    for (qsizetype i = 0; i < actions.size(); ++i)
        addAction(texts, where + QStringLiteral(" action %1").arg(actions.at(i)->objectName()), actions.at(i));
    // Children by name and class, numbered among their like, so both builds agree.
    QMap<QString, int> seen;
    for (QObject *child : widget->children()) {
        if (auto *w = qobject_cast<QWidget *>(child)) {
            const QString name =
                (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
            collect(texts, w, where + QLatin1Char('/') + name + QLatin1Char('#') + QString::number(seen[name]++));
        } else if (auto *action = qobject_cast<QAction *>(child)) {
            const QString name = action->objectName().isEmpty() ? QStringLiteral("QAction") : action->objectName();
            addAction(texts, where + QStringLiteral("/") + name + QLatin1Char('#') + QString::number(seen[name]++),
                      action);
        }
    }
}

/// What a modal message box showed (it is read while open, then closed).
Texts &modalTexts()
{
    static Texts texts;
    return texts;
}

Texts textsOf(QWidget *root);

/// Reads the next QMessageBox to open, then closes it with Cancel (or Escape).
void readNextMessageBox()
{
    modalTexts().clear();
    test::onNextModal<QMessageBox>([](QMessageBox *box) {
        modalTexts() = textsOf(box);
        box->reject();
    });
}

Texts textsOf(QWidget *root)
{
    Texts texts;
    collect(&texts, root, QString::fromLatin1(root->metaObject()->className()));
    return texts;
}

/// The words of @p text: runs of letters (a hyphen or an apostrophe inside one joins).
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}_]+(?:['’-][\\p{L}_]+)*"));
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words << it.next().captured();
    return words;
}

/// The German of translations/*.ts: every word of every translation.
QSet<QString> germanWords(QString *error)
{
    QSet<QString> words;
    const QDir dir(QStringLiteral(STEWARD_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*_de.ts")}, QDir::Files);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return {};
        }
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform"))) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const QStringList found = wordsOf(plain(text));
                for (const QString &w : found)
                    words.insert(w);
            }
        }
        if (xml.hasError()) {
            *error = name + QStringLiteral(": ") + xml.errorString();
            return {};
        }
    }
    if (files.size() < 1)
        *error = QStringLiteral("no translations/*_de.ts");
    return words;
}

/// Every text of the inventory that the window shows as it is stored.
QStringList inventoryData(Store &store)
{
    QStringList data;
    QString error;
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        const auto items = store.itemsOfKind(kind, &error);
        for (const Item &stub : items.value_or(QVector<Item>())) {
            const auto item = store.item(stub.id, &error);
            if (!item)
                continue;
            data << item->name << item->description << item->notes << item->fullName << item->website << item->location
                 << item->configTool << item->configToolUrl << item->configRepo << item->hostname << item->url
                 << item->sourceUrl << item->aliases << item->tags;
            for (const Assignment &a : store.assignments(item->id, &error).value_or(QVector<Assignment>()))
                data << a.note;
            // Who made its changes (the login name): the History shows it as it is.
            for (const HistoryEntry &entry : store.history(item->id, 0, &error).value_or(QVector<HistoryEntry>()))
                data << entry.actor;
        }
    }
    for (const Contact &contact : store.contacts(&error).value_or(QVector<Contact>())) {
        data << contact.name << contact.notes << contact.tags;
        for (const Address &address : contact.addresses)
            data << address.value << address.label;
        for (const TeamMember &member : store.teamMembers(contact.id, &error).value_or(QVector<TeamMember>()))
            data << member.note << member.role;
    }
    data.removeAll(QString());
    // Longest first, so that a name inside a longer one does not break it up.
    std::sort(data.begin(), data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return data;
}

} // namespace

class TestTranslationGui final : public QObject
{
    Q_OBJECT

private:
    /// Builds the example in a new window, shows what @p open opens, returns its texts.
    Texts build(const std::function<QWidget *(MainWindow &)> &open);
    void english();
    void german();
    /// The texts equal in both builds that still have an English word, as "where: text".
    QStringList untranslated(const Texts &english, const Texts &german) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    RecordingTranslator *m_recorder = nullptr;
    QSet<QString> m_german;
    QStringList m_data;
    int m_inventories = 0;

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void noEnglishLeft_data();
    void noEnglishLeft();
    void aStringLeftEnglishIsFound();
    void numbersAndDatesFollowTheLocale();
    void csvNeverFollowsTheLocale();
};

void TestTranslationGui::initTestCase()
{
    test::requireBackendUnderTest();
    QString error;
    m_german = germanWords(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_german.size() > 800, qPrintable(QString::number(m_german.size())));
    // Words a German window writes as English does: names, units, formats, symbols.
    for (const char *word :
         {"Steward", "Qt", "URL", "URLs", "CSV", "SVG", "PNG", "UTF", "CRLF", "TLS", "PostgreSQL", "SQLite", "DNS",
          "CDN", "VM", "IRC", "Matrix", "Slack", "OK", "ms", "MiB", "KiB", "Excel", "UTC", "https", "http", "mailto",
          "tel", "pgpass", "verify", "full", "env", "prod", "pci", "NetBox", "Backstage", "Python", "x", "px",
          // PostgreSQL's sslmode values, typed as they are in a connection string
          "disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_german.insert(QString::fromLatin1(word));
    // The calendar's months and days, as German writes them (April, August, ... are English too).
    const QLocale german(QLocale::German, QLocale::Germany);
    for (int i = 1; i <= 12; ++i) {
        for (QLocale::FormatType format : {QLocale::LongFormat, QLocale::ShortFormat, QLocale::NarrowFormat}) {
            m_german.insert(german.monthName(i, format));
            m_german.insert(german.standaloneMonthName(i, format));
            if (i <= 7) {
                m_german.insert(german.dayName(i, format));
                m_german.insert(german.standaloneDayName(i, format));
            }
        }
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTranslationGui::cleanup()
{
    // Dialogs are the window's children; close every other top-level first.
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (top != m_window.get() && top->isVisible())
            top->close();
    }
    m_window.reset();
    m_settings.reset();
    english();
}

void TestTranslationGui::english()
{
    // installTranslations() makes its translators children of the application.
    const QList<QTranslator *> installed = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    if (m_recorder) {
        QCoreApplication::removeTranslator(m_recorder);
        delete m_recorder;
        m_recorder = nullptr;
    }
    QLocale::setDefault(QLocale::c());
}

void TestTranslationGui::german()
{
    english();
    const QLocale locale(QLocale::German, QLocale::Germany);
    // Steward's own contexts: those of its .ts files ("steward::MainWindow", "Types", "main", ...).
    m_recorder = new RecordingTranslator([](const QString &context) {
        return !context.startsWith(u'Q') || context.startsWith(QLatin1String("QObject"));
    });
    QCoreApplication::installTranslator(m_recorder);
    // The window's and the model's (the command line's is the executable's, not linked here).
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/steward_ui_de.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/steward_model_de.qm")));
    QVERIFY(installTranslations(locale) >= 1);
    QLocale::setDefault(locale);
}

Texts TestTranslationGui::build(const std::function<QWidget *(MainWindow &)> &open)
{
    m_window.reset();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("steward-%1.ini").arg(m_inventories)));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1400, 900);
    QString error;
    const QString location =
        test::scratchInventory(*m_dir, QStringLiteral("example%1").arg(m_inventories++, 2, 10, QLatin1Char('0')));
    if (!m_window->newFile(location, true, &error)) {
        qWarning() << error;
        return {};
    }
    if (m_data.isEmpty())
        m_data = inventoryData(*m_window->store());
    // The file's name, the text the Contacts for a List row types.
    m_data << QFileInfo(location).completeBaseName() << location << QStringLiteral("nothing.example");
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->selectItemByName(QStringLiteral("docs.python.org")))
        return {};
    modalTexts().clear();
    QWidget *shown = open(*m_window);
    // Panels that read when shown (the contact directory after 250 ms), the map's layout.
    QTest::qWait(400);
    m_window->mapPanel()->waitForLayout(30000);
    QApplication::processEvents();
    if (!modalTexts().isEmpty())
        return modalTexts();
    // With STEWARD_SCREENSHOT_DIR set, a picture of each, to look for clipped German.
    const QString pictures = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (!pictures.isEmpty() && QTest::currentDataTag())
        (shown ? shown : m_window.get())
            ->grab()
            .save(QDir(pictures).filePath(QStringLiteral("%1-%2.png")
                                              .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'),
                                                   m_recorder ? QStringLiteral("de") : QStringLiteral("en"))));
    Texts texts = textsOf(shown ? shown : m_window.get());
    if (!shown) {
        // The main window: its menus too, as a user opens them.
        const QList<QAction *> menus = m_window->menuBar()->actions();
        for (qsizetype i = 0; i < menus.size(); ++i) {
            if (QMenu *menu = menus.at(i)->menu())
                texts.insert(textsOf(menu));
        }
    }
    return texts;
}

QStringList TestTranslationGui::untranslated(const Texts &english, const Texts &german) const
{
    QStringList left;
    for (auto it = german.cbegin(); it != german.cend(); ++it) {
        if (english.value(it.key()) != it.value())
            continue;
        QString rest = it.value();
        for (const QString &value : m_data)
            rest.replace(value, QStringLiteral(" "));
        const QStringList words = wordsOf(rest);
        // A word with an underscore is a key as typed (depends_on, backed_up_to).
        const bool english = std::any_of(words.cbegin(), words.cend(), [this](const QString &w) {
            return !w.contains(u'_') && !m_german.contains(w);
        });
        if (english)
            left << it.key() + QStringLiteral(": ") + it.value();
    }
    return left;
}

void TestTranslationGui::noEnglishLeft_data()
{
    using Open = std::function<QWidget *(MainWindow &)>;
    QTest::addColumn<Open>("open");
    auto item = [](const char *name) {
        return [name](MainWindow &window) -> QWidget * {
            const auto found = window.store()->findItemsByName(QString::fromLatin1(name), test::readError());
            if (!found || found->isEmpty())
                return nullptr;
            auto *form = new ItemForm(*window.store(), found->first(), &window);
            form->show();
            return form;
        };
    };
    auto contact = [](const char *name) {
        return [name](MainWindow &window) -> QWidget * {
            Store &store = *window.store();
            const auto found = store.findContactsByName(QString::fromLatin1(name), test::readError());
            if (!found || found->size() != 1)
                return nullptr;
            const auto members = store.teamMembers(found->first().id, test::readError());
            auto *form =
                new ContactForm(store, ContactDraft{found->first(), members.value_or(QVector<TeamMember>())}, &window);
            form->show();
            return form;
        };
    };
    auto firstContact = [](MainWindow &window) -> qint64 {
        const auto owned = window.store()->assignments(window.selectedItemIds().value(0), test::readError());
        return owned && !owned->isEmpty() ? owned->first().contactId : 0;
    };
    QTest::newRow("main window") << Open([](MainWindow &) -> QWidget * { return nullptr; });
    QTest::newRow("main window, contacts and history") << Open([](MainWindow &window) -> QWidget * {
        for (const char *name : {"contactsDirectoryDockWidget", "historyDockWidget", "undoDockWidget"}) {
            if (auto *dock = window.findChild<QDockWidget *>(QLatin1String(name)))
                dock->raise();
        }
        return nullptr;
    });
    QTest::newRow("about") << Open([](MainWindow &window) -> QWidget * {
        // Help > About Steward: a modal box, read while it is open.
        readNextMessageBox();
        window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        return nullptr;
    });
    QTest::newRow("user guide") << Open([](MainWindow &window) -> QWidget * {
        // Help > User Guide: its own window (the guide's text is English only, above).
        window.findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
        return window.findChild<QWidget *>(QStringLiteral("userGuideWindow"));
    });
    QTest::newRow("delete confirmation") << Open([](MainWindow &window) -> QWidget * {
        // Item > Delete… on docs.python.org, canceled.
        readNextMessageBox();
        window.findChild<QAction *>(QStringLiteral("deleteItemAction"))->trigger();
        return nullptr;
    });
    QTest::newRow("item form, service") << Open(item("docs.python.org"));
    QTest::newRow("item form, host") << Open(item("albatross"));
    QTest::newRow("item form, provider") << Open(item("Rackspace"));
    QTest::newRow("item form, new service") << Open([](MainWindow &window) -> QWidget * {
        Item draft;
        draft.kind = ItemKind::Service;
        auto *form = new ItemForm(*window.store(), draft, &window);
        form->show();
        return form;
    });
    QTest::newRow("contact form, team") << Open(contact("Infrastructure team"));
    QTest::newRow("contact form, person") << Open(contact("Benjamin Peterson"));
    QTest::newRow("ownership editor") << Open([](MainWindow &window) -> QWidget * {
        auto *dialog = new OwnershipDialog(*window.store(), window.selectedItemIds().value(0), &window);
        dialog->show();
        return dialog;
    });
    QTest::newRow("import") << Open([](MainWindow &window) -> QWidget * {
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        return window.findChild<ImportDialog *>(QStringLiteral("importDialog"));
    });
    QTest::newRow("import, a row with a problem") << Open([this](MainWindow &window) -> QWidget * {
        // One new service, one changed, one on a provider that does not exist: the
        // preview's actions and the problem's words (FILE:ROW:COLUMN) are the window's.
        const QString csv = m_dir->filePath(QStringLiteral("services.csv"));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return nullptr;
        file.write("name,url,status,provider\n"
                   "new.example.org,https://new.example.org/,active,Rackspace\n"
                   "docs.python.org,https://docs.python.org/3/,legacy,Rackspace\n"
                   "lost.example.org,,active,Nowhere Hosting\n");
        file.close();
        m_data << csv << QStringLiteral("services.csv") << QStringLiteral("new.example.org")
               << QStringLiteral("https://new.example.org/") << QStringLiteral("https://docs.python.org/3/")
               << QStringLiteral("lost.example.org") << QStringLiteral("Nowhere Hosting");
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        auto *dialog = window.findChild<ImportDialog *>(QStringLiteral("importDialog"));
        if (dialog) {
            QSignalSpy spy(dialog, &ImportDialog::validated);
            dialog->addFiles({csv});
            spy.wait(20000);
        }
        return dialog;
    });
    QTest::newRow("reports") << Open([](MainWindow &window) -> QWidget * {
        window.findChild<QAction *>(QStringLiteral("reportsAction"))->trigger();
        auto *reports = window.findChild<ReportsWindow *>(QStringLiteral("reportsWindow"));
        if (reports) {
            QSignalSpy spy(reports, &ReportsWindow::previewFinished);
            spy.wait(20000);
        }
        return reports;
    });
    QTest::newRow("statuses, link types and roles") << Open([](MainWindow &window) -> QWidget * {
        auto *dialog = new StatusesAndLinkTypesDialog(*window.store(), &window);
        dialog->show();
        return dialog;
    });
    QTest::newRow("dashboard") << Open([](MainWindow &window) -> QWidget * {
        window.findChild<QAction *>(QStringLiteral("showDashboardAction"))->trigger();
        return window.findChild<DashboardView *>();
    });
    QTest::newRow("assign") << Open([](MainWindow &window) -> QWidget * {
        auto *dialog =
            new AssignDialog(AssignDialog::Mode::Assign,
                             window.store()->contacts(test::readError()).value_or(QVector<Contact>()), 2, &window);
        dialog->show();
        return dialog;
    });
    QTest::newRow("departure") << Open([firstContact](MainWindow &window) -> QWidget * {
        auto *dialog = new DepartureDialog(*window.document(), firstContact(window), &window);
        dialog->show();
        return dialog;
    });
    QTest::newRow("handover") << Open([firstContact](MainWindow &window) -> QWidget * {
        auto *dialog = new HandoverDialog(*window.document(), firstContact(window), QVector<qint64>(), &window);
        dialog->show();
        return dialog;
    });
    QTest::newRow("contacts for a list") << Open([](MainWindow &window) -> QWidget * {
        auto *dialog = new ContactsForListDialog(*window.store(), nullptr, &window);
        dialog->setListText(QStringLiteral("albatross\nhttps://docs.python.org/3/\nnothing.example\n"));
        dialog->show();
        return dialog;
    });
    QTest::newRow("restore") << Open([](MainWindow &window) -> QWidget * {
        auto *dialog = new RestoreBackupDialog(window.location(), {}, &window);
        dialog->show();
        return dialog;
    });
    QTest::newRow("connect") << Open([](MainWindow &window) -> QWidget * {
        auto *dialog = new ConnectDialog(&window);
        dialog->show();
        return dialog;
    });
    QTest::newRow("batch revert") << Open([](MainWindow &window) -> QWidget * {
        Store &store = *window.store();
        const auto history = store.history(window.selectedItemIds().value(0), 0, test::readError());
        const auto plan = history && !history->isEmpty()
                              ? planBatchRevert(store, history->last().batchId, test::readError())
                              : std::optional<BatchRevertPlan>();
        if (!plan)
            return nullptr;
        auto *dialog = new BatchRevertDialog(*plan, &window);
        dialog->show();
        return dialog;
    });
}

void TestTranslationGui::noEnglishLeft()
{
    QFETCH(std::function<QWidget *(MainWindow &)>, open);
    english();
    const Texts inEnglish = build(open);
    QVERIFY2(inEnglish.size() >= 3, qPrintable(QStringList(inEnglish.keys()).join(u'\n')));
    german();
    const Texts inGerman = build(open);
    // Both builds show the same widgets (a text may wrap into another number of lines).
    int common = 0;
    for (auto it = inEnglish.cbegin(); it != inEnglish.cend(); ++it)
        common += inGerman.contains(it.key()) ? 1 : 0;
    QVERIFY2(common > inEnglish.size() * 9 / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(common).arg(inEnglish.size())));
    const QStringList left = untranslated(inEnglish, inGerman);
    const QStringList missed = m_recorder->missed();
    qInfo().noquote() << inGerman.size() << "texts read, for example:" << inGerman.value(inGerman.firstKey());
    // In full: QVERIFY2 cuts a long message short.
    for (const QString &text : left)
        qInfo().noquote() << "still in English:" << text;
    for (const QString &lookup : missed)
        qInfo().noquote() << "looked up with no translation:" << lookup;
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 texts still in English (listed above)").arg(left.size())));
    QVERIFY2(missed.isEmpty(),
             qPrintable(QStringLiteral("%1 lookups with no translation (listed above)").arg(missed.size())));
}

void TestTranslationGui::aStringLeftEnglishIsFound()
{
    // The check itself: a label the window's translation does not know is found, by the
    // comparison and by the recording translator.
    auto open = [](MainWindow &window) -> QWidget * {
        auto *label = new QLabel(QCoreApplication::translate("steward::MainWindow", "Nobody translated this"), &window);
        label->setObjectName(QStringLiteral("testLabel"));
        return nullptr;
    };
    english();
    const Texts inEnglish = build(open);
    german();
    const Texts inGerman = build(open);
    const QStringList left = untranslated(inEnglish, inGerman);
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.first().endsWith(QLatin1String("testLabel#0: Nobody translated this")), qPrintable(left.first()));
    QCOMPARE(m_recorder->missed(), QStringList{QStringLiteral("steward::MainWindow: \"Nobody translated this\"")});
}

void TestTranslationGui::numbersAndDatesFollowTheLocale()
{
    german();
    const Texts texts = build([](MainWindow &window) -> QWidget * {
        Store &store = *window.store();
        // Over a thousand of something, so that a group separator shows: "1.005 Dienste".
        QVector<Item> many;
        const qint64 parent = window.selectedItemIds().value(0);
        const auto docs = store.item(parent, test::readError());
        for (int i = 0; i < 1000; ++i) {
            Item item;
            item.kind = ItemKind::Service;
            item.name = QStringLiteral("bulk-%1.example.org").arg(i);
            item.parentId = docs ? docs->parentId : 0;
            many << item;
        }
        QString error;
        if (!store.write([&](QString *err) { return store.createValidatedItems(many, err); }, &error))
            qWarning() << error;
        QTest::qWait(1500); // the change watcher
        return nullptr;
    });
    // The status bar's counts: "7 Anbieter, 12 Hosts, 1.015 Dienste".
    const QStringList all(texts.cbegin(), texts.cend());
    QVERIFY2(all.join(u'\n').contains(QRegularExpression(QStringLiteral("\\b1\\.0\\d\\d Dienste"))),
             qPrintable(all.filter(QStringLiteral("Dienste")).join(u'\n')));
    // The History's times: "06.12.26 14:05", not ISO 8601 (which the C locale keeps).
    auto *history = m_window->findChild<QAbstractItemView *>(QStringLiteral("historyTableView"));
    QVERIFY(history && history->model()->rowCount() > 0);
    const QString when = history->model()->index(0, HistoryModel::WhenColumn).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d$")).match(when).hasMatch(),
             qPrintable(when));
}

void TestTranslationGui::csvNeverFollowsTheLocale()
{
    // Every report as the Reports window saves it, and Contacts for a List's CSV, in
    // English and in German: the same bytes.
    QMap<QString, QByteArray> files[2];
    for (int run = 0; run < 2; ++run) {
        if (run == 0)
            english();
        else
            german();
        ReportsWindow *reports = nullptr;
        ContactsForListDialog *list = nullptr;
        build([&](MainWindow &window) -> QWidget * {
            window.findChild<QAction *>(QStringLiteral("reportsAction"))->trigger();
            reports = window.findChild<ReportsWindow *>(QStringLiteral("reportsWindow"));
            list = new ContactsForListDialog(*window.store(), nullptr, &window);
            list->setListText(QStringLiteral("albatross\nhttps://docs.python.org/3/\nmail.python.org\n"));
            return reports;
        });
        QVERIFY(reports && list);
        auto *combo = reports->findChild<QComboBox *>(QStringLiteral("reportComboBox"));
        QVERIFY(combo && combo->count() >= 5);
        for (int i = 0; i < combo->count(); ++i) {
            const auto kind = static_cast<ReportKind>(combo->itemData(i).toInt());
            if (kind == ReportKind::Selection)
                continue;
            reports->setReport(kind);
            const QString out = m_dir->filePath(QStringLiteral("report-%1-%2.csv").arg(run).arg(i));
            QSignalSpy done(reports, &ReportsWindow::exportFinished);
            QVERIFY(reports->startExport(out));
            QVERIFY(done.wait(20000));
            QVERIFY2(done.first().at(0).toBool(), qPrintable(reports->lastError()));
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            files[run].insert(Reports::key(kind), file.readAll());
        }
        const QString out = m_dir->filePath(QStringLiteral("list-%1.csv").arg(run));
        QString error;
        QVERIFY2(list->saveCsv(out, &error), qPrintable(error));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        files[run].insert(QStringLiteral("contacts for a list"), file.readAll());
    }
    QCOMPARE(files[1].keys(), files[0].keys());
    QVERIFY(files[0].size() >= 5);
    // Most with rows (the impact report needs a selection); the list's with its contacts.
    QVERIFY(std::count_if(files[0].cbegin(), files[0].cend(), [](const QByteArray &f) { return f.count('\n') > 3; }) >=
            5);
    QVERIFY(files[0].value(QStringLiteral("contacts for a list")).count('\n') > 2);
    for (auto it = files[0].cbegin(); it != files[0].cend(); ++it) {
        QVERIFY2(it.value().count('\n') >= 1, qPrintable(it.key())); // a header at least
        QVERIFY2(files[1].value(it.key()) == it.value(),
                 qPrintable(it.key() + QStringLiteral(":\n") + QString::fromUtf8(files[1].value(it.key()))));
    }
}

QTEST_MAIN(TestTranslationGui)
#include "tst_translation_gui.moc"
