// Issue 13, item 9: no two mnemonics alike within one window, in English and in French. The
// walk of the smoke test opens every window, dialog and menu; here it runs with the French
// translator (WhitePlan's and Qt's own, as main.cpp loads them).
#include "MnemonicAudit.h"
#include "GuiWalker.h"
#include "TestSupport.h"
#include "demo/DemoHospital.h"
#include "login/LoginDialog.h"
#include "setup/FirstRunDialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTranslator>

#include <cstdio>

using namespace wp;

TEST_CASE("The mnemonic audit finds two equal Alt keys in one window, and only visible ones", "[mnemonics]")
{
    QWidget window;
    auto* form = new QFormLayout(&window);
    auto* save = new QPushButton(QStringLiteral("&Save"), &window);
    auto* search = new QPushButton(QStringLiteral("&Search"), &window);
    auto* name = new QLabel(QStringLiteral("&Name:"), &window);
    auto* field = new QLineEdit(&window);
    name->setBuddy(field);
    auto* next = new QPushButton(QStringLiteral("&Next"), &window);
    form->addRow(save, search);
    form->addRow(name, field);
    form->addRow(next);
    window.show();

    const QStringList clashes = test::MnemonicAudit::clashesIn(&window, QStringLiteral("test"));
    REQUIRE(clashes.size() == 2);
    CHECK(clashes.filter(QStringLiteral("Alt+S")).size() == 1);
    CHECK(clashes.filter(QStringLiteral("\"&Name:\" (label) and \"&Next\" (button)")).size() == 1);

    next->hide();
    search->setText(QStringLiteral("Sea&rch"));
    CHECK(test::MnemonicAudit::clashesIn(&window, QStringLiteral("test")).isEmpty());

    QMenu menu;
    menu.addAction(QStringLiteral("&Lock"));
    menu.addAction(QStringLiteral("&Log out"));
    CHECK(test::MnemonicAudit::clashesIn(&menu, QStringLiteral("menu")).size() == 1);
}

namespace {

/// WhitePlan's French and Qt's own, as main.cpp loads them for a French desktop.
class French
{
public:
    French()
    {
        REQUIRE(m_qt.load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        REQUIRE(m_whiteplan.load(QStringLiteral(":/i18n/whiteplan_fr.qm")));
        QApplication::installTranslator(&m_qt);
        QApplication::installTranslator(&m_whiteplan);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    ~French()
    {
        QApplication::removeTranslator(&m_qt);
        QApplication::removeTranslator(&m_whiteplan);
        QLocale::setDefault(m_previous);
    }

private:
    QTranslator m_qt;
    QTranslator m_whiteplan;
    QLocale m_previous;
};

QStringList startupClashes()
{
    test::TempDir fresh;
    ManualClock clock(test::testEpoch());
    auto opened = Workspace::open(fresh.path(), clock);
    REQUIRE(opened.ok());
    QStringList clashes;
    gui::FirstRunDialog setup(**opened);
    setup.show();
    clashes << test::MnemonicAudit::clashesIn(&setup, QStringLiteral("first-run dialog"));
    test::TempDir tmp;
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    gui::LoginDialog login(*ws);
    login.show();
    clashes << test::MnemonicAudit::clashesIn(&login, QStringLiteral("login dialog"));
    return clashes;
}

} // namespace

TEST_CASE("No mnemonic clash in the first-run and login dialogs, in English and in French", "[mnemonics]")
{
    {
        const QStringList clashes = startupClashes();
        INFO(clashes.join(QLatin1Char('\n')).toStdString());
        CHECK(clashes.isEmpty());
    }
    French french;
    const QStringList clashes = startupClashes();
    INFO(clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
}

TEST_CASE("No mnemonic clash in any window, dialog or menu in French", "[mnemonics]")
{
    French french;

    test::TempDir tmp;
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(14, 10)));
    auto opened = Workspace::open(tmp.path(), clock);
    REQUIRE(opened.ok());
    auto ws = std::move(opened).value();
    REQUIRE(DemoHospital::create(*ws).ok());

    test::GuiWalker walker(*ws, {true, {}});
    for (const auto& [login, password] : {std::pair{"claire", "demo-nurse"},
                                          {"dr.martin", "demo-doctor"},
                                          {"bloc", "demo-theatre"},
                                          {"labo", "demo-lab"},
                                          {"admin", "demo-admin"}}) {
        walker.walk(QString::fromLatin1(login), QString::fromLatin1(password));
    }
    std::printf("Mnemonic audit in French: %d pages, %d actions, %d dialogs or windows\n",
                walker.pagesVisited(), walker.actionsTriggered(), walker.dialogsClosed());
    std::fflush(stdout);
    INFO(walker.mnemonicClashes().join(QLatin1Char('\n')).toStdString());
    CHECK(walker.mnemonicClashes().isEmpty());
    // The walk saw the French window, not the English one.
    CHECK(walker.dialogsClosed() > 10);
}
