// Issue 12, items 2 and 14: a bundle carries its hospital's and its laptop's identity, and
// nothing of another hospital, another laptop's share or a clashing laptop mixes in silently.

#include "ExchangeFixture.h"

#include "audit/AuditLog.h"

using namespace wp;
using namespace wp::test;

namespace {

QString exportFrom(Laptop& l, const QString& file, const QString& forDevice = {})
{
    auto r = exchange::ExchangeExporter(*l.ws).exportTo(file, testPassphrase(), fastOptions(forDevice));
    INFO(r.errorMessage().toStdString());
    REQUIRE(r.ok());
    return file;
}

qint64 patientCount(Laptop& l)
{
    auto n = l.ws->db().scalar(QStringLiteral("SELECT count(*) FROM patient"));
    REQUIRE(n.ok());
    return n->toLongLong();
}

} // namespace

TEST_CASE(
    "identity: hospital ids are drawn at setup, carry a check character and are shared by joining laptops")
{
    const QString id = SiteIdentity::generateHospitalId();
    CHECK(id.size() == 19);
    CHECK(SiteIdentity::normaliseHospitalId(id) == id);
    CHECK(SiteIdentity::normaliseHospitalId(id.toLower().remove(QLatin1Char('-'))) == id);
    // A fixed wrong id keeps the test deterministic (one random typo in 32 keeps a valid check).
    CHECK_FALSE(SiteIdentity::normaliseHospitalId(QStringLiteral("0000-0000-0000-0001")).has_value());
    CHECK_FALSE(SiteIdentity::normaliseHospitalId(QStringLiteral("not an id")).has_value());
    CHECK(SiteIdentity::generateHospitalId() != id);

    TempDir first;
    TempDir second;
    Laptop a(first.path(), QStringLiteral("WA"), 0, QStringLiteral("CH Nord"), QString());
    auto ida = SiteIdentity::of(a.ws->db());
    REQUIRE(ida.ok());
    CHECK(SiteIdentity::normaliseHospitalId(ida->hospitalId).has_value());
    CHECK_FALSE(ida->deviceId.isEmpty());
    Laptop b(second.path(), QStringLiteral("WB"), 0, QStringLiteral("CH Nord"), ida->hospitalId.toLower());
    auto idb = SiteIdentity::of(b.ws->db());
    REQUIRE(idb.ok());
    CHECK(idb->hospitalId == ida->hospitalId);
    CHECK(idb->deviceId != ida->deviceId);

    SiteSetup bad;
    bad.hospital = QStringLiteral("CH Nord");
    bad.hospitalId = QStringLiteral("0000-0000-0000-0001");
    bad.deviceCode = QStringLiteral("WC");
    bad.adminLogin = QStringLiteral("a");
    bad.adminName = QStringLiteral("A");
    bad.adminPassword = adminPassword();
    CHECK(SiteService::validate(bad).contains(QStringLiteral("hospital id")));
}

TEST_CASE_METHOD(TwoLaptops,
                 "identity: a bundle from another hospital is refused, previewed with a warning, and "
                 "merged only as a transfer an administrator accepts")
{
    TempDir dirC;
    Laptop other(dirC.path(), QStringLiteral("WC"), 0, QStringLiteral("CH Sud"), QString());
    registerPatient(other, QStringLiteral("Lambert"), QStringLiteral("Anne"), QDate(1950, 1, 2));
    registerPatient(other, QStringLiteral("Morel"), QStringLiteral("Paul"), QDate(1961, 3, 4));
    REQUIRE(SiteService(*other.ws).addWard(QStringLiteral("ICU"), QStringLiteral("Réa"), {}).ok());
    const QString file = exportFrom(other, files.file(QStringLiteral("sud.wpb")));
    const QString before = b.dump();

    auto refused = exchange::ExchangeImporter(*b.ws).importFile(file, testPassphrase());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("another hospital, CH Sud")));
    CHECK(refused.errorMessage().contains(QStringLiteral("--accept-transfer-from \"CH Sud\"")));
    CHECK(b.dump() == before);

    auto preview = exchange::ExchangeImporter(*b.ws).preview(file, testPassphrase());
    REQUIRE(preview.ok());
    REQUIRE(preview->warnings.size() == 1);
    CHECK(preview->warnings.first().contains(QStringLiteral("another hospital")));
    CHECK(b.dump() == before);

    SECTION("the name must be the sending hospital's")
    {
        exchange::ImportOptions wrong;
        wrong.acceptTransferFrom = QStringLiteral("CH Est");
        auto r = exchange::ExchangeImporter(*b.ws).importFile(file, testPassphrase(), wrong);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorMessage().contains(QStringLiteral("CH Est")));
        CHECK(b.dump() == before);
    }
    SECTION("only an administrator may accept a transfer")
    {
        loginAs(*b.ws, QStringLiteral("nina"), Role::Nurse);
        exchange::ImportOptions accept;
        accept.acceptTransferFrom = QStringLiteral("ch sud");
        auto r = exchange::ExchangeImporter(*b.ws).importFile(file, testPassphrase(), accept);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorMessage().contains(QStringLiteral("Only an administrator")));
    }
    SECTION("an administrator's transfer brings the patients, not the users, and is audited")
    {
        exchange::ImportOptions accept;
        accept.acceptTransferFrom = QStringLiteral("ch sud");
        const qint64 patientsBefore = patientCount(b);
        auto r = exchange::ExchangeImporter(*b.ws).importFile(file, testPassphrase(), accept);
        INFO(r.errorMessage().toStdString());
        REQUIRE(r.ok());
        CHECK(r->transferFrom.contains(QStringLiteral("CH Sud")));
        CHECK(r->newUsers == 0);
        CHECK(patientCount(b) == patientsBefore + 2);
        auto last = AuditLog(*b.ws).latest(1);
        REQUIRE(last.ok());
        CHECK(last->first().action == QStringLiteral("exchange.transfer"));
        CHECK(last->first().detail.contains(QStringLiteral("accepted-by=%1").arg(adminLogin())));
        CHECK(last->first().detail.contains(QStringLiteral("transfer-from=\"CH Sud\"")));
    }
}

TEST_CASE_METHOD(TwoLaptops,
                 "identity: laptops of one hospital still exchange, and one set up before hospital ids "
                 "is matched by the hospital's name")
{
    registerPatient(a, QStringLiteral("Durand"), QStringLiteral("Lea"), QDate(1980, 5, 6));
    const auto merged = send(a, b, files.file(QStringLiteral("a.wpb")));
    CHECK(merged.warnings.isEmpty());
    CHECK(merged.transferFrom.isEmpty());

    // A laptop of the same hospital whose data predates hospital ids (no hospital.id setting).
    TempDir dirOld;
    Laptop old(dirOld.path(), QStringLiteral("WO"));
    REQUIRE(old.ws->db().exec(QStringLiteral("DELETE FROM setting WHERE key = 'hospital.id'")).ok());
    registerPatient(old, QStringLiteral("Petit"), QStringLiteral("Jean"), QDate(1944, 7, 8));
    auto fromOld = exchange::ExchangeImporter(*b.ws).importFile(
        exportFrom(old, files.file(QStringLiteral("old.wpb"))), testPassphrase());
    INFO(fromOld.errorMessage().toStdString());
    CHECK(fromOld.ok());

    TempDir dirOther;
    Laptop otherOld(dirOther.path(), QStringLiteral("WX"), 0, QStringLiteral("CH Sud"), QString());
    REQUIRE(otherOld.ws->db().exec(QStringLiteral("DELETE FROM setting WHERE key = 'hospital.id'")).ok());
    auto foreign = exchange::ExchangeImporter(*b.ws).importFile(
        exportFrom(otherOld, files.file(QStringLiteral("sud-old.wpb"))), testPassphrase());
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.errorMessage().contains(QStringLiteral("another hospital")));
}

TEST_CASE_METHOD(TwoLaptops, "identity: device codes follow one rule, a bundle for another laptop is refused")
{
    SECTION("--for takes only a valid laptop code")
    {
        for (const QString& code : {QStringLiteral("p2;x"), QStringLiteral("wb"), QStringLiteral("P"),
                                    QStringLiteral("WB WB"), QStringLiteral("TOOLONG7")}) {
            auto r = exchange::ExchangeExporter(*a.ws).exportTo(files.file(QStringLiteral("x.wpb")),
                                                                testPassphrase(), fastOptions(code));
            INFO(code.toStdString());
            REQUIRE_FALSE(r.ok());
            CHECK(r.errorMessage().contains(QStringLiteral("is not a laptop code")));
        }
        auto peers = a.ws->db().scalar(QStringLiteral("SELECT count(*) FROM exchange_peer"));
        REQUIRE(peers.ok());
        CHECK(peers->toInt() == 0);
        // Surrounding spaces aside, the code is taken as typed: the same rule as at setup.
        CHECK(exchange::ExchangeExporter(*a.ws)
                  .exportTo(files.file(QStringLiteral("wb.wpb")), testPassphrase(),
                            fastOptions(QStringLiteral(" WB ")))
                  .ok());
    }
    SECTION("a bundle for WC does not go into WB")
    {
        registerPatient(a, QStringLiteral("Roux"), QStringLiteral("Eve"), QDate(1990, 1, 1));
        const QString file = exportFrom(a, files.file(QStringLiteral("for-wc.wpb")), QStringLiteral("WC"));
        const QString before = b.dump();
        auto r = exchange::ExchangeImporter(*b.ws).importFile(file, testPassphrase());
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorMessage().contains(QStringLiteral("written for the laptop WC")));
        CHECK(r.errorMessage().contains(QStringLiteral("this laptop is WB")));
        CHECK(b.dump() == before);
        auto preview = exchange::ExchangeImporter(*b.ws).preview(file, testPassphrase());
        REQUIRE(preview.ok());
        CHECK(preview->warnings.size() == 1);
        // The bundle for WB itself is fine.
        CHECK(exchange::ExchangeImporter(*b.ws)
                  .importFile(exportFrom(a, files.file(QStringLiteral("for-wb.wpb")), QStringLiteral("WB")),
                              testPassphrase())
                  .ok());
    }
    SECTION("a bundle made here and one from another laptop using this laptop's code are told apart")
    {
        const QString own = exportFrom(a, files.file(QStringLiteral("own.wpb")));
        auto self = exchange::ExchangeImporter(*a.ws).importFile(own, testPassphrase());
        REQUIRE_FALSE(self.ok());
        CHECK(self.errorMessage().contains(QStringLiteral("made on this laptop")));

        TempDir dirTwin;
        Laptop twin(dirTwin.path(), QStringLiteral("WA"));
        auto clash = exchange::ExchangeImporter(*twin.ws).importFile(own, testPassphrase());
        REQUIRE_FALSE(clash.ok());
        CHECK(clash.errorMessage().contains(QStringLiteral("Two laptops use the code WA")));
    }
}

TEST_CASE_METHOD(TwoLaptops, "identity: a bundle passphrase needs at least 12 characters")
{
    for (const char* weak : {"x", "short pass", "aaaaaaaaaaaaaaaa", "12121212121212"}) {
        auto r = exchange::ExchangeExporter(*a.ws).exportTo(files.file(QStringLiteral("weak.wpb")),
                                                            QByteArray(weak), fastOptions());
        INFO(weak);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorMessage().contains(QStringLiteral("at least 12 characters")));
        CHECK_FALSE(QFileInfo::exists(files.file(QStringLiteral("weak.wpb"))));
    }
    CHECK(exchange::ExchangeExporter(*a.ws)
              .exportTo(files.file(QStringLiteral("ok.wpb")), QByteArrayLiteral("lime river cold ticket"),
                        fastOptions())
              .ok());
}
