#include "clinical/forms/FormValidator.h"
#include "TestSupport.h"
#include "clinical/News2.h"
#include "clinical/forms/FormComputation.h"
#include "clinical/forms/FormDefinitionParser.h"
#include "clinical/forms/FormRegistry.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace wp::clinical;

namespace {

// A small definition written for these tests, so they do not depend on the shipped forms.
const char* testForm = R"({
  "id": "test", "version": 1, "title": "Test",
  "sections": [{"id": "main", "title": "Main", "fields": [
    {"id": "name", "type": "text", "label": "Name", "required": true, "max_length": 5},
    {"id": "count", "type": "integer", "label": "Count", "unit": "/min",
     "possible": {"min": 0, "max": 300}, "plausible": {"min": 30, "max": 200}},
    {"id": "temp", "type": "decimal", "label": "Temp", "decimals": 1},
    {"id": "when", "type": "datetime", "label": "When"},
    {"id": "status", "type": "choice", "label": "Status", "required": true,
     "options": [{"value": "given", "label": "Given"}, {"value": "held", "label": "Held"},
                 {"value": "refused", "label": "Refused"}]},
    {"id": "reason", "type": "multiline", "label": "Reason", "required": true,
     "visible_if": {"field": "status", "in": ["held", "refused"]}},
    {"id": "detail", "type": "text", "label": "Detail", "required": true,
     "visible_if": {"field": "reason", "equals": "other"}},
    {"id": "tags", "type": "multichoice", "label": "Tags",
     "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]},
    {"id": "flag", "type": "yesno", "label": "Flag"},
    {"id": "flag_note", "type": "text", "label": "Flag note", "required": true,
     "visible_if": {"field": "flag", "equals": true}}
  ]}]
})";

FormDefinition definition()
{
    auto r = FormDefinitionParser::parse(QByteArray(testForm), QStringLiteral("test.json"));
    REQUIRE(r.ok());
    return r.value();
}

QJsonObject valid()
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("Ann")},
                       {QStringLiteral("status"), QStringLiteral("given")}};
}

QStringList issueFields(const FormValidation& v, FieldIssue::Severity s = FieldIssue::Severity::Error)
{
    QStringList out;
    for (const auto& i : v.issues) {
        if (i.severity == s)
            out << i.field;
    }
    return out;
}

const FormDefinition* shipped(const char* id)
{
    static FormRegistry registry = [] {
        FormRegistry r;
        r.reload();
        return r;
    }();
    return registry.form(QLatin1String(id));
}

} // namespace

TEST_CASE("Form values: a complete entry is valid")
{
    const auto form = definition();
    const auto v = FormValidator::validate(form, valid());
    CHECK(v.ok());
    CHECK(v.issues.isEmpty());
}

TEST_CASE("Form values: required fields")
{
    const auto form = definition();
    auto values = valid();
    const QJsonValue empty =
        GENERATE(QJsonValue(), QJsonValue(QJsonValue::Null), QJsonValue(QStringLiteral("  ")));
    values.insert(QStringLiteral("name"), empty);
    const auto v = FormValidator::validate(form, values);
    CHECK_FALSE(v.ok());
    CHECK(issueFields(v) == QStringList{QStringLiteral("name")});
    CHECK(v.issuesFor(QStringLiteral("name")).first().message.contains(QStringLiteral("required")));
}

TEST_CASE("Form values: the possible range refuses, the plausible range warns")
{
    const auto form = definition();
    struct Case
    {
        double value;
        bool error;
        bool warning;
    };
    const auto c = GENERATE(Case{-1, true, false}, Case{0, false, true}, Case{29, false, true},
                            Case{30, false, false}, Case{200, false, false}, Case{201, false, true},
                            Case{300, false, true}, Case{301, true, false});
    CAPTURE(c.value);
    auto values = valid();
    values.insert(QStringLiteral("count"), c.value);
    const auto v = FormValidator::validate(form, values);
    CHECK(v.ok() == !c.error);
    CHECK(v.hasWarnings() == c.warning);
    if (c.error)
        CHECK(v.issuesFor(QStringLiteral("count")).first().message.contains(QStringLiteral("not possible")));
    if (c.warning)
        CHECK(v.issuesFor(QStringLiteral("count")).first().message.contains(QStringLiteral("unusual")));
}

TEST_CASE("Form values: hidden fields are not required and their values are ignored")
{
    const auto form = definition();
    auto values = valid();
    // status = given: reason is hidden, so is detail that depends on it.
    values.insert(QStringLiteral("reason"), QStringLiteral("other"));
    auto v = FormValidator::validate(form, values);
    CHECK(v.ok());
    CHECK_FALSE(FormValidator::visibleValues(form, values).contains(QStringLiteral("reason")));

    values.insert(QStringLiteral("status"), QStringLiteral("held"));
    values.remove(QStringLiteral("reason"));
    v = FormValidator::validate(form, values);
    CHECK(issueFields(v) == QStringList{QStringLiteral("reason")});

    // A chain: detail shows only when reason is "other" and reason itself is shown.
    values.insert(QStringLiteral("reason"), QStringLiteral("other"));
    v = FormValidator::validate(form, values);
    CHECK(issueFields(v) == QStringList{QStringLiteral("detail")});
    values.insert(QStringLiteral("status"), QStringLiteral("given"));
    CHECK(FormValidator::validate(form, values).ok());

    // Yes/no controller.
    values.insert(QStringLiteral("flag"), true);
    CHECK(issueFields(FormValidator::validate(form, values)) == QStringList{QStringLiteral("flag_note")});
    values.insert(QStringLiteral("flag"), false);
    CHECK(FormValidator::validate(form, values).ok());
}

TEST_CASE("Form values: wrong types and unknown fields are refused")
{
    const auto form = definition();
    struct Case
    {
        const char* field;
        QJsonValue value;
    };
    const auto c = GENERATE(
        Case{"count", QStringLiteral("abc")}, Case{"count", 12.5}, Case{"temp", 37.25},
        Case{"when", QStringLiteral("yesterday")}, Case{"when", QStringLiteral("2026-11-28")},
        Case{"when", QStringLiteral("2026-02-30T10:00")}, Case{"status", QStringLiteral("lost")},
        Case{"tags", QStringLiteral("a")}, Case{"tags", QJsonArray{QStringLiteral("a"), QStringLiteral("c")}},
        Case{"tags", QJsonArray{QStringLiteral("a"), QStringLiteral("a")}},
        Case{"flag", QStringLiteral("yes")}, Case{"name", QStringLiteral("toolong")}, Case{"name", 5},
        Case{"nmae", QStringLiteral("typo")});
    const QString field = QLatin1String(c.field);
    CAPTURE(field, c.value.toVariant().toString());
    auto values = valid();
    values.insert(field, c.value);
    const auto v = FormValidator::validate(form, values);
    CHECK_FALSE(v.ok());
    CHECK(issueFields(v).contains(field));
}

TEST_CASE("Form values: accepted representations")
{
    const auto form = definition();
    auto values = valid();
    values.insert(QStringLiteral("count"), QStringLiteral("72"));
    values.insert(QStringLiteral("temp"), 37.2);
    values.insert(QStringLiteral("when"), QStringLiteral("2026-11-28T14:30"));
    values.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
    values.insert(QStringLiteral("flag"), false);
    const auto v = FormValidator::validate(form, values);
    for (const auto& i : v.issues)
        UNSCOPED_INFO(i.field << ": " << i.message);
    CHECK(v.issues.isEmpty());
}

TEST_CASE("Observation form: NEWS2 computed from the chart, both SpO2 scales")
{
    const auto* form = shipped("observation");
    REQUIRE(form);
    // Chart: resp 22 -> 2, SpO2 95 on scale 1 -> 1, air -> 0, systolic 105 -> 1,
    // pulse 95 -> 1, alert -> 0, 38.5 C -> 1: total 6, medium.
    QJsonObject values{{QStringLiteral("resp_rate"), 22},
                       {QStringLiteral("spo2"), 95},
                       {QStringLiteral("spo2_scale"), QStringLiteral("1")},
                       {QStringLiteral("oxygen"), QStringLiteral("air")},
                       {QStringLiteral("systolic_bp"), 105},
                       {QStringLiteral("diastolic_bp"), 70},
                       {QStringLiteral("pulse"), 95},
                       {QStringLiteral("consciousness"), QStringLiteral("A")},
                       {QStringLiteral("temperature"), 38.5}};
    auto v = FormValidator::validate(*form, values);
    CHECK(v.ok());
    QJsonObject news2 = v.computed.value(QStringLiteral("news2")).toObject();
    CHECK(news2.value(QStringLiteral("total")).toInt() == 6);
    CHECK(news2.value(QStringLiteral("risk")).toString() == QStringLiteral("medium"));
    CHECK(news2.value(QStringLiteral("monitoring")).toString() == QStringLiteral("hourly"));
    CHECK(news2.value(QStringLiteral("scores")).toObject().value(QStringLiteral("resp_rate")).toInt() == 2);

    // Scale 2 on oxygen: SpO2 95 -> 2, oxygen -> 2; oxygen flow becomes visible.
    values.insert(QStringLiteral("spo2_scale"), QStringLiteral("2"));
    values.insert(QStringLiteral("oxygen"), QStringLiteral("oxygen"));
    values.insert(QStringLiteral("oxygen_flow"), 2.0);
    v = FormValidator::validate(*form, values);
    CHECK(v.ok());
    news2 = v.computed.value(QStringLiteral("news2")).toObject();
    CHECK(news2.value(QStringLiteral("total")).toInt() == 2 + 2 + 2 + 1 + 1 + 0 + 1);
    CHECK(news2.value(QStringLiteral("risk")).toString() == QStringLiteral("high"));

    // Saved observation values read back with the default ids give the same input.
    const News2Input in = FormComputation::news2Input(values);
    CHECK(in.spo2Scale == SpO2Scale::Scale2);
    CHECK(in.oxygen == OxygenSupply::Oxygen);
    CHECK(in.temperature == 38.5);
    CHECK(News2::score(in).total == news2.value(QStringLiteral("total")).toInt());

    // A missing measurement: incomplete, no total.
    values.remove(QStringLiteral("pulse"));
    v = FormValidator::validate(*form, values);
    CHECK(v.ok());
    news2 = v.computed.value(QStringLiteral("news2")).toObject();
    CHECK(news2.value(QStringLiteral("total")).isNull());
    CHECK(news2.value(QStringLiteral("risk")).toString() == QStringLiteral("incomplete"));

    // SpO2 over 100 is refused; 65 % is possible but unusual.
    values.insert(QStringLiteral("spo2"), 101);
    CHECK(issueFields(FormValidator::validate(*form, values)) == QStringList{QStringLiteral("spo2")});
    values.insert(QStringLiteral("spo2"), 65);
    v = FormValidator::validate(*form, values);
    CHECK(v.ok());
    CHECK(issueFields(v, FieldIssue::Severity::Warning) == QStringList{QStringLiteral("spo2")});
}

TEST_CASE("Admission form: BMI and conditional allergies")
{
    const auto* form = shipped("admission");
    REQUIRE(form);
    QJsonObject values{{QStringLiteral("reason"), QStringLiteral("Fall")},
                       {QStringLiteral("allergy_status"), QStringLiteral("none")},
                       {QStringLiteral("code_status"), QStringLiteral("full")},
                       {QStringLiteral("isolation"), QStringLiteral("none")},
                       {QStringLiteral("weight"), 70.0},
                       {QStringLiteral("height"), 175}};
    auto v = FormValidator::validate(*form, values);
    for (const auto& i : v.issues)
        UNSCOPED_INFO(i.field << ": " << i.message);
    CHECK(v.ok());
    // 70 / 1.75^2 = 22.857... -> 22.9
    CHECK(v.computed.value(QStringLiteral("bmi")).toDouble() == Approx(22.9));
    values.insert(QStringLiteral("allergy_status"), QStringLiteral("known"));
    CHECK(issueFields(FormValidator::validate(*form, values)) == QStringList{QStringLiteral("allergies")});
}

TEST_CASE("Medication administration: a reason only when held or refused")
{
    const auto* form = shipped("medication_administration");
    REQUIRE(form);
    QJsonObject values{{QStringLiteral("prescription_line"), QStringLiteral("L1")},
                       {QStringLiteral("status"), QStringLiteral("given")},
                       {QStringLiteral("administered_at"), QStringLiteral("2026-11-28T08:00")}};
    CHECK(FormValidator::validate(*form, values).ok());
    for (const char* status : {"held", "refused"}) {
        values.insert(QStringLiteral("status"), QLatin1String(status));
        CHECK(issueFields(FormValidator::validate(*form, values)) == QStringList{QStringLiteral("reason")});
    }
}

TEST_CASE("Fluid balance: intake minus output")
{
    const auto* form = shipped("fluid_balance");
    REQUIRE(form);
    QJsonObject values{{QStringLiteral("period_start"), QStringLiteral("2026-11-28T08:00")},
                       {QStringLiteral("period_end"), QStringLiteral("2026-11-28T20:00")},
                       {QStringLiteral("oral_intake"), 1000},
                       {QStringLiteral("iv_intake"), 500},
                       {QStringLiteral("urine_output"), 800}};
    auto v = FormValidator::validate(*form, values);
    CHECK(v.ok());
    CHECK(v.computed.value(QStringLiteral("balance")).toDouble() == Approx(700));
    values.remove(QStringLiteral("oral_intake"));
    values.remove(QStringLiteral("iv_intake"));
    values.remove(QStringLiteral("urine_output"));
    CHECK(FormValidator::validate(*form, values).computed.value(QStringLiteral("balance")).isNull());
}

TEST_CASE("Form numbers written as text go through the strict parser, never wrapped")
{
    const auto form = definition();
    const auto countIssue = [&](const QJsonValue& count) {
        QJsonObject values = valid();
        values.insert(QStringLiteral("count"), count);
        const auto v = FormValidator::validate(form, values);
        const auto issues = v.issuesFor(QStringLiteral("count"));
        return issues.isEmpty() ? QString() : issues.first().message;
    };
    CHECK(countIssue(QStringLiteral("120")).isEmpty());
    CHECK(countIssue(120).isEmpty());
    // A value beyond 32 bits is seen as itself and refused by the range, not read as 0 or 16.
    CHECK(countIssue(QStringLiteral("4294967312")).contains(QStringLiteral("not possible")));
    CHECK(countIssue(QStringLiteral("4294967296")).contains(QStringLiteral("not possible")));
    CHECK(countIssue(4294967312.0).contains(QStringLiteral("not possible")));
    for (const char* text : {" 5", "+5", "5.0", "1e2", "nan", "inf", "0x10", "99999999999999999999"}) {
        INFO(text);
        const QString message = countIssue(QString::fromLatin1(text));
        CHECK_FALSE(message.isEmpty());
        CHECK_FALSE(message.contains(QStringLiteral("not possible")));
    }
    const auto tempIssues = [&](const QString& t) {
        QJsonObject values = valid();
        values.insert(QStringLiteral("temp"), t);
        return FormValidator::validate(form, values).issuesFor(QStringLiteral("temp")).size();
    };
    CHECK(tempIssues(QStringLiteral("37.5")) == 0);
    CHECK(tempIssues(QStringLiteral("37.55")) == 1);
    CHECK(tempIssues(QStringLiteral("1e400")) == 1);
    CHECK(tempIssues(QStringLiteral("3.75e1")) == 1);
    // What was refused is never computed either.
    CHECK_FALSE(FormComputation::number(QJsonValue(QStringLiteral("nan"))));
    CHECK_FALSE(FormComputation::number(QJsonValue(QStringLiteral("1e400"))));
    CHECK(FormComputation::number(QJsonValue(QStringLiteral("18"))) == 18.0);
}

TEST_CASE("Form text: control and bidi characters are refused, and every text field has a limit")
{
    const auto* form = shipped("nursing_note");
    REQUIRE(form);
    const auto issuesFor = [&](const char* field, const QString& text) {
        QJsonObject values{{QStringLiteral("target"), QStringLiteral("Douleur")},
                           {QStringLiteral("data"), QStringLiteral("EVA 6")}};
        values.insert(QLatin1String(field), text);
        return FormValidator::validate(*form, values).issuesFor(QLatin1String(field));
    };
    CHECK(issuesFor("data", QStringLiteral("ligne 1\nligne 2\r\nligne 3")).isEmpty());
    CHECK(issuesFor("target", QStringLiteral("ligne 1\nligne 2")).size() == 1);
    for (char16_t c : {char16_t(0x0000), char16_t(0x001b), char16_t(0x007f), char16_t(0x0085),
                       char16_t(0x202e), char16_t(0x2066)}) {
        INFO(static_cast<int>(c));
        const auto issues = issuesFor("data", QStringLiteral("EVA ") + QChar(c) + QStringLiteral("6"));
        REQUIRE(issues.size() == 1);
        CHECK(issues.first().message.contains(QStringLiteral("character 5")));
        CHECK_FALSE(issues.first().message.contains(QChar(c)));
    }
    // Defaults where the definition sets none: one line 200, several lines 4,000.
    CHECK(issuesFor("target", QString(200, QLatin1Char('a'))).isEmpty());
    CHECK(issuesFor("target", QString(201, QLatin1Char('a'))).size() == 1);
    CHECK(issuesFor("data", QString(4000, QLatin1Char('a'))).isEmpty());
    const auto tooLong = issuesFor("data", QString(1 << 20, QLatin1Char('a')));
    REQUIRE(tooLong.size() == 1);
    CHECK(tooLong.first().message.contains(QStringLiteral("1048576 characters, at most 4000")));
    // A choice value that is not an option is quoted without its invisible characters.
    QJsonObject values = valid();
    values.insert(QStringLiteral("status"), QStringLiteral("given") + QChar(0x202e));
    const auto choice = FormValidator::validate(definition(), values).issuesFor(QStringLiteral("status"));
    REQUIRE(choice.size() == 1);
    CHECK(choice.first().message.contains(QStringLiteral("\"given\\u{202E}\"")));
}
