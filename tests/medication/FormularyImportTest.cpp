// The formulary CSV contract (docs/formulary-csv.md): the demo formulary reads whole, a bad
// file is refused with its file, line and column and changes nothing, only an administrator
// imports, and the import is audited.
#include "MedicationFixture.h"

#include "formulary/FormularyCsv.h"

using namespace wp;
using namespace wp::test;
using namespace wp::medication;

TEST_CASE("The demo formulary reads whole: about 150 drugs, each with a route, high-risk ones flagged",
          "[formulary]")
{
    auto drugs = FormularyCsv::parseFile(FormularyStore::demoFile());
    REQUIRE(drugs.ok());
    CHECK(drugs->size() >= 150);
    Formulary f(*drugs);
    const FormularyDrug* enox = f.drug(QStringLiteral("ENOXA"));
    REQUIRE(enox);
    CHECK(enox->highRisk);
    CHECK(enox->doseUnit == QStringLiteral("iu"));
    CHECK(enox->inDoseUnit(0.4, QStringLiteral("ml")) == std::optional<double>(4000.0));
    const FormularyDrug* kcl = f.drug(QStringLiteral("KCLIV"));
    REQUIRE(kcl);
    CHECK(kcl->highRisk);
    CHECK(kcl->routes == QStringList{QStringLiteral("iv")});
    const FormularyDrug* amox = f.drug(QStringLiteral("AMOX500"));
    REQUIRE(amox);
    CHECK_FALSE(amox->highRisk);
    CHECK(amox->allergyClasses.contains(QStringLiteral("penicillins")));
    CHECK(amox->inDoseUnit(2, QStringLiteral("tablet")) == std::optional<double>(1000.0));
    CHECK(amox->inDoseUnit(1, QStringLiteral("g")) == std::optional<double>(1000.0));
    CHECK_FALSE(amox->inDoseUnit(1, QStringLiteral("puff")).has_value());
    for (const auto& d : *drugs) {
        INFO(d.code.toStdString());
        CHECK_FALSE(d.routes.isEmpty());
        CHECK_FALSE(d.inn.isEmpty());
    }
}

TEST_CASE("A broken formulary file is refused with its file, line and column", "[formulary]")
{
    struct Case
    {
        const char* file;
        const char* where;
        const char* what;
    };
    const Case cases[] = {
        {"bad-route.csv", "line 3, column routes", "intrathecal"},
        {"duplicate-code.csv", "line 4, column code", "line 2"},
        {"bad-number.csv", "line 2, column max_per_dose", "\"1 g\""},
        {"max-below-usual.csv", "line 3, column max_per_dose", "usual"},
        {"bad-high-risk.csv", "line 2, column high_risk", "\"maybe\""},
        {"missing-routes-column.csv", "line 1, column routes", "required"},
        {"unknown-column.csv", "line 1, column lookalikes", "known column"},
        {"bad-per-unit.csv", "line 2, column per_unit", "capsule"},
        {"bad-dose-unit.csv", "line 2, column dose_unit", "mmol"},
        {"unterminated-quote.csv", "line 2", ""},
        {"header-only.csv", "column code", "at least one drug"},
        {"short-row.csv", "line 2", ""},
    };
    for (const Case& c : cases) {
        INFO(c.file);
        const QString path = dataFile(QStringLiteral("formulary/") + QString::fromLatin1(c.file));
        auto r = FormularyCsv::parseFile(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::InvalidInput);
        CHECK(r.errorMessage().contains(QString::fromLatin1(c.file)));
        CHECK(r.errorMessage().contains(QString::fromLatin1(c.where)));
        CHECK(r.errorMessage().contains(QString::fromUtf8(c.what)));
    }
}

TEST_CASE("Importing replaces the formulary as a whole, a bad file or a dry run changes nothing",
          "[formulary]")
{
    MedicationLaptop l;
    const int demoSize = l.formulary.size();
    REQUIRE(demoSize >= 150);
    test::loginAs(*l.ws, QStringLiteral("admin2"), Role::Administrator);
    FormularyStore store(*l.ws);

    auto bad = store.importFile(dataFile(QStringLiteral("formulary/bad-route.csv")));
    REQUIRE_FALSE(bad.ok());
    CHECK(store.load()->size() == demoSize);

    auto dry = store.importFile(dataFile(QStringLiteral("formulary/small.csv")), true);
    REQUIRE(dry.ok());
    CHECK(dry->drugs == 2);
    CHECK(dry->added == 1); // PARA1G is new; AMOX500 is in the demo formulary
    CHECK(dry->changed == 1);
    CHECK(dry->removed == demoSize - 1);
    CHECK(store.load()->size() == demoSize);

    const int audits = auditCount(*l.ws, QStringLiteral("formulary.import"));
    auto done = store.importFile(dataFile(QStringLiteral("formulary/small.csv")));
    REQUIRE(done.ok());
    auto now = store.load();
    REQUIRE(now.ok());
    CHECK(now->size() == 2);
    CHECK(now->drug(QStringLiteral("PARA1G")));
    CHECK_FALSE(now->drug(QStringLiteral("ENOXA")));
    CHECK(auditCount(*l.ws, QStringLiteral("formulary.import")) == audits + 1);
}

TEST_CASE("Only an administrator imports the formulary", "[formulary]")
{
    MedicationLaptop l; // a doctor is logged in
    auto refused = FormularyStore(*l.ws).importFile(dataFile(QStringLiteral("formulary/small.csv")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(FormularyStore(*l.ws).load()->size() == l.formulary.size());
}

TEST_CASE("Search as you type finds drugs by name, brand or synonym, without case or accents", "[formulary]")
{
    MedicationLaptop l;
    const auto amox = l.formulary.search(QStringLiteral("amox"));
    REQUIRE_FALSE(amox.isEmpty());
    for (const auto* d : amox) {
        CHECK(Formulary::fold(d->displayName()).contains(QStringLiteral("amox")));
    }
    CHECK(amox.first()->inn.startsWith(QStringLiteral("amoxicilline")));
    // Brand, accents and case.
    CHECK(l.formulary.search(QStringLiteral("LOVENOX")).first()->code == QStringLiteral("ENOXA"));
    CHECK(l.formulary.search(QStringLiteral("enoxaparine")).first()->code == QStringLiteral("ENOXA"));
    CHECK(l.formulary.search(QStringLiteral("Héparine")).size() >= 2);
    // Several words must all match.
    const auto morphLp = l.formulary.search(QStringLiteral("morphine lp"));
    REQUIRE_FALSE(morphLp.isEmpty());
    CHECK(morphLp.first()->code == QStringLiteral("MORPHLP"));
    CHECK(l.formulary.search(QStringLiteral("zzzz")).isEmpty());
    CHECK(l.formulary.search(QStringLiteral("a"), 5).size() == 5);
}

TEST_CASE("Look-alike names resolve to the formulary's drugs, to be shown side by side", "[formulary]")
{
    MedicationLaptop l;
    const FormularyDrug* oxy = l.formulary.drug(QStringLiteral("OXYCO"));
    REQUIRE(oxy);
    const auto alikes = l.formulary.lookAlikesOf(*oxy);
    QStringList codes;
    for (const auto* d : alikes) {
        codes << d->code;
    }
    CHECK(codes.contains(QStringLiteral("OXYBUT")));
    const FormularyDrug* kcl = l.formulary.drug(QStringLiteral("KCLIV"));
    REQUIRE(kcl);
    QStringList kclAlikes;
    for (const auto* d : l.formulary.lookAlikesOf(*kcl)) {
        kclAlikes << d->code;
    }
    CHECK(kclAlikes.contains(QStringLiteral("NACL10")));
}
