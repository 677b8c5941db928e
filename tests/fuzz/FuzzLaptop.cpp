#include "FuzzLaptop.h"

#include "foundation/Clock.h"
#include "orders/OrderService.h"
#include "patients/PatientService.h"
#include "site/SiteService.h"
#include "site/SiteSetup.h"
#include "users/UserService.h"
#include "wardcsv/CensusImporter.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace wp::fuzz {

namespace {

void quiet(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // Warnings are expected (hostile input); a fatal message must still stop the run.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

[[noreturn]] void setupFailed(const char* what, const QString& message)
{
    std::fprintf(stderr, "fuzz laptop: %s: %s\n", what, qPrintable(message));
    std::abort();
}

template<typename T> T must(Result<T> r, const char* what)
{
    if (!r) {
        setupFailed(what, r.errorMessage());
    }
    return std::move(r).value();
}

void must(const Status& st, const char* what)
{
    if (!st) {
        setupFailed(what, st.errorMessage());
    }
}

struct Laptop
{
    QTemporaryDir dir;
    QTemporaryDir scratch;
    ManualClock clock{QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<Workspace> ws;
    clinical::FormRegistry forms;
    orders::Catalogue catalogue;

    Laptop()
    {
        forms.reload();
        catalogue.reload();
        ws = must(Workspace::open(dir.path(), clock), "open");
        SiteSetup setup;
        setup.hospital = QStringLiteral("Fuzz Hospital");
        setup.deviceCode = QStringLiteral("T1");
        setup.wards = {
            {QStringLiteral("MED"),
             QStringLiteral("Medicine"),
             {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}},
            {QStringLiteral("SURG"), QStringLiteral("Surgery"), {QStringLiteral("A"), QStringLiteral("B")}}};
        setup.adminLogin = QStringLiteral("admin");
        setup.adminName = QStringLiteral("Ada Admin");
        setup.adminPassword = QStringLiteral("admin-password-1");
        must(SiteService(*ws).initialise(setup), "initialise");
        UserService users(*ws);
        ws->setCurrentUser(must(users.find(QStringLiteral("admin")), "admin"));
        const auto nurse = must(users.create(QStringLiteral("nina"), QStringLiteral("Nina Nurse"),
                                             Role::Nurse, QStringLiteral("nina-password")),
                                "nurse");
        const auto doctor = must(users.create(QStringLiteral("dora"), QStringLiteral("Dora Doctor"),
                                              Role::Doctor, QStringLiteral("dora-password")),
                                 "doctor");
        ws->setCurrentUser(nurse);
        must(CensusImporter(*ws).importFile(QStringLiteral(WHITEPLAN_TEST_DATA "/ward/census.csv")),
             "census");
        // The patients and orders of tests/data/results-csv/README.md.
        PatientService patients(*ws);
        Patient claire;
        claire.birthName = QStringLiteral("MARTIN");
        claire.firstNames = QStringLiteral("Claire");
        claire.birthDate = QDate(1950, 3, 4);
        claire.sex = QStringLiteral("F");
        claire.ipp = QStringLiteral("8001001");
        const auto c = must(patients.registerPatient(claire), "claire");
        must(patients.admit(c.id, QStringLiteral("SURG"), QStringLiteral("A"), clock.now()), "admit");
        ws->setCurrentUser(doctor);
        orders::OrderService service(*ws, catalogue);
        for (const QStringList& codes : {QStringList{QStringLiteral("2823-3"), QStringLiteral("2951-2")},
                                         QStringList{QStringLiteral("718-7")}}) {
            orders::OrderRequest r;
            r.patientId = c.id;
            r.codes = codes;
            must(service.place(r), "order");
        }
        ws->setCurrentUser(nurse);
    }
};

Laptop& theLaptop()
{
    startQt();
    static Laptop* laptop = new Laptop; // never destroyed: targets may exit from anywhere
    return *laptop;
}

} // namespace

void startQt()
{
    static int argc = 1;
    static char name[] = "whiteplan-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = nullptr;
    if (!app) {
        qInstallMessageHandler(quiet);
        app = new QCoreApplication(argc, argv);
    }
}

Workspace& laptop()
{
    return *theLaptop().ws;
}

const clinical::FormRegistry& forms()
{
    return theLaptop().forms;
}

const orders::Catalogue& catalogue()
{
    return theLaptop().catalogue;
}

QString scratchDirectory()
{
    return theLaptop().scratch.path();
}

} // namespace wp::fuzz
