#pragma once

#include "CatalogueEntry.h"
#include "Result.h"
#include "clinical/forms/FormProblem.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace wp::orders {

/// The tests, panels, tubes and imaging exams that can be ordered: the catalogue shipped
/// under `:/whiteplan/catalogue` plus any `*.json` an administrator drops into
/// `DATA/catalogue/`. A later file may add entries or replace one by its code (a hospital
/// sets its own critical limits). A broken file is listed in problems() and skipped as a
/// whole; loading never fails, so the application always starts.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    static QString builtinFolder() { return QStringLiteral(":/whiteplan/catalogue"); }
    /// The administrator's folder of a data directory: `DATA/catalogue`.
    static QString siteFolder(const QString& dataDirectory);

    /// Forgets everything, then loads the built-in files and, if given, `extraFolder`.
    void reload(const QString& extraFolder = {});
    /// Adds every `*.json` of `folder`, sorted by name. A missing folder is not a problem.
    void loadFolder(const QString& folder);
    /// Adds one file's entries (for tests and loadFolder); a broken file adds nothing.
    void loadFile(const QString& path);

    /// "builtin:3+site.json:2": the versions of the files in use, stored with each order.
    QString version() const;

    // Pointers returned below stay valid until the next reload(), loadFolder() or loadFile().

    const LabTest* test(const QString& code) const;
    const Panel* panel(const QString& code) const;
    const ImagingExam* exam(const QString& code) const;
    const Tube* tube(const QString& code) const;
    QList<const LabTest*> tests() const; ///< sorted by English name
    QList<const Panel*> panels() const;  ///< sorted by English name
    QList<const ImagingExam*> exams() const;
    /// Panel codes replaced by their tests, test codes kept, duplicates dropped, order
    /// kept; an unknown code is an InvalidInput error naming it.
    Result<QStringList> expand(const QStringList& codes) const;

    /// The reference range for a patient (sex and age on `on`); nullopt when none applies.
    std::optional<ReferenceRange> rangeFor(const LabTest& t, clinical::Sex sex, const QDate& birthDate,
                                           const QDate& on) const;
    /// Flag of a numeric value (critical limits first, then the range). None when there is no range.
    ResultFlag flag(const LabTest& t, double value, clinical::Sex sex, const QDate& birthDate,
                    const QDate& on) const;
    /// Flag of a coded value: Critical when in criticalValues, else Normal.
    ResultFlag flag(const LabTest& t, const QString& coded) const;

    /// Checks a typed value against the test: a number for numeric tests (comma or point, at
    /// most `decimals` decimals), inside the possible range; one of the choices for coded ones;
    /// not empty for text. Returns the normalised text ("4.2", "positive") or a translated
    /// message ("Potassium: 45 mmol/L is not possible (0.5 to 15)").
    Result<QString> checkValue(const LabTest& t, const QString& typed) const;

    QList<clinical::FormProblem> problems() const { return m_problems; }

private:
    QHash<QString, LabTest> m_tests;
    QHash<QString, Panel> m_panels;
    QHash<QString, ImagingExam> m_exams;
    QHash<QString, Tube> m_tubes;
    QStringList m_versions;
    QList<clinical::FormProblem> m_problems;
};

} // namespace wp::orders
