#include "CliRun.h"
#include "TestSupport.h"
#include "site/SiteIdentity.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace wp;

namespace {

void makeDemo(const QString& dir)
{
    auto r = test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), dir});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("cli: a bundle from the demo laptop merges into another laptop, a wrong passphrase is refused")
{
    test::TempDir demo;
    test::TempDir other;
    test::TempDir usb;
    makeDemo(demo.path());
    // The other laptop joins the demo hospital with its id, as `init` told the administrator.
    auto demoIdentity = SiteIdentity::ofFile(QDir(demo.path()).filePath(QStringLiteral("whiteplan.db")));
    REQUIRE(demoIdentity.ok());
    auto init = test::runCli(test::initArgs(other.path(), QStringLiteral("URG2"))
                                 << QStringLiteral("--hospital-id") << demoIdentity->hospitalId,
                             test::cliSecrets(test::cliAdminPassword()));
    REQUIRE(init.exitCode == 0);
    const QString bundle = usb.file(QStringLiteral("demo.wpb"));
    auto exported =
        test::runCli({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--data-dir"),
                      demo.path(), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--out"),
                      bundle, QStringLiteral("--for"), QStringLiteral("URG2")},
                     test::cliSecrets(QStringLiteral("demo-admin"), QStringLiteral("usb stick 42")));
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("Bundle written")));

    const QStringList import{QStringLiteral("bundle"),
                             QStringLiteral("import"),
                             bundle,
                             QStringLiteral("--data-dir"),
                             other.path(),
                             QStringLiteral("--user"),
                             QStringLiteral("boss")};
    auto wrong = test::runCli(
        import, test::cliSecrets(QStringLiteral("boss-password"), QStringLiteral("usb stick 43")));
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains(QStringLiteral("Wrong passphrase")));

    auto preview =
        test::runCli(import + QStringList{QStringLiteral("--preview")},
                     test::cliSecrets(QStringLiteral("boss-password"), QStringLiteral("usb stick 42")));
    INFO(preview.err.toStdString());
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.contains(QStringLiteral("Preview")));

    auto merged = test::runCli(
        import, test::cliSecrets(QStringLiteral("boss-password"), QStringLiteral("usb stick 42")));
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.contains(QStringLiteral("Imported the bundle from DEMO")));
    auto again = test::runCli(
        import, test::cliSecrets(QStringLiteral("boss-password"), QStringLiteral("usb stick 42")));
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral(", 0 new")));

    // The demo users came along (without touching boss's password) and can log in here.
    auto nurse = test::runCli({QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("--data-dir"),
                               other.path(), QStringLiteral("--user"), QStringLiteral("claire"),
                               QStringLiteral("--out"), usb.file(QStringLiteral("back-entry.json"))},
                              test::cliSecrets(QStringLiteral("demo-nurse")));
    INFO(nurse.err.toStdString());
    CHECK(nurse.exitCode == 0);
    auto boss = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), other.path()});
    CHECK(boss.exitCode == 0);
    auto conflicts = test::runCli(
        {QStringLiteral("bundle"), QStringLiteral("conflicts"), QStringLiteral("--data-dir"), other.path()});
    CHECK(conflicts.exitCode == 0);
    CHECK(conflicts.out.contains(QStringLiteral("Nothing to confirm")));
}

TEST_CASE("cli: back-entry exports (FHIR, CSV, checklist) of the demo hospital agree on their counts")
{
    test::TempDir demo;
    test::TempDir out;
    makeDemo(demo.path());
    const auto env = test::cliSecrets(QStringLiteral("demo-admin"));
    auto run = [&](const QString& what, const QString& target) {
        auto r =
            test::runCli({QStringLiteral("export"), what, QStringLiteral("--data-dir"), demo.path(),
                          QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--out"), target},
                         env);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    };
    run(QStringLiteral("fhir"), out.file(QStringLiteral("bundle.json")));
    run(QStringLiteral("csv"), out.file(QStringLiteral("csv")));
    auto checklist = run(QStringLiteral("checklist"), out.file(QStringLiteral("checklist.pdf")));

    const auto doc = QJsonDocument::fromJson(test::readFile(out.file(QStringLiteral("bundle.json"))));
    REQUIRE(doc.isObject());
    CHECK(doc.object().value(QStringLiteral("type")).toString() == QStringLiteral("transaction"));
    int patients = 0;
    int observations = 0;
    for (const auto& e : doc.object().value(QStringLiteral("entry")).toArray()) {
        const QString type = e.toObject()
                                 .value(QStringLiteral("resource"))
                                 .toObject()
                                 .value(QStringLiteral("resourceType"))
                                 .toString();
        patients += type == QStringLiteral("Patient") ? 1 : 0;
        observations += type == QStringLiteral("Observation") ? 1 : 0;
    }
    CHECK(patients > 30);
    CHECK(observations > patients);

    const QStringList csvRows =
        QString::fromUtf8(test::readFile(out.file(QStringLiteral("csv/patients.csv"))))
            .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(csvRows.size() == patients + 1);
    CHECK(QFile::exists(out.file(QStringLiteral("csv/observation.csv"))));
    CHECK(QFile::exists(out.file(QStringLiteral("csv/nursing_note.csv"))));

    const QByteArray pdf = test::readFile(out.file(QStringLiteral("checklist.pdf")));
    CHECK(pdf.startsWith("%PDF"));
    // One page per patient at least.
    const int pages = checklist.out.section(QLatin1Char('('), 1).section(QLatin1Char(' '), 0, 0).toInt();
    CHECK(pages >= patients);

    // Exports are audited.
    auto verify = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), demo.path()});
    CHECK(verify.exitCode == 0);
}
