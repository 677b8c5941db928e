#include "SnapshotFixture.h"

#include <QElapsedTimer>

#include <iostream>

using namespace wp;
using namespace wp::test;
using namespace wp::fhirimport;

namespace {

// Names are letters only (identity rules): the number in base 26.
QString letters(int n)
{
    QString s;
    do {
        s.prepend(QChar(u'a' + n % 26));
        n /= 26;
    } while (n > 0);
    return s;
}

} // namespace

// Hidden ([.bench]): the import's cost at the proportions (per patient 10 medications
// and 100 vital-sign Observations, 5 per time), scaled by WHITEPLAN_FHIR_BENCH_PATIENTS
// (default 200). Run: test_fhirstore "[.bench]" under /usr/bin/time -v for peak memory.
TEST_CASE("benchmark: importing a whole hospital's record", "[.bench]")
{
    const int patients = qEnvironmentVariableIntValue("WHITEPLAN_FHIR_BENCH_PATIENTS") > 0
                             ? qEnvironmentVariableIntValue("WHITEPLAN_FHIR_BENCH_PATIENTS")
                             : 200;
    Snapshot s;
    s.takenAt = QDateTime::fromString(QStringLiteral("2026-12-03T06:00:00Z"), Qt::ISODate);
    s.takenAtBasis = QStringLiteral("lastUpdated");
    const QStringList loincs{QStringLiteral("9279-1"), QStringLiteral("2708-6"), QStringLiteral("8480-6"),
                             QStringLiteral("8867-4"), QStringLiteral("8310-5")};
    const QList<double> values{18, 96, 125, 80, 37.2};
    for (int p = 0; p < patients; ++p) {
        const QString key = QStringLiteral("b%1").arg(p);
        s.patients << hospitalPatient(key, QStringLiteral("9%1").arg(p, 6, 10, QLatin1Char('0')),
                                      QStringLiteral("Nom") + letters(p), QStringLiteral("Prenom"),
                                      QDate(1940, 1, 1).addDays(p % 20000),
                                      p % 2 ? QStringLiteral("M") : QStringLiteral("F"));
        for (int m = 0; m < 10; ++m) {
            s.items << item(key, QStringLiteral("medication"), QStringLiteral("MedicationRequest"),
                            QStringLiteral("%1-m%2").arg(key).arg(m),
                            {{QStringLiteral("drug"), QStringLiteral("Drug %1").arg(m)},
                             {QStringLiteral("dose"), QStringLiteral("1 g")},
                             {QStringLiteral("status"), QStringLiteral("active")}});
        }
        for (int o = 0; o < 100; ++o) {
            const QDateTime at = s.takenAt.addSecs(-3600 * (1 + o / 5));
            s.items << vital(key, QStringLiteral("%1-o%2").arg(key).arg(o), loincs[o % 5], values[o % 5], at);
        }
    }
    ImportLaptop l;
    QElapsedTimer timer;
    timer.start();
    const auto report = l.import(s);
    const qint64 ms = timer.elapsed();
    CHECK(report.patientsNew == patients);
    CHECK(report.imported.value(QStringLiteral("medication")) == 10 * patients);
    CHECK(report.imported.value(QStringLiteral("observation")) == 20 * patients);
    std::cout << patients << " patients, " << 10 * patients << " medications, " << 100 * patients
              << " vital-sign observations (" << 20 * patients << " chart entries): " << ms << " ms\n";
}
