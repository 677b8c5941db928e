#pragma once

#include "FieldDefinition.h"

namespace wp::clinical {

/// A titled group of fields; the GUI moves between sections with a shortcut.
struct FormSection
{
    QString id;
    LocalisedText title;
    QList<FieldDefinition> fields;
    bool operator==(const FormSection&) const = default;
};

} // namespace wp::clinical
