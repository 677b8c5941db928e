#pragma once

#include "FormDefinition.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace wp::clinical {

/// Reads a form definition from JSON and checks it thoroughly, because forms are added by
/// hospital staff without a developer: every problem is reported with the file name and
/// the place ("observation.json: field 'spo2': unknown type 'numbr'"), one per line of the
/// error message. The format is described in docs/forms.md.
class FormDefinitionParser
{
    Q_DECLARE_TR_FUNCTIONS(FormDefinitionParser)

public:
    /// `fileName` only labels the messages (its last path component is used).
    static Result<FormDefinition> parse(const QByteArray& json, const QString& fileName);
    /// Reads and parses a file (a Qt resource path such as `:/whiteplan/forms/x.json` works).
    static Result<FormDefinition> load(const QString& path);
};

} // namespace wp::clinical
