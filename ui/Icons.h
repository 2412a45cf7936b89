#pragma once

#include "Types.h"

#include <QIcon>

namespace steward::icons {

QIcon forItem(ItemKind kind);
QIcon forContact(ContactKind kind);
QIcon named(const QString &name);

} // namespace steward::icons
