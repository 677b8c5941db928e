// The order catalogue parser (administrators drop these files into DATA/catalogue).

#include "FuzzLaptop.h"
#include "orders/CatalogueParser.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wp::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static wp::orders::Catalogue* shipped = [] {
        auto* c = new wp::orders::Catalogue;
        c->reload();
        return c;
    }();
    auto file = wp::orders::CatalogueParser::parse(wp::fuzz::bytes(data, size), QStringLiteral("fuzz.json"),
                                                   *shipped);
    (void)file;
    return 0;
}
