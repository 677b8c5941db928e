#include "TestSupport.h"
#include "clinical/forms/FormDefinitionParser.h"
#include "clinical/forms/FormRegistry.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

using namespace wp::clinical;

namespace {

const QStringList shippedForms{QStringLiteral("admission"),
                               QStringLiteral("fluid_balance"),
                               QStringLiteral("medication_administration"),
                               QStringLiteral("nursing_note"),
                               QStringLiteral("observation"),
                               QStringLiteral("prescription"),
                               QStringLiteral("transfer")};

} // namespace

TEST_CASE("Every shipped form loads from the embedded resources, labels in English and French")
{
    FormRegistry registry;
    registry.reload();
    for (const auto& p : registry.problems())
        UNSCOPED_INFO(p.message);
    CHECK(registry.problems().isEmpty());
    QStringList ids;
    for (const auto* form : registry.forms())
        ids << form->id;
    CHECK(ids == shippedForms);
    for (const auto* form : registry.forms()) {
        CAPTURE(form->id);
        CHECK(form->version >= 1);
        CHECK_FALSE(form->title.en.isEmpty());
        CHECK_FALSE(form->title.fr.isEmpty());
        for (const auto* field : form->fields()) {
            CAPTURE(field->id);
            CHECK_FALSE(field->label.en.isEmpty());
            CHECK_FALSE(field->label.fr.isEmpty());
            for (const auto& option : field->options) {
                CHECK_FALSE(option.label.en.isEmpty());
                CHECK_FALSE(option.label.fr.isEmpty());
            }
        }
    }
}

TEST_CASE("The shipped files in resources/forms are the ones embedded")
{
    const QDir source(QStringLiteral(WHITEPLAN_SOURCE_DIR "/resources/forms"));
    const QStringList files = source.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == shippedForms.size());
    for (const QString& file : files) {
        CAPTURE(file);
        auto fromDisk = FormDefinitionParser::load(source.filePath(file));
        REQUIRE(fromDisk.ok());
        auto embedded = FormDefinitionParser::load(FormRegistry::builtinFolder() + QLatin1Char('/') + file);
        REQUIRE(embedded.ok());
        CHECK(fromDisk->sections == embedded->sections);
    }
}

TEST_CASE("Shipped forms have the fields the issue asks for")
{
    FormRegistry registry;
    registry.reload();
    auto has = [&registry](const char* form, std::initializer_list<const char*> fields) {
        const auto* f = registry.form(QLatin1String(form));
        REQUIRE(f);
        for (const char* id : fields) {
            CAPTURE(form, id);
            CHECK(f->field(QLatin1String(id)));
        }
    };
    has("observation", {"resp_rate", "spo2", "spo2_scale", "oxygen", "systolic_bp", "diastolic_bp", "pulse",
                        "consciousness", "temperature", "news2"});
    has("admission", {"reason", "allergy_status", "allergies", "current_treatments", "weight", "height",
                      "bmi", "contact_name", "code_status", "limitation_details", "isolation"});
    has("nursing_note", {"target", "data", "actions", "results"});
    has("medication_administration", {"prescription_line", "status", "administered_at", "reason"});
    has("prescription", {"drug", "dose", "route", "schedule_type", "times", "indication"});
    has("fluid_balance", {"period_start", "period_end", "urine_output", "balance"});
    has("transfer",
        {"reason", "destination_hospital", "samu_regulation_number", "transport", "departure_at",
         "medical_summary", "resistant_organisms", "devices_implants", "blood_products", "contacts"});
    const auto* obs = registry.form(QStringLiteral("observation"));
    CHECK(obs->field(QStringLiteral("temperature"))->decimals == 1);
    CHECK(obs->field(QStringLiteral("spo2"))->possible == NumericRange{0, 100});
}

TEST_CASE("Broken form definitions are each reported with the file and the reason")
{
    struct Case
    {
        const char* file;
        const char* reason;
    };
    const std::vector<Case> cases{
        {"bad_json.json", "bad_json.json: not valid JSON at line 5"},
        {"not_an_object.json", "not_an_object.json: the file should contain one JSON object"},
        {"unknown_type.json", "unknown_type.json: field 'pulse': unknown type 'numbr'"},
        {"duplicate_field.json", "duplicate_field.json: field 'pulse': duplicate field id"},
        {"visible_if_unknown_field.json", "field 'note': visible_if refers to unknown field 'nothing'"},
        {"min_greater_than_max.json", "field 'pulse': possible range has min 300 greater than max 0"},
        {"missing_id.json", "missing_id.json: missing 'id'"},
        {"missing_version.json", "missing_version.json: missing 'version'"},
        {"unknown_property.json", "field 'note': unknown property 'requird'"},
        {"unknown_computation.json", "field 'score': unknown computation 'apgar'"},
        {"plausible_beyond_possible.json",
         "field 'pulse': the plausible range 10-400 goes beyond the possible range"},
        {"visible_if_cycle.json", "visible_if conditions form a cycle"},
        {"choice_without_options.json",
         "field 'status': a choice field needs a non-empty list of \"options\""},
        {"visible_if_not_an_option.json",
         "field 'note': visible_if value 'c' is not an option of field 'status'"},
        {"field_without_id.json", "section 'main': field 1: missing 'id'"},
        {"computed_unknown_input.json",
         "field 'bmi': input 'height' of computation 'bmi' refers to unknown field"},
        {"rule_unknown_field.json", "rule 'pulse_below': refers to unknown field 'systole'"},
        {"rule_wrong_types.json",
         "rule 'pulse_status': can compare two number fields or two datetime fields, not 'pulse'"},
    };
    const QString folder = wp::test::dataFile(QStringLiteral("forms-broken"));
    // Every fixture has its case, so a new fixture cannot go unchecked.
    CHECK(QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files).size() == qsizetype(cases.size()));
    for (const auto& c : cases) {
        const QString file = QLatin1String(c.file);
        CAPTURE(file);
        auto r = FormDefinitionParser::load(folder + QLatin1Char('/') + file);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorMessage().startsWith(file + QStringLiteral(": ")));
        CHECK(r.errorMessage().contains(QLatin1String(c.reason)));
    }

    // Loaded as a folder: every file is a problem, none is fatal, nothing is loaded.
    FormRegistry registry;
    registry.loadFolder(folder);
    CHECK(registry.forms().isEmpty());
    CHECK(registry.problems().size() == qsizetype(cases.size()));
}

TEST_CASE("An extra forms folder adds forms and new versions, a broken file there is skipped")
{
    FormRegistry registry;
    registry.reload(wp::test::dataFile(QStringLiteral("forms-extra")));
    REQUIRE(registry.problems().size() == 1);
    CHECK(QFileInfo(registry.problems().first().file).fileName() == QStringLiteral("typo.json"));
    CHECK(registry.problems().first().message.contains(
        QStringLiteral("typo.json: field 'x': unknown type 'numbr'")));
    CHECK(registry.form(QStringLiteral("pain")));
    CHECK(registry.forms().size() == shippedForms.size() + 1);
    // The newest version is the default; the old one stays readable for old records.
    REQUIRE(registry.form(QStringLiteral("nursing_note")));
    CHECK(registry.form(QStringLiteral("nursing_note"))->version == 2);
    REQUIRE(registry.form(QStringLiteral("nursing_note"), 1));
    CHECK_FALSE(registry.form(QStringLiteral("nursing_note"), 1)->field(QStringLiteral("evaluation_due")));
    CHECK_FALSE(registry.form(QStringLiteral("nursing_note"), 3));
}

TEST_CASE("The same form version twice is reported and the first one kept")
{
    wp::test::TempDir dir;
    const QByteArray copy =
        wp::test::readFile(QStringLiteral(WHITEPLAN_SOURCE_DIR "/resources/forms/nursing_note.json"));
    wp::test::writeFile(dir.file(QStringLiteral("again.json")), copy);
    FormRegistry registry;
    registry.reload(dir.path());
    REQUIRE(registry.problems().size() == 1);
    CHECK(registry.problems().first().message.contains(QStringLiteral("already defined")));
    CHECK(registry.form(QStringLiteral("nursing_note"))->sourceFile.startsWith(QLatin1Char(':')));
}

TEST_CASE("A missing extra folder is not an error unless required")
{
    FormRegistry registry;
    registry.reload(QStringLiteral("/nonexistent/forms"));
    CHECK(registry.problems().isEmpty());
    registry.loadFolder(QStringLiteral("/nonexistent/forms"), true);
    CHECK(registry.problems().size() == 1);
}

TEST_CASE("Localised text falls back to the other language")
{
    const LocalisedText both{QStringLiteral("Pulse"), QStringLiteral("Pouls")};
    CHECK(both.text(QStringLiteral("fr")) == QStringLiteral("Pouls"));
    CHECK(both.text(QStringLiteral("en")) == QStringLiteral("Pulse"));
    const LocalisedText englishOnly{QStringLiteral("Pulse"), QString()};
    CHECK(englishOnly.text(QStringLiteral("fr_FR")) == QStringLiteral("Pulse"));
}

TEST_CASE("The example in docs/forms.md is a valid form definition")
{
    const QString doc =
        QString::fromUtf8(wp::test::readFile(QStringLiteral(WHITEPLAN_SOURCE_DIR "/docs/forms.md")));
    const qsizetype start = doc.indexOf(QStringLiteral("```json\n"));
    REQUIRE(start >= 0);
    const qsizetype end = doc.indexOf(QStringLiteral("```"), start + 8);
    REQUIRE(end > start);
    auto r =
        FormDefinitionParser::parse(doc.mid(start + 8, end - start - 8).toUtf8(), QStringLiteral("forms.md"));
    INFO(r.errorMessage());
    REQUIRE(r.ok());
    CHECK(r->id == QStringLiteral("pain"));
}
