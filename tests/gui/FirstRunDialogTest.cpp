#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "setup/FirstRunDialog.h"
#include "site/SiteService.h"
#include "users/UserService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace wp;
using wp::gui::FirstRunDialog;

namespace {

void fillValidForm(FirstRunDialog& dialog)
{
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "setupHospital"), QStringLiteral("CH Valence"));
    QTest::mouseClick(test::named<QPushButton>(&dialog, "setupAddWard"), Qt::LeftButton);
    auto* wards = test::named<QTableWidget>(&dialog, "setupWards");
    wards->setItem(0, 0, new QTableWidgetItem(QStringLiteral("CARDIO")));
    wards->setItem(0, 1, new QTableWidgetItem(QStringLiteral("Cardiology")));
    wards->setItem(0, 2, new QTableWidgetItem(QStringLiteral("3")));
    QTest::mouseClick(test::named<QPushButton>(&dialog, "setupAddWard"), Qt::LeftButton);
    wards->setItem(1, 0, new QTableWidgetItem(QStringLiteral("ICU")));
    wards->setItem(1, 1, new QTableWidgetItem(QStringLiteral("Intensive care")));
    wards->setItem(1, 2, new QTableWidgetItem(QStringLiteral("Box 1, Box 2")));
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "setupDeviceCode"), QStringLiteral("urg1"));
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "setupAdminLogin"), QStringLiteral("chef"));
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "setupAdminName"), QStringLiteral("Claire Chef"));
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "setupPassword"), QStringLiteral("long-password"));
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "setupPasswordConfirm"),
                     QStringLiteral("long-password"));
}

} // namespace

TEST_CASE("The first-run dialog, filled in and accepted, creates the hospital and its administrator")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = Workspace::open(tmp.path(), clock);
    REQUIRE(ws.ok());
    FirstRunDialog dialog(**ws);
    dialog.show();
    auto* ok = test::named<QPushButton>(&dialog, "setupOkButton");
    CHECK_FALSE(ok->isEnabled());
    CHECK(test::named<QLabel>(&dialog, "setupProblem")->text().contains(QStringLiteral("hospital")));

    fillValidForm(dialog);
    CHECK(test::named<QLineEdit>(&dialog, "setupDeviceCode")->text() == QStringLiteral("URG1"));
    INFO(dialog.problem().toStdString());
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK((*ws)->isInitialised());
    CHECK((*ws)->hospitalName() == QStringLiteral("CH Valence"));
    CHECK((*ws)->deviceCode() == QStringLiteral("URG1"));
    auto wards = SiteService(**ws).wards();
    REQUIRE(wards.ok());
    REQUIRE(wards->size() == 2);
    CHECK(wards->at(0).code == QStringLiteral("CARDIO"));
    CHECK(wards->at(0).beds == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    CHECK(wards->at(1).beds == QStringList{QStringLiteral("Box 1"), QStringLiteral("Box 2")});
    auto admin = UserService(**ws).authenticate(QStringLiteral("chef"), QStringLiteral("long-password"));
    REQUIRE(admin.ok());
    CHECK(admin->role == Role::Administrator);
}

TEST_CASE("The first-run dialog explains what is wrong and keeps OK disabled")
{
    test::TempDir tmp;
    auto ws = Workspace::open(tmp.path());
    REQUIRE(ws.ok());
    FirstRunDialog dialog(**ws);
    dialog.show();
    fillValidForm(dialog);
    auto* ok = test::named<QPushButton>(&dialog, "setupOkButton");
    auto* problem = test::named<QLabel>(&dialog, "setupProblem");
    REQUIRE(ok->isEnabled());

    SECTION("a device code too short")
    {
        auto* code = test::named<QLineEdit>(&dialog, "setupDeviceCode");
        code->clear();
        QTest::keyClicks(code, QStringLiteral("U"));
        CHECK_FALSE(ok->isEnabled());
        CHECK(problem->text().contains(QStringLiteral("laptop code")));
    }
    SECTION("passwords that differ")
    {
        QTest::keyClicks(test::named<QLineEdit>(&dialog, "setupPasswordConfirm"), QStringLiteral("x"));
        CHECK_FALSE(ok->isEnabled());
        CHECK(problem->text().contains(QStringLiteral("passwords differ")));
    }
    SECTION("a range the wrong way round")
    {
        test::named<QSpinBox>(&dialog, "setupRangeFirst")->setValue(5000);
        test::named<QSpinBox>(&dialog, "setupRangeLast")->setValue(10);
        CHECK_FALSE(ok->isEnabled());
        CHECK(problem->text().contains(QStringLiteral("range")));
    }
    SECTION("the same ward code twice")
    {
        auto* wards = test::named<QTableWidget>(&dialog, "setupWards");
        wards->item(1, 0)->setText(QStringLiteral("CARDIO"));
        CHECK_FALSE(ok->isEnabled());
        CHECK(problem->text().contains(QStringLiteral("CARDIO")));
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK_FALSE((*ws)->isInitialised());
}

TEST_CASE("Bed labels are a count or a list")
{
    CHECK(FirstRunDialog::parseBeds(QStringLiteral("2")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(FirstRunDialog::parseBeds(QStringLiteral(" A1, A2 ;B ")) ==
          QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B")});
    CHECK(FirstRunDialog::parseBeds(QString()).isEmpty());
}

TEST_CASE("The demo button of the first-run dialog creates the demo hospital through its seam")
{
    test::TempDir tmp;
    auto ws = Workspace::open(tmp.path());
    REQUIRE(ws.ok());
    FirstRunDialog dialog(**ws);
    auto* demo = test::named<QPushButton>(&dialog, "setupDemoButton");
    CHECK(demo->isHidden());
    int calls = 0;
    dialog.setDemoFactory([&calls](Workspace& w) {
        ++calls;
        SiteSetup s;
        s.hospital = QStringLiteral("Demo");
        s.deviceCode = QStringLiteral("DEMO");
        s.adminLogin = QStringLiteral("admin");
        s.adminName = QStringLiteral("Demo Admin");
        s.adminPassword = QStringLiteral("demo-password");
        return SiteService(w).initialise(s);
    });
    dialog.show();
    REQUIRE(demo->isVisible());
    QTest::mouseClick(demo, Qt::LeftButton);
    CHECK(calls == 1);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.createdDemo());
    CHECK((*ws)->hospitalName() == QStringLiteral("Demo"));
}
