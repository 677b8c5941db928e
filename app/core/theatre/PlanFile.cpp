#include "PlanFile.h"

#include "InstanceReader.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "foundation/QuotedText.h"
#include "foundation/TextRules.h"

#include "foundation/OutputFile.h"
#include <QFile>

namespace wp::theatre {

QString PlanFile::formatTime(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Result<Plan> PlanFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(tr("%1: cannot be read (%2).").arg(path, file.errorString()), Error::Code::InvalidInput);
    }
    return fromData(file.readAll(), path);
}

Result<Plan> PlanFile::fromData(const QByteArray& data, const QString& fileName)
{
    auto csv = CsvReader::fromData(data, fileName);
    if (!csv) {
        return csv.error();
    }
    const QString caseCol = QStringLiteral("case_id");
    const QString sessionCol = QStringLiteral("session_id");
    const QString startCol = QStringLiteral("start");
    if (auto ok = csv->checkColumns({caseCol, sessionCol, startCol}, {}); !ok) {
        return ok.error();
    }
    Plan plan;
    for (const auto& r : csv->records()) {
        for (const QString& column : {caseCol, sessionCol, startCol}) {
            if (auto p = TextRules::check(csv->value(r, column), TextRules::IdentifierLength)) {
                return csv->error(r.line, column, TextRules::expected(*p));
            }
        }
        PlanEntry e;
        e.line = r.line;
        e.caseId = csv->value(r, caseCol);
        e.sessionId = csv->value(r, sessionCol);
        const QString start = csv->value(r, startCol);
        if (e.caseId.isEmpty()) {
            return csv->error(r.line, caseCol, tr("a case id"));
        }
        if (e.sessionId.isEmpty()) {
            if (!start.isEmpty()) {
                return csv->error(r.line, startCol, tr("empty, as the case has no session"));
            }
        } else {
            e.start = InstanceReader::parseTime(start);
            if (e.start < 0) {
                return csv->error(r.line, startCol,
                                  tr("a time HH:MM, found %1").arg(QuotedText::quote(start)));
            }
        }
        plan.entries.push_back(std::move(e));
    }
    return plan;
}

QByteArray PlanFile::toCsv(const Plan& plan)
{
    CsvWriter writer;
    writer.addRow({QStringLiteral("case_id"), QStringLiteral("session_id"), QStringLiteral("start")});
    for (const PlanEntry& e : plan.entries) {
        writer.addRow({e.caseId, e.sessionId, e.start >= 0 ? formatTime(e.start) : QString()});
    }
    return writer.data();
}

Status PlanFile::write(const Plan& plan, const QString& path)
{
    OutputFile file(path);
    if (!file.open()) {
        return Error(tr("%1: cannot be written (%2).").arg(path, file.errorString()), Error::Code::Io);
    }
    file.device().write(toCsv(plan));
    if (!file.commit()) {
        return Error(tr("%1: cannot be written (%2).").arg(path, file.errorString()), Error::Code::Io);
    }
    return {};
}

} // namespace wp::theatre
