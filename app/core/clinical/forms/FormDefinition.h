#pragma once

#include "CrossFieldRule.h"
#include "FormSection.h"

#include <QJsonObject>

namespace wp::clinical {

/// Values of one form entry: field id -> JSON value (see FormValidator for the types).
using FormValues = QJsonObject;

/// A versioned form, UI-free. Saved records keep (id, version) so that a record is always
/// read with the definition it was written with. Built by FormDefinitionParser.
struct FormDefinition
{
    QString id;
    int version = 0;
    LocalisedText title;
    LocalisedText description;
    QList<FormSection> sections;
    /// Rules between fields (diastolic below systolic), checked after each field on its own.
    QList<CrossFieldRule> rules;
    QString sourceFile; ///< where it was loaded from, for messages

    /// The field with this id, or nullptr.
    const FieldDefinition* field(const QString& fieldId) const;
    /// All fields in display order.
    QList<const FieldDefinition*> fields() const;
    QStringList fieldIds() const;
    /// Whether a field is shown for these values: its condition holds and, recursively,
    /// the field it depends on is shown too.
    bool isVisible(const FieldDefinition& field, const FormValues& values) const;
    bool isVisible(const QString& fieldId, const FormValues& values) const;
};

} // namespace wp::clinical
