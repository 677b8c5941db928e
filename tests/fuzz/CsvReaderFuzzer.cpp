// CsvReader over arbitrary bytes: the streaming reader (default limits and tiny ones, so the
// limit paths are reached too) and the whole-file reader must agree on every record.

#include "FuzzLaptop.h"
#include "csv/CsvReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wp::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = wp::fuzz::bytes(data, size);
    const QString name = QStringLiteral("fuzz.csv");
    auto whole = wp::CsvReader::fromData(input, name);
    auto streamed = wp::CsvReader::openData(input, name);
    if (whole.ok() != streamed.ok()) {
        // fromData fails on a bad record that open() alone does not read: read them all.
        if (!streamed.ok()) {
            std::abort();
        }
    }
    if (streamed) {
        std::size_t count = 0;
        wp::CsvReader::Record record;
        for (;;) {
            auto more = streamed->next(record);
            if (!more || !*more) {
                if (whole.ok() != more.ok()) {
                    std::abort(); // one reader accepted what the other refused
                }
                break;
            }
            if (record.fields.size() != streamed->header().size()) {
                std::abort();
            }
            if (whole &&
                (count >= whole->records().size() || whole->records()[count].fields != record.fields)) {
                std::abort();
            }
            ++count;
        }
        if (whole && count != whole->records().size()) {
            std::abort();
        }
    }
    wp::CsvReader::Limits tiny;
    tiny.maxLineBytes = 64;
    tiny.maxFieldBytes = 16;
    tiny.maxColumns = 4;
    tiny.maxRecords = 8;
    if (auto small = wp::CsvReader::openData(input, name, tiny)) {
        wp::CsvReader::Record record;
        for (;;) {
            auto more = small->next(record);
            if (!more || !*more) {
                break;
            }
        }
    }
    return 0;
}
