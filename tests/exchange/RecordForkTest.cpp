#include "ExchangeFixture.h"

#include "exchange/ConflictLog.h"
#include "records/RecordStore.h"

using namespace wp;
using namespace wp::test;

namespace {

QList<exchange::ExchangeConflict> forks(Laptop& l, bool includeResolved = false)
{
    auto list = exchange::ConflictLog(*l.ws).list(includeResolved);
    REQUIRE(list.ok());
    QList<exchange::ExchangeConflict> out;
    for (const auto& c : *list) {
        if (c.kind == QStringLiteral("record_fork")) {
            out << c;
        }
    }
    return out;
}

QJsonObject pulse(int value)
{
    return {{QStringLiteral("pulse"), value}};
}

} // namespace

TEST_CASE_METHOD(
    TwoLaptops,
    "two laptops amending the same observation: both show the same version and one fork to confirm",
    "[exchange]")
{
    const Patient p =
        registerPatient(a, QStringLiteral("Lambert"), QStringLiteral("Paul"), QDate(1949, 8, 8));
    auto created = RecordStore(*a.ws).create(QStringLiteral("observation"), p.id, pulse(70));
    REQUIRE(created.ok());
    send(a, b, files.file(QStringLiteral("0.wpb")));

    // Both laptops correct version 1 without knowing of each other; B writes later.
    a.clock.advanceSeconds(60);
    b.clock.advanceSeconds(120);
    auto onA = RecordStore(*a.ws).amend(created->recordId, pulse(80), QStringLiteral("misread"));
    REQUIRE(onA.ok());
    auto onB = RecordStore(*b.ws).amend(created->recordId, pulse(90), QStringLiteral("recounted"));
    REQUIRE(onB.ok());
    const bool aFirst = GENERATE(true, false);
    if (aFirst) {
        send(a, b, files.file(QStringLiteral("1.wpb")));
        send(b, a, files.file(QStringLiteral("2.wpb")));
    } else {
        send(b, a, files.file(QStringLiteral("1.wpb")));
        send(a, b, files.file(QStringLiteral("2.wpb")));
    }
    CHECK(a.dump() == b.dump());
    for (Laptop* l : {&a, &b}) {
        RecordStore records(*l->ws);
        auto latest = records.latest(created->recordId);
        REQUIRE(latest.ok());
        // Same version number: the later writer wins, on both laptops.
        CHECK(latest->versionId == onB->versionId);
        auto shown = records.latestForPatient(p.id, QStringLiteral("observation"));
        REQUIRE(shown.ok());
        REQUIRE(shown->size() == 1); // one record, never both branches
        CHECK(shown->first().versionId == onB->versionId);
        const auto listed = forks(*l);
        REQUIRE(listed.size() == 1);
        CHECK(listed.first().patientId == p.id);
        CHECK(listed.first().otherId == created->recordId);
        CHECK(listed.first().detail.contains(QStringLiteral("WA")));
        CHECK(listed.first().detail.contains(QStringLiteral("WB")));
    }
    CHECK(forks(a).first().id == forks(b).first().id);

    // Confirmed once, it stays confirmed through later merges.
    REQUIRE(exchange::ConflictLog(*a.ws).resolve(forks(a).first().id, QStringLiteral("confirmed")).ok());
    send(b, a, files.file(QStringLiteral("3.wpb")));
    CHECK(forks(a).isEmpty());
    CHECK(forks(a, true).size() == 1);
    // Amending goes on from the version shown.
    auto next = RecordStore(*a.ws).amend(created->recordId, pulse(88), QStringLiteral("checked"));
    REQUIRE(next.ok());
    CHECK(next->previousVersionId == onB->versionId);
    CHECK(next->version == 3);
}

TEST_CASE_METHOD(TwoLaptops,
                 "a fork whose branches have different lengths: the highest version is shown everywhere",
                 "[exchange]")
{
    const Patient p = registerPatient(a, QStringLiteral("Noël"), QStringLiteral("Anne"), QDate(1970, 1, 2));
    auto created = RecordStore(*a.ws).create(QStringLiteral("nursing_note"), p.id,
                                             {{QStringLiteral("target"), QStringLiteral("Douleur")}});
    REQUIRE(created.ok());
    send(a, b, files.file(QStringLiteral("0.wpb")));
    a.clock.advanceSeconds(60);
    REQUIRE(RecordStore(*a.ws)
                .amend(created->recordId, {{QStringLiteral("target"), QStringLiteral("Douleur thoracique")}},
                       QStringLiteral("precision"))
                .ok());
    a.clock.advanceSeconds(60);
    auto third = RecordStore(*a.ws).markEnteredInError(created->recordId, QStringLiteral("wrong patient"));
    REQUIRE(third.ok());
    // B's single amendment is written last, but A's branch goes further.
    b.clock.advanceSeconds(600);
    REQUIRE(RecordStore(*b.ws)
                .amend(created->recordId, {{QStringLiteral("target"), QStringLiteral("Sommeil")}},
                       QStringLiteral("other target"))
                .ok());
    send(b, a, files.file(QStringLiteral("1.wpb")));
    send(a, b, files.file(QStringLiteral("2.wpb")));
    for (Laptop* l : {&a, &b}) {
        auto latest = RecordStore(*l->ws).latest(created->recordId);
        REQUIRE(latest.ok());
        CHECK(latest->versionId == third->versionId);
        CHECK(latest->enteredInError);
        CHECK(RecordStore(*l->ws).latestForPatient(p.id, QStringLiteral("nursing_note"))->isEmpty());
        REQUIRE(forks(*l).size() == 1);
        CHECK(forks(*l).first().detail.contains(QStringLiteral("amended by")));
    }
    CHECK(a.dump() == b.dump());
}
