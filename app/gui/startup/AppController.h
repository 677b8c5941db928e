#pragma once

#include "Result.h"
#include "foundation/Clock.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace wp {
class Workspace;
}

namespace wp::gui {

class MainWindow;

/// The GUI's start-up, step by step: open the data directory (and deal with a second
/// WhitePlan, a damaged or a too-new database), first-run setup or the demo hospital,
/// login, then the main window. main.cpp only parses arguments and calls run().
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDirectory;
        bool demo = false;
    };
    using DemoFactory = std::function<Status(Workspace&)>;

    explicit AppController(Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~AppController() override;

    /// Where the demo hospital comes from (the core's DemoHospital, when built in) and the
    /// text listing its users' passwords for the login screen.
    void setDemo(DemoFactory factory, const QString& passwordsText);

    /// Every step up to showing the main window. False when the application should exit
    /// with exitCode() instead of entering the event loop.
    bool run(const Options& options);
    int exitCode() const { return m_exitCode; }

    /// Opens `dir`, offering to restore the latest backup when the database is damaged.
    bool openWorkspace(const QString& dir);
    /// First-run dialog (or the demo hospital) when the data directory is new.
    bool ensureInitialised(bool demo);
    /// The login dialog.
    bool logIn();
    void showMainWindow();

    Workspace* workspace() const { return m_ws.get(); }
    MainWindow* mainWindow() const { return m_window.get(); }
    /// Said in the main window's message bar once it opens (for example after a restore).
    QString startupNotice() const { return m_notice; }

    /// Whether the background data check has finished, and what it said.
    bool integrityChecked() const { return m_integrityChecked; }
    bool integrityOk() const { return m_integrityOk; }
    /// File whose presence makes the next start check the data before opening it.
    static QString checkFailedMarker(const QString& dir);

signals:
    void integrityCheckFinished(bool ok);

private:
    bool fail(int code, const QString& title, const QString& text);
    bool offerRestore(const QString& dir, const QString& problem);
    bool backUpNewSetup();
    void startIntegrityCheck();
    void onIntegrityChecked(const Status& status);

    Clock& m_clock;
    DemoFactory m_demoFactory;
    QString m_demoPasswords;
    bool m_showDemoPasswords = false;
    int m_exitCode = 0;
    QString m_notice;
    bool m_integrityChecked = false;
    bool m_integrityOk = false;
    // Declared before the window: the window must go first, it uses the workspace.
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace wp::gui
