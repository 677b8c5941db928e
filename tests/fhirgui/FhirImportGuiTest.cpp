#include "TestSupport.h"
#include "chart/PatientChartPage.h"
#include "clinical/forms/FormRegistry.h"
#include "fhirimport/HospitalRecordService.h"
#include "imports/FhirImportDialog.h"
#include "patients/PatientService.h"

#include <QTabWidget>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace wp;

namespace {

QString fixture(const QString& name)
{
    return test::dataFile(QStringLiteral("fhir-import/") + name);
}

struct Laptop
{
    test::TempDir dir;
    // Three days after the IPS document's timestamp (2026-12-03T06:00:00+01:00).
    ManualClock clock{QDateTime::fromString(QStringLiteral("2026-12-06T05:30:00Z"), Qt::ISODate)};
    std::unique_ptr<Workspace> ws = test::initialisedWorkspace(dir.path(), clock);
    clinical::FormRegistry forms;
    Laptop() { forms.reload(); }
};

QTextBrowser* hospitalTab(gui::PatientChartPage& chart)
{
    for (int i = 0; i < chart.tabs()->count(); ++i) {
        if (auto* view = qobject_cast<QTextBrowser*>(chart.tabs()->widget(i));
            view && view->objectName() == QLatin1String("hospitalRecordView")) {
            return view;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("The hospital record dialog previews an IPS document, writes only on Import, and the chart shows "
          "it 'as of' its snapshot",
          "[fhirgui]")
{
    Laptop l;
    const int before = PatientService(*l.ws).count();
    gui::FhirImportDialog dialog(*l.ws, l.forms);
    CHECK_FALSE(dialog.canImport());
    dialog.setPaths({fixture(QStringLiteral("ips-document.json"))});
    REQUIRE(dialog.preview());
    INFO(dialog.previewText().toStdString());
    CHECK(dialog.canImport());
    CHECK(dialog.previewText().contains(QStringLiteral("Hospital record as of 03/12")));
    CHECK(dialog.previewText().contains(QStringLiteral("Would import: 1 new patient(s), 0 matched.")));
    CHECK(dialog.previewText().contains(QStringLiteral("Not imported: ")));
    CHECK(dialog.previewText().contains(QStringLiteral("Coverage")));
    CHECK(PatientService(*l.ws).count() == before); // the preview is a dry run

    REQUIRE(dialog.import());
    CHECK(dialog.previewText().contains(QStringLiteral("Imported: 1 new patient(s)")));
    CHECK_FALSE(dialog.canImport()); // one confirmation, one import
    REQUIRE(PatientService(*l.ws).count() == before + 1);

    auto found = PatientService(*l.ws).search(QStringLiteral("MARTIN"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    gui::PatientChartPage chart(*l.ws, l.forms, found->first().id);
    QTextBrowser* view = hospitalTab(chart);
    REQUIRE(view != nullptr);
    const QString text = view->toPlainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Allergies — Hospital record as of 03/12")));
    CHECK(text.contains(QStringLiteral("(3 day(s) old)")));
    CHECK(text.contains(QStringLiteral("Medications")));
    CHECK(text.contains(QStringLiteral("Procedures")));
}

TEST_CASE(
    "Closing the hospital record dialog after a preview writes nothing, and a broken file is refused inline",
    "[fhirgui]")
{
    Laptop l;
    const int before = PatientService(*l.ws).count();
    {
        gui::FhirImportDialog dialog(*l.ws, l.forms);
        dialog.setPaths({fixture(QStringLiteral("ips-document.json"))});
        REQUIRE(dialog.preview());
        dialog.reject();
    }
    CHECK(PatientService(*l.ws).count() == before);

    gui::FhirImportDialog dialog(*l.ws, l.forms);
    dialog.setPaths({fixture(QStringLiteral("broken/malformed.json"))});
    CHECK_FALSE(dialog.preview());
    CHECK_FALSE(dialog.canImport());
    CHECK(dialog.previewText().startsWith(QStringLiteral("Cannot import: ")));
    CHECK(dialog.previewText().contains(QStringLiteral("malformed.json")));
    CHECK_FALSE(dialog.import());
    CHECK(PatientService(*l.ws).count() == before);

    // A patient without hospital record has no groups, so the chart adds no tab.
    auto none = fhirimport::HospitalRecordService(*l.ws).groups(QStringLiteral("no-such-patient"));
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}

TEST_CASE("Hospital record headings give the snapshot's age from the workspace clock", "[fhirgui]")
{
    Laptop l;
    fhirimport::HospitalRecordService service(*l.ws);
    const QDateTime now = l.clock.now();
    CHECK(service.asOfHeading(now.addSecs(-3 * 3600)).endsWith(QStringLiteral("(3 hour(s) old)")));
    CHECK(service.asOfHeading(now.addDays(-3)).endsWith(QStringLiteral("(3 day(s) old)")));
    CHECK(service.asOfHeading(QDateTime()).contains(QStringLiteral("unknown")));
    CHECK(fhirimport::HospitalRecordService::describe(
              QStringLiteral("result"), {{QStringLiteral("text"), QStringLiteral("Potassium")},
                                         {QStringLiteral("value"), 5.8},
                                         {QStringLiteral("unit"), QStringLiteral("mmol/L")},
                                         {QStringLiteral("low"), 3.5},
                                         {QStringLiteral("high"), 5.0},
                                         {QStringLiteral("interpretation"), QStringLiteral("H")}}) ==
          QStringLiteral("Potassium: 5.8 mmol/L (range 3.5–5) [H]"));
}
