#pragma once

#include "ItemCommands.h"
#include "Records.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QVBoxLayout;

namespace steward {

class Store;

/**
 * The form for a provider, host or service: every field of its kind, checked as
 * the user types with the problem shown next to the field. Save is available only
 * when everything is valid; Escape cancels and nothing is written. The form itself
 * never writes: the window turns its result into an undoable command, either after
 * the form closes or, given a save handler, while it is still open.
 *
 * Beyond the tree: a service's hosts (the first is its place in the tree, the others
 * further hosts, in order), or else a provider it runs on directly, or nothing (it sits
 * under the organisation); a host's provider, which may be none; every item's aliases
 * (one a line), tags ("env=prod; pci") and outgoing links (type, target by name or
 * alias, note), each checked as typed.
 */
class ItemForm final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemForm)
public:
    /// From how many services an inventory is large (50,000 unless a test says): the
    /// form then reads the organisations, providers and hosts only (for where the item
    /// goes and the hosts it runs on), and looks a link's target up by name as it is
    /// typed, so that it opens as fast at a million services as at a thousand.
    static void setLargeInventory(qint64 services);
    /// @p item with id 0 is a new item of item.kind under item.parentId.
    ItemForm(Store &store, const Item &item, QWidget *parent = nullptr);
    ~ItemForm() override;

    /// The values as edited, with the loaded id and version.
    Item item() const;
    bool isValid() const;
    /// The problem shown for a field ("name", "url", "aliases", "tags", "link0", ...),
    /// empty if none.
    QString problem(const QString &field) const;

    /// The item's outgoing links as edited: a link kept as loaded keeps its id.
    QVector<Link> links() const;
    /// What Save changes among the outgoing links (removed as loaded, added as new).
    LinkChanges linkChanges() const;
    /// Adds a link row (the "Add Link" button) and returns its target field.
    QLineEdit *addLinkRow(const Link &link = Link());
    /// Adds @p hostId to the service's hosts (the "Add Host" button); false if it is
    /// not a host or is listed already.
    bool addHost(qint64 hostId);

    /// Saves the edited values when the user presses Save; returns false with the
    /// reason when it could not (refused as stale, the server gone).
    using SaveHandler = std::function<bool(const Item &edited, QString *error)>;
    /// With a handler, Save closes the form only once the handler succeeded; when it
    /// fails, the form stays open with everything typed and shows the reason.
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    /// Why the last Save failed, empty if it did not.
    QString saveError() const;

private:
    /// An item as the form finds it by a name or alias typed.
    struct Target
    {
        qint64 id;
        ItemKind kind;
        QString name;
    };
    struct LinkRow
    {
        QWidget *widget;
        QComboBox *type;
        QLineEdit *target;
        QLineEdit *note;
        QLabel *problem;
    };

    QLineEdit *addLine(const QString &field, const QString &label, const QString &value);
    QLabel *addProblem(const QString &field);
    void buildPlacement(const QVector<TreeRow> &rows);
    void buildHosts(const QVector<TreeRow> &rows);
    void buildLinks();
    void updateHostButtons();
    void validate();
    void setProblem(const QString &field, const QString &message);
    QString aliasesProblem() const;
    /// The item @p text names ("name", "alias" or "name (kind)"), or 0 with @p problem.
    qint64 resolveTarget(const QString &text, QString *problem) const;
    QStringList aliasLines() const;
    QStringList tagList() const;
    QVector<qint64> hostIds() const;

    Store &m_store;
    Item m_item;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QLabel *> m_problems;
    QComboBox *m_status;
    QComboBox *m_parent = nullptr;
    QString m_parentsError; ///< why the places it can go could not be read
    QString m_checkError;   ///< why the name could not be checked (shown, not a problem: the save checks it)
    QString m_checkedName;  ///< the name validate() last read the inventory for, and what it found
    QString m_nameProblem;
    QComboBox *m_providerKind = nullptr;
    QComboBox *m_hostKind = nullptr;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_aliases;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
    QLabel *m_saveError;
    SaveHandler m_saveHandler;

    // A service's hosts
    QListWidget *m_hosts = nullptr;
    QComboBox *m_hostPicker = nullptr;
    QPushButton *m_addHost = nullptr;
    QPushButton *m_removeHost = nullptr;
    QPushButton *m_hostUp = nullptr;
    QPushButton *m_hostDown = nullptr;
    QHash<qint64, QString> m_hostNames;

    // Links and what a name or alias typed finds
    /// The items called @p name (by name or alias): from those read, or on a large
    /// inventory, where services are not read, asked of the database once and kept.
    QVector<Target> targetsNamed(const QString &name) const;
    bool m_large = false;                              ///< see setLargeInventory()
    mutable QHash<QString, QVector<Target>> m_targets; ///< by name key, names and aliases
    mutable QHash<qint64, Target> m_targetById;
    mutable QSet<QString> m_askedNames; ///< name keys looked up in the database (large inventories)
    QString m_targetsError;             ///< why the items could not be read for the links
    QStringListModel *m_targetNames = nullptr;
    QVector<LinkType> m_linkTypes;
    QVector<Link> m_loadedLinks; ///< outgoing, as loaded
    QGroupBox *m_linksBox = nullptr;
    QVBoxLayout *m_linkLayout = nullptr;
    QVector<LinkRow> m_links;
};

} // namespace steward
