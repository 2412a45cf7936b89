#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace steward {

/// Where in a catalog file (BackstageImport) a value came from: its line and column
/// (from 1) and what it is ("Component \"payments\", spec.owner").
struct BackstagePlace
{
    int line = 0;
    int column = 0;
    QString what;
};

/// The places of one record a catalog gave the importer: its document's and each of
/// its columns' (by the column's index; a place with line 0 falls back to the document's).
struct BackstageRecordPlaces
{
    BackstagePlace document;
    QVector<BackstagePlace> columns;
    /// Names of references to contacts (an owner, members) and to services (what it
    /// depends on) that are not in the catalog: the inventory's are looked up by them
    /// (BackstageImport::resolveNames).
    QStringList contactRefs;
    QStringList serviceRefs;
};

/// A catalog file's records by their row (row N at index N - 1).
using BackstagePlaces = QVector<BackstageRecordPlaces>;

} // namespace steward
