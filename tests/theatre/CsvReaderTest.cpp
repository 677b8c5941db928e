#include "csv/CsvReader.h"
#include "TestSupport.h"
#include "csv/CsvWriter.h"

#include <catch2/catch.hpp>

using namespace wp;

TEST_CASE("CsvReader reads quoted fields, escapes, embedded line breaks and a BOM")
{
    const QByteArray data = "\xEF\xBB\xBF"
                            "id,text,n\r\n"
                            "1,\"a, b\",2\r\n"
                            "2,\"say \"\"hi\"\"\nsecond line\",3\n"
                            "3, padded ,\n";
    auto csv = CsvReader::fromData(data, QStringLiteral("t.csv"));
    INFO(csv.errorMessage());
    REQUIRE(csv.ok());
    CHECK(csv->header() == QStringList{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("n")});
    REQUIRE(csv->records().size() == 3);
    CHECK(csv->records()[0].line == 2);
    CHECK(csv->records()[0].fields[1] == QStringLiteral("a, b"));
    CHECK(csv->records()[1].line == 3);
    CHECK(csv->records()[1].fields[1] == QStringLiteral("say \"hi\"\nsecond line"));
    // The record after a two-line field starts on physical line 5.
    CHECK(csv->records()[2].line == 5);
    CHECK(csv->records()[2].fields[1] == QStringLiteral(" padded ")); // never trimmed
    CHECK(csv->records()[2].fields[2].isEmpty());
    CHECK(csv->value(csv->records()[0], QStringLiteral("n")) == QStringLiteral("2"));
    CHECK(csv->value(csv->records()[0], QStringLiteral("absent")).isEmpty());
}

TEST_CASE("CsvReader skips empty lines and accepts a last line without line end")
{
    auto csv = CsvReader::fromData("a,b\n\n1,2\n\r\n3,4", QStringLiteral("t.csv"));
    REQUIRE(csv.ok());
    REQUIRE(csv->records().size() == 2);
    CHECK(csv->records()[0].line == 3);
    CHECK(csv->records()[1].line == 5);
    CHECK(csv->records()[1].fields == QStringList{QStringLiteral("3"), QStringLiteral("4")});
}

TEST_CASE("CsvReader reports syntax errors with file, line and column")
{
    struct Bad
    {
        QByteArray data;
        QString where;
    };
    const auto bad = GENERATE(values<Bad>({
        {"a,b\n1,\"open\n2,3\n", QStringLiteral("t.csv, line 2, column b:")},
        {"a,b\n1,x\"y\n", QStringLiteral("t.csv, line 2, column b:")},
        {"a,b\n1,\"x\"y\n", QStringLiteral("t.csv, line 2, column b:")},
        {"a,b\n1\n", QStringLiteral("t.csv, line 2, column b:")},
        {"a,b\n1,2,3\n", QStringLiteral("t.csv, line 2, column field 3:")},
        {"a,b\n\"x\ny\",1\n1,2,3\n", QStringLiteral("t.csv, line 4, column field 3:")},
        {"a,b\n1,\xFF\n", QStringLiteral("t.csv, line 2, column b: UTF-8")},
        {"a,b\n1,\"x\ny\xC3(\"\n", QStringLiteral("t.csv, line 3, column b: UTF-8")},
        {"a,\xFF\n1,2\n", QStringLiteral("t.csv, line 1, column field 2: UTF-8")},
        {"a,b\n1,x\ry\n", QStringLiteral("t.csv, line 2, column b:")},
        {"", QStringLiteral("t.csv, line 1, column field 1:")},
    }));
    auto csv = CsvReader::fromData(bad.data, QStringLiteral("t.csv"));
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.error().code == Error::Code::InvalidInput);
    CHECK(csv.errorMessage().startsWith(bad.where));
}

TEST_CASE("CsvReader checks the header against known columns")
{
    auto csv = CsvReader::fromData("a,b,z\n1,2,3\n", QStringLiteral("t.csv"));
    REQUIRE(csv.ok());
    const QStringList required{QStringLiteral("a"), QStringLiteral("b")};
    auto unknown = csv->checkColumns(required, {});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().startsWith(QStringLiteral("t.csv, line 1, column z:")));
    CHECK(csv->checkColumns(required, {QStringLiteral("z")}).ok());
    auto missing = csv->checkColumns({QStringLiteral("a"), QStringLiteral("c")},
                                     {QStringLiteral("b"), QStringLiteral("z")});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().startsWith(QStringLiteral("t.csv, line 1, column c:")));
    auto twice = CsvReader::fromData("a,a\n1,2\n", QStringLiteral("t.csv"));
    REQUIRE(twice.ok());
    CHECK_FALSE(twice->checkColumns({QStringLiteral("a")}, {}).ok());
}

TEST_CASE("CsvWriter output reads back identically")
{
    const QStringList tricky{QStringLiteral("plain"),         QStringLiteral("a,b"),
                             QStringLiteral("q\"uote"),       QStringLiteral("two\nlines"),
                             QStringLiteral(" spaced "),      QString(),
                             QStringLiteral("crlf\r\ninside")};
    CsvWriter writer;
    writer.addRow({QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
                   QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("h7")});
    writer.addRow(tricky);
    CHECK(CsvWriter::escape(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(CsvWriter::escape(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    auto csv = CsvReader::fromData(writer.data(), QStringLiteral("w.csv"));
    INFO(csv.errorMessage());
    REQUIRE(csv.ok());
    REQUIRE(csv->records().size() == 1);
    CHECK(csv->records()[0].fields == tricky);
}

TEST_CASE("CsvReader streams records one at a time, as fromData reads them")
{
    const QByteArray data = "a,b\n1,\"x\ny\"\n\n3,4\n";
    auto all = CsvReader::fromData(data, QStringLiteral("t.csv"));
    REQUIRE(all.ok());
    auto stream = CsvReader::openData(data, QStringLiteral("t.csv"));
    REQUIRE(stream.ok());
    CHECK(stream->header() == all->header());
    CsvReader::Record record;
    for (const auto& expected : all->records()) {
        auto more = stream->next(record);
        REQUIRE(more.ok());
        REQUIRE(*more);
        CHECK(record.line == expected.line);
        CHECK(record.fields == expected.fields);
    }
    auto end = stream->next(record);
    REQUIRE(end.ok());
    CHECK_FALSE(*end);
}

TEST_CASE("CsvReader refuses what is beyond its limits, with line and column")
{
    CsvReader::Limits limits;
    limits.maxLineBytes = 20;
    limits.maxFieldBytes = 8;
    limits.maxRecords = 2;
    limits.maxColumns = 3;
    struct Bad
    {
        QByteArray data;
        QString where;
    };
    const auto bad = GENERATE(values<Bad>({
        {"a,b\n1,123456789\n", QStringLiteral("t.csv, line 2, column b: a value of at most")},
        {"a,b,c\n1,2,3\n1234567,1234567,1234567\n",
         QStringLiteral("t.csv, line 3, column c: a line of at most")},
        {"a,b\n1,2\n3,4\n5,6\n", QStringLiteral("t.csv, line 4, column a: no more than 2 rows")},
        {"a,b,c,d\n", QStringLiteral("t.csv, line 1, column field 4: a header of at most 3 columns")},
        {QByteArray(4096, '\0'), QStringLiteral("t.csv, line 1, column field 1: a value of at most")},
    }));
    auto csv = CsvReader::openData(bad.data, QStringLiteral("t.csv"), limits);
    Error error;
    if (csv.ok()) {
        CsvReader::Record record;
        while (true) {
            auto more = csv->next(record);
            if (!more) {
                error = more.error();
                break;
            }
            REQUIRE(*more);
        }
    } else {
        error = csv.error();
    }
    CHECK(error.code == Error::Code::InvalidInput);
    CHECK(error.message.startsWith(bad.where));
}

TEST_CASE("CsvReader refuses an endless file without reading it all")
{
    // /dev/zero never ends: the default limits stop it within its first line.
    auto csv = CsvReader::open(QStringLiteral("/dev/zero"));
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.errorMessage().startsWith(QStringLiteral("/dev/zero, line 1, column field 1:")));
    auto missing = CsvReader::open(QStringLiteral("/nonexistent/x.csv"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::Io);
}
