#pragma once

#include <QStringList>

namespace steward {

/// `steward map [--db FILE] -o OUT.svg|OUT.png [--focus ITEM]`: the map drawn without a
/// window (needs no display), for wiki pages and reports. Exit 0, 1 on failure, 2 on a usage error.
int runMapCommand(int argc, char **argv);

} // namespace steward
