// observations.csv import (dry run) on the fuzz laptop, whose census patients the rows name.

#include "FuzzLaptop.h"
#include "wardcsv/ObservationCsv.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wp::fuzz::laptop();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto report = wp::ObservationCsv(wp::fuzz::laptop(), wp::fuzz::forms())
                      .importData(wp::fuzz::bytes(data, size), QStringLiteral("observations.csv"), true);
    (void)report;
    return 0;
}
