// Rules between two fields of a form ("rules" in the definition): a diastolic below the
// systolic, an end after a start.
#include "TestSupport.h"
#include "clinical/forms/FormDefinitionParser.h"
#include "clinical/forms/FormRegistry.h"
#include "clinical/forms/FormValidator.h"

#include <catch2/catch.hpp>

using namespace wp::clinical;

namespace {

const char* ruleForm = R"({
  "id": "rules_test", "version": 1, "title": "Rules",
  "sections": [{"id": "main", "title": "Main", "fields": [
    {"id": "low", "type": "integer", "label": "Low", "unit": "mmHg", "possible": {"min": 0, "max": 300}},
    {"id": "high", "type": "integer", "label": "High", "unit": "mmHg", "possible": {"min": 0, "max": 300}},
    {"id": "extra", "type": "yesno", "label": "Extra"},
    {"id": "cap", "type": "decimal", "label": "Cap", "visible_if": {"field": "extra", "equals": true}},
    {"id": "start", "type": "datetime", "label": "Start"},
    {"id": "end", "type": "datetime", "label": "End"}
  ]}],
  "rules": [
    {"id": "low_below_high", "field": "low", "less_than": "high",
     "message": {"en": "Low {value} is not below high {other_value}.", "fr": "Bas {value} pas sous haut {other_value}."}},
    {"id": "cap_at_most_high", "field": "cap", "at_most": "high", "severity": "warning"},
    {"id": "end_after_start", "field": "end", "at_least": "start"}
  ]
})";

FormDefinition definition()
{
    auto r = FormDefinitionParser::parse(QByteArray(ruleForm), QStringLiteral("rules_test.json"));
    INFO(r.errorMessage().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

QJsonObject values(std::initializer_list<std::pair<const char*, QJsonValue>> items)
{
    QJsonObject o;
    for (const auto& [k, v] : items)
        o.insert(QLatin1String(k), v);
    return o;
}

} // namespace

TEST_CASE("Cross-field rules: parsed from the definition")
{
    const auto form = definition();
    REQUIRE(form.rules.size() == 3);
    CHECK(form.rules[0].id == QStringLiteral("low_below_high"));
    CHECK(form.rules[0].field == QStringLiteral("low"));
    CHECK(form.rules[0].other == QStringLiteral("high"));
    CHECK(form.rules[0].comparison == CrossFieldRule::Comparison::LessThan);
    CHECK(form.rules[0].severity == FieldIssue::Severity::Error);
    CHECK(form.rules[1].comparison == CrossFieldRule::Comparison::AtMost);
    CHECK(form.rules[1].severity == FieldIssue::Severity::Warning);
    CHECK(form.rules[2].comparison == CrossFieldRule::Comparison::AtLeast);
}

TEST_CASE("Cross-field rules: less than refuses equal and greater, on the first field")
{
    const auto form = definition();
    struct Case
    {
        int low;
        int high;
        bool error;
    };
    const auto c = GENERATE(Case{80, 120, false}, Case{120, 120, true}, Case{118, 60, true});
    CAPTURE(c.low, c.high);
    const auto v = FormValidator::validate(form, values({{"low", c.low}, {"high", c.high}}));
    CHECK(v.ok() == !c.error);
    if (c.error) {
        REQUIRE(v.issuesFor(QStringLiteral("low")).size() == 1);
        CHECK(v.issuesFor(QStringLiteral("high")).isEmpty());
        CHECK(v.issuesFor(QStringLiteral("low")).first().message ==
              QStringLiteral("Low %1 mmHg is not below high %2 mmHg.").arg(c.low).arg(c.high));
    }
}

TEST_CASE("Cross-field rules: not checked when a value is missing, invalid or hidden")
{
    const auto form = definition();
    // One value missing: nothing to compare.
    CHECK(FormValidator::validate(form, values({{"low", 200}})).ok());
    // A value that is wrong by itself gets its own message only.
    const auto v = FormValidator::validate(form, values({{"low", 200}, {"high", 400}}));
    CHECK(v.issuesFor(QStringLiteral("low")).isEmpty());
    CHECK(v.issuesFor(QStringLiteral("high")).size() == 1);
    // A hidden field is never compared; shown, the rule gives a warning with the default text.
    const auto hidden = FormValidator::validate(form, values({{"cap", 250.5}, {"high", 120}}));
    CHECK(hidden.issuesFor(QStringLiteral("cap")).isEmpty());
    const auto shown =
        FormValidator::validate(form, values({{"extra", true}, {"cap", 250.5}, {"high", 120}}));
    CHECK(shown.ok());
    REQUIRE(shown.issuesFor(QStringLiteral("cap")).size() == 1);
    CHECK_FALSE(shown.issuesFor(QStringLiteral("cap")).first().isError());
    CHECK(shown.issuesFor(QStringLiteral("cap")).first().message.contains(QStringLiteral("High")));
}

TEST_CASE("Cross-field rules: date-times compare in time")
{
    const auto form = definition();
    CHECK(FormValidator::validate(form, values({{"start", QStringLiteral("2026-11-28T14:30")},
                                                {"end", QStringLiteral("2026-11-28T14:30")}}))
              .ok());
    const auto v = FormValidator::validate(form, values({{"start", QStringLiteral("2026-11-28T14:30")},
                                                         {"end", QStringLiteral("2026-11-27T23:00")}}));
    REQUIRE(v.issuesFor(QStringLiteral("end")).size() == 1);
    CHECK(v.issuesFor(QStringLiteral("end")).first().message.contains(QStringLiteral("27/11/2026 23:00")));
}

TEST_CASE("Observation form: a diastolic at or above the systolic is refused")
{
    FormRegistry registry;
    registry.reload();
    const auto* form = registry.form(QStringLiteral("observation"));
    REQUIRE(form);
    const auto check = [&](int systolic, int diastolic) {
        return FormValidator::validate(
            *form, {{QStringLiteral("systolic_bp"), systolic}, {QStringLiteral("diastolic_bp"), diastolic}});
    };
    CHECK(check(120, 80).ok());
    for (const auto& [systolic, diastolic] : {std::pair{60, 118}, std::pair{90, 90}}) {
        CAPTURE(systolic, diastolic);
        const auto v = check(systolic, diastolic);
        CHECK_FALSE(v.ok());
        REQUIRE(v.issuesFor(QStringLiteral("diastolic_bp")).size() == 1);
        CHECK(
            v.issuesFor(QStringLiteral("diastolic_bp")).first().message.contains(QStringLiteral("systolic")));
    }
}

TEST_CASE("Observation form: the oxygen flow comes after every field always shown")
{
    // A field that appears on a condition must not shift the fields after it: a nurse typing
    // by habit would put the systolic pressure into the oxygen flow.
    FormRegistry registry;
    registry.reload();
    const auto* form = registry.form(QStringLiteral("observation"));
    REQUIRE(form);
    for (const auto& section : form->sections) {
        bool conditional = false;
        for (const auto& field : section.fields) {
            CAPTURE(section.id, field.id);
            if (field.visibleIf)
                conditional = true;
            else
                CHECK_FALSE(conditional);
        }
    }
    CHECK(form->sections.first().fields.last().id == QStringLiteral("oxygen_flow"));
}
