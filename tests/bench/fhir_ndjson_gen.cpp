// A whole hospital as FHIR Bulk Data NDJSON, for the pre-attack import benchmark (#14).
// Usage:
//   fhir_ndjson_gen OUT_DIR [PATIENTS MEDICATIONS OBSERVATIONS] [--read IPP_SYSTEM]
// Defaults: 10,000 patients, 100,000 MedicationRequests, 1,000,000 Observations (a third of
// them laboratory results, the rest vital signs, every tenth a blood-pressure panel), plus
// 20 wards of 30 beds, one Encounter in progress per patient and 200 Medications. With
// --read, it then times FhirReader::read on the folder and prints the peak memory (the
// reader only; the whole import is measured by the importer's benchmark).

#include "fhirimport/FhirReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <cstdio>

using namespace wp;

namespace {

const char* const surnames[] = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD",
                                "PETIT",  "DURAND",  "LEROY",  "MOREAU", "SIMON",  "LAURENT"};
const char* const givens[] = {"Jeanne", "Marie", "Louise", "Jean", "Pierre", "Luc", "Hugo", "Camille"};
const char* const ipp = "http://hopital.example/ipp";

long peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

class Writer
{
public:
    explicit Writer(const QString& path) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    }
    ~Writer() { m_file.write(m_buffer); }
    void line(const QByteArray& l)
    {
        m_buffer += l;
        m_buffer += '\n';
        if (m_buffer.size() > (1 << 20)) {
            m_file.write(m_buffer);
            m_buffer.clear();
        }
    }

private:
    QFile m_file;
    QByteArray m_buffer;
};

QByteArray n(long long v)
{
    return QByteArray::number(v);
}

void generate(const QString& dir, int patients, int medications, int observations)
{
    QDir().mkpath(dir);
    const QByteArray meta = R"("meta":{"lastUpdated":"2026-12-05T02:00:00Z"})";
    {
        Writer w(dir + QStringLiteral("/Location.ndjson"));
        for (int ward = 0; ward < 20; ++ward) {
            w.line(R"({"resourceType":"Location","id":"w)" + n(ward) + R"(","identifier":[{"value":"W)" +
                   n(ward) + R"("}],"name":"Ward )" + n(ward) + R"("})");
            for (int bed = 1; bed <= 30; ++bed)
                w.line(R"({"resourceType":"Location","id":"w)" + n(ward) + "b" + n(bed) + R"(","name":")" +
                       n(bed) +
                       R"(","physicalType":{"coding":[{"code":"bd"}]},"partOf":{"reference":"Location/w)" +
                       n(ward) + R"("}})");
        }
    }
    {
        Writer w(dir + QStringLiteral("/Patient.ndjson"));
        Writer e(dir + QStringLiteral("/Encounter.ndjson"));
        for (int p = 0; p < patients; ++p) {
            w.line(R"({"resourceType":"Patient","id":"p)" + n(p) + R"(",)" + meta +
                   R"(,"identifier":[{"system":")" + ipp + R"(","value":"IPP)" + n(1000000 + p) +
                   R"("}],"name":[{"use":"official","family":")" + surnames[p % 12] + R"(","given":[")" +
                   givens[p % 8] + R"("]}],"gender":")" + (p % 2 ? "male" : "female") +
                   R"(","birthDate":"19)" + n(30 + p % 70) + "-0" + n(1 + p % 9) + "-1" + n(p % 10) +
                   R"("})");
            const int ward = p % 20;
            e.line(R"({"resourceType":"Encounter","id":"e)" + n(p) +
                   R"(","status":"in-progress","class":{"code":"IMP"},)" +
                   R"("subject":{"reference":"Patient/p)" + n(p) + R"("},"period":{"start":"2026-12-0)" +
                   n(1 + p % 4) + R"(T10:00:00Z"},"location":[{"location":{"reference":"Location/w)" +
                   n(ward) + "b" + n(1 + (p / 20) % 30) + R"("}}]})");
        }
    }
    {
        Writer w(dir + QStringLiteral("/Medication.ndjson"));
        for (int m = 0; m < 200; ++m)
            w.line(R"({"resourceType":"Medication","id":"m)" + n(m) + R"(","code":{"text":"Drug )" + n(m) +
                   R"( 10 mg"}})");
    }
    {
        Writer w(dir + QStringLiteral("/MedicationRequest.ndjson"));
        for (int i = 0; i < medications; ++i)
            w.line(
                R"({"resourceType":"MedicationRequest","id":"mr)" + n(i) + R"(",)" + meta + R"(,"status":")" +
                (i % 10 == 9 ? "completed" : "active") +
                R"(","intent":"order","medicationReference":{"reference":"Medication/m)" + n(i % 200) +
                R"("},"subject":{"reference":"Patient/p)" + n(i % patients) +
                R"("},"authoredOn":"2026-12-01","dosageInstruction":[{"text":"1 cp matin et soir","route":{"text":"orale"},)" +
                R"("timing":{"repeat":{"frequency":2,"period":1,"periodUnit":"d"}},"doseAndRate":[{"doseQuantity":{"value":10,"unit":"mg"}}]}]})");
    }
    {
        Writer w(dir + QStringLiteral("/Observation.ndjson"));
        const QByteArray vs =
            R"("category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs"}]}])";
        const QByteArray lab =
            R"("category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}])";
        for (int i = 0; i < observations; ++i) {
            const QByteArray head =
                R"({"resourceType":"Observation","id":"o)" + n(i) + R"(",)" + meta + R"(,"status":"final",)";
            const QByteArray tail = R"(,"subject":{"reference":"Patient/p)" + n(i % patients) +
                                    R"("},"effectiveDateTime":"2026-12-04T)" + n(10 + i % 10) + R"(:00:00Z")";
            if (i % 3 == 2)
                w.line(
                    head + lab +
                    R"(,"code":{"coding":[{"system":"http://loinc.org","code":"2823-3","display":"Potassium"}]})" +
                    tail + R"(,"valueQuantity":{"value":4.)" + n(i % 10) +
                    R"(,"unit":"mmol/L"},"referenceRange":[{"low":{"value":3.5},"high":{"value":5.0}}]})");
            else if (i % 10 == 0)
                w.line(
                    head + vs + R"(,"code":{"coding":[{"system":"http://loinc.org","code":"85354-9"}]})" +
                    tail +
                    R"(,"component":[{"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":1)" +
                    n(10 + i % 40) +
                    R"(,"unit":"mmHg"}},{"code":{"coding":[{"system":"http://loinc.org","code":"8462-4"}]},"valueQuantity":{"value":7)" +
                    n(i % 10) + R"(,"unit":"mmHg"}}]})");
            else
                w.line(
                    head + vs +
                    R"(,"code":{"coding":[{"system":"http://loinc.org","code":"8867-4","display":"Heart rate"}]})" +
                    tail + R"(,"valueQuantity":{"value":)" + n(60 + i % 50) + R"(,"unit":"/min"}})");
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString ippSystem;
    const qsizetype readAt = args.indexOf(QStringLiteral("--read"));
    if (readAt >= 0) {
        ippSystem = readAt + 1 < args.size() ? args.at(readAt + 1) : QString::fromLatin1(ipp);
        args = args.mid(0, readAt);
    }
    if (args.isEmpty()) {
        std::fprintf(
            stderr,
            "usage: fhir_ndjson_gen OUT_DIR [PATIENTS MEDICATIONS OBSERVATIONS] [--read IPP_SYSTEM]\n");
        return 2;
    }
    const int patients = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int medications = args.size() > 2 ? args.at(2).toInt() : 100000;
    const int observations = args.size() > 3 ? args.at(3).toInt() : 1000000;
    QElapsedTimer timer;
    timer.start();
    generate(args.at(0), patients, medications, observations);
    std::printf("generated %d patients, %d medications, %d observations in %.1f s\n", patients, medications,
                observations, double(timer.elapsed()) / 1000.0);
    if (readAt < 0)
        return 0;
    timer.restart();
    const Result<fhirimport::Snapshot> r = fhirimport::FhirReader(ippSystem).read({args.at(0)});
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
        return 1;
    }
    std::printf("read: %.1f s, peak memory %ld MB; %lld patients, %lld encounters, %lld items\n",
                double(timer.elapsed()) / 1000.0, peakMemoryMb(), static_cast<long long>(r->patients.size()),
                static_cast<long long>(r->encounters.size()), static_cast<long long>(r->items.size()));
    return 0;
}
