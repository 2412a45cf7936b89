#pragma once

#include <QHash>
#include <QString>
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
};

/// A catalog file's records by their row (row N at index N - 1).
using BackstagePlaces = QVector<BackstageRecordPlaces>;

} // namespace steward
