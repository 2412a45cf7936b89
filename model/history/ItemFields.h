#pragma once

// Moved to history/ChangeFields.h (the fields a history entry records). This name is kept
// only for the files still including it while they are restructured (Store.cpp,
// tests/tst_import.cpp); include ChangeFields.h instead.
#include "ChangeFields.h"
