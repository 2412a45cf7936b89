#pragma once

#include <QFrame>
#include <QTimer>

class QCommandLinkButton;
class QLabel;

namespace steward {

class InventoryDocument;
class MainWindow;

/**
 * "Start here": what an inventory with no provider, host or service shows under its
 * tree, in place of the blank: Create a Provider (Item > New Provider…), Import CSV
 * (File > Import…), Open the Example Inventory, and the user guide (Help > User Guide).
 * It goes as soon as an item exists (made here, by an import or by another program)
 * and comes back when the last one is deleted or undone. Each button does what its
 * menu action does, and is disabled when that action is (a read-only inventory cannot
 * be given a provider). Every button is reached with Tab and pressed with Space.
 */
class StartHere final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartHere)
public:
    explicit StartHere(MainWindow &window);
    ~StartHere() override;

    /// Where Open the Example Inventory creates the example (once) and opens it: by
    /// default example.sqlite in Steward's data folder, beside the default inventory.
    QString exampleLocation() const { return m_exampleLocation; }
    void setExampleLocation(const QString &location) { m_exampleLocation = location; }

    /// Creates the example inventory at exampleLocation() if there is none, and opens it;
    /// false with @p error if it cannot.
    bool openExample(QString *error);

    QCommandLinkButton *createProviderButton() const { return m_createProvider; }
    QCommandLinkButton *importButton() const { return m_import; }
    QCommandLinkButton *exampleButton() const { return m_example; }
    QCommandLinkButton *guideButton() const { return m_guide; }

private:
    void documentChanged(InventoryDocument *document);
    /// Counts the inventory's items (by the database) and shows itself when there are none.
    void recount();
    /// @p button does what the window's action @p actionName does, and is enabled when it is.
    void follow(QCommandLinkButton *button, const char *actionName);

    MainWindow &m_window;
    QLabel *m_title;
    QCommandLinkButton *m_createProvider;
    QCommandLinkButton *m_import;
    QCommandLinkButton *m_example;
    QCommandLinkButton *m_guide;
    QString m_exampleLocation;
    QTimer m_recount;        ///< a count after a burst of removals or changes from elsewhere
    bool m_followed = false; ///< the buttons are tied to the window's actions (once they exist)
};

} // namespace steward
