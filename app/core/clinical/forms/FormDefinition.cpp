#include "FormDefinition.h"

namespace wp::clinical {

const FieldDefinition* FormDefinition::field(const QString& fieldId) const
{
    for (const auto& s : sections) {
        for (const auto& f : s.fields) {
            if (f.id == fieldId)
                return &f;
        }
    }
    return nullptr;
}

QList<const FieldDefinition*> FormDefinition::fields() const
{
    QList<const FieldDefinition*> out;
    for (const auto& s : sections) {
        for (const auto& f : s.fields)
            out.append(&f);
    }
    return out;
}

QStringList FormDefinition::fieldIds() const
{
    QStringList out;
    for (const auto* f : fields())
        out.append(f->id);
    return out;
}

bool FormDefinition::isVisible(const FieldDefinition& f, const FormValues& values) const
{
    // The parser refuses cycles; the depth bound only guards definitions built by hand.
    const FieldDefinition* current = &f;
    for (int depth = 0; current && current->visibleIf && depth < 64; ++depth) {
        if (!current->visibleIf->holds(values))
            return false;
        current = field(current->visibleIf->field);
    }
    return true;
}

bool FormDefinition::isVisible(const QString& fieldId, const FormValues& values) const
{
    const auto* f = field(fieldId);
    return f && isVisible(*f, values);
}

} // namespace wp::clinical
