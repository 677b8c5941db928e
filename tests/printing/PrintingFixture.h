#pragma once

#include "TestSupport.h"
#include "patients/PatientService.h"

#include <QPdfDocument>

namespace wp::test {

/// A workspace with the MED ward of initialisedWorkspace() filled with patients whose
/// data exercise every part of the printouts, and helpers to read a PDF back.
class PrintingFixture
{
public:
    PrintingFixture();

    Workspace& ws() { return *m_ws; }
    ManualClock& clock() { return m_clock; }
    TempDir& dir() { return m_dir; }

    /// Registers and admits a patient; `severity` 0 stable, 1 medium risk, 2 high risk
    /// (two observation sets, the latest with that severity).
    Patient addPatient(const QString& ward, const QString& bed, const QString& birthName,
                       const QString& firstNames, int severity,
                       const QString& allergies = QStringLiteral("none"));
    /// Admission form, prescription, task and transfer form for `p`.
    void addFullRecord(const Patient& p);
    /// A ward `code` with `beds` beds, every bed occupied, several days of observations.
    void fillWard(const QString& code, int beds, int days = 3);

    Patient jeanne; ///< MED 1, high risk, allergic to penicillin, full record
    Patient marc;   ///< MED 2, stable
    Patient lea;    ///< MED 3, medium risk

private:
    TempDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_ws;
};

/// Loads `path`, failing the test when it is not a readable PDF.
void loadPdf(QPdfDocument& doc, const QString& path);
/// Page text with runs of spaces collapsed.
QString pageText(QPdfDocument& doc, int page);

} // namespace wp::test
