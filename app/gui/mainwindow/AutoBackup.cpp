#include "AutoBackup.h"

namespace wp::gui {

AutoBackup::AutoBackup(Workspace& ws, QObject* parent) : QObject(parent), m_service(ws)
{
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::runNow);
}

void AutoBackup::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

QString AutoBackup::runNow()
{
    auto file = m_service.rotate();
    if (!file) {
        const QString message = tr("Automatic backup failed: %1").arg(file.errorMessage());
        emit failed(message);
        return message;
    }
    if (!file->isEmpty()) {
        emit backedUp(*file);
    }
    return {};
}

} // namespace wp::gui
