#include "NurseOnWard.h"
#include "wardcsv/CensusImporter.h"
#include "wardcsv/ObservationCsv.h"

#include <catch2/catch.hpp>

#include <QMap>

using namespace wp;

namespace {

// The ward's patients (census.csv), then hostile files against them.
struct WardWithCensus : test::NurseOnWard
{
    WardWithCensus()
    {
        REQUIRE(CensusImporter(*ws).importFile(test::dataFile(QStringLiteral("ward/census.csv"))));
    }

    int count(const char* sql) { return ws->db().scalar(QString::fromLatin1(sql)).value().toInt(); }
    int observations() { return count("SELECT count(*) FROM record_version WHERE kind = 'observation'"); }
    int patientCount() { return count("SELECT count(*) FROM patient"); }

    Result<ImportReport> observationsFile(const QString& fixture)
    {
        return ObservationCsv(*ws, forms).importFile(test::dataFile(QStringLiteral("ward/") + fixture));
    }
    Result<ImportReport> observationsData(const QByteArray& csv)
    {
        return ObservationCsv(*ws, forms).importData(csv, QStringLiteral("typed.csv"));
    }
    Result<ImportReport> censusFile(const QString& fixture)
    {
        return CensusImporter(*ws).importFile(test::dataFile(QStringLiteral("ward/") + fixture));
    }
};

// "FILE, line L, column C: ..." with this file, line and column.
void checkRefusal(const Error& e, const QString& file, int line, const QString& column)
{
    INFO(e.message.toStdString());
    CHECK(e.code == Error::Code::InvalidInput);
    CHECK(e.message.contains(file));
    CHECK(e.message.contains(QStringLiteral("line %1, column %2:").arg(line).arg(column)));
}

} // namespace

TEST_CASE_METHOD(WardWithCensus, "Observations import: integers that used to wrap are refused by their range")
{
    using Case = std::tuple<const char*, int, const char*, const char*>;
    const auto [fixture, line, column, shown] =
        GENERATE(Case{"observations-wrap.csv", 3, "resp_rate", "4294967312"},
                 Case{"observations-wrap-spo2.csv", 2, "spo2", "4294967393"},
                 Case{"observations-wrap-pulse.csv", 2, "pulse", "-4294967224"},
                 Case{"observations-huge-number.csv", 2, "resp_rate", "18446744073709551634"},
                 Case{"observations-exponent.csv", 2, "temperature", "1e400"});
    auto r = observationsFile(QString::fromLatin1(fixture));
    REQUIRE_FALSE(r.ok());
    checkRefusal(r.error(), QString::fromLatin1(fixture), line, QString::fromLatin1(column));
    // The true value is what the message shows: never 0, never a value modulo 2^32.
    CHECK((r.errorMessage().contains(QString::fromLatin1(shown)) ||
           r.errorMessage().remove(QLatin1Char(',')).contains(QString::fromLatin1(shown))));
    CHECK(observations() == 0);
}

TEST_CASE_METHOD(WardWithCensus, "Observations import: odd spellings of numbers are refused, not guessed")
{
    const auto [column, text] = GENERATE(table<const char*, const char*>({{"resp_rate", "+5"},
                                                                          {"resp_rate", " 18"},
                                                                          {"resp_rate", "18 "},
                                                                          {"resp_rate", "18.0"},
                                                                          {"resp_rate", "0x10"},
                                                                          {"resp_rate", "1e1"},
                                                                          {"resp_rate", "nan"},
                                                                          {"pulse", "inf"},
                                                                          {"temperature", "nan"},
                                                                          {"temperature", "inf"},
                                                                          {"temperature", "3.7e1"},
                                                                          {"temperature", "37,2"},
                                                                          {"temperature", "+37.2"},
                                                                          {"temperature", ".5"}}));
    const QByteArray csv =
        QByteArray("patient,taken_at,") + column + "\n80001234,2026-11-27T12:00,\"" + text + "\"\n";
    auto r = observationsData(csv);
    INFO(column << " = '" << text << "'");
    REQUIRE_FALSE(r.ok());
    checkRefusal(r.error(), QStringLiteral("typed.csv"), 2, QString::fromLatin1(column));
    CHECK(observations() == 0);
}

TEST_CASE_METHOD(WardWithCensus, "Observations import: the largest possible values still import")
{
    auto r = observationsData("patient,taken_at,resp_rate,spo2,pulse,temperature\n"
                              "80001234,2026-11-27T12:00,80,100,300,45.0\n"
                              "80001234,2026-11-27T13:00,007,0,0,25\n");
    INFO(r.errorMessage().toStdString());
    REQUIRE(r.ok());
    CHECK(observations() == 2);
}

TEST_CASE_METHOD(WardWithCensus, "Observations import: a time in the future or before birth is refused")
{
    auto future = observationsFile(QStringLiteral("observations-future.csv"));
    REQUIRE_FALSE(future.ok());
    checkRefusal(future.error(), QStringLiteral("observations-future.csv"), 2, QStringLiteral("taken_at"));
    CHECK(future.errorMessage().contains(QStringLiteral("future")));

    auto old = observationsFile(QStringLiteral("observations-before-birth.csv"));
    REQUIRE_FALSE(old.ok());
    checkRefusal(old.error(), QStringLiteral("observations-before-birth.csv"), 2, QStringLiteral("taken_at"));
    CHECK(old.errorMessage().contains(QStringLiteral("1953-07-12")));
    CHECK(observations() == 0);

    // The clock tolerance: a few minutes ahead of this laptop is another machine's clock.
    const QDateTime now = clock.now().toLocalTime();
    const auto at = [&](qint64 seconds) {
        return QByteArray("patient,taken_at,resp_rate\n80001234,") +
               now.addSecs(seconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm")).toLatin1() + ",18\n";
    };
    CHECK(observationsData(at(clockToleranceSeconds - 60)).ok());
    CHECK_FALSE(observationsData(at(clockToleranceSeconds + 120)).ok());
    CHECK(observations() == 1);
}

TEST_CASE_METHOD(WardWithCensus, "Census import: impossible admission and birth dates are refused")
{
    using Case = std::tuple<const char*, const char*, const char*>;
    const auto [fixture, column, words] =
        GENERATE(Case{"census-admitted-future.csv", "admitted_at", "future"},
                 Case{"census-admitted-before-birth.csv", "admitted_at", "1980-01-01"},
                 Case{"census-birth-future.csv", "birth_date", "future"});
    const int before = patientCount();
    auto r = censusFile(QString::fromLatin1(fixture));
    REQUIRE_FALSE(r.ok());
    checkRefusal(r.error(), QString::fromLatin1(fixture), 2, QString::fromLatin1(column));
    CHECK(r.errorMessage().contains(QString::fromLatin1(words)));
    CHECK(patientCount() == before);
}

TEST_CASE_METHOD(WardWithCensus,
                 "Census import: control and bidi characters are refused in every text column")
{
    auto nul = censusFile(QStringLiteral("census-nul.csv"));
    REQUIRE_FALSE(nul.ok());
    checkRefusal(nul.error(), QStringLiteral("census-nul.csv"), 2, QStringLiteral("reason"));
    CHECK(nul.errorMessage().contains(QStringLiteral("U+0000")));
    CHECK_FALSE(nul.errorMessage().contains(QChar(0)));

    auto bidi = censusFile(QStringLiteral("census-bidi.csv"));
    REQUIRE_FALSE(bidi.ok());
    checkRefusal(bidi.error(), QStringLiteral("census-bidi.csv"), 2, QStringLiteral("allergies"));
    CHECK(bidi.errorMessage().contains(QStringLiteral("U+202E")));
    CHECK_FALSE(bidi.errorMessage().contains(QChar(0x202e)));

    // Every column: the same character anywhere names its column.
    const QStringList columns{QStringLiteral("ipp"),         QStringLiteral("ins"),
                              QStringLiteral("birth_name"),  QStringLiteral("used_name"),
                              QStringLiteral("first_names"), QStringLiteral("birth_place"),
                              QStringLiteral("ward"),        QStringLiteral("bed"),
                              QStringLiteral("reason"),      QStringLiteral("allergies")};
    const char16_t bad[] = {0x0000, 0x0007, 0x001b, 0x007f, 0x0085, 0x202e, 0x2067};
    for (const QString& column : columns) {
        for (char16_t c : bad) {
            QStringList header{QStringLiteral("birth_name"), QStringLiteral("first_names"),
                               QStringLiteral("birth_date"), QStringLiteral("sex")};
            QStringList row{QStringLiteral("Martin"), QStringLiteral("Paul"), QStringLiteral("1980-01-01"),
                            QStringLiteral("M")};
            const QString value = QStringLiteral("A") + QChar(c) + QStringLiteral("B");
            if (const auto i = header.indexOf(column); i >= 0) {
                row[i] = value;
            } else {
                header << column;
                row << value;
            }
            const QByteArray csv = (header.join(QLatin1Char(',')) + QLatin1Char('\n') +
                                    row.join(QLatin1Char(',')) + QLatin1Char('\n'))
                                       .toUtf8();
            auto r = CensusImporter(*ws).importData(csv, QStringLiteral("typed.csv"));
            INFO(column.toStdString() << " U+" << std::hex << static_cast<int>(c));
            REQUIRE_FALSE(r.ok());
            checkRefusal(r.error(), QStringLiteral("typed.csv"), 2, column);
            CHECK_FALSE(r.errorMessage().contains(QChar(c)));
        }
    }
    CHECK(patientCount() == 4);
}

TEST_CASE_METHOD(WardWithCensus, "Census import: text beyond its documented limit is refused with its column")
{
    auto r = censusFile(QStringLiteral("census-long-name.csv"));
    REQUIRE_FALSE(r.ok());
    checkRefusal(r.error(), QStringLiteral("census-long-name.csv"), 2, QStringLiteral("birth_name"));
    CHECK(r.errorMessage().contains(QStringLiteral("at most 100 characters, not 101")));

    // The 1 MB birth name of the report: refused, and the message stays short.
    const QByteArray huge =
        "birth_name,first_names,birth_date,sex\n" + QByteArray(1 << 20, 'A') + ",Paul,1980-01-01,M\n";
    auto big = CensusImporter(*ws).importData(huge, QStringLiteral("huge.csv"));
    REQUIRE_FALSE(big.ok());
    checkRefusal(big.error(), QStringLiteral("huge.csv"), 2, QStringLiteral("birth_name"));
    CHECK(big.errorMessage().size() < 200);

    // Each limit, one character over.
    using Case = std::tuple<const char*, int>;
    const auto [column, limit] = GENERATE(Case{"used_name", 100}, Case{"first_names", 100}, Case{"ward", 16},
                                          Case{"bed", 16}, Case{"reason", 200}, Case{"allergies", 4000});
    QMap<QByteArray, QByteArray> values{{"birth_name", "Martin"},
                                        {"first_names", "Paul"},
                                        {"birth_date", "1980-01-01"},
                                        {"sex", "M"},
                                        {"ward", "MED"}};
    values[column] = QByteArray(limit + 1, 'A');
    const QByteArray csv = values.keys().join(',') + '\n' + values.values().join(',') + '\n';
    auto over1 = CensusImporter(*ws).importData(csv, QStringLiteral("over.csv"));
    INFO(column);
    REQUIRE_FALSE(over1.ok());
    checkRefusal(over1.error(), QStringLiteral("over.csv"), 2, QString::fromLatin1(column));
    CHECK(over1.errorMessage().contains(QStringLiteral("at most %1 characters").arg(limit)));
    CHECK(patientCount() == 4);
}

TEST_CASE_METHOD(WardWithCensus, "Census import: the longest accepted values import")
{
    auto r = censusFile(QStringLiteral("census-longest.csv"));
    INFO(r.errorMessage().toStdString());
    REQUIRE(r.ok());
    CHECK(patientCount() == 5);
}

TEST_CASE_METHOD(WardWithCensus,
                 "Messages quote an unknown patient number without echoing its characters raw")
{
    const QString spoof = QStringLiteral("8000") + QChar(0x202e) + QStringLiteral("1234");
    auto r = observationsData("patient,taken_at,resp_rate\n" + spoof.toUtf8() + ",2026-11-27T12:00,18\n");
    REQUIRE_FALSE(r.ok());
    checkRefusal(r.error(), QStringLiteral("typed.csv"), 2, QStringLiteral("patient"));
    CHECK_FALSE(r.errorMessage().contains(QChar(0x202e)));
    CHECK(r.errorMessage().contains(QStringLiteral("\\u{202E}")));
}
