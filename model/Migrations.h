#pragma once

#include <QStringList>
#include <QVector>

namespace steward {

/// One numbered schema step: the statements that take user_version from number-1 to number.
struct Migration
{
    int number;
    QStringList statements;
};

/// Every schema step, in order. Step N is applied in one transaction and sets user_version = N.
const QVector<Migration> &migrations();

} // namespace steward
