// The FHIR R4 import: the input is written as one file (a JSON resource or Bundle, or, when
// its first byte is 'N', an NDJSON file from the rest), read by FhirReader, and a snapshot
// it accepts is imported in a dry run on the fuzz laptop (all the matching, nothing kept).

#include "FuzzLaptop.h"
#include "fhirimport/FhirImporter.h"
#include "fhirimport/FhirReader.h"

#include <QDir>
#include <QFile>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wp::fuzz::laptop();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wp::fhirimport;
    QByteArray input = wp::fuzz::bytes(data, size);
    const bool ndjson = input.startsWith('N');
    const QDir scratch(wp::fuzz::scratchDirectory());
    QString path;
    if (ndjson) {
        input.remove(0, 1);
        scratch.mkpath(QStringLiteral("bulk"));
        path = scratch.filePath(QStringLiteral("bulk"));
        QFile file(scratch.filePath(QStringLiteral("bulk/Patient.ndjson")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size()) {
            std::abort();
        }
    } else {
        path = scratch.filePath(QStringLiteral("input.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size()) {
            std::abort();
        }
    }
    auto snapshot = FhirReader(QStringLiteral("http://hopital.example/ipp")).read({path});
    if (snapshot) {
        FhirImportOptions options;
        options.dryRun = true;
        options.defaultWard = QStringLiteral("MED");
        (void)FhirImporter(wp::fuzz::laptop(), wp::fuzz::forms()).importSnapshot(*snapshot, options);
    }
    return 0;
}
