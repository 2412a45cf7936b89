#pragma once

#include <QAccessibleWidget>
#include <QPointer>

namespace steward {

class MapItem;
class MapView;

/**
 * What a screen reader sees of the map: the view is a list whose children are the
 * boxes drawn (providers, hosts, services, in reading order), each named by its kind,
 * name, status and the region it is drawn in; the selected box is the focused child and
 * the view's value. MapView announces a new selection as a focus event on the box.
 * Installed for every MapView by MapAccessible::install().
 */
class MapAccessible final : public QAccessibleWidget
{
public:
    explicit MapAccessible(MapView *view);

    /// Registers the factory that gives each MapView this interface (once per process).
    static void install();
    /// What a screen reader says of @p item: "Service docs.python.org, active, on albatross".
    static QString describe(const MapView *view, const MapItem *item);

    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    MapView *view() const;
};

/// One box of the map, for a screen reader: not a QObject; MapView keeps it registered
/// (QAccessible::registerAccessibleInterface) until the map is drawn again.
class MapBoxAccessible final : public QAccessibleInterface
{
public:
    MapBoxAccessible(MapView *view, qint64 id);

    qint64 id() const { return m_id; }
    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

private:
    MapItem *item() const;
    QPointer<MapView> m_view;
    qint64 m_id;
};

} // namespace steward
