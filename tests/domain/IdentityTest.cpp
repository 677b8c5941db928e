#include "TestSupport.h"
#include "clinical/DuplicateDetector.h"
#include "clinical/NameMatcher.h"
#include "clinical/PatientIdentity.h"

#include <catch2/catch.hpp>

using namespace wp::clinical;

namespace {

const QDate today(2026, 11, 28);

PatientIdentity person(const char* birthName, const char* firstNames, QDate birthDate,
                       const char* usedName = "")
{
    PatientIdentity p;
    p.birthName = QString::fromUtf8(birthName);
    p.firstNames = QString::fromUtf8(firstNames);
    p.usedName = QString::fromUtf8(usedName);
    p.birthDate = birthDate;
    return p;
}

QStringList fields(const FieldIssues& issues, FieldIssue::Severity severity = FieldIssue::Severity::Error)
{
    QStringList out;
    for (const auto& i : issues) {
        if (i.severity == severity)
            out << i.field;
    }
    return out;
}

} // namespace

TEST_CASE("Identity status and sex codes round-trip and have labels")
{
    for (auto s : {IdentityStatus::Provisional, IdentityStatus::Retrieved, IdentityStatus::Validated,
                   IdentityStatus::Qualified}) {
        CHECK(identityStatusFromCode(code(s)) == s);
        CHECK_FALSE(label(s).isEmpty());
    }
    CHECK(code(IdentityStatus::Provisional) == QStringLiteral("provisional"));
    CHECK(code(IdentityStatus::Qualified) == QStringLiteral("qualified"));
    CHECK_FALSE(identityStatusFromCode(QStringLiteral("temporary")).has_value());
    CHECK(sexFromCode(QStringLiteral("F")) == Sex::Female);
    CHECK(sexFromCode(QStringLiteral("m")) == Sex::Male);
    CHECK(sexFromCode(QStringLiteral("U")) == Sex::Unknown);
    CHECK_FALSE(sexFromCode(QStringLiteral("X")).has_value());
}

TEST_CASE("Name normalisation ignores case, accents, ligatures, hyphens, apostrophes and spaces")
{
    CHECK(NameMatcher::normalise(QString::fromUtf8("  Lefèvre-D'Hôte ")) == QStringLiteral("lefevre d hote"));
    CHECK(NameMatcher::normalise(QString::fromUtf8("ÉLOÏSE  Müller")) == QStringLiteral("eloise muller"));
    CHECK(NameMatcher::normalise(QString::fromUtf8("Cœur’Æsa")) == QStringLiteral("coeur aesa"));
    CHECK(NameMatcher::compact(QStringLiteral("Dupont-Martin")) ==
          NameMatcher::compact(QStringLiteral("DUPONT MARTIN")));
    CHECK(NameMatcher::sameName(QStringLiteral("Dupont-Martin"), QStringLiteral("dupontmartin")));
    CHECK_FALSE(NameMatcher::sameName(QStringLiteral("Dupont"), QStringLiteral("Dupond")));
    CHECK_FALSE(NameMatcher::sameName(QString(), QString()));
    CHECK(NameMatcher::sameFirstNames(QStringLiteral("Marie"), QStringLiteral("Marie Claire Anne")));
    CHECK(NameMatcher::sameFirstNames(QStringLiteral("Jean-Pierre"), QStringLiteral("jean pierre")));
    CHECK_FALSE(NameMatcher::sameFirstNames(QStringLiteral("Jean Pierre"), QStringLiteral("Jean Marc")));
    CHECK_FALSE(NameMatcher::sameFirstNames(QStringLiteral("Claire"), QStringLiteral("Marie Claire")));
}

TEST_CASE("Duplicate detection: matching cases, each with its reason")
{
    const QDate born(1950, 3, 14);
    struct Case
    {
        const char* name;
        PatientIdentity existing;
        PatientIdentity candidate;
        QList<DuplicateReason> reasons;
    };
    const std::vector<Case> cases{
        {"identical",
         person("Dupont", "Jean", born),
         person("Dupont", "Jean", born),
         {DuplicateReason::SameBirthName}},
        {"case and accents",
         person("Lefèvre", "Hélène", born),
         person("LEFEVRE", "helene", born),
         {DuplicateReason::SameBirthName, DuplicateReason::SpellingDiffers}},
        {"hyphens and spaces",
         person("Dupont-Martin", "Jean-Pierre", born),
         person("DUPONT MARTIN", "Jean Pierre", born),
         {DuplicateReason::SameBirthName, DuplicateReason::SpellingDiffers}},
        {"apostrophe",
         person("D'Arc", "Jeanne", born),
         person("DARC", "Jeanne", born),
         {DuplicateReason::SameBirthName, DuplicateReason::SpellingDiffers}},
        {"swapped first and last names",
         person("Martin", "Paul", born),
         person("Paul", "Martin", born),
         {DuplicateReason::SwappedNames}},
        {"swapped and accents",
         person("Gérard", "Émile", born),
         person("emile", "GERARD", born),
         {DuplicateReason::SwappedNames, DuplicateReason::SpellingDiffers}},
        {"birth name typed where the used name was",
         person("Durand", "Sophie", born, "Bernard"),
         person("Bernard", "Sophie", born),
         {DuplicateReason::BirthNameMatchesUsedName}},
        {"same used name",
         person("Durand", "Sophie", born, "Bernard"),
         person("Petit", "Sophie", born, "Bernard"),
         {DuplicateReason::SameUsedName}},
        {"only the usual first name typed",
         person("Moreau", "Marie Claire", born),
         person("Moreau", "Marie", born),
         {DuplicateReason::SameBirthName}},
    };
    for (const auto& c : cases) {
        SECTION(c.name)
        {
            const QList<PatientIdentity> existing{person("Autre", "Personne", born), c.existing};
            const auto matches = DuplicateDetector::find(c.candidate, existing);
            REQUIRE(matches.size() == 1);
            CHECK(matches.first().index == 1);
            CHECK(matches.first().reasons == c.reasons);
            CHECK(matches.first().description().contains(QStringLiteral("same date of birth")));
        }
    }
}

TEST_CASE(
    "Duplicate detection: names differing only in case are the same spelling, and a real difference is named")
{
    const QDate born(1950, 3, 14);
    // Typed in capitals or in lower case: names are displayed in capitals, the nurse sees no difference.
    auto matches =
        DuplicateDetector::find(person("FOURNIER", "karine", born), {person("Fournier", "Karine", born)});
    REQUIRE(matches.size() == 1);
    CHECK(matches.first().reasons == QList<DuplicateReason>{DuplicateReason::SameBirthName});
    CHECK_FALSE(matches.first().description().contains(QStringLiteral("differently")));
    CHECK(matches.first().spellings.isEmpty());

    // An accent: the description says which names differ, and only that.
    matches = DuplicateDetector::find(person("LEFEVRE", "Elise", born), {person("Lefèvre", "Élise", born)});
    REQUIRE(matches.size() == 1);
    CHECK(matches.first().reasons.contains(DuplicateReason::SpellingDiffers));
    CHECK(matches.first().spellings ==
          QStringList{QStringLiteral("Elise / Élise"), QStringLiteral("LEFEVRE / Lefèvre")});
    const QString description = matches.first().description();
    CHECK(description.contains(QStringLiteral("spelt differently: Elise / Élise, LEFEVRE / Lefèvre")));
    CHECK_FALSE(description.contains(QStringLiteral("case")));
}

TEST_CASE("Duplicate detection: no match without the same birth date or a matching name")
{
    const QDate born(1950, 3, 14);
    const auto candidate = person("Dupont", "Jean", born);
    CHECK(DuplicateDetector::compare(candidate, person("Dupont", "Jean", born.addDays(1))).isEmpty());
    CHECK(DuplicateDetector::compare(candidate, person("Dupont", "Jean", QDate(1951, 3, 14))).isEmpty());
    CHECK(DuplicateDetector::compare(candidate, person("Dupond", "Jean", born)).isEmpty());
    CHECK(DuplicateDetector::compare(candidate, person("Dupont", "Jeanne", born)).isEmpty());
    CHECK(DuplicateDetector::compare(candidate, person("Dupont", "Pierre Jean", born)).isEmpty());
    CHECK(DuplicateDetector::compare(person("Dupont", "Jean", QDate()), person("Dupont", "Jean", QDate()))
              .isEmpty());
    // Several candidates are all reported, never merged: the input is left untouched.
    const QList<PatientIdentity> existing{person("Dupont", "Jean", born), person("Dupont", "Jean", born),
                                          person("Jean", "Dupont", born)};
    const auto copy = existing;
    CHECK(DuplicateDetector::find(candidate, existing).size() == 3);
    CHECK(existing == copy);
}

TEST_CASE("Patient identity validation reports each wrong field")
{
    PatientIdentity p = person("Dupont", "Jean", QDate(1984, 12, 1));
    p.sex = Sex::Male;
    p.ins = QStringLiteral("1 84 12 75 056 123 55");
    p.birthPlace = QStringLiteral("75056");
    p.status = IdentityStatus::Qualified;
    CHECK(p.validate(today).isEmpty());

    SECTION("required traits")
    {
        PatientIdentity empty;
        const auto errors = fields(empty.validate(today));
        CHECK(errors.contains(QStringLiteral("birth_name")));
        CHECK(errors.contains(QStringLiteral("first_names")));
        CHECK(errors.contains(QStringLiteral("birth_date")));
    }
    SECTION("future or implausible birth dates")
    {
        p.birthDate = today.addDays(1);
        CHECK(fields(p.validate(today)).contains(QStringLiteral("birth_date")));
        p.birthDate = QDate(1890, 1, 1);
        CHECK(fields(p.validate(today)).contains(QStringLiteral("birth_date")));
    }
    SECTION("digits in a name")
    {
        p.birthName = QStringLiteral("Dup0nt");
        CHECK(fields(p.validate(today)) == QStringList{QStringLiteral("birth_name")});
    }
    SECTION("a wrong INS key")
    {
        p.ins = QStringLiteral("1 84 12 75 056 123 54");
        const auto issues = p.validate(today);
        REQUIRE(fields(issues) == QStringList{QStringLiteral("ins")});
        CHECK(issues.first().message.contains(QStringLiteral("should be 55, not 54")));
    }
    SECTION("INS of the other sex")
    {
        p.sex = Sex::Female;
        CHECK(fields(p.validate(today)) == QStringList{QStringLiteral("ins")});
    }
    SECTION("INS of another year or month of birth")
    {
        p.birthDate = QDate(1985, 12, 1);
        CHECK(fields(p.validate(today)) == QStringList{QStringLiteral("ins")});
        p.birthDate = QDate(1984, 11, 1);
        CHECK(fields(p.validate(today)) == QStringList{QStringLiteral("ins")});
    }
    SECTION("qualified without INS")
    {
        p.ins.clear();
        CHECK(fields(p.validate(today)) == QStringList{QStringLiteral("ins")});
        p.status = IdentityStatus::Validated;
        CHECK(p.validate(today).isEmpty());
    }
    SECTION("birth place: format is an error, a place differing from the INS a warning")
    {
        p.birthPlace = QStringLiteral("7505");
        CHECK(fields(p.validate(today)).contains(QStringLiteral("birth_place")));
        p.birthPlace = QStringLiteral("69123");
        const auto issues = p.validate(today);
        CHECK(fields(issues).isEmpty());
        CHECK(fields(issues, FieldIssue::Severity::Warning) == QStringList{QStringLiteral("birth_place")});
        p.birthPlace = QStringLiteral("2a004");
        p.ins.clear();
        p.status = IdentityStatus::Provisional;
        CHECK(p.validate(today).isEmpty());
    }
    SECTION("IPP")
    {
        p.ipp = QStringLiteral("12 34");
        CHECK(fields(p.validate(today)) == QStringList{QStringLiteral("ipp")});
        p.ipp = QStringLiteral("000123456");
        CHECK(p.validate(today).isEmpty());
    }
}

TEST_CASE("Patient identity display name")
{
    auto p = person("Durand", "Sophie Anne", QDate(1970, 1, 1), "Bernard");
    CHECK(p.displayName().startsWith(QStringLiteral("BERNARD")));
    CHECK(p.displayName().contains(QStringLiteral("DURAND")));
    CHECK(p.displayName().endsWith(QStringLiteral("Sophie Anne")));
    p.usedName.clear();
    CHECK(p.displayName() == QStringLiteral("DURAND Sophie Anne"));
}

TEST_CASE("Identity: names have a length limit, and a refused character is shown whole and escaped")
{
    auto p = person("Martin", "Paul", QDate(1980, 1, 1));
    p.birthName = QString(100, QLatin1Char('A'));
    p.usedName = QString(100, QLatin1Char('B'));
    p.firstNames = QString(100, QLatin1Char('C'));
    CHECK(fields(p.validate(today)).isEmpty());
    p.birthName = QString(1 << 20, QLatin1Char('A'));
    p.usedName = QString(101, QLatin1Char('B'));
    p.firstNames = QString(101, QLatin1Char('C'));
    const auto issues = p.validate(today);
    CHECK(fields(issues) == QStringList{QStringLiteral("birth_name"), QStringLiteral("used_name"),
                                        QStringLiteral("first_names")});
    CHECK(issues.first().message.contains(QStringLiteral("1048576 characters, at most 100")));

    // An emoji is named as itself (it used to come out as half a surrogate pair, U+FFFD).
    const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
    p = person("Martin", "Paul", QDate(1980, 1, 1));
    p.birthName = QStringLiteral("Mar") + emoji + QStringLiteral("tin");
    auto named = p.validate(today);
    REQUIRE(fields(named) == QStringList{QStringLiteral("birth_name")});
    CHECK(named.first().message.contains(QStringLiteral("\"") + emoji + QStringLiteral("\"")));
    // A direction override is written out, never echoed.
    p.birthName = QStringLiteral("Mar") + QChar(0x202e) + QStringLiteral("tin");
    named = p.validate(today);
    REQUIRE(fields(named) == QStringList{QStringLiteral("birth_name")});
    CHECK(named.first().message.contains(QStringLiteral("\\u{202E}")));
    CHECK_FALSE(named.first().message.contains(QChar(0x202e)));
    // Control characters in the IPP (NUL is not a space) are refused.
    p = person("Martin", "Paul", QDate(1980, 1, 1));
    p.ipp = QStringLiteral("8000") + QChar(0) + QStringLiteral("1234");
    CHECK(fields(p.validate(today)) == QStringList{QStringLiteral("ipp")});
    // Letters outside the BMP (a rare CJK name) are letters.
    p.ipp.clear();
    p.birthName = QString::fromUtf8("\xf0\xa0\x80\x80");
    CHECK(fields(p.validate(today)).isEmpty());
}
