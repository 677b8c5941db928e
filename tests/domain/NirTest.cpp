#include "clinical/Nir.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <random>

using namespace wp::clinical;

namespace {

// Key by the published rule, done digit by digit on the text (long division), so it shares
// nothing with the implementation's 64-bit arithmetic.
int referenceKey(QString first13)
{
    if (first13.mid(5, 2) == QStringLiteral("2A"))
        first13.replace(5, 2, QStringLiteral("19"));
    if (first13.mid(5, 2) == QStringLiteral("2B"))
        first13.replace(5, 2, QStringLiteral("18"));
    int remainder = 0;
    for (QChar c : first13)
        remainder = (remainder * 10 + c.digitValue()) % 97;
    return 97 - remainder;
}

QString withKey(const QString& first13, int key)
{
    return first13 + QStringLiteral("%1").arg(key, 2, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("NIR: valid numbers, worked by hand")
{
    // 1841275056123 = 97 x 18982216042 + 42 (Python), so the key is 97 - 42 = 55.
    auto a = Nir::parse(QStringLiteral("1 84 12 75 056 123 55"));
    REQUIRE(a.ok());
    CHECK(a->text() == QStringLiteral("184127505612355"));
    CHECK(a->formatted() == QStringLiteral("1 84 12 75 056 123 55"));
    CHECK(a->sexDigit() == 1);
    CHECK(a->birthYear2() == 84);
    CHECK(a->birthMonth() == 12);
    CHECK(a->department() == QStringLiteral("75"));
    CHECK(a->key() == 55);
    // 2690299341732 mod 97 = 12: key 85 (born abroad, department 99).
    CHECK(Nir::parse(QStringLiteral("269029934173285")).ok());
}

TEST_CASE("NIR: Corsica 2A counts as 19 and 2B as 18")
{
    // 2850219012345 mod 97 = 19 -> key 78; 2850218012345 mod 97 = 89 -> key 08.
    auto a = Nir::parse(QStringLiteral("2 85 02 2A 012 345 78"));
    REQUIRE(a.ok());
    CHECK(a->department() == QStringLiteral("2A"));
    auto b = Nir::parse(QStringLiteral("2 85 02 2b 012 345 08"));
    REQUIRE(b.ok());
    CHECK(b->department() == QStringLiteral("2B"));
    // The 2A key on a 2B number, and the other way round, is a wrong key.
    auto wrongB = Nir::parse(QStringLiteral("2 85 02 2B 012 345 78"));
    REQUIRE_FALSE(wrongB.ok());
    CHECK(wrongB.errorMessage().contains(QStringLiteral("should be 08, not 78")));
    auto wrongA = Nir::parse(QStringLiteral("285022A01234508"));
    REQUIRE_FALSE(wrongA.ok());
    CHECK(wrongA.errorMessage().contains(QStringLiteral("should be 78, not 08")));
    CHECK(Nir::computeKey(QStringLiteral("285022A012345")) == 78);
    CHECK(Nir::computeKey(QStringLiteral("285022B012345")) == 8);
}

TEST_CASE("NIR: a wrong key says which key was expected")
{
    auto r = Nir::parse(QStringLiteral("1 84 12 75 056 123 54"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == wp::Error::Code::InvalidInput);
    CHECK(r.errorMessage().contains(QStringLiteral("The key should be 55, not 54")));
}

TEST_CASE("NIR: random numbers with their reference key are valid, any one changed digit is caught")
{
    std::mt19937 rng(20261128);
    std::uniform_int_distribution<int> digit(0, 9);
    std::uniform_int_distribution<int> month(1, 12);
    std::uniform_int_distribution<int> department(1, 95);
    for (int n = 0; n < 200; ++n) {
        QString s = QString::number(1 + n % 2);
        s += QStringLiteral("%1%2").arg(digit(rng)).arg(digit(rng));
        s += QStringLiteral("%1").arg(month(rng), 2, 10, QLatin1Char('0'));
        s += n % 10 == 0   ? QStringLiteral("2A")
             : n % 10 == 1 ? QStringLiteral("2B")
                           : QStringLiteral("%1").arg(department(rng), 2, 10, QLatin1Char('0'));
        for (int i = 0; i < 5; ++i)
            s += QString::number(digit(rng));
        s += QString::number(1 + digit(rng) % 9);
        REQUIRE(s.size() == 13);
        const int key = referenceKey(s);
        CAPTURE(s, key);
        REQUIRE(Nir::parse(withKey(s, key)).ok());
        // Changing any key digit must be refused.
        const QString full = withKey(s, key);
        for (int pos = 13; pos < 15; ++pos) {
            for (int d = 0; d < 10; ++d) {
                QString bad = full;
                if (bad.at(pos).digitValue() == d)
                    continue;
                bad[pos] = QChar(u'0' + d);
                CHECK_FALSE(Nir::parse(bad).ok());
            }
        }
        // Changing a commune/order digit (always free to vary) must be refused too.
        for (int pos = 7; pos < 13; ++pos) {
            QString bad = full;
            bad[pos] = QChar(u'0' + (bad.at(pos).digitValue() + 1) % 10);
            if (bad.mid(10, 3) == QStringLiteral("000"))
                continue;
            CHECK_FALSE(Nir::parse(bad).ok());
        }
    }
}

TEST_CASE("NIR: structural errors say exactly what is wrong")
{
    struct Case
    {
        QString input;
        QString expected;
    };
    const std::vector<Case> cases{
        {QString(), QStringLiteral("empty")},
        {QStringLiteral("1 84 12 75 056 123"), QStringLiteral("15 characters, got 13")},
        {QStringLiteral("1841275056123550"), QStringLiteral("15 characters, got 16")},
        {QStringLiteral("1 84 12 75 O56 123 55"),
         QStringLiteral("Character 8 of the INS/NIR should be a digit, not \"O\"")},
        {QStringLiteral("1 84 12 2C 056 123 55"), QStringLiteral("department (characters 6-7)")},
        {QStringLiteral("1 84 12 A2 056 123 55"), QStringLiteral("department (characters 6-7)")},
        {QStringLiteral("7 84 12 75 056 123 55"), QStringLiteral("temporary numbers (NIA)")},
        {QStringLiteral("5 84 12 75 056 123 55"), QStringLiteral("should be 1 (male) or 2 (female), not 5")},
        {QStringLiteral("1 84 13 75 056 123 55"), QStringLiteral("month of birth (characters 4-5)")},
        {QStringLiteral("1 84 00 75 056 123 55"), QStringLiteral("not 00")},
        {QStringLiteral("1 84 12 00 056 123 55"), QStringLiteral("department (characters 6-7) cannot be 00")},
        {QStringLiteral("1 84 12 75 056 000 55"),
         QStringLiteral("order number (characters 11-13) cannot be 000")},
    };
    for (const auto& c : cases) {
        CAPTURE(c.input);
        auto r = Nir::parse(c.input);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorMessage().contains(c.expected));
    }
}

TEST_CASE("NIR: special month codes are accepted with a correct key, month reported unknown")
{
    const QString monthCode = GENERATE(QStringLiteral("20"), QStringLiteral("30"), QStringLiteral("42"),
                                       QStringLiteral("50"), QStringLiteral("99"));
    const QString first13 = QStringLiteral("184") + monthCode + QStringLiteral("75056123");
    auto r = Nir::parse(withKey(first13, referenceKey(first13)));
    REQUIRE(r.ok());
    CHECK_FALSE(r->birthMonth().has_value());
    const QString bad =
        GENERATE(QStringLiteral("13"), QStringLiteral("19"), QStringLiteral("43"), QStringLiteral("49"));
    const QString badFirst13 = QStringLiteral("184") + bad + QStringLiteral("75056123");
    CHECK_FALSE(Nir::parse(withKey(badFirst13, referenceKey(badFirst13))).ok());
}

TEST_CASE("NIR: spaces, tabs and non-breaking spaces are normalised")
{
    const QString nbsp(QChar(0x00A0));
    CHECK(Nir::parse(QStringLiteral("1\t84 12 75") + nbsp + QStringLiteral("056 123 55")).ok());
    CHECK(Nir::normalise(QStringLiteral(" 2 85 02 2a 012 345 78 ")) == QStringLiteral("285022A01234578"));
}
