#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "demo/DemoHospital.h"
#include "login/LoginDialog.h"
#include "mainwindow/AutoBackup.h"
#include "mainwindow/MainWindow.h"
#include "setup/FirstRunDialog.h"
#include "site/SiteService.h"
#include "users/UserService.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

// Hidden ([.]): not part of the suite. Writes the user guide's screenshots, taken by the
// app itself, into $WHITEPLAN_SCREENSHOT_DIR (see docs/user-guide-getting-started.md).

using namespace wp;
using wp::gui::FirstRunDialog;

namespace {

QString outputDir()
{
    const QString dir = qEnvironmentVariable("WHITEPLAN_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    return dir;
}

void save(QWidget& widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(outputDir()).filePath(name);
    INFO(path.toStdString());
    REQUIRE(widget.grab().save(path));
}

SiteSetup exampleSite()
{
    SiteSetup s;
    s.hospital = QStringLiteral("Centre hospitalier de Valence");
    s.deviceCode = QStringLiteral("URG1");
    s.wards = {{QStringLiteral("CARDIO"), QStringLiteral("Cardiologie"),
                FirstRunDialog::parseBeds(QStringLiteral("8"))},
               {QStringLiteral("MED"), QStringLiteral("Médecine interne"),
                FirstRunDialog::parseBeds(QStringLiteral("6"))},
               {QStringLiteral("USC"), QStringLiteral("Soins continus"),
                FirstRunDialog::parseBeds(QStringLiteral("Box 1, Box 2, Box 3"))}};
    s.adminLogin = QStringLiteral("cmartin");
    s.adminName = QStringLiteral("Claire Martin");
    s.adminPassword = QStringLiteral("cadre-de-sante-1");
    return s;
}

} // namespace

TEST_CASE("Screenshots for the user guide", "[.screenshots]")
{
    test::TempDir tmp;
    auto opened = Workspace::open(tmp.path());
    REQUIRE(opened.ok());
    Workspace& ws = **opened;
    const SiteSetup site = exampleSite();
    {
        FirstRunDialog dialog(ws);
        dialog.show();
        test::named<QLineEdit>(&dialog, "setupHospital")->setText(site.hospital);
        auto* wards = test::named<QTableWidget>(&dialog, "setupWards");
        const QStringList beds{QStringLiteral("8"), QStringLiteral("6"),
                               QStringLiteral("Box 1, Box 2, Box 3")};
        for (int i = 0; i < site.wards.size(); ++i) {
            dialog.addWard();
            wards->setItem(i, 0, new QTableWidgetItem(site.wards.at(i).code));
            wards->setItem(i, 1, new QTableWidgetItem(site.wards.at(i).name));
            wards->setItem(i, 2, new QTableWidgetItem(beds.at(i)));
        }
        wards->setCurrentCell(-1, -1);
        test::named<QLineEdit>(&dialog, "setupDeviceCode")->setText(site.deviceCode);
        test::named<QLineEdit>(&dialog, "setupAdminLogin")->setText(site.adminLogin);
        test::named<QLineEdit>(&dialog, "setupAdminName")->setText(site.adminName);
        test::named<QLineEdit>(&dialog, "setupPassword")->setText(site.adminPassword);
        test::named<QLineEdit>(&dialog, "setupPasswordConfirm")->setText(site.adminPassword);
        save(dialog, QStringLiteral("gui-first-run.png"));
    }
    REQUIRE(SiteService(ws).initialise(site).ok());
    ws.setCurrentUser(*UserService(ws).find(site.adminLogin));
    REQUIRE(UserService(ws)
                .create(QStringLiteral("mdupont"), QStringLiteral("Marie Dupont"), Role::Nurse,
                        QStringLiteral("infirmiere-1"))
                .ok());
    REQUIRE(UserService(ws)
                .create(QStringLiteral("pbernard"), QStringLiteral("Dr Paul Bernard"), Role::Doctor,
                        QStringLiteral("medecin-12"))
                .ok());
    ws.setCurrentUser(std::nullopt);
    {
        gui::LoginDialog dialog(ws);
        dialog.show();
        test::named<QLineEdit>(&dialog, "loginUser")->setText(QStringLiteral("mdupont"));
        auto* pass = test::named<QLineEdit>(&dialog, "loginPassword");
        QTest::keyClicks(pass, QStringLiteral("wrong"));
        QTest::keyClick(pass, Qt::Key_Return);
        QTest::keyClicks(pass, QStringLiteral("infirmiere"));
        save(dialog, QStringLiteral("gui-login.png"));
    }
    ws.setCurrentUser(*UserService(ws).find(QStringLiteral("mdupont")));
    gui::MainWindow window(ws);
    window.resize(1366, 740);
    window.show();
    window.autoBackup()->runNow();
    save(window, QStringLiteral("gui-main-window.png"));
    window.lock();
    save(window, QStringLiteral("gui-lock.png"));

    // Not in the guide: for looking at the other pages.
    ws.setCurrentUser(*UserService(ws).find(site.adminLogin));
    gui::MainWindow adminWindow(ws);
    adminWindow.resize(1366, 740);
    adminWindow.show();
    adminWindow.showPage(gui::MainWindow::Page::Administration);
    save(adminWindow, QStringLiteral("extra-administration.png"));
    adminWindow.showPage(gui::MainWindow::Page::Theatres);
    save(adminWindow, QStringLiteral("extra-coming-soon.png"));

    // The main window as a new user first sees it: the demo hospital, a nurse logged in.
    test::TempDir demoDir;
    auto demo = Workspace::open(demoDir.path());
    REQUIRE(demo.ok());
    REQUIRE(DemoHospital::create(**demo).ok());
    (*demo)->setCurrentUser(*UserService(**demo).find(QStringLiteral("claire")));
    gui::MainWindow demoWindow(**demo);
    demoWindow.resize(1366, 740);
    demoWindow.show();
    demoWindow.autoBackup()->runNow();
    save(demoWindow, QStringLiteral("gui-main-window.png"));
}
