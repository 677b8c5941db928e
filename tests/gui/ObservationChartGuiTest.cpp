#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "chart/PatientChartPage.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "observations/ObservationChartView.h"
#include "patients/PatientService.h"

#include <catch2/catch.hpp>

#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QJsonObject>
#include <QLabel>
#include <QSet>

using namespace wp;

namespace {

struct ChartFixture
{
    test::TempDir tmp;
    ManualClock clock{test::testEpoch()};
    std::unique_ptr<Workspace> ws = test::initialisedWorkspace(tmp.path(), clock);
    clinical::FormRegistry forms;
    Patient patient;

    ChartFixture()
    {
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        forms.reload();
        PatientService patients(*ws);
        auto p = patients.registerPatient(
            test::person(QStringLiteral("Martin"), QStringLiteral("Louise"), QDate(1948, 5, 9)));
        REQUIRE(p.ok());
        auto admitted = patients.admit(p->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now());
        REQUIRE(admitted.ok());
        patient = *admitted;
    }

    void observe(int minutesAgo, int pulse)
    {
        const QJsonObject values{{QStringLiteral("resp_rate"), 16},
                                 {QStringLiteral("spo2"), 96},
                                 {QStringLiteral("spo2_scale"), QStringLiteral("1")},
                                 {QStringLiteral("oxygen"), QStringLiteral("air")},
                                 {QStringLiteral("systolic_bp"), 128},
                                 {QStringLiteral("diastolic_bp"), 76},
                                 {QStringLiteral("pulse"), pulse},
                                 {QStringLiteral("consciousness"), QStringLiteral("A")},
                                 {QStringLiteral("temperature"), 37.1}};
        FormEntryService entries(*ws, forms);
        auto saved = entries.save(QStringLiteral("observation"), patient.id, values,
                                  clock.now().addSecs(-60 * minutesAgo));
        INFO(saved.errorMessage().toStdString());
        REQUIRE(saved.ok());
    }
};

/// Every text the chart shows (axis labels, title), as drawn in its scene.
QStringList chartTexts(const QChartView* view)
{
    QStringList texts;
    for (const QGraphicsItem* item : view->scene()->items()) {
        if (!item->isVisible()) {
            continue;
        }
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item)) {
            texts << text->toPlainText();
        } else if (const auto* simple = dynamic_cast<const QGraphicsSimpleTextItem*>(item)) {
            texts << simple->text();
        }
    }
    texts.removeAll(QString()); // the axes' empty titles
    return texts;
}

} // namespace

TEST_CASE("The chart header reads \"provisional identity\", not \"identity Provisional\"")
{
    ChartFixture f;
    gui::PatientChartPage page(*f.ws, f.forms, f.patient.id);
    INFO(page.headerText().toStdString());
    CHECK(page.headerText().contains(QStringLiteral("provisional identity")));
    CHECK_FALSE(page.headerText().contains(QStringLiteral("Provisional")));
}

TEST_CASE("The observation charts show whole axis labels, and an empty chart no repeated dates")
{
    ChartFixture f;
    FormEntryService entries(*f.ws, f.forms);
    gui::ObservationChartView view(*f.ws, entries, f.patient.id);
    view.resize(1000, 600); // a chart tab at 1366×768
    view.show();
    QTest::qWait(50);
    for (const char* name : {"news2Trend", "parameterTrend"}) {
        const QStringList texts = chartTexts(test::named<QChartView>(&view, name));
        INFO(name << " empty: " << texts.join(QStringLiteral(" | ")).toStdString());
        CHECK_FALSE(texts.contains(QStringLiteral("01/01 00:00")));
        CHECK(texts.size() == QSet<QString>(texts.begin(), texts.end()).size());
    }

    for (int i = 0; i < 6; ++i) {
        f.observe(60 * (6 - i), 70 + 4 * i);
    }
    view.reload();
    QTest::qWait(50);
    for (const char* name : {"news2Trend", "parameterTrend"}) {
        const QStringList texts = chartTexts(test::named<QChartView>(&view, name));
        INFO(name << ": " << texts.join(QStringLiteral(" | ")).toStdString());
        CHECK(texts.size() > 4);
        for (const QString& t : texts) {
            CHECK_FALSE(t.contains(QStringLiteral("...")));
            CHECK_FALSE(t.contains(QChar(0x2026)));
        }
    }
}

TEST_CASE("An imported scale-2 observation shows \"source scale: 2\" beside the patient's scale 1")
{
    ChartFixture f;
    gui::PatientChartPage before(*f.ws, f.forms, f.patient.id);
    before.reload();
    CHECK(test::named<QLabel>(&before, "chartSpo2Scale")->text() == QStringLiteral("NEWS2: SpO2 scale 1"));

    const QJsonObject values{{QStringLiteral("resp_rate"), 18},
                             {QStringLiteral("spo2"), 89},
                             {QStringLiteral("spo2_scale"), QStringLiteral("2")},
                             {QStringLiteral("oxygen"), QStringLiteral("oxygen")},
                             {QStringLiteral("systolic_bp"), 120},
                             {QStringLiteral("diastolic_bp"), 70},
                             {QStringLiteral("pulse"), 80},
                             {QStringLiteral("consciousness"), QStringLiteral("A")},
                             {QStringLiteral("temperature"), 37.0}};
    FormEntryService entries(*f.ws, f.forms);
    REQUIRE(entries
                .save(QStringLiteral("observation"), f.patient.id, values, f.clock.now().addSecs(-600),
                      FormEntryService::Origin::Imported)
                .ok());
    gui::PatientChartPage page(*f.ws, f.forms, f.patient.id);
    page.reload();
    const auto* scale = test::named<QLabel>(&page, "chartSpo2Scale");
    CHECK(scale->text() == QStringLiteral("NEWS2: SpO2 scale 1 (source scale: 2)"));
    CHECK(scale->toolTip().contains(QStringLiteral("until a doctor sets scale 2")));
    CHECK(entries.spo2Scale(f.patient.id) == 1);
}
