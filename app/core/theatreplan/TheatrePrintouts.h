#pragma once

#include "Result.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace wp::theatre {

/// The theatre manager's printouts written from the stored schedule without the GUI (the
/// CLI's `theatre print`): checks the Print permission, writes the PDF with TheatreDocuments
/// and audits "print.theatre-<code>" like every other printout.
class TheatrePrintouts
{
    Q_DECLARE_TR_FUNCTIONS(TheatrePrintouts)

public:
    enum class Kind { DayList, Letters, CallList };

    explicit TheatrePrintouts(Workspace& ws) : m_ws(ws) {}

    /// "daylist", "letters", "calllist": the words the CLI takes.
    static QString code(Kind kind);
    static std::optional<Kind> kindFromCode(const QString& code);

    /// Writes the printout to `path` (`day` for the day list: refused when no session is
    /// that day). Audited with `target` (the file, or the printer it is meant for) unless
    /// `audit` is false, for a caller that audits once the printer has it.
    Status writePdf(Kind kind, const QString& path, const QDate& day, bool audit = true);
    Status audit(Kind kind, const QString& target, const QDate& day);

private:
    Workspace& m_ws;
};

} // namespace wp::theatre
