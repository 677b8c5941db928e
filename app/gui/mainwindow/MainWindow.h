#pragma once

#include "users/User.h"

#include <QMainWindow>

#include <QPointer>
#include <memory>

class QAction;
class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace wp {
class Workspace;
namespace clinical {
class FormRegistry;
}
namespace orders {
class Catalogue;
}
} // namespace wp

namespace wp::gui {

class AdministrationPage;
class AutoBackup;
class HospitalPage;
class IdleMonitor;
class LabWorklistPage;
class LockScreen;
class MessageBar;
class WardCensusPage;
class WardsArea;
class PatientTabs;

/// The window a user works in once logged in: navigation between the features, the
/// session (lock, switch user), backups, and a status bar that always says who is
/// logged in, on which laptop, and when the data was last backed up.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Wards, Patients, Theatres, Printing, Exchange, Administration, Laboratory, Hospital };

    explicit MainWindow(Workspace& ws, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    /// Shows the window as it was last left on this laptop; the first time, maximised on
    /// screens up to 1440 pixels wide (a ward laptop), 1280×720 on larger ones.
    void showRemembered();
    Page currentPage() const;
    bool isPageEnabled(Page page) const;
    QWidget* page(Page page) const;

    WardCensusPage* wardCensusPage() const { return m_wards; }
    WardsArea* wardsArea() const { return m_wardsArea; }
    PatientTabs* patientTabs() const { return m_patients; }
    AdministrationPage* administrationPage() const { return m_admin; }
    LabWorklistPage* labWorklistPage() const { return m_lab; }
    HospitalPage* hospitalPage() const { return m_hospital; }
    /// The status bar's "3 alerts unanswered (oldest 25 min)"; hidden when none is open.
    QPushButton* alertsButton() const { return m_alertsButton; }
    /// The page a user starts on: the worklist for the laboratory, the wards for the others.
    Page homePage() const;
    MessageBar* messageBar() const { return m_messages; }
    IdleMonitor* idleMonitor() const { return m_idle; }
    AutoBackup* autoBackup() const { return m_backup; }
    LockScreen* lockScreen() const { return m_lock; }
    bool isLocked() const;
    /// The user-guide chapter (a file of docs/) that explains a page.
    static QString helpChapter(Page page);

public slots:
    /// Covers the window until the same user's password or another user's login.
    void lock();
    /// Like lock(), but asks for someone else's name straight away.
    void switchUser();
    void changePassword();
    /// "Back up now to…": a folder the user picks (a USB stick).
    void backUpNow();
    void about();
    /// F1: the user guide, open at the chapter of the page on screen.
    void showUserGuide();
    void showShortcuts();
    void refreshStatus();
    /// Re-reads the open alerts of the board's ward (all wards when none is chosen).
    void refreshAlerts();
    /// The list of open alerts (Ctrl+Shift+A or a click on the status bar's count).
    void showAlerts();

signals:
    void currentUserChanged(const wp::User& user);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    QWidget* buildNavigation();
    void buildStatusBar();
    void engageLock(bool switchUser);
    void onUnlocked(const User& user);
    void applyUserRights();
    /// Why the current user cannot open `page` (their role, or Administration's own rule).
    QString pageRefusal(Page page) const;
    /// Ctrl+1…6 and the sidebar's tooltips, for the pages the user may open.
    void updatePageActions();

    Workspace& m_ws;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    MessageBar* m_messages = nullptr;
    std::unique_ptr<clinical::FormRegistry> m_forms;
    std::unique_ptr<orders::Catalogue> m_catalogue; ///< names the tests of the alerts
    LabWorklistPage* m_lab = nullptr;
    HospitalPage* m_hospital = nullptr;
    QPushButton* m_alertsButton = nullptr;
    QTimer* m_alertsTimer = nullptr;
    WardsArea* m_wardsArea = nullptr;
    PatientTabs* m_patients = nullptr;
    WardCensusPage* m_wards = nullptr;
    AdministrationPage* m_admin = nullptr;
    LockScreen* m_lock = nullptr;
    IdleMonitor* m_idle = nullptr;
    AutoBackup* m_backup = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_hospitalLabel = nullptr;
    QLabel* m_deviceLabel = nullptr;
    QLabel* m_offlineLabel = nullptr;
    QLabel* m_backupLabel = nullptr;
    QList<QAction*> m_lockedOutActions;
    QList<QAction*> m_pageActions;
    QList<QPointer<QDialog>> m_hiddenDialogs;
    QPointer<QDialog> m_guide;
    bool m_exitBackupDone = false;
};

} // namespace wp::gui
