#include "CrossFieldRule.h"

#include "FormComputation.h"
#include "FormDefinition.h"
#include "FormValidator.h"

#include <QDateTime>
#include <QLocale>

namespace wp::clinical {

namespace {

// Both values as comparable numbers (date-times as seconds), or nothing.
std::optional<double> comparable(const FieldDefinition& f, const QJsonValue& v)
{
    if (isNumeric(f.type))
        return FormComputation::number(v);
    if (f.type == FieldType::DateTime) {
        const QDateTime t = QDateTime::fromString(v.toString().trimmed(), Qt::ISODate);
        if (t.isValid())
            return static_cast<double>(t.toSecsSinceEpoch());
    }
    return std::nullopt;
}

QString shown(const FieldDefinition& f, const QJsonValue& v)
{
    if (f.type == FieldType::DateTime) {
        const QDateTime t = QDateTime::fromString(v.toString().trimmed(), Qt::ISODate);
        return QLocale().toString(t, QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    const auto n = FormComputation::number(v);
    const QString text = n ? QLocale().toString(*n, 'g', 12) : v.toVariant().toString();
    return f.unit.isEmpty() ? text : text + QLatin1Char(' ') + f.unit;
}

} // namespace

QString CrossFieldRule::key(Comparison comparison)
{
    switch (comparison) {
    case Comparison::LessThan:
        return QStringLiteral("less_than");
    case Comparison::AtMost:
        return QStringLiteral("at_most");
    case Comparison::GreaterThan:
        return QStringLiteral("greater_than");
    case Comparison::AtLeast:
        return QStringLiteral("at_least");
    }
    return {};
}

std::optional<CrossFieldRule::Comparison> CrossFieldRule::comparisonFromKey(const QString& key)
{
    for (auto c : {Comparison::LessThan, Comparison::AtMost, Comparison::GreaterThan, Comparison::AtLeast}) {
        if (CrossFieldRule::key(c) == key)
            return c;
    }
    return std::nullopt;
}

QStringList CrossFieldRule::keys()
{
    return {key(Comparison::LessThan), key(Comparison::AtMost), key(Comparison::GreaterThan),
            key(Comparison::AtLeast)};
}

std::optional<FieldIssue> CrossFieldRule::check(const FormDefinition& form, const QJsonObject& values,
                                                const FieldIssues& existing) const
{
    const auto* left = form.field(field);
    const auto* right = form.field(other);
    if (!left || !right || !form.isVisible(*left, values) || !form.isVisible(*right, values))
        return std::nullopt;
    for (const auto& issue : existing) {
        if (issue.isError() && (issue.field == field || issue.field == other))
            return std::nullopt;
    }
    const QJsonValue lv = values.value(field);
    const QJsonValue rv = values.value(other);
    if (FormValidator::isEmpty(lv) || FormValidator::isEmpty(rv))
        return std::nullopt;
    const auto a = comparable(*left, lv);
    const auto b = comparable(*right, rv);
    if (!a || !b)
        return std::nullopt;
    bool holds = true;
    QString text;
    const QString l = left->label.text();
    const QString r = right->label.text();
    switch (comparison) {
    case Comparison::LessThan:
        holds = *a < *b;
        text = tr("%1 (%2) should be lower than %3 (%4): please check both.");
        break;
    case Comparison::AtMost:
        holds = *a <= *b;
        text = tr("%1 (%2) should not be above %3 (%4): please check both.");
        break;
    case Comparison::GreaterThan:
        holds = *a > *b;
        text = tr("%1 (%2) should be above %3 (%4): please check both.");
        break;
    case Comparison::AtLeast:
        holds = *a >= *b;
        text = tr("%1 (%2) should not be below %3 (%4): please check both.");
        break;
    }
    if (holds)
        return std::nullopt;
    const QString leftValue = shown(*left, lv);
    const QString rightValue = shown(*right, rv);
    if (message.isEmpty()) {
        text = text.arg(l, leftValue, r, rightValue);
    } else {
        text = message.text();
        text.replace(QLatin1String("{value}"), leftValue);
        text.replace(QLatin1String("{other_value}"), rightValue);
    }
    return FieldIssue{field, text, severity};
}

} // namespace wp::clinical
