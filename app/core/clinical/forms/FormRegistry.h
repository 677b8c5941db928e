#pragma once

#include "FormDefinition.h"
#include "FormProblem.h"

#include <QCoreApplication>
#include <QList>

namespace wp::clinical {

/// All the form definitions available: the ones shipped (embedded under
/// `:/whiteplan/forms`) plus any `*.json` dropped into an extra folder. A broken file is
/// recorded in problems() and skipped; loading never fails as a whole, so the application
/// always starts. Several versions of a form may coexist (old records keep theirs).
class FormRegistry
{
    Q_DECLARE_TR_FUNCTIONS(FormRegistry)

public:
    static QString builtinFolder() { return QStringLiteral(":/whiteplan/forms"); }

    /// Forgets everything, then loads the built-in forms and, if given, `extraFolder`.
    void reload(const QString& extraFolder = {});
    /// Adds every `*.json` of `folder` (sorted by name). A missing folder is a problem
    /// only when `mustExist` is set.
    void loadFolder(const QString& folder, bool mustExist = false);

    // Pointers returned below stay valid until the next reload() or loadFolder().

    /// Latest version of each form, sorted by id.
    QList<const FormDefinition*> forms() const;
    /// Latest version of a form, or nullptr.
    const FormDefinition* form(const QString& id) const;
    /// A given version, or nullptr.
    const FormDefinition* form(const QString& id, int version) const;
    QList<FormProblem> problems() const { return m_problems; }

private:
    QList<FormDefinition> m_forms;
    QList<FormProblem> m_problems;
};

} // namespace wp::clinical
