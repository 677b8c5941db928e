// Every official HL7 R4 example of the resource types the import takes, read one by one
// (npm package hl7.fhir.r4.examples 4.0.1, installed by installers/debian/setup.sh).
#include "TestSupport.h"

#include "fhirimport/FhirReader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <iostream>

using namespace wp;
using namespace wp::fhirimport;

TEST_CASE("Every official R4 example Patient, allergy, medication, condition and observation reads or is "
          "refused with a location",
          "[fhirimport][examples]")
{
    const QDir folder(QStringLiteral(WHITEPLAN_FHIR_EXAMPLES));
    INFO("examples folder: " << folder.path() << " (run installers/debian/setup.sh)");
    REQUIRE(folder.exists());

    const QStringList types = {QStringLiteral("Patient"),           QStringLiteral("AllergyIntolerance"),
                               QStringLiteral("MedicationRequest"), QStringLiteral("MedicationStatement"),
                               QStringLiteral("Condition"),         QStringLiteral("Observation")};
    // "FILE, line N[, column C], PATH: why" — the reason is what follows the path.
    const QRegularExpression locatedRe(
        QStringLiteral("^(.+), line (\\d+)(, column \\d+)?(, ([^:]+))?: (.+)$"));
    int read = 0;
    int refused = 0;
    QMap<QString, int> reasons;
    QMap<QString, int> byType;
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() > 1000);
    for (const QString& name : files) {
        const QString path = folder.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString type =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("resourceType")).toString();
        if (!types.contains(type))
            continue;
        ++byType[type];
        const Result<Snapshot> r = FhirReader(QStringLiteral("urn:oid:1.2.36.146.595.217.0.1")).read({path});
        INFO(path.toStdString());
        if (r.ok()) {
            ++read;
            const Snapshot& s = r.value();
            CHECK((!s.patients.isEmpty() || !s.items.isEmpty() || !s.notImported.isEmpty()));
        } else {
            ++refused;
            const QRegularExpressionMatch m = locatedRe.match(r.errorMessage());
            INFO(r.errorMessage().toStdString());
            REQUIRE(m.hasMatch());
            CHECK(m.captured(1) == path);
            CHECK(m.captured(2).toInt() >= 1);
            QString why = m.captured(6);
            why.replace(QRegularExpression(QStringLiteral("reference \\S+ ")),
                        QStringLiteral("reference … "));
            ++reasons[why];
        }
    }
    std::cout << "R4 examples: " << read << " read, " << refused << " refused\n";
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        std::cout << "  " << it.key().toStdString() << ": " << it.value() << " files\n";
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        std::cout << "  refused " << it.value() << "× : " << it.key().toStdString() << "\n";
    CHECK(read + refused > 100);
    CHECK(read > 0);
}
