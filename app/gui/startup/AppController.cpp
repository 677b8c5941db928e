#include "AppController.h"

#include "backup/BackupService.h"
#include "common/Ask.h"
#include "common/MessageBar.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "setup/FirstRunDialog.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

namespace wp::gui {

AppController::AppController(Clock& clock, QObject* parent) : QObject(parent), m_clock(clock) {}

AppController::~AppController() = default;

void AppController::setDemo(DemoFactory factory, const QString& passwordsText)
{
    m_demoFactory = std::move(factory);
    m_demoPasswords = passwordsText;
}

bool AppController::run(const Options& options)
{
    const QString dir =
        options.dataDirectory.isEmpty() ? Workspace::defaultDataDirectory() : options.dataDirectory;
    if (!openWorkspace(dir) || !ensureInitialised(options.demo) || !logIn()) {
        return false;
    }
    showMainWindow();
    return true;
}

bool AppController::fail(int code, const QString& title, const QString& text)
{
    Ask::tell(nullptr, QMessageBox::Critical, title, text);
    m_exitCode = code;
    return false;
}

QString AppController::checkFailedMarker(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("integrity-check-failed"));
}

bool AppController::openWorkspace(const QString& dir)
{
    // A large database takes seconds to check: open at once and check in the background,
    // unless the last background check found damage (then check now, to offer the restore).
    const bool checkNow = QFileInfo::exists(checkFailedMarker(dir));
    auto ws = Workspace::open(dir, m_clock, checkNow ? Workspace::Check::Full : Workspace::Check::Deferred);
    if (ws && checkNow) {
        QFile::remove(checkFailedMarker(dir));
    }
    if (ws) {
        m_ws = std::move(ws).value();
        return true;
    }
    switch (ws.error().code) {
    case Error::Code::Locked:
        return fail(1, tr("WhitePlan is already open"), ws.errorMessage());
    case Error::Code::NewerSchema:
        return fail(1, tr("Newer data"),
                    ws.errorMessage() + QStringLiteral("\n\n") +
                        tr("Install the newer WhitePlan that wrote this data. The file was left untouched."));
    case Error::Code::Corrupt:
        return offerRestore(dir, ws.errorMessage());
    default:
        return fail(1, tr("Cannot open the data"), ws.errorMessage());
    }
}

bool AppController::offerRestore(const QString& dir, const QString& problem)
{
    const QString latest = BackupService::latestBackup(dir);
    if (latest.isEmpty()) {
        return fail(1, tr("Damaged data"),
                    tr("%1\n\nThere is no automatic backup in %2 to restore. The damaged file was left "
                       "untouched; restore a backup from a USB stick with whiteplan-cli restore FILE.")
                        .arg(problem, QDir::toNativeSeparators(dir)));
    }
    const QString when = QLocale().toString(QFileInfo(latest).lastModified(), QLocale::ShortFormat);
    const auto answer = Ask::question(
        nullptr, tr("Damaged data"),
        tr("%1\n\nRestore the latest automatic backup, from %2? The damaged file is kept aside, not "
           "overwritten; what was entered after that backup is not in it.")
            .arg(problem, when),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_exitCode = 1;
        return false;
    }
    auto kept = Workspace::restore(dir, latest, m_clock);
    if (!kept) {
        return fail(1, tr("Restore failed"), kept.errorMessage());
    }
    auto ws = Workspace::open(dir, m_clock);
    if (!ws) {
        return fail(1, tr("Restore failed"), ws.errorMessage());
    }
    m_ws = std::move(ws).value();
    QFile::remove(checkFailedMarker(dir));
    m_notice = tr("The data was restored from the backup of %1. The damaged file was kept as %2.")
                   .arg(when, QDir::toNativeSeparators(*kept));
    return true;
}

bool AppController::ensureInitialised(bool demo)
{
    if (m_ws->isInitialised()) {
        m_showDemoPasswords = demo;
        return true;
    }
    if (demo) {
        if (m_demoFactory) {
            if (auto st = m_demoFactory(*m_ws); !st) {
                return fail(1, tr("Demo hospital"), st.errorMessage());
            }
            m_ws->setCurrentUser(std::nullopt);
            m_showDemoPasswords = true;
            return backUpNewSetup();
        }
        Ask::tell(nullptr, QMessageBox::Information, tr("Demo hospital"),
                  tr("This build of WhitePlan has no demo hospital. Set up the hospital instead."));
    }
    FirstRunDialog dialog(*m_ws);
    if (m_demoFactory) {
        dialog.setDemoFactory(m_demoFactory);
    }
    if (dialog.exec() != QDialog::Accepted) {
        m_exitCode = 0;
        return false;
    }
    m_showDemoPasswords = dialog.createdDemo();
    m_ws->setCurrentUser(std::nullopt);
    return backUpNewSetup();
}

bool AppController::backUpNewSetup()
{
    // The setup is the first thing worth keeping: back it up before anyone logs in.
    if (auto file = BackupService(*m_ws).rotate(true); !file) {
        Ask::tell(nullptr, QMessageBox::Warning, tr("Backup failed"),
                  tr("The hospital is set up, but its first backup failed: %1").arg(file.errorMessage()));
    }
    return true;
}

bool AppController::logIn()
{
    LoginDialog dialog(*m_ws);
    if (m_showDemoPasswords) {
        dialog.setHint(m_demoPasswords);
    }
    if (dialog.exec() != QDialog::Accepted) {
        m_exitCode = 0;
        return false;
    }
    return true;
}

void AppController::showMainWindow()
{
    m_window = std::make_unique<MainWindow>(*m_ws);
    if (!m_notice.isEmpty()) {
        m_window->messageBar()->showMessage(m_notice, MessageBar::Kind::Warning);
    }
    m_window->showRemembered();
    startIntegrityCheck();
}

void AppController::startIntegrityCheck()
{
    const QString path = m_ws->databasePath();
    const QString marker = checkFailedMarker(m_ws->dataDirectory());
    auto result = std::make_shared<Status>();
    auto* thread = QThread::create([result, path, marker] {
        *result = Workspace::checkIntegrity(path);
        if (!*result) {
            QFile f(marker);
            if (f.open(QIODevice::WriteOnly)) {
                f.write(result->errorMessage().toUtf8());
            }
        }
    });
    // Delivered in this object's thread, and dropped if this object is gone by then.
    connect(thread, &QThread::finished, this, [this, result] { onIntegrityChecked(*result); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void AppController::onIntegrityChecked(const Status& status)
{
    m_integrityChecked = true;
    m_integrityOk = status.ok();
    if (!status.ok() && m_window) {
        m_window->messageBar()->showMessage(tr("The check of the data found damage: %1. Keep working on "
                                               "paper, then quit and restart WhitePlan: it "
                                               "will offer to restore the latest backup.")
                                                .arg(status.errorMessage()),
                                            MessageBar::Kind::Error);
    }
    emit integrityCheckFinished(status.ok());
}

} // namespace wp::gui
