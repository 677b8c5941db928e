#pragma once

#include "PrintDocument.h"
#include "PrintRequest.h"
#include "patients/Patient.h"
#include "workspace/Workspace.h"

#include <memory>
#include <optional>

namespace wp::printing {

/// The one way the GUI and the CLI print: checks the Print permission, loads the data
/// into a document, renders it on a PDF file or a printer, and audits "print.<kind>".
class PrintService
{
    Q_DECLARE_TR_FUNCTIONS(PrintService)

public:
    explicit PrintService(Workspace& ws) : m_ws(ws) {}

    /// Codes `handover`, `transfer`, `labels`, `kit`, `sitrep`, `order-request`, `tube-labels`.
    static QString code(PrintKind kind);
    static std::optional<PrintKind> kindFromCode(const QString& code);
    static QString label(PrintKind kind);
    static bool needsPatient(PrintKind kind);

    /// The patient by downtime number, IPP or record id.
    Result<Patient> findPatient(const QString& number);
    /// Checks the permission and loads everything the printout shows.
    Result<std::unique_ptr<PrintDocument>> prepare(const PrintRequest& request);
    /// Renders `document` on `device` and audits it; `target` (file or printer) goes in the audit detail.
    Status print(PrintDocument& document, QPagedPaintDevice& device, const QString& target);
    /// Writes `document` as a PDF file and audits it.
    Status printToPdf(PrintDocument& document, const QString& path);

private:
    Status audit(const PrintDocument& document, const QString& target);
    Workspace& m_ws;
    QString m_subject; // ward code or patient id of the last prepared printout, for the audit
};

} // namespace wp::printing
