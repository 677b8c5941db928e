// Screenshots for docs/user-guide-nurses.md, taken from the real pages on the demo hospital.
// Hidden from the normal run: `test_gui "[.screenshots]"` writes them to docs/images/
// (or to $WHITEPLAN_SCREENSHOTS).
#include "TestSupport.h"
#include "chart/PatientChartPage.h"
#include "clinical/forms/FormRegistry.h"
#include "demo/DemoHospital.h"
#include "entries/FormEntryService.h"
#include "forms/EntryHistoryView.h"
#include "forms/FormEntryPanel.h"
#include "forms/FormWidget.h"
#include "forms/ReasonDialog.h"
#include "medication/MarView.h"
#include "patients/IdentityEditDialog.h"
#include "patients/PatientDialog.h"
#include "patients/PatientService.h"
#include "theatreplan/TheatreService.h"
#include "users/UserService.h"
#include "ward/WardBoardModel.h"
#include "ward/WardBoardPage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace wp;

namespace {

QString outputDir()
{
    const QString env = qEnvironmentVariable("WHITEPLAN_SCREENSHOTS");
    const QString dir = env.isEmpty() ? QStringLiteral(WHITEPLAN_SOURCE_DIR "/docs/images") : env;
    QDir().mkpath(dir);
    return dir;
}

void shoot(QWidget& w, const QString& name)
{
    w.show();
    QApplication::processEvents();
    const QString path = QDir(outputDir()).filePath(name);
    // Highest zlib compression: the guide's images must stay small.
    REQUIRE(w.grab().toImage().convertToFormat(QImage::Format_RGB888).save(path, "PNG", 0));
}

} // namespace

TEST_CASE("Screenshots of the nurses' pages on the demo hospital", "[.screenshots]")
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    test::TempDir tmp;
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(14, 10)));
    auto opened = Workspace::open(tmp.path(), clock);
    REQUIRE(opened.ok());
    auto ws = std::move(opened).value();
    REQUIRE(DemoHospital::create(*ws).ok());
    ws->setCurrentUser(*UserService(*ws).find(QStringLiteral("claire")));
    clinical::FormRegistry forms;
    forms.reload();
    FormEntryService entries(*ws, forms);

    gui::WardBoardPage board(*ws, forms);
    board.setCurrentWard(QStringLiteral("MED"));
    board.resize(1366, 700);
    // The sickest-looking patient of the ward makes the most telling chart.
    const auto* row = board.model()->rowAt(3);
    REQUIRE(row);
    REQUIRE(row->patient);
    QString patientId = row->patient->id;
    for (int i = 0; i < board.model()->rowCount(); ++i) {
        const auto* r = board.model()->rowAt(i);
        if (r->patient && r->news2Total && *r->news2Total >= 5) {
            patientId = r->patient->id;
            break;
        }
    }

    // A prescription written by the demo doctor yesterday, with doses not yet recorded,
    // so that the board and the medication record show what an overdue dose looks like.
    ws->setCurrentUser(*UserService(*ws).find(QStringLiteral("dr.martin")));
    const QJsonObject rx{{QStringLiteral("drug"), QStringLiteral("Paracétamol")},
                         {QStringLiteral("dose"), 1},
                         {QStringLiteral("dose_unit"), QStringLiteral("g")},
                         {QStringLiteral("route"), QStringLiteral("oral")},
                         {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                         {QStringLiteral("times"), QStringLiteral("06:00 12:00 18:00")},
                         {QStringLiteral("start"), QStringLiteral("2026-11-27T18:00")},
                         {QStringLiteral("prescriber"), QStringLiteral("Dr Sophie Martin")}};
    auto line = entries.save(QStringLiteral("prescription"), patientId, rx);
    REQUIRE(line.ok());
    ws->setCurrentUser(*UserService(*ws).find(QStringLiteral("claire")));
    REQUIRE(entries
                .save(QStringLiteral("medication_administration"), patientId,
                      {{QStringLiteral("prescription_line"), line->record.recordId},
                       {QStringLiteral("scheduled_for"), QStringLiteral("2026-11-27T18:00")},
                       {QStringLiteral("status"), QStringLiteral("given")},
                       {QStringLiteral("administered_at"), QStringLiteral("2026-11-27T18:05")}})
                .ok());
    board.refresh();
    board.table()->selectRow(3);
    shoot(board, QStringLiteral("nurse-ward-board.png"));

    gui::FormEntryPanel panel(*ws, entries, forms, QStringLiteral("observation"), patientId);
    panel.resize(1100, 600);
    auto* form = panel.form();
    const auto typeIn = [&](const char* field, const char* text) {
        QTest::keyClicks(form->editorFor(QString::fromLatin1(field)), QString::fromLatin1(text));
    };
    typeIn("resp_rate", "23");
    typeIn("spo2", "94");
    form->setValues({{QStringLiteral("resp_rate"), 23},
                     {QStringLiteral("spo2"), 94},
                     {QStringLiteral("spo2_scale"), QStringLiteral("1")},
                     {QStringLiteral("oxygen"), QStringLiteral("air")},
                     {QStringLiteral("systolic_bp"), 104},
                     {QStringLiteral("diastolic_bp"), 62},
                     {QStringLiteral("pulse"), 112},
                     {QStringLiteral("consciousness"), QStringLiteral("A")}});
    typeIn("temperature", "38,6");
    shoot(panel, QStringLiteral("nurse-observation-form.png"));

    {
        // The same form refusing to save: each problem under its field, framed, the first focused.
        gui::FormEntryPanel errors(*ws, entries, forms, QStringLiteral("observation"), patientId);
        errors.resize(900, 600);
        errors.show();
        auto* f = errors.form();
        f->setValues({{QStringLiteral("resp_rate"), 18},
                      {QStringLiteral("spo2"), 150},
                      {QStringLiteral("spo2_scale"), QStringLiteral("1")},
                      {QStringLiteral("oxygen"), QStringLiteral("oxygen")},
                      {QStringLiteral("oxygen_flow"), 98},
                      {QStringLiteral("systolic_bp"), 60},
                      {QStringLiteral("diastolic_bp"), 118},
                      {QStringLiteral("pulse"), 88},
                      {QStringLiteral("consciousness"), QStringLiteral("A")},
                      {QStringLiteral("temperature"), 37.2}});
        REQUIRE_FALSE(errors.save());
        shoot(errors, QStringLiteral("nurse-observation-errors.png"));
    }

    REQUIRE(panel.save());
    clock.advanceSeconds(300);
    form->setValues([&] {
        QJsonObject v = form->values();
        v.insert(QStringLiteral("resp_rate"), 21);
        return v;
    }());
    gui::ReasonDialog::setNextAnswer(QStringLiteral("Fréquence respiratoire recomptée sur une minute"));
    REQUIRE(panel.save());
    panel.showHistory(true);
    panel.resize(1200, 600);
    shoot(panel, QStringLiteral("nurse-history.png"));

    gui::PatientChartPage chart(*ws, forms, patientId);
    chart.resize(1366, 700);
    chart.tabs()->setCurrentIndex(0);
    shoot(chart, QStringLiteral("nurse-chart.png"));

    chart.tabs()->setCurrentIndex(4);
    shoot(chart, QStringLiteral("nurse-mar.png"));

    if (qEnvironmentVariableIsSet("WHITEPLAN_SCREENSHOTS_EXTRA")) {
        // Pages not in the guide, for reviewing their layout.
        chart.tabs()->setCurrentIndex(3);
        shoot(chart, QStringLiteral("extra-admission.png"));
        board.refresh();
        shoot(board, QStringLiteral("extra-board.png"));
    }

    gui::PatientDialog dialog(*ws);
    auto existing = PatientService(*ws).find(patientId);
    REQUIRE(existing.ok());
    Patient lookAlike;
    lookAlike.birthName = existing->birthName.toUpper();
    lookAlike.firstNames = existing->firstNames.section(QLatin1Char(' '), 0, 0).toLower();
    lookAlike.birthDate = existing->birthDate;
    lookAlike.sex = existing->sex;
    dialog.setPatient(lookAlike);
    dialog.tryRegister();
    dialog.resize(900, 620);
    shoot(dialog, QStringLiteral("nurse-register.png"));

    // An identity corrected once (a first name added from the identity card), opened again:
    // the earlier version is struck through above the form.
    Patient corrected = *existing;
    corrected.firstNames = existing->firstNames + QStringLiteral(" Marie");
    corrected.identityStatus = QStringLiteral("validated");
    clock.advanceSeconds(600);
    REQUIRE(PatientService(*ws).updateIdentity(corrected, QStringLiteral("Carte d'identité vue")).ok());
    gui::IdentityEditDialog identity(*ws, patientId);
    identity.setReason(QStringLiteral("IPP donné par le bureau des entrées"));
    identity.resize(900, 470);
    shoot(identity, QStringLiteral("nurse-identity.png"));

    // The surgical ward: operations from the theatre schedule, those the white plan moved marked.
    gui::WardBoardPage surgery(*ws, forms);
    surgery.setCurrentWard(QStringLiteral("CHIR"));
    surgery.resize(1366, 700);
    // The theatre manager closes the session of the first booked operation on the ward.
    QString bookedCase;
    for (int i = 0; i < surgery.model()->rowCount() && bookedCase.isEmpty(); ++i) {
        const auto* r = surgery.model()->rowAt(i);
        if (r->plannedSurgery && r->plannedSurgery->booked()) {
            bookedCase = r->plannedSurgery->caseId;
        }
    }
    REQUIRE_FALSE(bookedCase.isEmpty());
    ws->setCurrentUser(*UserService(*ws).find(QStringLiteral("bloc")));
    theatre::TheatreService theatres(*ws);
    auto schedule = theatres.load();
    REQUIRE(schedule.ok());
    REQUIRE(theatres
                .closeSessions({schedule->findCase(bookedCase)->bookedSession},
                               QStringLiteral("Salle fermée (plan blanc)"))
                .ok());
    ws->setCurrentUser(*UserService(*ws).find(QStringLiteral("claire")));
    surgery.refresh();
    shoot(surgery, QStringLiteral("nurse-ward-board-surgery.png"));
}
