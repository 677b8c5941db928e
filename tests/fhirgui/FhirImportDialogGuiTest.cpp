#include "../gui/GuiTestHelpers.h"
#include "TestSupport.h"
#include "chart/PatientChartPage.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "fhir/FhirSettings.h"
#include "imports/FhirImportDialog.h"
#include "observations/ObservationChartView.h"
#include "patients/PatientService.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

#include <catch2/catch.hpp>

// Issue #14, the GUI's missing parts: progress and Cancel (a cancelled import writes nothing),
// the ward for patients without a bed, and the chart's mark on imported vital signs.

using namespace wp;
using gui::FhirImportDialog;

namespace {

QString fixture(const QString& name)
{
    return test::dataFile(QStringLiteral("fhir-import/") + name);
}

struct Laptop
{
    test::TempDir dir;
    // A day after the Bulk Data export's newest lastUpdated (2026-12-05).
    ManualClock clock{QDateTime::fromString(QStringLiteral("2026-12-06T05:30:00Z"), Qt::ISODate)};
    std::unique_ptr<Workspace> ws = test::initialisedWorkspace(dir.path(), clock);
    clinical::FormRegistry forms;
    Laptop()
    {
        forms.reload();
        // The fixtures' IPP system, as the administrator sets it in the settings.
        auto st = fhir::FhirSettings(*ws).setIppSystem(QStringLiteral("http://hopital.example/ipp"));
        INFO(st.errorMessage().toStdString());
        REQUIRE(st.ok());
    }

    /// Every row of every table (audit entries apart), as text: equal exactly when the
    /// content is.
    QString dump() const
    {
        auto tables = ws->db().prepare(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_entry' ORDER BY name"));
        REQUIRE(tables.ok());
        QStringList names;
        while (*tables->step()) {
            names << tables->text(0);
        }
        REQUIRE(names.contains(QStringLiteral("record_version")));
        QString out;
        for (const QString& table : std::as_const(names)) {
            auto rows = ws->db().prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            REQUIRE(rows.ok());
            out += QStringLiteral("== %1\n").arg(table);
            while (*rows->step()) {
                for (int i = 0; i < rows->columnCount(); ++i) {
                    out += rows->isNull(i) ? QStringLiteral("NULL|")
                                           : QString::fromLatin1(rows->blob(i).toHex()) + QLatin1Char('|');
                }
                out += QLatin1Char('\n');
            }
        }
        return out;
    }

    Patient only(const QString& name) const
    {
        auto found = PatientService(*ws).search(name);
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        return found->first();
    }
};

} // namespace

TEST_CASE("Cancel during the hospital record import rolls back everything it had written", "[fhirgui]")
{
    Laptop l;
    FhirImportDialog dialog(*l.ws, l.forms);
    dialog.setDefaultWard(QStringLiteral("MED"));
    dialog.setPaths({fixture(QStringLiteral("bulk"))});
    REQUIRE(dialog.preview());
    REQUIRE(dialog.canImport());
    const QString before = l.dump();
    const int patientsBefore = PatientService(*l.ws).count();

    // Cancel once the first patient is written (inside the import's transaction).
    int patientsAtCancel = -1;
    bool barShown = false;
    QObject::connect(&dialog, &FhirImportDialog::progressed, &dialog,
                     [&](FhirImportDialog::Phase phase, qint64 done, qint64) {
                         barShown =
                             barShown || test::named<QProgressBar>(&dialog, "fhirProgress")->isVisible();
                         if (phase == FhirImportDialog::Phase::Writing && done >= 1 && patientsAtCancel < 0) {
                             patientsAtCancel = PatientService(*l.ws).count();
                             test::named<QPushButton>(&dialog, "fhirCancelButton")->click();
                         }
                     });
    dialog.show();
    CHECK_FALSE(dialog.import());
    INFO(dialog.previewText().toStdString());
    CHECK(patientsAtCancel == patientsBefore + 1); // it had written PETIT Jean…
    CHECK(barShown);
    CHECK(dialog.previewText() == QStringLiteral("Import cancelled. Nothing was written on this laptop."));
    CHECK(l.dump() == before); // …and nothing is left of it
    CHECK_FALSE(test::named<QProgressBar>(&dialog, "fhirProgress")->isVisible());
    CHECK(dialog.canImport()); // the preview holds: Import may be pressed again
    CHECK(dialog.isVisible());

    // Without Cancel the same import goes through: the cancel, not the data, stopped it.
    patientsAtCancel = 0;
    REQUIRE(dialog.import());
    CHECK(PatientService(*l.ws).count() == patientsBefore + 1);
}

TEST_CASE("Cancel while reading stops the preview, and closing during an import cancels it", "[fhirgui]")
{
    Laptop l;
    const QString before = l.dump();
    FhirImportDialog dialog(*l.ws, l.forms);
    dialog.setPaths({fixture(QStringLiteral("bulk"))});
    QList<FhirImportDialog::Phase> phases;
    auto cancelIn = std::make_shared<FhirImportDialog::Phase>(FhirImportDialog::Phase::Reading);
    auto closeInstead = std::make_shared<bool>(false);
    QObject::connect(&dialog, &FhirImportDialog::progressed, &dialog,
                     [&, cancelIn, closeInstead](FhirImportDialog::Phase phase, qint64 done, qint64 total) {
                         CHECK(done <= total);
                         if (phases.isEmpty() || phases.last() != phase) {
                             phases << phase;
                         }
                         if (phase == *cancelIn && done > 0) {
                             if (*closeInstead) {
                                 dialog.reject();
                             } else {
                                 dialog.cancel();
                             }
                         }
                     });
    dialog.show();
    CHECK_FALSE(dialog.preview());
    CHECK(dialog.previewText() == QStringLiteral("Preview cancelled. Nothing was written."));
    CHECK_FALSE(dialog.canImport());
    CHECK(phases == QList<FhirImportDialog::Phase>{FhirImportDialog::Phase::Reading});

    // A preview reads, then checks; stopped only in the writing, which a preview never does.
    phases.clear();
    *cancelIn = FhirImportDialog::Phase::Writing;
    REQUIRE(dialog.preview());
    CHECK(phases == QList<FhirImportDialog::Phase>{FhirImportDialog::Phase::Reading,
                                                   FhirImportDialog::Phase::Checking});
    *closeInstead = true;
    CHECK_FALSE(dialog.import());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
    CHECK(l.dump() == before);
}

TEST_CASE("The ward chosen in the hospital record dialog takes the patients without a bed", "[fhirgui]")
{
    Laptop l;
    {
        FhirImportDialog dialog(*l.ws, l.forms);
        auto* ward = test::named<QComboBox>(&dialog, "fhirWard");
        // The laptop's wards, then "none"; none unless the ward on screen is given.
        REQUIRE(ward->count() == 3);
        CHECK(ward->itemData(0).toString() == QStringLiteral("MED"));
        CHECK(ward->itemData(1).toString() == QStringLiteral("SURG"));
        CHECK(dialog.defaultWard().isEmpty());
        dialog.setDefaultWard(QStringLiteral("NOPE"));
        CHECK(dialog.defaultWard().isEmpty());
        dialog.setDefaultWard(QStringLiteral("MED"));
        CHECK(ward->currentIndex() == 0);

        dialog.setPaths({fixture(QStringLiteral("single-patient.json"))});
        REQUIRE(dialog.preview());
        CHECK(
            dialog.previewText().contains(QStringLiteral("Patients without a bed in the record: ward MED.")));
        ward->setCurrentIndex(1); // SURG: the preview no longer holds
        CHECK_FALSE(dialog.canImport());
        REQUIRE(dialog.preview());
        CHECK(dialog.previewText().contains(QStringLiteral("ward SURG")));
        REQUIRE(dialog.import());
    }
    const Patient lea = l.only(QStringLiteral("SEUL"));
    CHECK(lea.wardCode == QStringLiteral("SURG"));
    CHECK(lea.bedLabel.isEmpty());
}

TEST_CASE("Without a ward chosen, a patient without a bed is registered on no ward, and the preview says so",
          "[fhirgui]")
{
    Laptop l;
    FhirImportDialog dialog(*l.ws, l.forms);
    dialog.setPaths({fixture(QStringLiteral("single-patient.json"))});
    REQUIRE(dialog.preview());
    CHECK(dialog.previewText().contains(QStringLiteral("registered without a bed")));
    REQUIRE(dialog.import());
    CHECK(l.only(QStringLiteral("SEUL")).wardCode.isEmpty());
}

TEST_CASE("Imported vital signs are marked on the observation chart with the age of the hospital record",
          "[fhirgui]")
{
    Laptop l;
    {
        FhirImportDialog dialog(*l.ws, l.forms);
        dialog.setDefaultWard(QStringLiteral("MED"));
        dialog.setPaths({fixture(QStringLiteral("bulk"))});
        REQUIRE(dialog.preview());
        REQUIRE(dialog.import());
    }
    const Patient jean = l.only(QStringLiteral("PETIT"));
    // A set taken on this laptop is not marked.
    FormEntryService entries(*l.ws, l.forms);
    auto here = entries.save(QStringLiteral("observation"), jean.id,
                             {{QStringLiteral("resp_rate"), 16}, {QStringLiteral("pulse"), 80}});
    INFO(here.errorMessage().toStdString());
    REQUIRE(here.ok());

    gui::PatientChartPage page(*l.ws, l.forms, jean.id);
    gui::ObservationChartView* chart = page.chart();
    REQUIRE(chart->setCount() == 2);
    CHECK(chart->importedSetCount() == 1);
    QTableWidget* table = chart->table();
    const int by = table->columnCount() - 1;
    // Newest first: the set taken here, then the hospital's.
    CHECK_FALSE(table->item(0, by)->text().contains(QStringLiteral("Hospital record")));
    CHECK_FALSE(table->item(0, 0)->text().contains(QStringLiteral("hospital record")));
    INFO(table->item(1, by)->text().toStdString());
    CHECK(table->item(1, by)->text().startsWith(QStringLiteral("Hospital record as of 05/12")));
    CHECK(table->item(1, by)->text().endsWith(QStringLiteral("old)")));
    CHECK(table->item(1, 0)->text().endsWith(QStringLiteral("(hospital record)")));
    CHECK(table->item(1, 0)->font().italic());
    auto* note = test::named<QLabel>(chart, "observationImportedNote");
    CHECK_FALSE(note->isHidden());
    CHECK(note->text().startsWith(QStringLiteral("1 set(s) marked")));
}

TEST_CASE("A chart without imported vital signs shows no hospital record mark", "[fhirgui]")
{
    Laptop l;
    auto p = PatientService(*l.ws).registerPatient(test::person(
        QStringLiteral("DURAND"), QStringLiteral("Marc"), QDate(1950, 1, 2), QStringLiteral("M")));
    REQUIRE(p.ok());
    FormEntryService entries(*l.ws, l.forms);
    REQUIRE(entries.save(QStringLiteral("observation"), p->id, {{QStringLiteral("pulse"), 70}}).ok());
    gui::PatientChartPage page(*l.ws, l.forms, p->id);
    CHECK(page.chart()->setCount() == 1);
    CHECK(page.chart()->importedSetCount() == 0);
    CHECK(test::named<QLabel>(page.chart(), "observationImportedNote")->isHidden());
}

namespace {

void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("WHITEPLAN_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    REQUIRE(QDir().mkpath(dir));
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name);
    INFO(path.toStdString());
    REQUIRE(widget.grab().save(path));
}

void showTab(gui::PatientChartPage& page, const QString& objectName)
{
    for (int i = 0; i < page.tabs()->count(); ++i) {
        if (page.tabs()->widget(i)->objectName() == objectName) {
            page.tabs()->setCurrentIndex(i);
            QTest::qWait(50);
            return;
        }
    }
    FAIL("no chart tab " << objectName.toStdString());
}

} // namespace

// Hidden ([.]): the pictures of docs/user-guide-hospital-record.md, taken from the app:
// `WHITEPLAN_SCREENSHOT_DIR=docs/images build/ci/tests/test_fhirgui "[.screenshots]"`.
TEST_CASE("Screenshots of the hospital record import for the user guide", "[.screenshots]")
{
    Laptop l;
    const QStringList paths{fixture(QStringLiteral("ips-document.json")), fixture(QStringLiteral("bulk"))};
    {
        FhirImportDialog dialog(*l.ws, l.forms);
        dialog.resize(820, 560);
        dialog.setDefaultWard(QStringLiteral("MED"));
        dialog.setPaths(paths);
        dialog.show();
        REQUIRE(dialog.preview());
        save(dialog, QStringLiteral("hospital-record-preview.png"));

        // Halfway through the writing: wait for the next repaint, then take the picture.
        int step = 0;
        QObject::connect(&dialog, &FhirImportDialog::progressed, &dialog,
                         [&](FhirImportDialog::Phase phase, qint64 done, qint64 total) {
                             if (phase != FhirImportDialog::Phase::Writing || done * 2 < total) {
                                 return;
                             }
                             if (step == 0) {
                                 QTest::qWait(60);
                             } else if (step == 1) {
                                 save(dialog, QStringLiteral("hospital-record-progress.png"));
                             }
                             ++step;
                         });
        REQUIRE(dialog.import());
        save(dialog, QStringLiteral("hospital-record-imported.png"));
    }

    const Patient jean = l.only(QStringLiteral("PETIT"));
    FormEntryService entries(*l.ws, l.forms);
    REQUIRE(entries
                .save(QStringLiteral("observation"), jean.id,
                      {{QStringLiteral("resp_rate"), 18},
                       {QStringLiteral("spo2"), 95},
                       {QStringLiteral("oxygen"), QStringLiteral("air")},
                       {QStringLiteral("systolic_bp"), 128},
                       {QStringLiteral("diastolic_bp"), 76},
                       {QStringLiteral("pulse"), 84},
                       {QStringLiteral("consciousness"), QStringLiteral("A")},
                       {QStringLiteral("temperature"), 37.2}})
                .ok());
    {
        gui::PatientChartPage page(*l.ws, l.forms, jean.id);
        page.resize(1100, 650);
        page.show();
        showTab(page, QStringLiteral("observationChart"));
        save(page, QStringLiteral("hospital-record-chart.png"));
    }
    const Patient martin = l.only(QStringLiteral("MARTIN"));
    gui::PatientChartPage page(*l.ws, l.forms, martin.id);
    page.resize(1100, 650);
    page.show();
    showTab(page, QStringLiteral("hospitalRecordView"));
    save(page, QStringLiteral("hospital-record-tab.png"));
    showTab(page, QStringLiteral("marView"));
    save(page, QStringLiteral("hospital-record-mar.png"));
}
