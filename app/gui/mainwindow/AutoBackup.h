#pragma once

#include "backup/BackupService.h"

#include <QObject>
#include <QTimer>

namespace wp::gui {

/// Rotating backups while WhitePlan runs: every few minutes (written only when the data
/// changed) and once more at exit. Failures are reported, never swallowed.
class AutoBackup : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 5 * 60 * 1000;

    explicit AutoBackup(Workspace& ws, QObject* parent = nullptr);

    void start(int intervalMs = defaultIntervalMs);
    BackupService& service() { return m_service; }
    QDateTime lastBackupTime() const { return m_service.lastBackupTime(); }

public slots:
    /// Writes a rotated backup if the data changed; the error message on failure.
    QString runNow();

signals:
    void backedUp(const QString& file);
    void failed(const QString& message);

private:
    BackupService m_service;
    QTimer m_timer;
};

} // namespace wp::gui
