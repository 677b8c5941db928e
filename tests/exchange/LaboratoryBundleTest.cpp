// The lab laptop and the ward laptop (issue 15): laboratory users travel in bundles like the
// other accounts, log in on the laptop that received them with their own password, and the
// lab's users themselves carry bundles both ways (ExportData, ImportData).
#include "Database.h"
#include "ExchangeFixture.h"

using namespace wp;
using namespace wp::test;

namespace {

void logIn(Laptop& l, const QString& login, const QString& password)
{
    auto user = UserService(*l.ws).authenticate(login, password);
    INFO(user.errorMessage().toStdString());
    REQUIRE(user.ok());
    l.ws->setCurrentUser(*user);
}

} // namespace

TEST_CASE_METHOD(TwoLaptops,
                 "a laboratory user on the lab laptop carries bundles and arrives on the ward laptop",
                 "[exchange][issue15]")
{
    // b is the lab laptop: its administrator adds the lab's user, who then works there.
    auto added = UserService(*b.ws).create(QStringLiteral("labo"), QStringLiteral("Laure Laborantine"),
                                           Role::Laboratory, QStringLiteral("labo-password"));
    INFO(added.errorMessage().toStdString());
    REQUIRE(added.ok());
    logIn(b, QStringLiteral("labo"), QStringLiteral("labo-password"));

    // The ward's patients reach the lab through a bundle the lab user imports.
    registerPatient(a, QStringLiteral("Lambert"), QStringLiteral("Anne"), QDate(1950, 1, 2));
    const auto patientsOnLab = [this] {
        return b.ws->db().scalar(QStringLiteral("SELECT count(*) FROM patient")).value().toInt();
    };
    REQUIRE(patientsOnLab() == 0);
    send(a, b, files.file(QStringLiteral("ward-to-lab.wpb")));
    CHECK(patientsOnLab() == 1);

    // The lab user's bundle brings the account to the ward laptop, role and password intact.
    const auto toWard = send(b, a, files.file(QStringLiteral("lab-to-ward.wpb")));
    CHECK(toWard.newUsers >= 1);
    auto there = UserService(*a.ws).find(QStringLiteral("labo"));
    REQUIRE(there.ok());
    CHECK(there->role == Role::Laboratory);
    CHECK(there->fullName == QStringLiteral("Laure Laborantine"));
    logIn(a, QStringLiteral("labo"), QStringLiteral("labo-password"));
    // On the ward laptop too, the role records no care.
    CHECK(a.ws->require(Permission::RecordResults).ok());
    CHECK_FALSE(a.ws->require(Permission::RecordCare).ok());

    // Both laptops now hold the same accounts.
    auto usersA = UserService(*a.ws).list();
    auto usersB = UserService(*b.ws).list();
    REQUIRE(usersA.ok());
    REQUIRE(usersB.ok());
    QStringList loginsA;
    QStringList loginsB;
    for (const auto& u : *usersA) {
        loginsA << u.login + QLatin1Char('/') + Roles::code(u.role);
    }
    for (const auto& u : *usersB) {
        loginsB << u.login + QLatin1Char('/') + Roles::code(u.role);
    }
    loginsA.sort();
    loginsB.sort();
    CHECK(loginsA == loginsB);
    CHECK(loginsA.contains(QStringLiteral("labo/laboratory")));
}
