#include "FormValidator.h"

#include "FormComputation.h"
#include "foundation/NumberText.h"
#include "foundation/QuotedText.h"
#include "foundation/TextRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace wp::clinical {

namespace {

QString number(double v)
{
    return QLocale().toString(v, 'g', 12);
}

QString withUnit(double v, const FieldDefinition& f)
{
    return f.unit.isEmpty() ? number(v) : number(v) + QLatin1Char(' ') + f.unit;
}

} // namespace

int FormValidator::maxLength(const FieldDefinition& field)
{
    if (field.maxLength > 0) {
        return field.maxLength;
    }
    return field.type == FieldType::Multiline ? TextRules::FreeTextLength : TextRules::LineLength;
}

bool FormValidation::hasWarnings() const
{
    for (const auto& i : issues) {
        if (!i.isError())
            return true;
    }
    return false;
}

FieldIssues FormValidation::issuesFor(const QString& fieldId) const
{
    FieldIssues out;
    for (const auto& i : issues) {
        if (i.field == fieldId)
            out.append(i);
    }
    return out;
}

bool FormValidator::isEmpty(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty());
}

FormValidation FormValidator::validate(const FormDefinition& form, const FormValues& values)
{
    FormValidation result;
    auto error = [&result](const QString& field, const QString& message) {
        result.issues.append({field, message, FieldIssue::Severity::Error});
    };
    auto warning = [&result](const QString& field, const QString& message) {
        result.issues.append({field, message, FieldIssue::Severity::Warning});
    };

    // A key that matches no field is refused rather than silently dropped: it is a typo
    // or a value meant for another form.
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!form.field(it.key()))
            error(it.key(),
                  tr("There is no field %1 in the form '%2'.").arg(QuotedText::quote(it.key()), form.id));
    }

    for (const FieldDefinition* f : form.fields()) {
        if (!form.isVisible(*f, values))
            continue;
        const QString label = f->label.text();
        if (f->type == FieldType::Computed) {
            result.computed.insert(f->id, FormComputation::evaluate(*f, values));
            continue;
        }
        const QJsonValue v = values.value(f->id);
        if (isEmpty(v)) {
            if (f->required)
                error(f->id, tr("%1 is required.").arg(label));
            continue;
        }
        switch (f->type) {
        case FieldType::Text:
        case FieldType::Multiline:
            if (!v.isString()) {
                error(f->id, tr("%1 should be a text.").arg(label));
            } else if (auto p = TextRules::check(v.toString(), maxLength(*f),
                                                 f->type == FieldType::Multiline ? TextRules::Lines::Many
                                                                                 : TextRules::Lines::One)) {
                error(f->id, TextRules::sentence(label, *p));
            }
            break;
        case FieldType::Integer:
        case FieldType::Decimal: {
            // Text goes through the one strict parser (nothing wraps, no "1e400" or "nan");
            // a JSON number is already a double, finite by JSON's own rules.
            std::optional<double> n;
            if (v.isDouble() && std::isfinite(v.toDouble())) {
                n = v.toDouble();
            } else if (v.isString() && f->type == FieldType::Integer) {
                if (auto i = NumberText::integer(v.toString())) {
                    n = static_cast<double>(*i);
                } else {
                    error(f->id, tr("%1 should be %2.").arg(label, i.errorMessage()));
                    break;
                }
            } else if (v.isString()) {
                if (auto d = NumberText::decimal(v.toString())) {
                    n = *d;
                } else {
                    error(f->id, tr("%1 should be %2.").arg(label, d.errorMessage()));
                    break;
                }
            }
            if (!n) {
                error(f->id, tr("%1 should be a number, not %2.")
                                 .arg(label, QuotedText::quote(v.toVariant().toString())));
                break;
            }
            if (f->type == FieldType::Integer && *n != std::floor(*n)) {
                error(f->id, tr("%1 should be a whole number, not %2.").arg(label, number(*n)));
                break;
            }
            if (f->type == FieldType::Decimal) {
                const double scaled = *n * std::pow(10.0, f->decimals);
                if (std::abs(scaled - std::round(scaled)) > 1e-6) {
                    error(f->id, tr("%1 takes at most %n decimal(s), not %2.", nullptr, f->decimals)
                                     .arg(label, number(*n)));
                    break;
                }
            }
            if (f->possible && !f->possible->contains(*n)) {
                error(f->id, tr("%1 of %2 is not possible: it must be between %3 and %4.")
                                 .arg(label, withUnit(*n, *f), number(f->possible->min),
                                      withUnit(f->possible->max, *f)));
            } else if (f->plausible && !f->plausible->contains(*n)) {
                warning(f->id, tr("%1 of %2 is unusual (usually %3 to %4): please check it.")
                                   .arg(label, withUnit(*n, *f), number(f->plausible->min),
                                        withUnit(f->plausible->max, *f)));
            }
            break;
        }
        case FieldType::DateTime: {
            // The contract's local date-time, minutes or seconds: not a bare date, no zone.
            static const QRegularExpression format(
                QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$"));
            const QString text = v.toString().trimmed();
            if (!v.isString() || !format.match(text).hasMatch() ||
                !QDateTime::fromString(text, Qt::ISODate).isValid())
                error(f->id, tr("%1 should be a date and time like 2026-11-28T14:30, not %2.")
                                 .arg(label, QuotedText::quote(v.toVariant().toString())));
            break;
        }
        case FieldType::Choice:
            if (!v.isString() || !f->option(v.toString()))
                error(f->id, tr("%1 is not one of the choices of %2.")
                                 .arg(QuotedText::quote(v.toVariant().toString()), label));
            break;
        case FieldType::MultiChoice: {
            if (!v.isArray()) {
                error(f->id, tr("%1 should be a list of choices.").arg(label));
                break;
            }
            QStringList seen;
            for (const auto& item : v.toArray()) {
                const QString s = item.toString();
                if (!item.isString() || !f->option(s))
                    error(f->id, tr("%1 is not one of the choices of %2.")
                                     .arg(QuotedText::quote(item.toVariant().toString()), label));
                else if (seen.contains(s))
                    error(f->id, tr("%1 is chosen twice in %2.").arg(QuotedText::quote(s), label));
                seen.append(s);
            }
            break;
        }
        case FieldType::YesNo:
            if (!v.isBool())
                error(f->id, tr("%1 should be yes or no.").arg(label));
            break;
        case FieldType::Computed:
            break;
        }
    }
    for (const auto& rule : form.rules) {
        if (auto issue = rule.check(form, values, result.issues))
            result.issues.append(*issue);
    }
    return result;
}

FormValues FormValidator::visibleValues(const FormDefinition& form, const FormValues& values)
{
    FormValues out;
    for (const FieldDefinition* f : form.fields()) {
        if (f->type == FieldType::Computed || !form.isVisible(*f, values))
            continue;
        const QJsonValue v = values.value(f->id);
        if (!isEmpty(v))
            out.insert(f->id, v);
    }
    return out;
}

} // namespace wp::clinical
