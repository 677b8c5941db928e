#include "../exchange/ExchangeFixture.h"
#include "GuiTestHelpers.h"

#include "admin/AdministrationPage.h"
#include "common/MessageBar.h"
#include "fhir/FhirSettings.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace wp;
using namespace wp::test;

TEST_CASE("gui: the administrator sets the FHIR IPP system, a bad URI is said inline", "[gui][fhir]")
{
    TempDir dir;
    Laptop a(dir.path(), QStringLiteral("WA"));
    gui::AdministrationPage page(*a.ws);
    page.resize(900, 700);
    page.show();
    auto* edit = test::named<QLineEdit>(&page, "ippSystem");
    auto* error = test::named<QLabel>(&page, "ippSystemError");
    auto* apply = test::named<QPushButton>(&page, "applyIppSystem");
    CHECK(edit->text() == fhir::systems::defaultIpp());
    CHECK(error->isHidden());
    CHECK(apply->isEnabled());

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("hospital ipp"));
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK_FALSE(apply->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(fhir::FhirSettings(*a.ws).ippSystem() == fhir::systems::defaultIpp());

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("urn:oid:1.2.250.1.71.4.2.7"));
    CHECK(error->isHidden());
    REQUIRE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(fhir::FhirSettings(*a.ws).ippSystem() == QStringLiteral("urn:oid:1.2.250.1.71.4.2.7"));
    CHECK(page.messageBar()->kind() == gui::MessageBar::Kind::Success);

    // Someone else sees neither the value nor a way to change it.
    loginAs(*a.ws, QStringLiteral("nina"), Role::Nurse);
    page.refresh();
    CHECK(edit->text().isEmpty());
    CHECK_FALSE(edit->isEnabled());
    CHECK_FALSE(apply->isEnabled());
}
