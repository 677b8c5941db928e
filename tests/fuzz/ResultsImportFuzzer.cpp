// results.csv import (dry run) on the fuzz laptop, against its orders T1-L0001 and T1-L0002.

#include "FuzzLaptop.h"
#include "orders/ResultCsvImporter.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wp::fuzz::laptop();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto report = wp::orders::ResultCsvImporter(wp::fuzz::laptop(), wp::fuzz::catalogue())
                      .importData(wp::fuzz::bytes(data, size), QStringLiteral("results.csv"), true);
    (void)report;
    return 0;
}
