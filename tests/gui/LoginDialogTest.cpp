#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "login/LoginDialog.h"
#include "login/LoginForm.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace wp;
using wp::gui::LoginDialog;

namespace {

void attempt(LoginDialog& dialog, const QString& login, const QString& password)
{
    auto* user = test::named<QLineEdit>(&dialog, "loginUser");
    auto* pass = test::named<QLineEdit>(&dialog, "loginPassword");
    user->clear();
    pass->clear();
    QTest::keyClicks(user, login);
    QTest::keyClicks(pass, password);
    QTest::keyClick(pass, Qt::Key_Return);
}

QString errorText(const LoginDialog& dialog)
{
    return dialog.form()->errorText();
}

} // namespace

TEST_CASE("Login: a wrong password is said inline, the right one logs in with Enter")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    ws->setCurrentUser(std::nullopt);
    LoginDialog dialog(*ws);
    dialog.show();

    attempt(dialog, test::adminLogin(), QStringLiteral("not-the-password"));
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(errorText(dialog) == QStringLiteral("Wrong user name or password."));
    CHECK(test::named<QLineEdit>(&dialog, "loginPassword")->text().isEmpty());
    CHECK_FALSE(ws->currentUser().has_value());

    attempt(dialog, test::adminLogin(), test::adminPassword());
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(ws->currentUser().has_value());
    CHECK(ws->currentUser()->login == test::adminLogin());
    REQUIRE(dialog.user().has_value());
}

TEST_CASE("Login: repeated wrong passwords show the growing delay, which then passes")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    ws->setCurrentUser(std::nullopt);
    LoginDialog dialog(*ws);
    dialog.show();

    for (int i = 0; i < 3; ++i) {
        attempt(dialog, test::adminLogin(), QStringLiteral("wrong-%1").arg(i));
    }
    CHECK(errorText(dialog).contains(QStringLiteral("next try is possible in 5 seconds")));

    clock.advanceSeconds(2);
    attempt(dialog, test::adminLogin(), test::adminPassword());
    CHECK(errorText(dialog).contains(QStringLiteral("Wait 3 second")));
    CHECK(dialog.result() != QDialog::Accepted);

    clock.advanceSeconds(4);
    attempt(dialog, test::adminLogin(), test::adminPassword());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ws->currentUser()->login == test::adminLogin());
}

TEST_CASE("Login: an empty user name is asked for without a lookup")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    LoginDialog dialog(*ws);
    dialog.show();
    QTest::mouseClick(test::named<QPushButton>(&dialog, "loginButton"), Qt::LeftButton);
    CHECK(errorText(dialog).contains(QStringLiteral("user name")));
}
