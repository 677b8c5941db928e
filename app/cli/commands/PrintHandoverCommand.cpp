#include "PrintHandoverCommand.h"

#include "printing/HandoverShift.h"

#include <QDateTime>

namespace wp::cli {

QString PrintHandoverCommand::summary() const
{
    return tr("Print the handover sheet of a ward for a shift.");
}

void PrintHandoverCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("ward"), tr("Ward code."), tr("CODE")});
    parser.addOption({QStringLiteral("shift"),
                      tr("morning, afternoon or night (default: the current shift)."), tr("SHIFT")});
    parser.addOption(
        {QStringLiteral("risk"), tr("Only patients at this NEWS2 risk or above: medium."), tr("LEVEL")});
    parser.addOption({QStringLiteral("patients"),
                      tr("Only these patients (downtime numbers, comma-separated)."), tr("LIST")});
}

Result<printing::PrintRequest> PrintHandoverCommand::request(const QCommandLineParser& parser) const
{
    printing::PrintRequest r;
    r.kind = kind();
    // Matched ignoring case by the sheet: a ward written "med" must stay printable.
    r.handover.wardCode = parser.value(QStringLiteral("ward")).trimmed();
    if (r.handover.wardCode.isEmpty()) {
        return Error(tr("--ward CODE is required."), Error::Code::InvalidInput);
    }
    if (parser.isSet(QStringLiteral("shift"))) {
        auto shift = printing::HandoverShift::fromCode(parser.value(QStringLiteral("shift")));
        if (!shift) {
            return Error(tr("Unknown shift \"%1\": use morning, afternoon or night.")
                             .arg(parser.value(QStringLiteral("shift"))),
                         Error::Code::InvalidInput);
        }
        r.handover.shift = *shift;
    } else {
        r.handover.shift = printing::HandoverShift::current(QDateTime::currentDateTime());
    }
    if (parser.isSet(QStringLiteral("risk"))) {
        const QString risk = parser.value(QStringLiteral("risk")).trimmed().toLower();
        if (risk != QLatin1String("medium")) {
            return Error(tr("Unknown risk \"%1\": use medium (medium or high risk patients).")
                             .arg(parser.value(QStringLiteral("risk"))),
                         Error::Code::InvalidInput);
        }
        r.handover.mediumOrHighRiskOnly = true;
    }
    for (const QString& p :
         parser.value(QStringLiteral("patients")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        r.handover.patients << p.trimmed();
    }
    return r;
}

} // namespace wp::cli
