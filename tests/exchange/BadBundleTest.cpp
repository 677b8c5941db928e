#include "ExchangeFixture.h"

#include "exchange/BundleHeader.h"
#include "records/RecordStore.h"

#include <QtEndian>

using namespace wp;
using namespace wp::test;

namespace {

qint64 auditCount(Workspace& ws)
{
    auto n = ws.db().scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));
    REQUIRE(n.ok());
    return n->toLongLong();
}

} // namespace

TEST_CASE_METHOD(TwoLaptops, "a bad bundle is refused with a clear message and nothing is written",
                 "[exchange]")
{
    const Patient p = registerPatient(a, QStringLiteral("Simon"), QStringLiteral("Hugo"), QDate(1985, 8, 8),
                                      QStringLiteral("M"));
    REQUIRE(
        PatientService(*a.ws).admit(p.id, QStringLiteral("MED"), QStringLiteral("1"), a.clock.now()).ok());
    // Enough records for several chunks, so that damage in the middle is tested too.
    for (int i = 0; i < 400; ++i) {
        REQUIRE(RecordStore(*a.ws)
                    .create(QStringLiteral("nursing_note"), p.id,
                            {{QStringLiteral("target"), QStringLiteral("Pain")},
                             {QStringLiteral("data"), QString(200, QLatin1Char('x'))}})
                    .ok());
    }
    const QString good = files.file(QStringLiteral("good.wpb"));
    REQUIRE(exchange::ExchangeExporter(*a.ws).exportTo(good, testPassphrase(), fastOptions()).ok());
    const QByteArray bytes = readFile(good);
    REQUIRE(bytes.size() > 2 * 64 * 1024);
    const qsizetype headerEnd = bytes.indexOf("}") + 1;

    struct Case
    {
        const char* name;
        QByteArray content;
        QByteArray passphrase;
        const char* expected;
    };
    QByteArray newer = bytes;
    qToBigEndian<quint16>(exchange::BundleHeader::formatVersion + 1, newer.data() + 16);
    QByteArray tamperedMiddle = bytes;
    tamperedMiddle[bytes.size() / 2] = static_cast<char>(tamperedMiddle[bytes.size() / 2] ^ 0x01);
    QByteArray tamperedHeader = bytes;
    const qsizetype hospital = bytes.indexOf("Test Hospital");
    tamperedHeader[hospital] = 'B';
    QByteArray trailing = bytes + QByteArrayLiteral("extra");
    const Case cases[] = {
        {"wrong passphrase", bytes, QByteArrayLiteral("wrong horse"), "Wrong passphrase"},
        {"truncated in the middle", bytes.left(bytes.size() / 2), testPassphrase(), "truncated"},
        {"truncated before the last chunk", bytes.left(bytes.size() - 10), testPassphrase(), "truncated"},
        {"truncated in the header", bytes.left(headerEnd - 5), testPassphrase(), "truncated"},
        {"altered in the middle", tamperedMiddle, testPassphrase(), "altered"},
        {"altered header", tamperedHeader, testPassphrase(), "altered"},
        {"data after the end", trailing, testPassphrase(), "altered"},
        {"from a newer WhitePlan", newer, testPassphrase(), "newer WhitePlan"},
        {"not a bundle", QByteArrayLiteral("ward,bed\nMED,1\n"), testPassphrase(),
         "not a WhitePlan exchange bundle"},
        {"empty file", QByteArray(), testPassphrase(), "not a WhitePlan exchange bundle"},
    };
    for (const auto& c : cases) {
        SECTION(c.name)
        {
            const QString file = files.file(QStringLiteral("bad.wpb"));
            writeFile(file, c.content);
            const QString before = b.dump();
            const qint64 audits = auditCount(*b.ws);
            auto result = exchange::ExchangeImporter(*b.ws).importFile(file, c.passphrase);
            REQUIRE_FALSE(result.ok());
            INFO(result.errorMessage().toStdString());
            CHECK(result.errorMessage().contains(QString::fromUtf8(c.expected)));
            CHECK(b.dump() == before);
            CHECK(auditCount(*b.ws) == audits);
        }
    }
}

TEST_CASE_METHOD(TwoLaptops, "the good bundle of the bad-bundle test imports", "[exchange]")
{
    registerPatient(a, QStringLiteral("Simon"), QStringLiteral("Hugo"), QDate(1985, 8, 8),
                    QStringLiteral("M"));
    CHECK(send(a, b, files.file(QStringLiteral("good.wpb"))).newRecords == 1);
}
