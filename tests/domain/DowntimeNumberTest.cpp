#include "clinical/DowntimeNumber.h"
#include "TestSupport.h"
#include "clinical/DowntimeRange.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace wp::clinical;

namespace {

const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

QString compact(const DowntimeNumber& n)
{
    return QString(n.text()).remove(QLatin1Char('-'));
}

} // namespace

TEST_CASE("Downtime number: make builds the canonical form and parse reads it back")
{
    auto n = DowntimeNumber::make(QStringLiteral("URG1"), 42);
    REQUIRE(n.ok());
    CHECK(QRegularExpression(QStringLiteral("^URG1-000042-[0-9A-Z]$")).match(n->text()).hasMatch());
    CHECK(n->deviceCode() == QStringLiteral("URG1"));
    CHECK(n->sequence() == 42);
    CHECK(DowntimeNumber::verify(compact(*n)));
    auto back = DowntimeNumber::parse(n->text());
    REQUIRE(back.ok());
    CHECK(*back == *n);
}

TEST_CASE("Downtime number: case, spaces and dashes are optional in input")
{
    auto n = DowntimeNumber::make(QStringLiteral("REA2"), 123456);
    REQUIRE(n.ok());
    const QString check = QString(n->check());
    for (const QString& typed :
         {QStringLiteral("rea2-123456-") + check.toLower(), QStringLiteral("REA2123456") + check,
          QStringLiteral(" rea2 123456 ") + check, QStringLiteral("REA2 - 123456 - ") + check}) {
        CAPTURE(typed);
        auto r = DowntimeNumber::parse(typed);
        REQUIRE(r.ok());
        CHECK(*r == *n);
    }
}

TEST_CASE("Downtime number: every single substitution and adjacent transposition is detected")
{
    const QStringList codes{QStringLiteral("URG1"), QStringLiteral("AB"),   QStringLiteral("Z9Z9Z9"),
                            QStringLiteral("00"),   QStringLiteral("SAMU"), QStringLiteral("REA2B")};
    const QList<int> sequences{1, 42, 999999, 123456, 100000, 909090, 555555};
    int substitutions = 0;
    int transpositions = 0;
    for (const QString& code : codes) {
        for (int sequence : sequences) {
            auto n = DowntimeNumber::make(code, sequence);
            REQUIRE(n.ok());
            const QString good = compact(*n);
            REQUIRE(DowntimeNumber::verify(good));
            for (qsizetype i = 0; i < good.size(); ++i) {
                // Every other character of the alphabet, at every position, check included.
                for (QChar c : alphabet) {
                    if (c == good.at(i))
                        continue;
                    QString bad = good;
                    bad[i] = c;
                    CAPTURE(good, bad);
                    CHECK_FALSE(DowntimeNumber::verify(bad));
                    CHECK_FALSE(DowntimeNumber::parse(bad).ok());
                    ++substitutions;
                }
                if (i + 1 < good.size() && good.at(i) != good.at(i + 1)) {
                    QString bad = good;
                    std::swap(bad[i], bad[i + 1]);
                    CAPTURE(good, bad);
                    CHECK_FALSE(DowntimeNumber::verify(bad));
                    CHECK_FALSE(DowntimeNumber::parse(bad).ok());
                    ++transpositions;
                }
            }
        }
    }
    CHECK(substitutions > 10000);
    CHECK(transpositions > 250);
}

TEST_CASE("Downtime number: transpositions are caught for every pair of characters after any prefix")
{
    // Stronger than a sample: for every pair (a, b), a != b, after prefixes reaching
    // many internal states, "prefix a b" and "prefix b a" never both verify with the same check.
    const QStringList prefixes{QStringLiteral("AB"), QStringLiteral("URG1"), QStringLiteral("Z"),
                               QStringLiteral("0"),  QStringLiteral("9Q"),   QStringLiteral("XK7")};
    for (const QString& prefix : prefixes) {
        for (QChar a : alphabet) {
            for (QChar b : alphabet) {
                if (a == b)
                    continue;
                const QString ab = prefix + a + b;
                const QString ba = prefix + b + a;
                const auto checkAb = DowntimeNumber::checkCharacter(ab);
                REQUIRE(checkAb);
                CHECK_FALSE(DowntimeNumber::verify(ba + *checkAb));
                // Transposition of the last payload character with the check character.
                if (*checkAb != b)
                    CHECK_FALSE(DowntimeNumber::verify(prefix + a + *checkAb + b));
            }
        }
    }
}

TEST_CASE("Downtime number: mistyped numbers are refused with a clear message")
{
    auto n = DowntimeNumber::make(QStringLiteral("URG1"), 42);
    REQUIRE(n.ok());
    const QChar wrong = n->check() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    struct Case
    {
        QString input;
        QString expected;
    };
    const std::vector<Case> cases{
        {QStringLiteral("URG1-000042-") + wrong, QStringLiteral("check character does not match")},
        {QStringLiteral("URG1-000042"), QStringLiteral("does not have the form")},
        {QStringLiteral("URG1-00042-") + n->check(), QStringLiteral("does not have the form")},
        {QStringLiteral("U-000042-K"), QStringLiteral("8 characters, 9 to 13 expected")},
        {QStringLiteral("URGENCE-000042-K"), QStringLiteral("14 characters")},
        {QStringLiteral("URG1-0000A2-K"), QStringLiteral("should be digits")},
        {QStringLiteral("URG_1-000042-K"), QStringLiteral("not \"_\"")},
        {QStringLiteral("URG1-000000-K"), QStringLiteral("000000 is never used")},
        {QStringLiteral(""), QStringLiteral("empty")},
    };
    for (const auto& c : cases) {
        CAPTURE(c.input);
        auto r = DowntimeNumber::parse(c.input);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorMessage().contains(c.expected));
        // The message never gives the expected check character away.
        CHECK_FALSE(r.errorMessage().contains(n->text()));
    }
}

TEST_CASE("Downtime number: device codes and sequences are checked when making a number")
{
    CHECK(DowntimeNumber::validateDeviceCode(QStringLiteral("AB")).ok());
    CHECK(DowntimeNumber::validateDeviceCode(QStringLiteral("ABCDE6")).ok());
    CHECK_FALSE(DowntimeNumber::validateDeviceCode(QStringLiteral("A")).ok());
    CHECK_FALSE(DowntimeNumber::validateDeviceCode(QStringLiteral("ABCDEFG")).ok());
    CHECK_FALSE(DowntimeNumber::validateDeviceCode(QStringLiteral("urg1")).ok());
    CHECK_FALSE(DowntimeNumber::validateDeviceCode(QStringLiteral("UR-1")).ok());
    CHECK_FALSE(DowntimeNumber::make(QStringLiteral("URG1"), 0).ok());
    CHECK_FALSE(DowntimeNumber::make(QStringLiteral("URG1"), 1000000).ok());
    CHECK(DowntimeNumber::make(QStringLiteral("URG1"), 999999).ok());
}

TEST_CASE("Downtime range: default and validation")
{
    const auto r = DowntimeRange::defaultFor(QStringLiteral("URG1"));
    CHECK(r.first == 1);
    CHECK(r.last == 999999);
    CHECK(r.size() == 999999);
    CHECK(r.contains(1));
    CHECK(r.contains(999999));
    CHECK_FALSE(r.contains(0));
    CHECK(r.validate().ok());
    CHECK_FALSE((DowntimeRange{10, 5}).validate().ok());
    CHECK_FALSE((DowntimeRange{0, 5}).validate().ok());
    CHECK_FALSE((DowntimeRange{1, 1000000}).validate().ok());
    const DowntimeRange small{10, 12};
    CHECK(small.next(std::nullopt) == 10);
    CHECK(small.next(3) == 10);
    CHECK(small.next(10) == 11);
    CHECK(small.next(11) == 12);
    CHECK_FALSE(small.next(12).has_value());
    CHECK_FALSE(small.next(500).has_value());
}
