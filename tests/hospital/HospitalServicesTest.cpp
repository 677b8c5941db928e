// Issue 16: what every laptop sees of the whole hospital once other laptops' records arrived
// (here by USB bundle: the demo hospital's laptop DEMO and the emergency laptop URG).

#include "HospitalFixture.h"
#include "audit/AuditLog.h"
#include "hospital/HospitalCensus.h"
#include "hospital/HospitalSitrep.h"
#include "hospital/PatientFinder.h"
#include "hospital/TransferRegister.h"

using namespace wp;
using namespace wp::hospital;
using namespace wp::test;

namespace {

const WardCensus& ward(const HospitalCensus& c, const QString& code)
{
    for (const WardCensus& w : c.wards()) {
        if (w.code == code) {
            return w;
        }
    }
    FAIL("no ward " << code.toStdString());
    return c.total();
}

} // namespace

TEST_CASE("the census holds every laptop's wards with free beds, movements and each ward's data age",
          "[issue16]")
{
    HospitalFixture f;
    const int med = f.demoAdmitted(QStringLiteral("MED"));
    const int chir = f.demoAdmitted(QStringLiteral("CHIR"));
    REQUIRE(med > 10);

    auto census = HospitalCensus::load(*f.urg);
    REQUIRE(census.ok());
    REQUIRE(census->wards().size() == 3);
    const WardCensus& urg = ward(*census, QStringLiteral("URG"));
    CHECK(urg.beds == 4);
    CHECK(urg.occupied == 1); // Héloïse; Jean left for Rennes, Yvette went up to MED
    CHECK(urg.free() == 3);
    CHECK(urg.arriving == 3);
    CHECK(urg.leaving == 2);
    CHECK(urg.sources == QStringList{QStringLiteral("URG")});
    CHECK(urg.freshness == FreshnessLevel::Live);

    const WardCensus& m = ward(*census, QStringLiteral("MED"));
    CHECK(m.name == QStringLiteral("Médecine polyvalente"));
    CHECK(m.beds == 22);
    CHECK(m.occupied == med + 1); // Yvette
    CHECK(m.free() == 22 - med - 1);
    CHECK(m.arriving >= 1);
    CHECK(m.sources.contains(QStringLiteral("DEMO")));
    CHECK(m.sources.contains(QStringLiteral("URG")));
    // Fed by DEMO too, whose newest record is from the bundle: as old as that, never "live".
    CHECK(m.freshness == FreshnessLevel::Recent);
    CHECK(m.dataAsOf <= f.demoClock.now());
    CHECK(ward(*census, QStringLiteral("CHIR")).occupied == chir);
    CHECK(census->total().occupied == med + chir + 2);
    CHECK(census->total().beds == 46);

    // Three hours without a bundle: the demo's wards turn stale, the laptop's own stays live.
    f.urgClock.advanceSeconds(3 * 3600);
    auto later = HospitalCensus::load(*f.urg);
    REQUIRE(later.ok());
    CHECK(ward(*later, QStringLiteral("MED")).freshness == FreshnessLevel::Stale);
    CHECK(ward(*later, QStringLiteral("CHIR")).freshness == FreshnessLevel::Stale);
    CHECK(ward(*later, QStringLiteral("URG")).freshness == FreshnessLevel::Live);
    CHECK(DeviceFreshnessIndex::describe(ward(*later, QStringLiteral("CHIR")).freshness,
                                         ward(*later, QStringLiteral("CHIR")).dataAsOf, f.urgClock.now())
              .endsWith(QStringLiteral("STALE")));
    CHECK(later->total().freshness == FreshnessLevel::Stale);
}

TEST_CASE("the freshness of a laptop's data follows the newest record received from it", "[issue16]")
{
    HospitalFixture f;
    auto index = DeviceFreshnessIndex::load(*f.urg);
    REQUIRE(index.ok());
    REQUIRE(index->devices().size() == 2);
    CHECK(index->devices().first().device == QStringLiteral("URG"));
    CHECK(index->devices().first().thisLaptop);
    CHECK(index->devices().last().device == QStringLiteral("DEMO"));
    CHECK(index->devices().last().records > 100);
    CHECK(index->newest(QStringLiteral("DEMO")) <= f.demoClock.now());
    CHECK(index->level(QStringLiteral("URG"), f.urgClock.now().addDays(3)) == FreshnessLevel::Live);
    CHECK(index->level(QStringLiteral("NOPE"), f.urgClock.now()) == FreshnessLevel::Unknown);
    const QDateTime now = f.urgClock.now();
    CHECK(DeviceFreshnessIndex::levelOf(now.addSecs(-10 * 60), now) == FreshnessLevel::Recent);
    CHECK(DeviceFreshnessIndex::levelOf(now.addSecs(-60 * 60), now) == FreshnessLevel::Aging);
    CHECK(DeviceFreshnessIndex::levelOf(now.addSecs(-121 * 60), now) == FreshnessLevel::Stale);
    CHECK(DeviceFreshnessIndex::age(now.addSecs(-185 * 60), now) == QStringLiteral("3 h 05 min"));
    CHECK(DeviceFreshnessIndex::age(now.addSecs(-50 * 3600), now) == QStringLiteral("2 d 2 h"));
}

TEST_CASE("the finder finds any ward's patient by name without accents, birth date, number or IPP",
          "[issue16]")
{
    HospitalFixture f;
    PatientFinder finder(*f.urg);

    for (const QString& query :
         {QStringLiteral("heloise"), QStringLiteral("KERHERVE"), QStringLiteral("kerhè hél"),
          QStringLiteral("kerherve 12/03/1950"), QStringLiteral("1950-03-12"), f.heloise.downtimeNumber,
          f.heloise.downtimeNumber.toLower()}) {
        INFO(query.toStdString());
        auto hits = finder.find(query);
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        const FinderHit& h = hits->first();
        CHECK(h.patient.id == f.heloise.id);
        CHECK(h.whereNow == QStringLiteral("URG, bed U1"));
        CHECK(h.device == QStringLiteral("URG"));
        CHECK(h.freshness == FreshnessLevel::Live);
    }
    auto wrongDay = finder.find(QStringLiteral("kerherve 13/03/1950"));
    REQUIRE(wrongDay.ok());
    CHECK(wrongDay->isEmpty());

    auto jean = finder.find(QStringLiteral("quillivic"));
    REQUIRE(jean.ok());
    REQUIRE(jean->size() == 1);
    CHECK(
        jean->first().whereNow.startsWith(QStringLiteral("transferred to CHU de Rennes (SAMU 35-0042) on ")));

    auto yvette = finder.find(QStringLiteral("abgrall yvette"));
    REQUIRE(yvette.ok());
    REQUIRE(yvette->size() == 1);
    CHECK(yvette->first().whereNow == QStringLiteral("MED, bed %1").arg(f.yvetteBed));
    CHECK(yvette->first().device == QStringLiteral("URG"));

    // A patient of the demo laptop: found here, said to come from DEMO, as old as its bundle.
    auto demoPatients = PatientService(*f.demo).list(QStringLiteral("CHIR"));
    REQUIRE(demoPatients.ok());
    REQUIRE_FALSE(demoPatients->isEmpty());
    Patient someone = demoPatients->first();
    for (const Patient& p : *demoPatients) {
        if (p.status == QLatin1String("admitted") && !p.ipp.isEmpty()) {
            someone = p;
            break;
        }
    }
    REQUIRE(someone.status == QStringLiteral("admitted"));
    f.urgClock.advanceSeconds(3 * 3600);
    REQUIRE(finder.refresh().ok());
    auto byNumber = finder.find(someone.downtimeNumber);
    REQUIRE(byNumber.ok());
    REQUIRE(byNumber->size() == 1);
    CHECK(byNumber->first().whereNow == QStringLiteral("CHIR, bed %1").arg(someone.bedLabel));
    CHECK(byNumber->first().device == QStringLiteral("DEMO"));
    CHECK(byNumber->first().freshness == FreshnessLevel::Stale);
    CHECK(byNumber->first().dataAsOf <= f.demoClock.now());
    if (!someone.ipp.isEmpty()) {
        auto byIpp = finder.find(someone.ipp);
        REQUIRE(byIpp.ok());
        CHECK(std::any_of(byIpp->cbegin(), byIpp->cend(),
                          [&](const FinderHit& h) { return h.patient.id == someone.id; }));
    }
    auto byName = finder.find(someone.birthName.toLower() + QLatin1Char(' ') +
                              someone.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    REQUIRE(byName.ok());
    CHECK(std::any_of(byName->cbegin(), byName->cend(),
                      [&](const FinderHit& h) { return h.patient.id == someone.id; }));
    auto nothing = finder.find(QStringLiteral("   "));
    REQUIRE(nothing.ok());
    CHECK(nothing->isEmpty());
}

TEST_CASE("the transfer register lists moves between wards and transfers out with their documents",
          "[issue16]")
{
    HospitalFixture f;
    // The printed transfer letter is a document that went with Jean.
    REQUIRE(AuditLog(*f.urg)
                .append(QStringLiteral("print.transfer"), QStringLiteral("patient"), f.jean.id,
                        QStringLiteral("2 page(s) to test.pdf"))
                .ok());
    auto all = TransferRegister(*f.urg).transfers();
    REQUIRE(all.ok());
    const auto find = [&](const QString& patient, HospitalMovement::Type type) -> const HospitalMovement* {
        for (const HospitalMovement& m : *all) {
            if (m.patientId == patient && m.type == type) {
                return &m;
            }
        }
        return nullptr;
    };
    const HospitalMovement* move = find(f.yvette.id, HospitalMovement::Type::Move);
    REQUIRE(move);
    CHECK(move->fromWard == QStringLiteral("URG"));
    CHECK(move->fromBed == QStringLiteral("U3"));
    CHECK(move->toWard == QStringLiteral("MED"));
    CHECK(move->toBed == f.yvetteBed);
    CHECK(move->device == QStringLiteral("URG"));
    CHECK(move->at == f.urgClock.now().addSecs(-5 * 60));
    CHECK(move->patientName == QStringLiteral("ABGRALL Yvette"));

    const HospitalMovement* out = find(f.jean.id, HospitalMovement::Type::TransferOut);
    REQUIRE(out);
    CHECK(out->fromWard == QStringLiteral("URG"));
    CHECK(out->toWard.isEmpty());
    CHECK(out->destination == QStringLiteral("CHU de Rennes"));
    CHECK(out->samuNumber == QStringLiteral("35-0042"));
    CHECK(out->transport == QStringLiteral("SMUR"));
    REQUIRE(out->documents.size() == 2);
    CHECK(out->documents.first() == QStringLiteral("transfer form"));
    CHECK(out->documents.last().startsWith(QStringLiteral("transfer letter printed ")));
    CHECK(find(f.jean.id, HospitalMovement::Type::Admission));

    // The demo's admissions are in the register too, recorded by DEMO; oldest first.
    CHECK(std::any_of(all->cbegin(), all->cend(), [](const HospitalMovement& m) {
        return m.device == QLatin1String("DEMO") && m.type == HospitalMovement::Type::Admission;
    }));
    CHECK(std::is_sorted(all->cbegin(), all->cend(),
                         [](const HospitalMovement& a, const HospitalMovement& b) { return a.at < b.at; }));

    // A period: only the last quarter of an hour (Jean's transfer and Yvette's move).
    auto recent = TransferRegister(*f.urg).transfers(f.urgClock.now().addSecs(-15 * 60));
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 2);
    CHECK(recent->at(0).type == HospitalMovement::Type::TransferOut);
    CHECK(recent->at(1).type == HospitalMovement::Type::Move);

    // A change of bed inside a ward is a movement, not a transfer.
    REQUIRE(PatientService(*f.urg)
                .move(f.heloise.id, QStringLiteral("URG"), QStringLiteral("U4"), f.urgClock.now())
                .ok());
    auto moves = TransferRegister(*f.urg).movements(f.urgClock.now());
    REQUIRE(moves.ok());
    REQUIRE(moves->size() == 1);
    CHECK_FALSE(moves->first().changesWard());
    auto transfers = TransferRegister(*f.urg).transfers(f.urgClock.now());
    REQUIRE(transfers.ok());
    CHECK(transfers->isEmpty());
}

TEST_CASE("the sitrep counts NEWS2 of 5 and 7 or more, pending transfers and movements per ward", "[issue16]")
{
    HospitalFixture f;
    auto here = HospitalSitrep::build(*f.urg);
    REQUIRE(here.ok());
    auto demo = HospitalSitrep::build(*f.demo);
    REQUIRE(demo.ok());
    const auto line = [](const HospitalSitrep& s, const QString& code) -> const SitrepWard& {
        for (const SitrepWard& w : s.wards) {
            if (w.census.code == code) {
                return w;
            }
        }
        FAIL("no ward " << code.toStdString());
        return s.total;
    };
    const SitrepWard& urg = line(*here, QStringLiteral("URG"));
    CHECK(urg.census.patients() == 1);
    CHECK(urg.news2AtLeast5 == 1);
    CHECK(urg.news2AtLeast7 == 1);
    CHECK(urg.pendingTransfers == 1); // Héloïse's; Jean's transfer is done
    // The demo's wards read the same here as on the demo laptop itself (Yvette has no observation).
    for (const QString& code : {QStringLiteral("MED"), QStringLiteral("CHIR")}) {
        INFO(code.toStdString());
        CHECK(line(*here, code).news2AtLeast5 == line(*demo, code).news2AtLeast5);
        CHECK(line(*here, code).news2AtLeast7 == line(*demo, code).news2AtLeast7);
    }
    CHECK(here->total.news2AtLeast7 == 1 + demo->total.news2AtLeast7);
    CHECK(here->transfersOut == 1);
    CHECK(here->transfersByDestination.value(QStringLiteral("CHU de Rennes")) == 1);
    CHECK(here->wardMoves == 1);
    CHECK(here->admissions >= 3);
    REQUIRE(here->devices.size() == 2);
    CHECK(here->total.census.patients() == demo->total.census.patients() + 2);
    CHECK_FALSE(here->theatre.has_value());
}
