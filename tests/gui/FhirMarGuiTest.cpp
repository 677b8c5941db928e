#include "../fhirstore/SnapshotFixture.h"

#include "medication/MarView.h"
#include "patients/PatientService.h"

#include <QPushButton>
#include <QTableWidget>

using namespace wp;
using namespace wp::test;

namespace {

struct ImportedMar : ImportLaptop
{
    FormEntryService entries{*ws, forms};
    QString martin;

    ImportedMar()
    {
        import(twoPatientSnapshot());
        auto p = PatientService(*ws).findByIpp(QStringLiteral("100200"));
        REQUIRE(p.ok());
        martin = p->id;
    }
};

} // namespace

TEST_CASE("the MAR shows imported medications to confirm, and a doctor confirms one into a prescription line",
          "[fhirmar-gui]")
{
    ImportedMar m;
    loginAs(*m.ws, QStringLiteral("nina"), Role::Nurse);
    gui::MarView mar(*m.ws, m.entries, m.forms, m.martin);

    auto* pending = mar.toConfirmLines();
    REQUIRE(pending->rowCount() == 1);
    CHECK(pending->item(0, 0)->text() == QStringLiteral("To confirm"));
    CHECK(pending->item(0, 1)->text() == QStringLiteral("Furosemide 40 mg"));
    CHECK(pending->item(0, 5)->text().startsWith(QStringLiteral("from the hospital record as of")));
    CHECK(pending->item(0, 5)->text().contains(QStringLiteral("day(s) old")));
    CHECK(mar.lines()->rowCount() == 0); // nothing scheduled before confirmation

    // A nurse sees it but may not confirm; she may give a dose only with a reason.
    CHECK_FALSE(mar.confirmButton()->isEnabled());
    CHECK_FALSE(mar.confirmAllButton()->isEnabled());
    CHECK(mar.unconfirmedDoseButton()->isEnabled());
    CHECK_FALSE(mar.confirmRow(0, QStringLiteral("08:00")));
    CHECK_FALSE(mar.recordUnconfirmedDoseRow(0, QString()));
    CHECK(mar.message().contains(QStringLiteral("reason")));
    CHECK(mar.administrations()->rowCount() == 0);
    REQUIRE(mar.recordUnconfirmedDoseRow(0, QStringLiteral("Own supply, doctor on the phone")));
    REQUIRE(mar.administrations()->rowCount() == 1);
    CHECK(mar.administrations()->item(0, 1)->text().contains(QStringLiteral("unconfirmed")));

    loginAs(*m.ws, QStringLiteral("drhouse"), Role::Doctor);
    mar.updatePermissions();
    CHECK(mar.confirmButton()->isEnabled());
    REQUIRE(mar.confirmRow(0, QStringLiteral("08:00")));
    CHECK(pending->rowCount() == 0);
    CHECK_FALSE(mar.confirmButton()->isEnabled());
    REQUIRE(mar.lines()->rowCount() == 1);
    CHECK(mar.lines()->item(0, 0)->text() == QStringLiteral("Furosemide 40 mg"));
    CHECK(mar.lines()->item(0, 3)->text() == QStringLiteral("08:00"));
}
