#include "foundation/NumberText.h"
#include "foundation/QuotedText.h"
#include "foundation/TextRules.h"

#include <catch2/catch.hpp>

using namespace wp;

TEST_CASE("Numbers from text: wide, exact, and refused rather than wrapped")
{
    // What QString::toInt() turned into 0 or 16: read as the true value, for the range check.
    CHECK(NumberText::integer(QStringLiteral("4294967312")).value() == 4294967312LL);
    CHECK(NumberText::integer(QStringLiteral("4294967393")).value() == 4294967393LL);
    CHECK(NumberText::integer(QStringLiteral("-4294967224")).value() == -4294967224LL);
    CHECK(NumberText::integer(QStringLiteral("2147483648")).value() == 2147483648LL);
    CHECK(NumberText::integer(QStringLiteral("999999999999999")).value() == 999999999999999LL);
    CHECK(NumberText::integer(QStringLiteral("007")).value() == 7);
    CHECK(NumberText::integer(QStringLiteral("-0")).value() == 0);

    // Beyond 15 digits nothing is guessed, not even modulo 2^64.
    const auto huge = NumberText::integer(QStringLiteral("18446744073709551632"));
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().code == Error::Code::InvalidInput);
    CHECK(huge.errorMessage().contains(QStringLiteral("at most 15 digits")));
    CHECK(huge.errorMessage().contains(QStringLiteral("(20 digits)")));

    const char* refusedIntegers[] = {"",  " 5",   "5 ",  "+5", "5.0", "1e3", "1e400", "nan", "inf",
                                     "-", "0x10", "5,0", "٥",  "--5", "5-",  ".5",    "5.",  "1_000"};
    for (const char* text : refusedIntegers) {
        INFO(text);
        CHECK_FALSE(NumberText::integer(QString::fromUtf8(text)).ok());
    }
    CHECK(
        NumberText::integer(QStringLiteral("5.0")).errorMessage().contains(QStringLiteral("decimal point")));
    CHECK(NumberText::integer(QStringLiteral("+5")).errorMessage().contains(QStringLiteral("\"+5\"")));
}

TEST_CASE("Decimals from text: '.' only, no exponent, no nan or infinity")
{
    CHECK(NumberText::decimal(QStringLiteral("37.2")).value() == Approx(37.2));
    CHECK(NumberText::decimal(QStringLiteral("-0.5")).value() == Approx(-0.5));
    CHECK(NumberText::decimal(QStringLiteral("38")).value() == 38.0);
    CHECK(NumberText::decimal(QStringLiteral("0.000000000000001")).value() == Approx(1e-15));
    CHECK(NumberText::decimals(QStringLiteral("37.25")) == 2);
    CHECK(NumberText::decimals(QStringLiteral("37")) == 0);
    const char* refused[] = {
        "1e400", "1E5",  "nan", "NaN", "inf", "-inf",  "infinity",        "0x10", "+5", " 5",
        "5 ",    "37,5", ".5",  "5.",  "",    "1.2.3", "1234567890123456"};
    for (const char* text : refused) {
        INFO(text);
        CHECK_FALSE(NumberText::decimal(QString::fromUtf8(text)).ok());
    }
}

TEST_CASE("Text rules: control, DEL, C1 and bidi characters are refused, with where they are")
{
    const char16_t forbidden[] = {0x0000, 0x0001, 0x0009, 0x001b, 0x007f, 0x0085, 0x009f, 0x202a,
                                  0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069};
    for (char16_t c : forbidden) {
        INFO(static_cast<int>(c));
        const QString text = QStringLiteral("ab") + QChar(c) + QStringLiteral("cd");
        const auto p = TextRules::check(text, 100, TextRules::Lines::Many);
        REQUIRE(p);
        CHECK(p->kind == TextRules::Problem::Kind::ForbiddenCharacter);
        CHECK(p->position == 3);
        CHECK(TextRules::expected(*p).contains(QuotedText::codePoint(c)));
    }
    // A lone surrogate (not a character at all) is refused too; a real emoji is one character.
    CHECK(TextRules::check(QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b"), 100));
    const QString emoji = QString::fromUtf8("caf\xc3\xa9 \xf0\x9f\x98\x80");
    CHECK_FALSE(TextRules::check(emoji, 6));
    CHECK(TextRules::length(emoji) == 6);
    CHECK(TextRules::check(emoji, 5)->kind == TextRules::Problem::Kind::TooLong);
    // Ordinary accents, right-to-left scripts and marks that do not override are fine.
    CHECK_FALSE(TextRules::check(QString::fromUtf8("Ève-Marie O\xe2\x80\x99"
                                                   "Brien \xd8\xb3\xd9\x84\xd8\xa7\xd9\x85"),
                                 100));
}

TEST_CASE("Text rules: line breaks only in multi-line text, never a lone carriage return")
{
    CHECK_FALSE(TextRules::check(QStringLiteral("a\nb\r\nc"), 100, TextRules::Lines::Many));
    CHECK(TextRules::check(QStringLiteral("a\nb"), 100, TextRules::Lines::One));
    CHECK(TextRules::expected(*TextRules::check(QStringLiteral("a\nb"), 100))
              .contains(QStringLiteral("one line")));
    const auto cr = TextRules::check(QStringLiteral("a\rb"), 100, TextRules::Lines::Many);
    REQUIRE(cr);
    CHECK(cr->position == 2);
}

TEST_CASE("Text rules: the length limit names both lengths")
{
    const QString name(1 << 20, QLatin1Char('A'));
    const auto p = TextRules::check(name, TextRules::NameLength);
    REQUIRE(p);
    CHECK(p->kind == TextRules::Problem::Kind::TooLong);
    CHECK(TextRules::expected(*p) == QStringLiteral("at most 100 characters, not 1048576"));
    CHECK(TextRules::sentence(QStringLiteral("The birth name"), *p) ==
          QStringLiteral("The birth name is too long: 1048576 characters, at most 100."));
    CHECK_FALSE(TextRules::check(QString(100, QLatin1Char('A')), TextRules::NameLength));
}

TEST_CASE("Quoted values cannot disguise a message")
{
    CHECK(QuotedText::quote(QStringLiteral("MED")) == QStringLiteral("\"MED\""));
    // A right-to-left override would reverse the rest of the line on a terminal.
    CHECK(QuotedText::quote(QStringLiteral("abc") + QChar(0x202e) + QStringLiteral("fed")) ==
          QStringLiteral("\"abc\\u{202E}fed\""));
    // NUL, escape sequences, line breaks, DEL, C1, zero-width and isolates are all visible.
    CHECK(QuotedText::quote(QString(QChar(0)) + QStringLiteral("\x1b[2J\n") + QChar(0x7f) + QChar(0x85) +
                            QChar(0x200b) + QChar(0x2066)) ==
          QStringLiteral("\"\\u{0}\\u{1B}[2J\\u{A}\\u{7F}\\u{85}\\u{200B}\\u{2066}\""));
    // Quotes and backslashes cannot close the quote early or fake an escape.
    CHECK(QuotedText::quote(QStringLiteral("a\", line 1: ok \\u{0}")) ==
          QStringLiteral("\"a\\\", line 1: ok \\\\u{0}\""));
    // An emoji stays itself (not U+FFFD); a lone surrogate is named.
    const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
    CHECK(QuotedText::quote(emoji) == QStringLiteral("\"") + emoji + QStringLiteral("\""));
    CHECK(QuotedText::quote(QString(QChar(0xd83d))) == QStringLiteral("\"\\u{D83D}\""));
}

TEST_CASE("Quoted values are cut when very long, with their length")
{
    const QString value(1 << 20, QLatin1Char('x'));
    const QString q = QuotedText::quote(value);
    CHECK(q.size() < 120);
    CHECK(q.startsWith(QStringLiteral("\"") + QString(QuotedText::DefaultMaximum, QLatin1Char('x')) +
                       QChar(0x2026) + QStringLiteral("\"")));
    CHECK(q.endsWith(QStringLiteral("(1048576 characters in all)")));
    CHECK(QuotedText::quote(QString(QuotedText::DefaultMaximum, QLatin1Char('x'))).size() ==
          QuotedText::DefaultMaximum + 2);
}
