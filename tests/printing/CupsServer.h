#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace wp::test {

/// A private CUPS scheduler with one cups-pdf queue, started and stopped by the test
/// itself (no systemd, nothing left behind): configuration, spool and output live in a
/// temporary folder; the cups-pdf instance file in /etc/cups is removed on destruction.
class CupsServer
{
public:
    CupsServer();
    ~CupsServer();
    CupsServer(const CupsServer&) = delete;
    CupsServer& operator=(const CupsServer&) = delete;

    /// Starts cupsd and adds the queue; an empty string on success, else what failed.
    QString start();
    QString printerName() const { return m_printer; }
    /// CUPS_SERVER pointing at this scheduler's socket, for child processes.
    QProcessEnvironment environment() const;
    /// Waits up to `timeoutMs` for cups-pdf to finish a PDF; its path, or empty.
    QString waitForPdf(int timeoutMs = 20000) const;
    QString log() const;

private:
    QString run(const QString& program, const QStringList& arguments) const;
    QTemporaryDir m_dir;
    QString m_instance;
    QString m_printer;
    QString m_instanceFile;
    QProcess m_cupsd;
};

} // namespace wp::test
