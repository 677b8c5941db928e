#include "records/RecordStore.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace wp;

TEST_CASE("Amending a record keeps every earlier version readable")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    RecordStore store(*ws);
    const QDateTime takenAt = clock.now().addSecs(-3600);
    auto v1 = store.create(QStringLiteral("note"), QStringLiteral("p1"),
                           {{QStringLiteral("text"), QStringLiteral("first")}}, takenAt);
    REQUIRE(v1.ok());
    CHECK(v1->version == 1);
    CHECK(v1->occurredAt == takenAt);
    CHECK(v1->createdAt == clock.now());
    CHECK(v1->createdBy == QStringLiteral("nina"));
    CHECK(v1->device == QStringLiteral("T1"));

    clock.advanceSeconds(120);
    auto noReason =
        store.amend(v1->recordId, {{QStringLiteral("text"), QStringLiteral("second")}}, QStringLiteral("  "));
    CHECK_FALSE(noReason.ok());

    auto v2 = store.amend(v1->recordId, {{QStringLiteral("text"), QStringLiteral("second")}},
                          QStringLiteral("wrong patient name"));
    REQUIRE(v2.ok());
    CHECK(v2->version == 2);
    CHECK(v2->previousVersionId == v1->versionId);
    CHECK(v2->occurredAt == takenAt);

    auto v3 = store.markEnteredInError(v1->recordId, QStringLiteral("duplicate entry"));
    REQUIRE(v3.ok());
    CHECK(v3->enteredInError);
    CHECK(v3->data.value(QStringLiteral("text")).toString() == QStringLiteral("second"));

    auto history = store.history(v1->recordId);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).data.value(QStringLiteral("text")).toString() == QStringLiteral("first"));
    CHECK(history->at(1).reason == QStringLiteral("wrong patient name"));
    CHECK(history->at(2).enteredInError);

    CHECK_FALSE(store.amend(v1->recordId, {}, QStringLiteral("again")).ok());
    auto visible = store.latestForPatient(QStringLiteral("p1"), QStringLiteral("note"));
    REQUIRE(visible.ok());
    CHECK(visible->isEmpty());
    auto all = store.latestForPatient(QStringLiteral("p1"), QStringLiteral("note"), true);
    REQUIRE(all.ok());
    CHECK(all->size() == 1);
}

TEST_CASE("Roles limit who records care")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("theo"), Role::TheatreManager);
    auto refused = RecordStore(*ws).create(QStringLiteral("note"), QStringLiteral("p1"), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    ws->setCurrentUser(std::nullopt);
    CHECK_FALSE(RecordStore(*ws).create(QStringLiteral("note"), QStringLiteral("p1"), {}).ok());
}

TEST_CASE("Records of a kind are listed across patients within a period")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    RecordStore store(*ws);
    const QDateTime t0 = clock.now();
    auto early = store.create(QStringLiteral("movement"), QStringLiteral("p1"), {}, t0.addSecs(-7200));
    auto inside = store.create(QStringLiteral("movement"), QStringLiteral("p2"), {}, t0.addSecs(-600));
    auto other = store.create(QStringLiteral("note"), QStringLiteral("p2"), {}, t0.addSecs(-600));
    auto wrong = store.create(QStringLiteral("movement"), QStringLiteral("p3"), {}, t0.addSecs(-300));
    REQUIRE((early.ok() && inside.ok() && other.ok() && wrong.ok()));
    REQUIRE(store.amend(inside->recordId, {{QStringLiteral("v"), 2}}, QStringLiteral("typo")).ok());
    REQUIRE(store.markEnteredInError(wrong->recordId, QStringLiteral("wrong patient")).ok());

    auto list = store.latestOfKindBetween(QStringLiteral("movement"), t0.addSecs(-3600), t0);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().recordId == inside->recordId);
    CHECK(list->first().version == 2);
    auto all = store.latestOfKindBetween(QStringLiteral("movement"), t0.addSecs(-3600), t0, true);
    REQUIRE(all.ok());
    CHECK(all->size() == 2);
    auto newest = store.newestOccurrence();
    REQUIRE(newest.ok());
    CHECK(*newest == t0.addSecs(-300));
}
