// libFuzzer target for the import of a whole file set: the input is split at each NUL
// byte into CSV files (f0.csv, f1.csv, ...), which the importer parses and validates
// against the example inventory, as `steward import --dry-run` does, writing nothing:
//   cmake -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DSTEWARD_FUZZ=ON
//   cmake --build build/fuzz --target fuzz_import && build/fuzz/tests/fuzz/fuzz_import CORPUS tests/data/realistic
// (tests/fuzz/run-fuzzers does this for CI, with a seed that joins the realistic files.)

#include "Database.h"
#include "ExampleInventory.h"
#include "Importer.h"
#include "Store.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Inventory
{
    QTemporaryDir dir;
    steward::Database db;
    std::unique_ptr<steward::Store> store;
};

Inventory *inventory()
{
    static Inventory *made = [] {
        auto *inv = new Inventory;
        const QString path = inv->dir.filePath(QStringLiteral("example.sqlite"));
        {
            steward::Database writer;
            if (!writer.create(path))
                std::abort();
            steward::Store store(writer);
            QString error;
            if (!steward::ExampleInventory::populate(store, &error))
                std::abort();
        }
        // Read-only, as the dry run opens it: validation must never need to write.
        if (!inv->db.open(path, steward::Database::OpenMode::ReadOnly))
            std::abort();
        inv->store = std::make_unique<steward::Store>(inv->db);
        return inv;
    }();
    return made;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's SQL plugins are found through the application object.
    static QCoreApplication app(*argc, *argv);
    inventory();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QList<QByteArray> files = bytes.split('\0');
    if (files.size() > 8)
        return -1; // more files say nothing new, and cost a pass each
    steward::Importer importer(*inventory()->store);
    for (qsizetype i = 0; i < files.size(); ++i)
        importer.addData(QStringLiteral("f%1.csv").arg(i), files.at(i));
    const bool ok = importer.validate();
    // What the importer promises: a refused file set says why, and a valid one has no errors.
    if (!ok && importer.errors().isEmpty() && importer.errorString().isEmpty())
        __builtin_trap();
    if (ok && !importer.errors().isEmpty())
        __builtin_trap();
    if (inventory()->db.isDamaged())
        __builtin_trap();
    return 0;
}
