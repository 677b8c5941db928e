#include "PrintTargetOptions.h"

#include <QPrinterInfo>

namespace wp::cli {

PrintTargetOptions::PrintTargetOptions()
    : m_out(QStringLiteral("out"), tr("Write the printout to this PDF file."), tr("FILE.pdf")),
      m_printer(QStringLiteral("printer"), tr("Print on this printer (as listed by lpstat -p)."), tr("NAME"))
{}

void PrintTargetOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_out, m_printer});
}

Result<PrintTargetOptions::Target> PrintTargetOptions::read(const QCommandLineParser& parser) const
{
    const Target target{parser.value(m_out), parser.value(m_printer)};
    if (target.pdf.isEmpty() == target.printer.isEmpty()) {
        return Error(tr("Say where to print: --out FILE.pdf or --printer NAME (one of them)."),
                     Error::Code::InvalidInput);
    }
    if (!target.printer.isEmpty()) {
        const QStringList names = QPrinterInfo::availablePrinterNames();
        if (!names.contains(target.printer)) {
            return Error(
                tr("No printer \"%1\" (printers: %2).")
                    .arg(target.printer, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))),
                Error::Code::InvalidInput);
        }
    }
    return target;
}

} // namespace wp::cli
