#pragma once

#include "ImportSummary.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace wp::theatre {

/// Replaces the theatre tables by the rescheduling contract's sessions.csv and cases.csv,
/// all or nothing (see TheatreService::importFiles, which callers use).
class ScheduleImporter
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleImporter)

public:
    explicit ScheduleImporter(Workspace& ws) : m_ws(ws) {}

    Result<ImportSummary> importFiles(const QString& sessionsPath, const QString& casesPath, int turnover);
    Result<ImportSummary> importData(const QByteArray& sessions, const QString& sessionsName,
                                     const QByteArray& cases, const QString& casesName, int turnover);

private:
    Workspace& m_ws;
};

} // namespace wp::theatre
