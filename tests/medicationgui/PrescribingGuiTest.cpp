// The prescribing screen and the high-risk dose screen (issue 18), driven offscreen: search as
// you type with look-alikes beside the list, a check shown as soon as the drug is chosen, the
// override reason, the MAR's mark for the nurse, and the second nurse's password on the dose
// dialog. "[.screenshots]" writes the guide's images to docs/images/.
#include "../medication/MedicationFixture.h"

#include "forms/FormEntryPanel.h"
#include "forms/FormWidget.h"
#include "medication/DoseDialog.h"
#include "medication/HighRiskAdministration.h"
#include "medication/MarView.h"
#include "medication/PrescribeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace wp;
using namespace wp::test;

namespace {

struct Chart : MedicationLaptop
{
    QString patientId =
        patient(QStringLiteral("FOURNIER"), QDate(1948, 5, 7), QStringLiteral("Pénicilline (urticaire)"));
};

void type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    // QTest types ASCII only: other letters are inserted as the keyboard's input method would.
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(edit, c.toLatin1());
        } else {
            edit->insert(QString(c));
        }
    }
}

void shoot(QWidget& w, const QString& name)
{
    const QString env = qEnvironmentVariable("WHITEPLAN_SCREENSHOTS");
    const QString dir = env.isEmpty() ? QStringLiteral(WHITEPLAN_SOURCE_DIR "/docs/images") : env;
    QDir().mkpath(dir);
    w.show();
    QApplication::processEvents();
    REQUIRE(
        w.grab().toImage().convertToFormat(QImage::Format_RGB888).save(QDir(dir).filePath(name), "PNG", 0));
}

} // namespace

TEST_CASE("Prescribing: the search lists the drug as it is typed, look-alikes beside it", "[prescribinggui]")
{
    Chart c;
    gui::PrescribeDialog d(*c.ws, c.entries, c.formulary, c.patientId);
    d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&d));
    CHECK_FALSE(d.prescribeButton()->isEnabled());
    type(d.search(), QStringLiteral("oxyc"));
    REQUIRE(d.results()->count() > 0);
    CHECK(d.results()->item(0)->text().startsWith(QStringLiteral("oxycodone")));
    CHECK(d.results()->item(0)->text().contains(QStringLiteral("HIGH RISK")));
    QStringList alikes;
    for (int i = 0; i < d.lookAlikes()->count(); ++i) {
        alikes << d.lookAlikes()->item(i)->text();
    }
    CHECK(alikes.join(QLatin1Char('|')).contains(QStringLiteral("oxybutynine")));
    // More letters narrow the list; an unknown name empties it.
    const int before = d.results()->count();
    type(d.search(), QStringLiteral("odone lp"));
    CHECK(d.results()->count() <= before);
    d.search()->clear();
    type(d.search(), QStringLiteral("zzzz"));
    CHECK(d.results()->count() == 0);
}

TEST_CASE("Prescribing: an allergy fires as soon as the drug is chosen, the doctor overrides with a reason",
          "[prescribinggui]")
{
    Chart c;
    gui::PrescribeDialog d(*c.ws, c.entries, c.formulary, c.patientId);
    d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&d));
    type(d.search(), QStringLiteral("clamoxyl"));
    REQUIRE(d.results()->count() > 0);
    d.choose(0);
    REQUIRE(d.drug());
    CHECK(d.drug()->inn == QStringLiteral("amoxicilline"));
    CHECK(d.findingsLabel()->text().contains(QStringLiteral("Allergy")));
    CHECK(d.dose()->value() == 1000.0); // the formulary's usual dose is proposed
    CHECK_FALSE(d.prescribeButton()->isEnabled());
    CHECK(d.overrideReason()->isEnabled());

    // Changing the dose re-runs the checks at once: 3 g is also above the 2 g maximum.
    d.dose()->setValue(3000);
    CHECK(d.findingsLabel()->text().contains(QStringLiteral("maximum")));
    d.dose()->setValue(1000);
    CHECK_FALSE(d.findingsLabel()->text().contains(QStringLiteral("maximum")));

    type(d.overrideReason(), QStringLiteral("Tolérance prouvée, avis allergologue"));
    CHECK(d.prescribeButton()->isEnabled());
    QTest::mouseClick(d.prescribeButton(), Qt::LeftButton);
    CHECK(d.result() == QDialog::Accepted);
    auto lines = c.entries.entries(c.patientId, QStringLiteral("prescription"));
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 1);

    // The nurse sees the override and its reason on the MAR line.
    loginAs(*c.ws, QStringLiteral("nina"), Role::Nurse);
    clinical::FormRegistry forms;
    forms.reload();
    gui::MarView mar(*c.ws, c.entries, forms, c.patientId);
    REQUIRE(mar.lines()->rowCount() == 1);
    CHECK(mar.lines()->item(0, 0)->text().contains(QStringLiteral("prescribed despite")));
    CHECK(mar.lines()->item(0, 0)->toolTip().contains(QStringLiteral("Tolérance prouvée")));
    REQUIRE(mar.safetyOf(0).has_value());
    CHECK(mar.safetyOf(0)->overriddenBy == QStringLiteral("dr.house"));
}

TEST_CASE("Prescribing: a clean line is written without a reason, a wrong route is caught",
          "[prescribinggui]")
{
    Chart c;
    gui::PrescribeDialog d(*c.ws, c.entries, c.formulary, c.patientId);
    d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&d));
    type(d.search(), QStringLiteral("doliprane"));
    d.choose(0);
    REQUIRE(d.drug());
    CHECK(d.findingsLabel()->text().contains(QStringLiteral("No allergy")));
    CHECK(d.prescribeButton()->isEnabled());
    d.route()->setCurrentIndex(d.route()->findData(QStringLiteral("iv")));
    if (!d.drug()->routes.contains(QStringLiteral("iv"))) {
        CHECK(d.findingsLabel()->text().contains(QStringLiteral("Route")));
        CHECK_FALSE(d.prescribeButton()->isEnabled());
    }
    d.route()->setCurrentIndex(d.route()->findData(d.drug()->routes.first()));
    CHECK(d.prescribe());
    auto lines = c.entries.entries(c.patientId, QStringLiteral("prescription"));
    REQUIRE(lines->size() == 1);
}

TEST_CASE("High-risk dose: the second nurse's password on the same screen, wrong or same user refused",
          "[prescribinggui]")
{
    Chart c;
    auto line = c.service().prescribe(c.patientId, c.line(QStringLiteral("INSGLAR"), 20, QStringLiteral("iu"),
                                                          QStringLiteral("sc"), QStringLiteral("22:00")));
    REQUIRE(line.ok());
    loginAs(*c.ws, QStringLiteral("karim"), Role::Nurse);
    loginAs(*c.ws, QStringLiteral("claire"), Role::Nurse);
    clinical::FormRegistry forms;
    forms.reload();
    gui::DoseDialog d(*c.ws, c.entries, forms, line->line, {});
    d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&d));
    REQUIRE(d.secondLogin());
    REQUIRE(d.checkedSaveButton());
    d.panel()->form()->setValues(
        {{QStringLiteral("prescription_line"), line->line.record.recordId},
         {QStringLiteral("administered_at"), WardBoardService::formDateTimeText(c.clock.now())},
         {QStringLiteral("status"), QStringLiteral("given")}});
    // The form's own Save is hidden: only the checked save records a high-risk dose.
    auto* plainSave = d.panel()->findChild<QPushButton*>(QStringLiteral("saveButton"));
    REQUIRE(plainSave);
    CHECK(plainSave->isHidden());
    type(d.secondLogin(), QStringLiteral("karim"));
    type(d.secondPassword(), QStringLiteral("wrong"));
    CHECK_FALSE(d.saveWithSecondCheck());
    CHECK(d.secondCheckMessage().contains(QStringLiteral("refused")));
    CHECK(d.secondPassword()->text().isEmpty());
    d.secondLogin()->clear();
    type(d.secondLogin(), QStringLiteral("claire"));
    type(d.secondPassword(), QStringLiteral("claire-password"));
    CHECK_FALSE(d.saveWithSecondCheck());
    CHECK(d.secondCheckMessage().contains(QStringLiteral("another person")));
    CHECK(c.entries.entries(c.patientId, QStringLiteral("medication_administration"))->isEmpty());

    d.secondLogin()->clear();
    type(d.secondLogin(), QStringLiteral("karim"));
    type(d.secondPassword(), QStringLiteral("karim-password"));
    INFO(d.secondCheckMessage().toStdString());
    CHECK(d.saveWithSecondCheck());
    CHECK(c.entries.entries(c.patientId, QStringLiteral("medication_administration"))->size() == 1);
    auto checks =
        RecordStore(*c.ws).latestForPatient(c.patientId, medication::HighRiskAdministration::kind());
    REQUIRE(checks->size() == 1);
    CHECK(checks->first().data.value(QStringLiteral("checked_by")).toString() == QStringLiteral("karim"));
}

TEST_CASE("Screenshots of prescribing with a check firing and of the second nurse's check", "[.screenshots]")
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    Chart c;
    {
        gui::PrescribeDialog d(*c.ws, c.entries, c.formulary, c.patientId);
        type(d.search(), QStringLiteral("amoxi"));
        d.choose(0);
        d.resize(820, 780);
        shoot(d, QStringLiteral("prescribing-allergy-check.png"));
    }
    auto line = c.service().prescribe(c.patientId, c.line(QStringLiteral("ENOXA"), 4000, QStringLiteral("iu"),
                                                          QStringLiteral("sc"), QStringLiteral("20:00")));
    REQUIRE(line.ok());
    loginAs(*c.ws, QStringLiteral("claire"), Role::Nurse);
    clinical::FormRegistry forms;
    forms.reload();
    gui::DoseDialog d(*c.ws, c.entries, forms, line->line, {});
    d.secondLogin()->setText(QStringLiteral("karim"));
    d.resize(760, 820);
    shoot(d, QStringLiteral("dose-second-nurse-check.png"));
}
