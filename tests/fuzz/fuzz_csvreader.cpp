// libFuzzer target for CsvReader (and the address/member cells the importer parses):
//   cmake -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DSTEWARD_FUZZ=ON
//   cmake --build build/fuzz --target fuzz_csvreader && build/fuzz/tests/fuzz/fuzz_csvreader -max_total_time=60

#include "CsvReader.h"
#include "Reports.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    steward::CsvReader reader;
    const bool ok = reader.parse(bytes);
    // What the reader promises: no errors means every record is as wide as the header,
    // and rows only go up.
    int lastRow = 0;
    for (const auto &record : reader.records()) {
        if (record.row <= lastRow)
            __builtin_trap();
        lastRow = record.row;
        if (ok && record.fields.size() != reader.records().first().fields.size())
            __builtin_trap();
    }
    if (!ok && reader.errors().isEmpty())
        __builtin_trap();
    const QString text = QString::fromUtf8(bytes);
    QVector<steward::Address> addresses;
    QVector<steward::TeamMember> members;
    QString error;
    steward::Reports::parseAddresses(text, &addresses, &error);
    steward::Reports::parseMembers(text, &members, &error);
    return 0;
}
