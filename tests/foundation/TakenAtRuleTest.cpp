#include "NurseOnWard.h"
#include "entries/FormEntryService.h"
#include "foundation/Clock.h"
#include "records/RecordStore.h"

// Issue 12, item 10: an observation in the future or before the patient's birth is refused by
// the service every form and import saves through, not only by the widget's red label.

namespace wp {

namespace {

QJsonObject quietSet()
{
    return {{QStringLiteral("resp_rate"), 16},
            {QStringLiteral("spo2"), 97},
            {QStringLiteral("spo2_scale"), QStringLiteral("1")},
            {QStringLiteral("oxygen"), QStringLiteral("air")},
            {QStringLiteral("systolic_bp"), 128},
            {QStringLiteral("diastolic_bp"), 78},
            {QStringLiteral("pulse"), 72},
            {QStringLiteral("consciousness"), QStringLiteral("A")},
            {QStringLiteral("temperature"), 36.8}};
}

} // namespace

TEST_CASE_METHOD(test::NurseOnWard,
                 "A form's time taken later than the clock or before birth is refused, nothing saved")
{
    auto p = patients.registerPatient(
        test::person(QStringLiteral("Garnier"), QStringLiteral("Lou"), test::testEpoch().date().addDays(-3)));
    REQUIRE(p.ok());
    FormEntryService entries(*ws, forms);
    const auto count = [&] {
        return entries.entries(p->id, QStringLiteral("observation"))->size();
    };

    const QDateTime now = clock.now();
    auto tomorrow = entries.save(QStringLiteral("observation"), p->id, quietSet(), now.addDays(1));
    REQUIRE_FALSE(tomorrow.ok());
    CHECK(tomorrow.error().code == Error::Code::InvalidInput);
    CHECK(tomorrow.errorMessage().contains(QStringLiteral("later than this laptop's clock")));

    auto beforeBirth = entries.save(QStringLiteral("observation"), p->id, quietSet(), now.addDays(-5));
    REQUIRE_FALSE(beforeBirth.ok());
    CHECK(beforeBirth.errorMessage().contains(QStringLiteral("before the patient's birth")));
    CHECK(count() == 0);

    // Within the imports' tolerance (a laptop a few minutes slow) and in the past: saved.
    auto slightlyAhead = entries.save(QStringLiteral("observation"), p->id, quietSet(),
                                      now.addSecs(clockToleranceSeconds - 60));
    INFO(slightlyAhead.errorMessage().toStdString());
    REQUIRE(slightlyAhead.ok());
    auto earlier = entries.save(QStringLiteral("observation"), p->id, quietSet(), now.addSecs(-3600));
    REQUIRE(earlier.ok());
    CHECK(count() == 2);

    // An amendment cannot move the set into the future either; the entry keeps its version.
    auto moved =
        entries.amend(earlier->record.recordId, quietSet(), QStringLiteral("wrong time"), now.addDays(2));
    REQUIRE_FALSE(moved.ok());
    CHECK(RecordStore(*ws).latest(earlier->record.recordId)->version == earlier->record.version);
}

} // namespace wp
