// census.csv import (dry run) on the fuzz laptop: every check runs, nothing is written.

#include "FuzzLaptop.h"
#include "wardcsv/CensusImporter.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wp::fuzz::laptop();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto report = wp::CensusImporter(wp::fuzz::laptop())
                      .importData(wp::fuzz::bytes(data, size), QStringLiteral("census.csv"), true);
    (void)report;
    return 0;
}
