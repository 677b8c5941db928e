#include "orders/Catalogue.h"
#include "TestSupport.h"
#include "orders/CatalogueParser.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace wp::orders;
using wp::clinical::Sex;

namespace {

const QStringList shippedTests{
    QStringLiteral("2823-3"),  QStringLiteral("2951-2"),  QStringLiteral("2075-0"),  QStringLiteral("1963-8"),
    QStringLiteral("22664-7"), QStringLiteral("14682-9"), QStringLiteral("14749-6"), QStringLiteral("718-7"),
    QStringLiteral("777-3"),   QStringLiteral("6690-2"),  QStringLiteral("6301-6"),  QStringLiteral("1988-5"),
    QStringLiteral("10839-9"), QStringLiteral("2524-7"),  QStringLiteral("1994-3"),  QStringLiteral("2744-1"),
    QStringLiteral("2019-8"),  QStringLiteral("2703-7"),  QStringLiteral("1742-6"),  QStringLiteral("1920-8"),
    QStringLiteral("14631-6"), QStringLiteral("6768-6"),  QStringLiteral("2324-2"),  QStringLiteral("600-7"),
    QStringLiteral("882-1"),   QStringLiteral("890-9")};

const QStringList shippedPanels{QStringLiteral("iono"),         QStringLiteral("renal"),
                                QStringLiteral("fbc"),          QStringLiteral("coag"),
                                QStringLiteral("liver"),        QStringLiteral("blood-gas"),
                                QStringLiteral("group-screen"), QStringLiteral("cardiac")};

const QStringList shippedExams{QStringLiteral("xr-chest"),
                               QStringLiteral("xr-abdomen"),
                               QStringLiteral("ct-head"),
                               QStringLiteral("ct-chest"),
                               QStringLiteral("ct-abdomen-pelvis"),
                               QStringLiteral("us-abdomen"),
                               QStringLiteral("us-doppler-lower-limbs"),
                               QStringLiteral("mr-brain")};

const QStringList shippedTubes{QStringLiteral("lithium-heparin"), QStringLiteral("edta"),
                               QStringLiteral("citrate"),         QStringLiteral("fluoride"),
                               QStringLiteral("serum"),           QStringLiteral("blood-culture"),
                               QStringLiteral("blood-gas")};

Catalogue shipped()
{
    Catalogue c;
    c.reload();
    return c;
}

const LabTest& get(const Catalogue& c, const char* code)
{
    const auto* t = c.test(QLatin1String(code));
    REQUIRE(t);
    return *t;
}

// Messages name the test in the current language; these tests read English.
struct EnglishLocale
{
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishLocale() { QLocale::setDefault(QLocale::c()); }
};

} // namespace

TEST_CASE("The shipped catalogue loads without problems and has the tests, panels, exams and tubes",
          "[catalogue]")
{
    const Catalogue c = shipped();
    for (const auto& p : c.problems())
        UNSCOPED_INFO(p.message);
    REQUIRE(c.problems().isEmpty());
    CHECK(c.version() == QStringLiteral("builtin:1"));
    for (const auto& code : shippedTests) {
        CAPTURE(code);
        CHECK(c.test(code));
    }
    for (const auto& code : shippedPanels) {
        CAPTURE(code);
        CHECK(c.panel(code));
    }
    for (const auto& code : shippedExams) {
        CAPTURE(code);
        CHECK(c.exam(code));
    }
    for (const auto& code : shippedTubes) {
        CAPTURE(code);
        CHECK(c.tube(code));
    }
    CHECK(c.tests().size() == shippedTests.size());
    CHECK(c.panels().size() == shippedPanels.size());
    CHECK(c.exams().size() == shippedExams.size());
    CHECK_FALSE(c.test(QStringLiteral("iono")));
    CHECK_FALSE(c.exam(QStringLiteral("2823-3")));

    // Listed by English name.
    const auto tests = c.tests();
    for (int i = 1; i < tests.size(); ++i)
        CHECK(tests[i - 1]->name.en.compare(tests[i]->name.en, Qt::CaseInsensitive) <= 0);

    const LabTest& k = get(c, "2823-3");
    CHECK(k.name.en == QStringLiteral("Potassium"));
    CHECK(k.tube == QStringLiteral("lithium-heparin"));
    CHECK(k.unit == QStringLiteral("mmol/L"));
    CHECK(k.criticalLow == 2.8);
    CHECK(k.criticalHigh == 6.2);
    CHECK(k.nurseProtocol);
    CHECK(k.turnaround == Turnaround{240, 60, 30});
    CHECK(get(c, "600-7").type == ValueType::Coded);
    CHECK(get(c, "600-7").criticalValues == QStringList{QStringLiteral("positive")});
    CHECK(get(c, "600-7").turnaround.minutes(Priority::Stat) == 2880);
    CHECK(get(c, "882-1").choices.size() == 8);
    CHECK(get(c, "6301-6").tube == QStringLiteral("citrate"));
    CHECK(get(c, "2744-1").tube == QStringLiteral("blood-gas"));
    CHECK(get(c, "2524-7").tube == QStringLiteral("fluoride"));
    CHECK(get(c, "718-7").tube == QStringLiteral("edta"));
    CHECK(c.exam(QStringLiteral("xr-chest"))->modality == QStringLiteral("DX"));
    CHECK(c.exam(QStringLiteral("xr-chest"))->region == QStringLiteral("chest"));
    CHECK(c.exam(QStringLiteral("ct-head"))->turnaround.minutes(Priority::Urgent) == 240);
    CHECK(c.tube(QStringLiteral("edta"))->colour.startsWith(QLatin1Char('#')));

    // Nurse protocol: electrolytes, FBC, glucose, lactate, cultures, gas, group; never imaging.
    for (const char* code : {"2823-3", "2951-2", "718-7", "14749-6", "2524-7", "600-7", "2744-1", "882-1"})
        CHECK(get(c, code).nurseProtocol);
    for (const char* code : {"14682-9", "6301-6", "10839-9", "1742-6"})
        CHECK_FALSE(get(c, code).nurseProtocol);
    for (const auto* e : c.exams())
        CHECK_FALSE(e->nurseProtocol);
    CHECK(c.panel(QStringLiteral("iono"))->nurseProtocol);
    CHECK_FALSE(c.panel(QStringLiteral("liver"))->nurseProtocol);
}

TEST_CASE("Every shipped entry has French and English names, every panel's tests and every tube exist",
          "[catalogue]")
{
    const Catalogue c = shipped();
    for (const auto* t : c.tests()) {
        CAPTURE(t->code);
        CHECK_FALSE(t->name.en.isEmpty());
        CHECK_FALSE(t->name.fr.isEmpty());
        CHECK(c.tube(t->tube));
        CHECK_FALSE(t->specimen.isEmpty());
        CHECK(t->turnaround.routineMinutes >= t->turnaround.urgentMinutes);
        CHECK(t->turnaround.urgentMinutes >= t->turnaround.statMinutes);
        if (t->type == ValueType::Numeric) {
            CHECK_FALSE(t->unit.isEmpty());
            CHECK(t->possibleLow);
            CHECK(t->possibleHigh);
            CHECK_FALSE(t->ranges.isEmpty());
        } else {
            CHECK_FALSE(t->choices.isEmpty());
        }
    }
    for (const auto* p : c.panels()) {
        CAPTURE(p->code);
        CHECK_FALSE(p->name.en.isEmpty());
        CHECK_FALSE(p->name.fr.isEmpty());
        CHECK_FALSE(p->tests.isEmpty());
        for (const auto& code : p->tests) {
            CAPTURE(code);
            CHECK(c.test(code));
        }
    }
    for (const auto* e : c.exams()) {
        CAPTURE(e->code);
        CHECK_FALSE(e->name.en.isEmpty());
        CHECK_FALSE(e->name.fr.isEmpty());
        CHECK_FALSE(e->region.isEmpty());
    }
    for (const auto& code : shippedTubes) {
        CAPTURE(code);
        CHECK_FALSE(c.tube(code)->name.fr.isEmpty());
        CHECK_FALSE(c.tube(code)->name.en.isEmpty());
    }
    CHECK(c.panel(QStringLiteral("fbc"))->name.fr.contains(QStringLiteral("NFS")));
    CHECK(c.test(QStringLiteral("2824-3")) == nullptr);
}

TEST_CASE("expand() replaces panels by their tests, keeps order, drops duplicates, refuses unknown codes",
          "[catalogue]")
{
    const Catalogue c = shipped();
    auto iono = c.expand({QStringLiteral("iono")});
    REQUIRE(iono);
    CHECK(*iono == QStringList{QStringLiteral("2951-2"), QStringLiteral("2823-3"), QStringLiteral("2075-0"),
                               QStringLiteral("1963-8")});

    auto mixed = c.expand({QStringLiteral("2823-3"), QStringLiteral("iono"), QStringLiteral("fbc"),
                           QStringLiteral("718-7"), QStringLiteral("600-7")});
    REQUIRE(mixed);
    CHECK(*mixed == QStringList{QStringLiteral("2823-3"), QStringLiteral("2951-2"), QStringLiteral("2075-0"),
                                QStringLiteral("1963-8"), QStringLiteral("718-7"), QStringLiteral("777-3"),
                                QStringLiteral("6690-2"), QStringLiteral("600-7")});

    auto gas = c.expand({QStringLiteral("blood-gas"), QStringLiteral("group-screen")});
    REQUIRE(gas);
    CHECK(gas->size() == 6);
    CHECK(gas->contains(QStringLiteral("2524-7")));
    CHECK(gas->contains(QStringLiteral("890-9")));

    CHECK(c.expand({})->isEmpty());
    auto unknown = c.expand({QStringLiteral("iono"), QStringLiteral("9999-9")});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == wp::Error::Code::InvalidInput);
    CHECK(unknown.errorMessage().contains(QStringLiteral("'9999-9'")));
    // An exam is not a laboratory test.
    CHECK_FALSE(c.expand({QStringLiteral("xr-chest")}));
}

TEST_CASE("A hospital's catalogue file replaces shipped entries and adds its own, a broken one is skipped",
          "[catalogue]")
{
    CHECK(QDir::cleanPath(Catalogue::siteFolder(QStringLiteral("/var/lib/whiteplan"))) ==
          QStringLiteral("/var/lib/whiteplan/catalogue"));

    Catalogue c;
    c.reload(wp::test::dataFile(QStringLiteral("catalogue/site")));
    REQUIRE(c.problems().size() == 1);
    CHECK(QFileInfo(c.problems().first().file).fileName() == QStringLiteral("20-typo.json"));
    CHECK(c.problems().first().message.startsWith(
        QStringLiteral("20-typo.json: exam 'xr-knee': unknown modality 'XR'")));
    CHECK_FALSE(c.exam(QStringLiteral("xr-knee")));

    // The hospital's own limits win over the shipped ones.
    const LabTest& k = get(c, "2823-3");
    CHECK(k.criticalLow == 3.0);
    CHECK(k.criticalHigh == 6.0);
    CHECK(c.flag(k, 2.9, Sex::Male, QDate(1960, 1, 1), QDate(2026, 1, 1)) == ResultFlag::CriticalLow);
    CHECK(c.flag(k, 6.1, Sex::Male, QDate(1960, 1, 1), QDate(2026, 1, 1)) == ResultFlag::CriticalHigh);
    CHECK(c.flag(k, 5.05, Sex::Male, QDate(1960, 1, 1), QDate(2026, 1, 1)) == ResultFlag::Normal);
    CHECK(shipped().flag(*shipped().test(QStringLiteral("2823-3")), 2.9, Sex::Male, QDate(1960, 1, 1),
                         QDate(2026, 1, 1)) == ResultFlag::Low);

    // A new test, and a shipped panel redefined to include it; the rest is untouched.
    REQUIRE(c.test(QStringLiteral("local-mg")));
    CHECK(c.expand({QStringLiteral("iono")})->last() == QStringLiteral("local-mg"));
    CHECK(c.tests().size() == shippedTests.size() + 1);
    CHECK(c.panels().size() == shippedPanels.size());
    CHECK(get(c, "2951-2").criticalLow == 120);
    CHECK(c.version() == QStringLiteral("builtin:1+10-potassium.json:3"));

    // A missing folder is not a problem.
    Catalogue none;
    none.reload(wp::test::dataFile(QStringLiteral("catalogue/does-not-exist")));
    CHECK(none.problems().isEmpty());
    CHECK(none.version() == QStringLiteral("builtin:1"));
}

TEST_CASE("Each broken catalogue file is reported with its name and skipped whole, the others load",
          "[catalogue]")
{
    struct Case
    {
        const char* file;
        const char* reason;
    };
    const std::vector<Case> cases{
        {"bad_json.json", "bad_json.json: not valid JSON at line 4, column"},
        {"unknown_tube.json", "test '2823-3': unknown tube 'heparin'"},
        {"panel_unknown_test.json", "panel 'iono-plus': unknown test 'magnesium'"},
        {"low_above_high.json", "test '2823-3': range 1: low 5 is greater than high 3.5"},
        {"missing_name.json", "exam 'xr-knee': missing 'name'"},
        {"numeric_without_unit.json", "test '2951-2': a numeric test needs a 'unit'"},
        {"critical_outside_possible.json",
         "test '2823-3': the critical low limit 0.2 is outside the possible range 0.5 to 15"},
        {"duplicate_code.json", "the code '2823-3' appears twice in this file"},
        {"wrong_format.json", "'format' should be \"whiteplan-catalogue\""},
        {"critical_value_not_a_choice.json",
         "test '600-7': the critical value 'growth' is not one of the choices"},
        {"unknown_property.json", "test '2823-3': unknown property 'critcal'"},
    };
    const QString folder = wp::test::dataFile(QStringLiteral("catalogue/broken"));
    // Every fixture has its case, so a new fixture cannot go unchecked.
    CHECK(QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files).size() == qsizetype(cases.size()));

    const Catalogue before = shipped();
    for (const auto& c : cases) {
        const QString file = QLatin1String(c.file);
        CAPTURE(file);
        auto r = CatalogueParser::load(folder + QLatin1Char('/') + file, before);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorMessage().startsWith(file + QStringLiteral(": ")));
        CHECK(r.errorMessage().contains(QLatin1String(c.reason)));
    }

    Catalogue c = shipped();
    c.loadFolder(folder);
    REQUIRE(c.problems().size() == qsizetype(cases.size()));
    for (const auto& p : c.problems()) {
        CAPTURE(p.message);
        CHECK(QFileInfo(p.file).dir() == QDir(folder));
        CHECK(p.message.startsWith(QFileInfo(p.file).fileName() + QStringLiteral(": ")));
    }
    // Nothing of any broken file was taken, not even its valid entries.
    CHECK(get(c, "2823-3").criticalLow == 2.8);
    CHECK(get(c, "2823-3").ranges == get(before, "2823-3").ranges);
    CHECK(get(c, "2951-2").unit == QStringLiteral("mmol/L"));
    CHECK(get(c, "600-7").criticalValues == QStringList{QStringLiteral("positive")});
    CHECK_FALSE(c.panel(QStringLiteral("iono-plus")));
    CHECK_FALSE(c.exam(QStringLiteral("xr-knee")));
    CHECK(c.tests().size() == before.tests().size());
    CHECK(c.version() == QStringLiteral("builtin:1"));
}

TEST_CASE("checkValue accepts a point or a comma and refuses what is not a possible value", "[catalogue]")
{
    const EnglishLocale english;
    const Catalogue c = shipped();
    const LabTest& k = get(c, "2823-3");

    CHECK(c.checkValue(k, QStringLiteral("4.2")).value() == QStringLiteral("4.2"));
    CHECK(c.checkValue(k, QStringLiteral("4,2")).value() == QStringLiteral("4.2"));
    CHECK(c.checkValue(k, QStringLiteral(" 4 ")).value() == QStringLiteral("4"));
    CHECK(c.checkValue(k, QStringLiteral("04.5")).value() == QStringLiteral("4.5"));
    CHECK(c.checkValue(k, QStringLiteral("+3.9")).value() == QStringLiteral("3.9"));
    CHECK(c.checkValue(k, QStringLiteral("15")).value() == QStringLiteral("15"));
    CHECK(c.checkValue(k, QStringLiteral("0.5")).value() == QStringLiteral("0.5"));

    for (const char* bad : {"", "   ", "abc", "4.2.1", "4,2,1", "4.2mmol", "4 2", "1e3", "NaN", "nan", "inf",
                            "-inf", "0x10", "4.", ".5", "4.25", "1,000", "--4"}) {
        const QString typed = QLatin1String(bad);
        CAPTURE(typed);
        auto r = c.checkValue(k, typed);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == wp::Error::Code::InvalidInput);
        CHECK(r.errorMessage().startsWith(QStringLiteral("Potassium: ")));
    }
    CHECK(c.checkValue(k, QStringLiteral("4.25")).errorMessage().contains(QStringLiteral("at most 1")));

    // Out of the possible range: refused with the range and the unit.
    auto impossible = c.checkValue(k, QStringLiteral("45"));
    REQUIRE_FALSE(impossible);
    CHECK(impossible.errorMessage() ==
          QStringLiteral("Potassium: 45 mmol/L is not possible (0.5 to 15 mmol/L)."));
    CHECK_FALSE(c.checkValue(k, QStringLiteral("0.4")));
    CHECK_FALSE(c.checkValue(k, QStringLiteral("-0.5")));
    CHECK_FALSE(c.checkValue(k, QStringLiteral("15.1")));
    // A huge number is not wrapped into a small one.
    CHECK_FALSE(c.checkValue(k, QStringLiteral("4294967300")));
    CHECK_FALSE(c.checkValue(k, QStringLiteral("18446744073709551620")));

    // Whole numbers only for platelets (no decimals).
    const LabTest& platelets = get(c, "777-3");
    CHECK(c.checkValue(platelets, QStringLiteral("250")).value() == QStringLiteral("250"));
    // A zero says nothing; two extra digits, or a thousands separator, are refused.
    CHECK(c.checkValue(platelets, QStringLiteral("250,0")).value() == QStringLiteral("250"));
    CHECK_FALSE(c.checkValue(platelets, QStringLiteral("250,00")));
    CHECK_FALSE(c.checkValue(platelets, QStringLiteral("1,000")));
    CHECK(c.checkValue(platelets, QStringLiteral("250.5"))
              .errorMessage()
              .contains(QStringLiteral("whole number")));

    // A negative value where the possible range allows it.
    LabTest baseExcess = k;
    baseExcess.name = {QStringLiteral("Base excess"), QStringLiteral("Excès de base")};
    baseExcess.possibleLow = -30;
    baseExcess.possibleHigh = 30;
    CHECK(c.checkValue(baseExcess, QStringLiteral("-0.5")).value() == QStringLiteral("-0.5"));
    CHECK(c.checkValue(baseExcess, QStringLiteral("-0,5")).value() == QStringLiteral("-0.5"));
    CHECK(c.checkValue(baseExcess, QStringLiteral("-0")).value() == QStringLiteral("0"));
    CHECK_FALSE(c.checkValue(baseExcess, QStringLiteral("-31")));

    // Coded: case-insensitive, the canonical choice comes back.
    const LabTest& culture = get(c, "600-7");
    CHECK(c.checkValue(culture, QStringLiteral("Positive")).value() == QStringLiteral("positive"));
    CHECK(c.checkValue(culture, QStringLiteral(" NEGATIVE ")).value() == QStringLiteral("negative"));
    auto notAChoice = c.checkValue(culture, QStringLiteral("maybe"));
    REQUIRE_FALSE(notAChoice);
    CHECK(notAChoice.errorMessage().contains(QStringLiteral("negative, positive")));
    const LabTest& group = get(c, "882-1");
    CHECK(c.checkValue(group, QStringLiteral("ab-")).value() == QStringLiteral("AB-"));
    CHECK(c.checkValue(group, QStringLiteral("o+")).value() == QStringLiteral("O+"));
    CHECK_FALSE(c.checkValue(group, QStringLiteral("C+")));
    CHECK_FALSE(c.checkValue(group, QStringLiteral("")));

    // In French, the test's French name and the decimal comma.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(c.checkValue(get(c, "1994-3"), QStringLiteral("9")).errorMessage().contains(QStringLiteral("0,1")));
    CHECK(c.checkValue(k, QStringLiteral("45"))
              .errorMessage()
              .startsWith(QStringLiteral("Potassium (kaliémie): ")));
}

TEST_CASE("flag(): critical limits first, then the range for the patient's sex and age", "[catalogue]")
{
    const Catalogue c = shipped();
    const QDate on(2026, 12, 7);
    const QDate adult(1970, 5, 20);
    const LabTest& k = get(c, "2823-3");
    CHECK(c.flag(k, 2.7, Sex::Female, adult, on) == ResultFlag::CriticalLow);
    CHECK(c.flag(k, 2.8, Sex::Female, adult, on) == ResultFlag::Low);
    CHECK(c.flag(k, 3.4, Sex::Female, adult, on) == ResultFlag::Low);
    CHECK(c.flag(k, 3.5, Sex::Female, adult, on) == ResultFlag::Normal);
    CHECK(c.flag(k, 5.0, Sex::Female, adult, on) == ResultFlag::Normal);
    CHECK(c.flag(k, 5.5, Sex::Female, adult, on) == ResultFlag::High);
    CHECK(c.flag(k, 6.2, Sex::Female, adult, on) == ResultFlag::High);
    CHECK(c.flag(k, 6.3, Sex::Female, adult, on) == ResultFlag::CriticalHigh);
    // Critical limits apply even when no reference range does (a child on an adult catalogue).
    CHECK(c.flag(k, 7.0, Sex::Female, QDate(2020, 1, 1), on) == ResultFlag::CriticalHigh);
    CHECK(c.flag(k, 4.0, Sex::Female, QDate(2020, 1, 1), on) == ResultFlag::None);

    // Haemoglobin: by sex, and a band for children.
    const LabTest& hb = get(c, "718-7");
    CHECK(c.flag(hb, 12.5, Sex::Female, adult, on) == ResultFlag::Normal);
    CHECK(c.flag(hb, 12.5, Sex::Male, adult, on) == ResultFlag::Low);
    CHECK(c.flag(hb, 16.5, Sex::Female, adult, on) == ResultFlag::High);
    CHECK(c.flag(hb, 16.5, Sex::Male, adult, on) == ResultFlag::Normal);
    CHECK(c.flag(hb, 6.9, Sex::Male, adult, on) == ResultFlag::CriticalLow);
    CHECK(c.flag(hb, 12.5, Sex::Unknown, adult, on) == ResultFlag::None);
    const QDate child(2018, 3, 1); // 8 years old on `on`
    CHECK(c.flag(hb, 11.7, Sex::Male, child, on) == ResultFlag::Normal);
    CHECK(c.flag(hb, 11.2, Sex::Male, child, on) == ResultFlag::Low);
    CHECK(c.flag(hb, 12.5, Sex::Unknown, child, on) == ResultFlag::Normal);
    CHECK(c.flag(hb, 12.5, Sex::Male, QDate(2025, 6, 1), on) == ResultFlag::None); // 1 year old

    // Age turns on the birthday: 11 the day before, 12 on the day.
    const QDate twelve(2014, 12, 7);
    CHECK(c.rangeFor(hb, Sex::Male, twelve, on.addDays(-1))->low == 11.5);
    CHECK(c.rangeFor(hb, Sex::Male, twelve, on)->low == 13.0);
    CHECK(c.rangeFor(hb, Sex::Female, twelve, on)->low == 12.0);
    CHECK(c.rangeFor(hb, Sex::Female, twelve, on)->sex == Sex::Female);
    CHECK_FALSE(c.rangeFor(hb, Sex::Female, QDate(), on));
    CHECK_FALSE(c.rangeFor(hb, Sex::Female, QDate(2030, 1, 1), on));

    // Creatinine: sex-specific ranges; troponin: an upper limit only.
    const LabTest& creat = get(c, "14682-9");
    CHECK(c.flag(creat, 95, Sex::Male, adult, on) == ResultFlag::Normal);
    CHECK(c.flag(creat, 95, Sex::Female, adult, on) == ResultFlag::High);
    const LabTest& trop = get(c, "10839-9");
    CHECK(c.flag(trop, 0, Sex::Female, adult, on) == ResultFlag::Normal);
    CHECK(c.flag(trop, 20, Sex::Female, adult, on) == ResultFlag::High);
    CHECK(c.flag(trop, 20, Sex::Male, adult, on) == ResultFlag::Normal);

    // pH: both critical limits.
    const LabTest& ph = get(c, "2744-1");
    CHECK(c.flag(ph, 7.15, Sex::Male, adult, on) == ResultFlag::CriticalLow);
    CHECK(c.flag(ph, 7.30, Sex::Male, adult, on) == ResultFlag::Low);
    CHECK(c.flag(ph, 7.65, Sex::Male, adult, on) == ResultFlag::CriticalHigh);

    // Coded values.
    const LabTest& culture = get(c, "600-7");
    CHECK(c.flag(culture, QStringLiteral("positive")) == ResultFlag::Critical);
    CHECK(c.flag(culture, QStringLiteral("Positive")) == ResultFlag::Critical);
    CHECK(c.flag(culture, QStringLiteral("negative")) == ResultFlag::Normal);
    CHECK(c.flag(get(c, "882-1"), QStringLiteral("O-")) == ResultFlag::Normal);
    // The numeric flag of a coded test, and the coded flag of a numeric one, mean nothing.
    CHECK(c.flag(culture, 1.0, Sex::Male, adult, on) == ResultFlag::None);
    CHECK(c.flag(k, QStringLiteral("positive")) == ResultFlag::None);
}

TEST_CASE("Turnaround per priority", "[catalogue]")
{
    const Turnaround t{240, 60, 30};
    CHECK(t.minutes(Priority::Routine) == 240);
    CHECK(t.minutes(Priority::Urgent) == 60);
    CHECK(t.minutes(Priority::Stat) == 30);
    const Catalogue c = shipped();
    CHECK(c.exam(QStringLiteral("mr-brain"))->turnaround == Turnaround{1440, 240, 60});
}
