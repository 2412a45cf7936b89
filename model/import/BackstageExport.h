#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace steward {

class Store;

/**
 * The inventory as a Backstage catalog (several documents in one YAML file, written
 * with yaml-cpp's emitter): providers and hosts as Resources (spec.type provider or
 * host), services as Components (spec.type service), teams and the other contacts
 * but people as Groups, people as Users, and the organisation as a Group of type
 * organization when it has assignments or links.
 *
 * It is made of the rows of the providers, hosts, services, contacts, assignments
 * and links reports (the CSV an import reads), so that importing it (BackstageImport)
 * into an empty inventory and exporting again gives the same bytes. spec.owner is
 * the item's owner: of its assignments whose priority is not inactive, the first
 * with the role owner, else maintainer, else the first of any role; only then the
 * inactive ones in the same order; an item with none takes its parent's (a service's
 * first host's or provider's, a host's provider's, then the organisation's), and
 * "unknown" if none has one. The whole list of assignments is kept in
 * steward.io/assignments unless it is one owner alone (primary, no note or dates).
 * Names Backstage does not accept are made valid (backstage::toName, "-2" on a clash)
 * and the real one kept in metadata.title (spec.profile.displayName for Users and
 * Groups), which the import reads back.
 */
class BackstageExport final
{
    Q_DECLARE_TR_FUNCTIONS(BackstageExport)
public:
    explicit BackstageExport(Store &store);

    /// The catalog; false with errorString() on a database error.
    bool run(QByteArray *catalog);
    QString errorString() const { return m_error; }

private:
    Store &m_store;
    QString m_error;
};

} // namespace steward
