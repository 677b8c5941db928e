#include "FormDefinitionParser.h"

#include "FormComputation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace wp::clinical {

namespace {

constexpr int MaximumDecimals = 6;

const QRegularExpression& identifierPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re;
}

QString quoted(const QString& s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Collects every problem of one file rather than stopping at the first: an administrator
// fixing a form should see the whole list at once.
class Checker
{
public:
    explicit Checker(QString file) : m_file(std::move(file)) {}

    void problem(const QString& where, const QString& what)
    {
        m_problems.append(where.isEmpty()
                              ? m_file + QStringLiteral(": ") + what
                              : m_file + QStringLiteral(": ") + where + QStringLiteral(": ") + what);
    }
    bool ok() const { return m_problems.isEmpty(); }
    QString message() const { return m_problems.join(QLatin1Char('\n')); }

    void allowOnly(const QString& where, const QJsonObject& o, const QStringList& allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()) && it.key() != QLatin1String("comment")) {
                problem(where, FormDefinitionParser::tr("unknown property %1 (expected one of %2)")
                                   .arg(quoted(it.key()), allowed.join(QStringLiteral(", "))));
            }
        }
    }

    std::optional<QString> requiredString(const QString& where, const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            problem(where, FormDefinitionParser::tr("missing %1").arg(quoted(key)));
            return std::nullopt;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            problem(where, FormDefinitionParser::tr("%1 should be a non-empty string, not %2")
                               .arg(quoted(key), typeName(v)));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<QString> identifier(const QString& where, const QJsonObject& o)
    {
        auto id = requiredString(where, o, QStringLiteral("id"));
        if (id && !identifierPattern().match(*id).hasMatch()) {
            problem(where,
                    FormDefinitionParser::tr(
                        "id %1 should use only lower-case letters, digits and _ and start with a letter")
                        .arg(quoted(*id)));
            return std::nullopt;
        }
        return id;
    }

    LocalisedText localised(const QString& where, const QJsonObject& o, const QString& key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(where, FormDefinitionParser::tr("missing %1").arg(quoted(key)));
            return {};
        }
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return {v.toString(), v.toString()};
        if (!v.isObject()) {
            problem(where, FormDefinitionParser::tr(
                               "%1 should be a text or an object {\"en\": ..., \"fr\": ...}, not %2")
                               .arg(quoted(key), typeName(v)));
            return {};
        }
        const QJsonObject t = v.toObject();
        const QString inner = where.isEmpty() ? key : where + QStringLiteral(": ") + key;
        allowOnly(inner, t, {QStringLiteral("en"), QStringLiteral("fr")});
        LocalisedText out;
        for (const char* language : {"en", "fr"}) {
            const QJsonValue text = t.value(QLatin1String(language));
            if (!text.isUndefined() && !text.isString())
                problem(inner, FormDefinitionParser::tr("%1 should be a text, not %2")
                                   .arg(quoted(QLatin1String(language)), typeName(text)));
        }
        out.en = t.value(QStringLiteral("en")).toString();
        out.fr = t.value(QStringLiteral("fr")).toString();
        if (out.en.trimmed().isEmpty() && out.fr.trimmed().isEmpty())
            problem(where, FormDefinitionParser::tr("%1 needs an English or French text").arg(quoted(key)));
        return out;
    }

    std::optional<NumericRange> range(const QString& where, const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            problem(where,
                    FormDefinitionParser::tr("%1 should be an object {\"min\": ..., \"max\": ...}, not %2")
                        .arg(quoted(key), typeName(v)));
            return std::nullopt;
        }
        const QJsonObject r = v.toObject();
        allowOnly(where + QStringLiteral(": ") + key, r, {QStringLiteral("min"), QStringLiteral("max")});
        const QJsonValue min = r.value(QStringLiteral("min"));
        const QJsonValue max = r.value(QStringLiteral("max"));
        if (!min.isDouble() || !max.isDouble()) {
            problem(where, FormDefinitionParser::tr("%1 needs numbers \"min\" and \"max\"").arg(quoted(key)));
            return std::nullopt;
        }
        if (min.toDouble() > max.toDouble()) {
            problem(where, FormDefinitionParser::tr("%1 range has min %2 greater than max %3")
                               .arg(key)
                               .arg(min.toDouble())
                               .arg(max.toDouble()));
            return std::nullopt;
        }
        return NumericRange{min.toDouble(), max.toDouble()};
    }

private:
    QString m_file;
    QStringList m_problems;
};

QStringList keysFor(FieldType type)
{
    QStringList keys{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label"),
                     QStringLiteral("help"), QStringLiteral("visible_if")};
    if (type != FieldType::Computed)
        keys << QStringLiteral("required");
    switch (type) {
    case FieldType::Text:
    case FieldType::Multiline:
        keys << QStringLiteral("max_length");
        break;
    case FieldType::Decimal:
        keys << QStringLiteral("decimals");
        [[fallthrough]];
    case FieldType::Integer:
        keys << QStringLiteral("unit") << QStringLiteral("plausible") << QStringLiteral("possible");
        break;
    case FieldType::Choice:
    case FieldType::MultiChoice:
        keys << QStringLiteral("options");
        break;
    case FieldType::Computed:
        keys << QStringLiteral("computation") << QStringLiteral("inputs") << QStringLiteral("unit");
        break;
    case FieldType::DateTime:
    case FieldType::YesNo:
        break;
    }
    return keys;
}

void parseOptions(Checker& c, const QString& where, const QJsonObject& o, FieldDefinition& f)
{
    const QJsonValue v = o.value(QStringLiteral("options"));
    if (!v.isArray() || v.toArray().isEmpty()) {
        c.problem(
            where,
            FormDefinitionParser::tr("a %1 field needs a non-empty list of \"options\"").arg(code(f.type)));
        return;
    }
    QSet<QString> seen;
    int n = 0;
    for (const auto& item : v.toArray()) {
        ++n;
        const QString optionWhere = where + FormDefinitionParser::tr(": option %1").arg(n);
        if (!item.isObject()) {
            c.problem(optionWhere,
                      FormDefinitionParser::tr("should be an object {\"value\": ..., \"label\": ...}, not %1")
                          .arg(typeName(item)));
            continue;
        }
        const QJsonObject opt = item.toObject();
        c.allowOnly(optionWhere, opt, {QStringLiteral("value"), QStringLiteral("label")});
        const auto value = c.requiredString(optionWhere, opt, QStringLiteral("value"));
        const LocalisedText label = c.localised(optionWhere, opt, QStringLiteral("label"), true);
        if (!value)
            continue;
        if (seen.contains(*value)) {
            c.problem(where, FormDefinitionParser::tr("option value %1 appears twice").arg(quoted(*value)));
            continue;
        }
        seen.insert(*value);
        f.options.append({*value, label});
    }
}

void parseComputation(Checker& c, const QString& where, const QJsonObject& o, FieldDefinition& f)
{
    const auto name = c.requiredString(where, o, QStringLiteral("computation"));
    if (!name)
        return;
    if (!FormComputation::isKnown(*name)) {
        c.problem(where, FormDefinitionParser::tr("unknown computation %1 (expected one of %2)")
                             .arg(quoted(*name), FormComputation::names().join(QStringLiteral(", "))));
        return;
    }
    f.computation = *name;
    const QJsonValue inputsValue = o.value(QStringLiteral("inputs"));
    if (!inputsValue.isUndefined() && !inputsValue.isObject()) {
        c.problem(where, FormDefinitionParser::tr(
                             "\"inputs\" should be an object mapping roles to field ids, not %1")
                             .arg(typeName(inputsValue)));
        return;
    }
    const QJsonObject inputs = inputsValue.toObject();
    QStringList roleNames;
    for (const auto& role : FormComputation::roles(*name))
        roleNames << role.name;
    c.allowOnly(where + QStringLiteral(": inputs"), inputs, roleNames);
    for (const auto& role : FormComputation::roles(*name)) {
        const QJsonValue v = inputs.value(role.name);
        QStringList ids;
        if (v.isUndefined()) {
            if (role.defaultField.isEmpty()) {
                c.problem(where, FormDefinitionParser::tr("computation %1 needs the input %2")
                                     .arg(quoted(*name), quoted(role.name)));
                continue;
            }
            ids << role.defaultField;
        } else if (v.isString() && !role.list) {
            ids << v.toString();
        } else if (v.isArray() && role.list) {
            for (const auto& id : v.toArray())
                ids << id.toString();
        } else {
            c.problem(where, FormDefinitionParser::tr("input %1 should be %2, not %3")
                                 .arg(quoted(role.name),
                                      role.list ? FormDefinitionParser::tr("a list of field ids")
                                                : FormDefinitionParser::tr("a field id"),
                                      typeName(v)));
            continue;
        }
        f.inputs.insert(role.name, ids);
    }
}

FieldDefinition parseField(Checker& c, const QString& sectionWhere, int index, const QJsonValue& value)
{
    FieldDefinition f;
    QString where = sectionWhere + FormDefinitionParser::tr(": field %1").arg(index);
    if (!value.isObject()) {
        c.problem(where, FormDefinitionParser::tr("should be an object, not %1").arg(typeName(value)));
        return f;
    }
    const QJsonObject o = value.toObject();
    if (auto id = c.identifier(where, o)) {
        f.id = *id;
        where = FormDefinitionParser::tr("field %1").arg(quoted(f.id));
    }
    const QJsonValue typeValue = o.value(QStringLiteral("type"));
    const auto type = fieldTypeFromCode(typeValue.toString());
    if (typeValue.isUndefined()) {
        c.problem(where, FormDefinitionParser::tr("missing 'type'"));
        return f;
    }
    if (!type) {
        QStringList all;
        for (auto t : {FieldType::Text, FieldType::Multiline, FieldType::Integer, FieldType::Decimal,
                       FieldType::DateTime, FieldType::Choice, FieldType::MultiChoice, FieldType::YesNo,
                       FieldType::Computed})
            all << code(t);
        c.problem(where, FormDefinitionParser::tr("unknown type %1 (expected one of %2)")
                             .arg(quoted(typeValue.isString() ? typeValue.toString() : typeName(typeValue)),
                                  all.join(QStringLiteral(", "))));
        return f;
    }
    f.type = *type;
    c.allowOnly(where, o, keysFor(f.type));
    f.label = c.localised(where, o, QStringLiteral("label"), true);
    f.help = c.localised(where, o, QStringLiteral("help"), false);

    const QJsonValue required = o.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool())
        c.problem(
            where,
            FormDefinitionParser::tr("'required' should be true or false, not %1").arg(typeName(required)));
    f.required = required.toBool(false);

    const QJsonValue unit = o.value(QStringLiteral("unit"));
    if (!unit.isUndefined() && !unit.isString())
        c.problem(where, FormDefinitionParser::tr("'unit' should be a text, not %1").arg(typeName(unit)));
    f.unit = unit.toString();

    if (isNumeric(f.type)) {
        f.possible = c.range(where, o, QStringLiteral("possible"));
        f.plausible = c.range(where, o, QStringLiteral("plausible"));
        if (f.possible && f.plausible && !f.possible->contains(*f.plausible)) {
            c.problem(where, FormDefinitionParser::tr(
                                 "the plausible range %1-%2 goes beyond the possible range %3-%4")
                                 .arg(f.plausible->min)
                                 .arg(f.plausible->max)
                                 .arg(f.possible->min)
                                 .arg(f.possible->max));
        }
    }
    if (f.type == FieldType::Decimal) {
        const QJsonValue d = o.value(QStringLiteral("decimals"));
        f.decimals = 1;
        if (!d.isUndefined()) {
            if (!d.isDouble() || d.toDouble() != std::floor(d.toDouble()) || d.toInt() < 0 ||
                d.toInt() > MaximumDecimals)
                c.problem(where, FormDefinitionParser::tr("'decimals' should be a whole number from 0 to %1")
                                     .arg(MaximumDecimals));
            else
                f.decimals = d.toInt();
        }
    }
    if (f.type == FieldType::Text || f.type == FieldType::Multiline) {
        const QJsonValue m = o.value(QStringLiteral("max_length"));
        if (!m.isUndefined()) {
            if (!m.isDouble() || m.toInt() < 1)
                c.problem(where, FormDefinitionParser::tr("'max_length' should be a positive whole number"));
            else
                f.maxLength = m.toInt();
        }
    }
    if (f.type == FieldType::Choice || f.type == FieldType::MultiChoice)
        parseOptions(c, where, o, f);
    if (f.type == FieldType::Computed)
        parseComputation(c, where, o, f);

    const QJsonValue vis = o.value(QStringLiteral("visible_if"));
    if (!vis.isUndefined()) {
        if (!vis.isObject()) {
            c.problem(where, FormDefinitionParser::tr(
                                 "'visible_if' should be an object {\"field\": ..., \"equals\": ...}, not %1")
                                 .arg(typeName(vis)));
        } else {
            const QJsonObject v = vis.toObject();
            const QString visWhere = where + QStringLiteral(": visible_if");
            c.allowOnly(visWhere, v,
                        {QStringLiteral("field"), QStringLiteral("equals"), QStringLiteral("in")});
            const auto controller = c.requiredString(visWhere, v, QStringLiteral("field"));
            const bool hasEquals = v.contains(QStringLiteral("equals"));
            const bool hasIn = v.contains(QStringLiteral("in"));
            if (hasEquals == hasIn) {
                c.problem(visWhere,
                          FormDefinitionParser::tr(
                              "needs exactly one of \"equals\" (a value) or \"in\" (a list of values)"));
            } else if (hasIn && (!v.value(QStringLiteral("in")).isArray() ||
                                 v.value(QStringLiteral("in")).toArray().isEmpty())) {
                c.problem(visWhere, FormDefinitionParser::tr("\"in\" should be a non-empty list of values"));
            } else if (controller) {
                VisibilityCondition cond;
                cond.field = *controller;
                cond.values = hasIn ? v.value(QStringLiteral("in")).toArray()
                                    : QJsonArray{v.value(QStringLiteral("equals"))};
                f.visibleIf = cond;
            }
        }
    }
    return f;
}

// Checks that need the whole form: references to other fields, and cycles.
void checkReferences(Checker& c, const FormDefinition& form)
{
    for (const auto* f : form.fields()) {
        const QString where = FormDefinitionParser::tr("field %1").arg(quoted(f->id));
        if (f->visibleIf) {
            const auto* controller = form.field(f->visibleIf->field);
            if (!controller) {
                c.problem(where, FormDefinitionParser::tr("visible_if refers to unknown field %1")
                                     .arg(quoted(f->visibleIf->field)));
            } else if (controller == f) {
                c.problem(where, FormDefinitionParser::tr("visible_if refers to the field itself"));
            } else {
                for (const auto& expected : f->visibleIf->values) {
                    const bool choice =
                        controller->type == FieldType::Choice || controller->type == FieldType::MultiChoice;
                    if (choice && !controller->option(expected.toString())) {
                        c.problem(where,
                                  FormDefinitionParser::tr("visible_if value %1 is not an option of field %2")
                                      .arg(quoted(expected.toVariant().toString()), quoted(controller->id)));
                    } else if (controller->type == FieldType::YesNo && !expected.isBool()) {
                        c.problem(where,
                                  FormDefinitionParser::tr(
                                      "visible_if on yes/no field %1 should compare with true or false")
                                      .arg(quoted(controller->id)));
                    } else if (controller->type == FieldType::Computed) {
                        c.problem(where, FormDefinitionParser::tr(
                                             "visible_if cannot depend on the computed field %1")
                                             .arg(quoted(controller->id)));
                    }
                }
                // Follow the chain of conditions: it must end.
                QSet<const FieldDefinition*> seen{f};
                for (const auto* next = controller; next && next->visibleIf;
                     next = form.field(next->visibleIf->field)) {
                    if (seen.contains(next)) {
                        c.problem(where, FormDefinitionParser::tr("visible_if conditions form a cycle"));
                        break;
                    }
                    seen.insert(next);
                }
            }
        }
        if (f->type == FieldType::Computed) {
            const auto roles = FormComputation::roles(f->computation);
            for (const auto& role : roles) {
                for (const QString& id : f->inputs.value(role.name)) {
                    const auto* input = form.field(id);
                    if (!input) {
                        c.problem(where, FormDefinitionParser::tr(
                                             "input %1 of computation %2 refers to unknown field %3")
                                             .arg(quoted(role.name), quoted(f->computation), quoted(id)));
                    } else if (role.numeric && !isNumeric(input->type)) {
                        c.problem(where, FormDefinitionParser::tr(
                                             "input %1 should be a number field, but %2 is of type %3")
                                             .arg(quoted(role.name), quoted(id), code(input->type)));
                    }
                }
            }
        }
    }
}

// `"rules"`: comparisons between two fields of the form, checked once every field is known.
void parseRules(Checker& c, const QJsonValue& value, FormDefinition& form)
{
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        c.problem(QString(),
                  FormDefinitionParser::tr("'rules' should be a list, not %1").arg(typeName(value)));
        return;
    }
    QSet<QString> ids;
    int n = 0;
    for (const auto& item : value.toArray()) {
        QString where = FormDefinitionParser::tr("rule %1").arg(++n);
        if (!item.isObject()) {
            c.problem(where, FormDefinitionParser::tr("should be an object, not %1").arg(typeName(item)));
            continue;
        }
        const QJsonObject o = item.toObject();
        QStringList allowed{QStringLiteral("id"), QStringLiteral("field"), QStringLiteral("severity"),
                            QStringLiteral("message")};
        allowed << CrossFieldRule::keys();
        CrossFieldRule rule;
        if (auto id = c.identifier(where, o)) {
            rule.id = *id;
            where = FormDefinitionParser::tr("rule %1").arg(quoted(rule.id));
            if (ids.contains(rule.id))
                c.problem(where, FormDefinitionParser::tr("duplicate rule id"));
            ids.insert(rule.id);
        }
        c.allowOnly(where, o, allowed);
        const auto field = c.requiredString(where, o, QStringLiteral("field"));
        QStringList comparisons;
        for (const QString& key : CrossFieldRule::keys()) {
            if (o.contains(key))
                comparisons << key;
        }
        if (comparisons.size() != 1) {
            c.problem(where, FormDefinitionParser::tr("needs exactly one comparison among %1")
                                 .arg(CrossFieldRule::keys().join(QStringLiteral(", "))));
            continue;
        }
        rule.comparison = *CrossFieldRule::comparisonFromKey(comparisons.first());
        const auto other = c.requiredString(where, o, comparisons.first());
        const QJsonValue severity = o.value(QStringLiteral("severity"));
        if (severity == QJsonValue(QStringLiteral("warning")))
            rule.severity = FieldIssue::Severity::Warning;
        else if (!severity.isUndefined() && severity != QJsonValue(QStringLiteral("error")))
            c.problem(where, FormDefinitionParser::tr("'severity' should be \"error\" or \"warning\""));
        rule.message = c.localised(where, o, QStringLiteral("message"), false);
        if (!field || !other)
            continue;
        rule.field = *field;
        rule.other = *other;
        const auto* left = form.field(rule.field);
        const auto* right = form.field(rule.other);
        for (const auto& [id, f] : {std::pair{rule.field, left}, std::pair{rule.other, right}}) {
            if (!f)
                c.problem(where, FormDefinitionParser::tr("refers to unknown field %1").arg(quoted(id)));
        }
        if (!left || !right)
            continue;
        if (left == right) {
            c.problem(where,
                      FormDefinitionParser::tr("compares the field %1 with itself").arg(quoted(rule.field)));
            continue;
        }
        const bool numbers = isNumeric(left->type) && isNumeric(right->type);
        const bool times = left->type == FieldType::DateTime && right->type == FieldType::DateTime;
        if (!numbers && !times) {
            c.problem(where,
                      FormDefinitionParser::tr("can compare two number fields or two datetime fields, "
                                               "not %1 (%2) with %3 (%4)")
                          .arg(quoted(left->id), code(left->type), quoted(right->id), code(right->type)));
            continue;
        }
        form.rules.append(rule);
    }
}

QString jsonPosition(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return FormDefinitionParser::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<FormDefinition> FormDefinitionParser::parse(const QByteArray& json, const QString& fileName)
{
    const QString file = QFileInfo(fileName).fileName();
    Checker c(file);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        c.problem(QString(),
                  tr("not valid JSON at %1: %2").arg(jsonPosition(json, error.offset), error.errorString()));
        return makeError(c.message(), Error::Code::Corrupt);
    }
    if (!doc.isObject()) {
        c.problem(QString(), tr("the file should contain one JSON object"));
        return makeError(c.message(), Error::Code::Corrupt);
    }
    const QJsonObject root = doc.object();
    FormDefinition form;
    form.sourceFile = fileName;
    c.allowOnly(QString(), root,
                {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                 QStringLiteral("description"), QStringLiteral("sections"), QStringLiteral("rules")});
    if (auto id = c.identifier(QString(), root))
        form.id = *id;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        c.problem(QString(), tr("missing 'version'"));
    else if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
             version.toInt() < 1)
        c.problem(
            QString(),
            tr("'version' should be a whole number from 1, not %1").arg(version.toVariant().toString()));
    else
        form.version = version.toInt();
    form.title = c.localised(QString(), root, QStringLiteral("title"), true);
    form.description = c.localised(QString(), root, QStringLiteral("description"), false);

    const QJsonValue sections = root.value(QStringLiteral("sections"));
    if (!sections.isArray() || sections.toArray().isEmpty()) {
        c.problem(QString(), tr("'sections' should be a non-empty list"));
        return makeError(c.message(), Error::Code::InvalidInput);
    }
    QSet<QString> sectionIds;
    QHash<QString, QString> fieldSections;
    int sectionIndex = 0;
    for (const auto& sv : sections.toArray()) {
        ++sectionIndex;
        QString where = tr("section %1").arg(sectionIndex);
        if (!sv.isObject()) {
            c.problem(where, tr("should be an object, not %1").arg(typeName(sv)));
            continue;
        }
        const QJsonObject so = sv.toObject();
        c.allowOnly(where, so, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("fields")});
        FormSection section;
        if (auto id = c.identifier(where, so)) {
            section.id = *id;
            where = tr("section %1").arg(quoted(section.id));
            if (sectionIds.contains(section.id))
                c.problem(where, tr("duplicate section id"));
            sectionIds.insert(section.id);
        }
        section.title = c.localised(where, so, QStringLiteral("title"), true);
        const QJsonValue fields = so.value(QStringLiteral("fields"));
        if (!fields.isArray() || fields.toArray().isEmpty()) {
            c.problem(where, tr("'fields' should be a non-empty list"));
            continue;
        }
        int fieldIndex = 0;
        for (const auto& fv : fields.toArray()) {
            FieldDefinition f = parseField(c, where, ++fieldIndex, fv);
            if (f.id.isEmpty())
                continue;
            if (fieldSections.contains(f.id)) {
                c.problem(
                    tr("field %1").arg(quoted(f.id)),
                    tr("duplicate field id (already in section %1)").arg(quoted(fieldSections.value(f.id))));
                continue;
            }
            fieldSections.insert(f.id, section.id);
            section.fields.append(std::move(f));
        }
        form.sections.append(std::move(section));
    }
    checkReferences(c, form);
    parseRules(c, root.value(QStringLiteral("rules")), form);
    if (!c.ok())
        return makeError(c.message(), Error::Code::InvalidInput);
    return form;
}

Result<FormDefinition> FormDefinitionParser::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(tr("%1: cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                         Error::Code::Io);
    }
    return parse(file.readAll(), path);
}

} // namespace wp::clinical
