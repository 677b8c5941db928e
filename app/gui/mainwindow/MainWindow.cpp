#include "MainWindow.h"

#include "AutoBackup.h"
#include "RolePages.h"
#include "admin/AdministrationPage.h"
#include "admin/PasswordDialog.h"
#include "alerts/AlertsDialog.h"
#include "chart/PatientChartPage.h"
#include "clinical/forms/FormRegistry.h"
#include "common/Ask.h"
#include "common/FolderPicker.h"
#include "common/MessageBar.h"
#include "common/PassphrasePrompt.h"
#include "common/UiPreferences.h"
#include "exchange/BundlePassphrase.h"
#include "exchange/ExchangePage.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideWindow.h"
#include "hospital/HospitalPage.h"
#include "imports/ImportDialog.h"
#include "lab/LabWorklistPage.h"
#include "login/IdleMonitor.h"
#include "login/LockScreen.h"
#include "login/SessionEvents.h"
#include "orders/AlertService.h"
#include "orders/Catalogue.h"
#include "patients/PatientTabs.h"
#include "printing/PrintingPage.h"
#include "theatre/TheatrePage.h"
#include "users/SessionSettings.h"
#include "ward/WardBoardModel.h"
#include "ward/WardBoardPage.h"
#include "wards/WardCensusPage.h"
#include "wards/WardsArea.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace wp::gui {

namespace {

int pageIndex(MainWindow::Page page)
{
    return static_cast<int>(page);
}

QString backupTimeText(const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid()) {
        return MainWindow::tr("Last backup: none yet");
    }
    const QDateTime local = time.toLocalTime();
    if (local.date() == now.toLocalTime().date()) {
        return MainWindow::tr("Last backup: %1").arg(local.toString(QStringLiteral("HH:mm")));
    }
    return MainWindow::tr("Last backup: %1").arg(QLocale().toString(local, QLocale::ShortFormat));
}

} // namespace

MainWindow::MainWindow(Workspace& ws, QWidget* parent) : QMainWindow(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("WhitePlan — %1").arg(ws.hospitalName()));

    m_messages = new MessageBar(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    // Forms dropped into the data directory's forms folder join the shipped ones.
    m_forms = std::make_unique<clinical::FormRegistry>();
    m_forms->reload(ws.formsDirectory());
    m_catalogue = std::make_unique<orders::Catalogue>();
    m_catalogue->reload(orders::Catalogue::siteFolder(ws.dataDirectory()));
    m_wardsArea = new WardsArea(ws, *m_forms, m_pages);
    m_wards = m_wardsArea->census();
    m_patients = new PatientTabs(ws, *m_forms, m_pages);
    m_admin = new AdministrationPage(ws, m_pages);
    m_pages->addWidget(m_wardsArea);
    m_pages->addWidget(m_patients);
    m_pages->addWidget(new TheatrePage(ws, m_pages));
    m_pages->addWidget(new PrintingPage(ws, m_pages));
    auto* exchange = new ExchangePage(ws, m_pages);
    m_pages->addWidget(exchange);
    m_pages->addWidget(m_admin);
    m_lab = new LabWorklistPage(ws, m_pages);
    m_pages->addWidget(m_lab);
    m_hospital = new HospitalPage(ws, m_pages);
    m_pages->addWidget(m_hospital);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(28, 22, 28, 18);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(m_messages);
    contentLayout->addWidget(m_pages, 1);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(buildNavigation());
    centralLayout->addWidget(content, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();

    m_lock = new LockScreen(ws, this);
    connect(m_lock, &LockScreen::unlocked, this, &MainWindow::onUnlocked);

    m_idle = new IdleMonitor(ws.clock(), this);
    m_idle->setIdleLimitSeconds(SessionSettings(ws).idleLockMinutes() * 60LL);
    connect(m_idle, &IdleMonitor::idle, this, &MainWindow::lock);
    m_idle->start();

    connect(m_admin, &AdministrationPage::idleLockMinutesChanged, this,
            [this](int minutes) { m_idle->setIdleLimitSeconds(minutes * 60LL); });

    m_backup = new AutoBackup(ws, this);
    connect(m_backup, &AutoBackup::backedUp, this, &MainWindow::refreshStatus);
    connect(m_backup, &AutoBackup::failed, this, [this](const QString& message) {
        m_messages->showError(message);
        m_backupLabel->setText(tr("Backup failed"));
        m_backupLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    });
    m_backup->start();

    connect(m_wardsArea->board(), &WardBoardPage::openPatientChart, this, [this](const QString& id) {
        showPage(Page::Patients);
        m_patients->openChart(id);
    });
    connect(m_wardsArea->board(), &WardBoardPage::importRequested, this, [this] {
        ImportDialog dialog(m_ws, *m_forms, this);
        dialog.setCurrentWard(m_wardsArea->board()->currentWard());
        connect(&dialog, &ImportDialog::imported, m_wardsArea, &WardsArea::refresh);
        dialog.exec();
    });
    connect(m_patients, &PatientTabs::changed, m_wardsArea, &WardsArea::refresh);
    // The hospital-wide finder opens a chart like the ward board does.
    connect(m_hospital, &HospitalPage::openPatientChart, this, [this](const QString& id) {
        showPage(Page::Patients);
        m_patients->openChart(id);
    });
    // The alert count follows the board (its ward, its refreshes) and the clock between them.
    connect(m_wardsArea->board(), &WardBoardPage::refreshed, this, &MainWindow::refreshAlerts);
    connect(m_lab, &LabWorklistPage::changed, m_wardsArea, &WardsArea::refresh);
    m_alertsTimer = new QTimer(this);
    m_alertsTimer->setInterval(60 * 1000);
    connect(m_alertsTimer, &QTimer::timeout, this, &MainWindow::refreshAlerts);
    m_alertsTimer->start();
    connect(exchange, &ExchangePage::dataImported, m_wardsArea, &WardsArea::refresh);
    connect(exchange, &ExchangePage::dataImported, m_hospital, &HospitalPage::refresh);
    QStringList skipped;
    for (const auto& problem : m_forms->problems()) {
        skipped << problem.message;
    }
    if (!skipped.isEmpty()) {
        m_messages->showError(
            tr("Some form definitions were skipped: %1").arg(skipped.join(QStringLiteral("; "))));
    }

    // Every page follows the same signal to re-read what the new user may do.
    connect(&SessionEvents::of(ws), &SessionEvents::userChanged, this, &MainWindow::applyUserRights);
    applyUserRights();
    showPage(homePage());
    resize(1280, 720);
}

MainWindow::~MainWindow()
{
    // The pages use the form registry: they go before it does.
    delete m_pages;
}

QWidget* MainWindow::buildNavigation()
{
    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("navPanel"));
    panel->setFixedWidth(220);
    panel->setStyleSheet(QStringLiteral(
        "#navPanel { background: #17406d; }"
        "#navPanel QLabel { color: white; }"
        "#navBrand { font-size: 16pt; font-weight: bold; }"
        "#navHospital { color: #d6e4f5; }"
        "#navMode { color: #9cc3ee; font-size: 9pt; }"
        "#navigation { background: transparent; border: none; color: white; font-size: 11pt; outline: 0; }"
        "#navigation::item { padding: 9px 14px; border-radius: 4px; margin: 1px 8px; }"
        "#navigation::item:selected { background: #2f6bad; color: white; }"
        "#navigation::item:hover:!selected { background: #22548a; }"
        "#navigation::item:disabled { color: #7d95b3; }"));

    auto* brand = new QLabel(tr("WhitePlan"), panel);
    brand->setObjectName(QStringLiteral("navBrand"));
    auto* hospital = new QLabel(m_ws.hospitalName(), panel);
    hospital->setObjectName(QStringLiteral("navHospital"));
    hospital->setWordWrap(true);
    auto* mode = new QLabel(tr("DOWNTIME MODE · OFFLINE"), panel);
    mode->setObjectName(QStringLiteral("navMode"));

    m_navigation = new QListWidget(panel);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    const QList<std::pair<QString, QString>> entries{{tr("Wards"), QStringLiteral("wards")},
                                                     {tr("Patients"), QStringLiteral("patients")},
                                                     {tr("Theatres"), QStringLiteral("theatres")},
                                                     {tr("Printing"), QStringLiteral("printing")},
                                                     {tr("Exchange"), QStringLiteral("exchange")},
                                                     {tr("Administration"), QStringLiteral("administration")},
                                                     {tr("Laboratory"), QStringLiteral("laboratory")},
                                                     {tr("Hospital"), QStringLiteral("hospital")}};
    m_navigation->setIconSize(QSize(20, 20));
    for (const auto& [label, icon] : entries) {
        m_navigation->addItem(
            new QListWidgetItem(QIcon(QStringLiteral(":/whiteplan/icons/nav-%1.svg").arg(icon)), label));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 18, 0, 14);
    layout->setSpacing(4);
    auto* header = new QVBoxLayout;
    header->setContentsMargins(20, 0, 16, 14);
    header->setSpacing(2);
    header->addWidget(brand);
    header->addWidget(hospital);
    layout->addLayout(header);
    layout->addWidget(m_navigation, 1);
    auto* footer = new QVBoxLayout;
    footer->setContentsMargins(20, 0, 16, 0);
    footer->addWidget(mode);
    layout->addLayout(footer);
    return panel;
}

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* backup = file->addAction(tr("&Back up now to…"), this, &MainWindow::backUpNow);
    backup->setObjectName(QStringLiteral("actionBackUpNow"));
    backup->setShortcut(QKeySequence(tr("Ctrl+B")));
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    auto* session = menuBar()->addMenu(tr("&User"));
    auto* lockAction = session->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("actionLock"));
    lockAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    auto* switchAction = session->addAction(tr("&Switch user…"), this, &MainWindow::switchUser);
    switchAction->setObjectName(QStringLiteral("actionSwitchUser"));
    switchAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    auto* password = session->addAction(tr("&Change my password…"), this, &MainWindow::changePassword);
    password->setObjectName(QStringLiteral("actionChangePassword"));

    // Keyboard first: Ctrl+1…6 reach the sidebar pages from anywhere in the window.
    auto* go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("menuGo"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        auto* action =
            go->addAction(m_navigation->item(i)->text(), this, [this, i] { showPage(static_cast<Page>(i)); });
        action->setObjectName(QStringLiteral("actionGoToPage%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        m_pageActions << action;
    }

    go->addSeparator();
    auto* alerts = go->addAction(tr("Unanswered &alerts…"), this, &MainWindow::showAlerts);
    alerts->setObjectName(QStringLiteral("actionAlerts"));
    alerts->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));

    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    auto* keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcut(QKeySequence(tr("Ctrl+/")));
    help->addSeparator();
    help->addAction(tr("&About WhitePlan"), this, &MainWindow::about);

    // While locked, nothing but the lock screen may act on the data.
    m_lockedOutActions = {backup, lockAction, switchAction, password};
    m_lockedOutActions << m_pageActions << alerts;
}

void MainWindow::buildStatusBar()
{
    auto make = [this](const QString& name) {
        auto* label = new QLabel(this);
        label->setObjectName(name);
        label->setContentsMargins(8, 0, 8, 0);
        return label;
    };
    m_userLabel = make(QStringLiteral("statusUser"));
    m_hospitalLabel = make(QStringLiteral("statusHospital"));
    m_deviceLabel = make(QStringLiteral("statusDevice"));
    m_offlineLabel = make(QStringLiteral("statusOffline"));
    m_backupLabel = make(QStringLiteral("statusBackup"));
    m_offlineLabel->setText(tr("● Offline"));
    m_offlineLabel->setToolTip(tr("WhitePlan never uses the network: everything stays on this laptop."));
    m_offlineLabel->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_hospitalLabel);
    statusBar()->addWidget(m_deviceLabel);
    m_alertsButton = new QPushButton(this);
    m_alertsButton->setObjectName(QStringLiteral("statusAlerts"));
    m_alertsButton->setFlat(true);
    m_alertsButton->setCursor(Qt::PointingHandCursor);
    m_alertsButton->setStyleSheet(QStringLiteral(
        "QPushButton#statusAlerts { color: #b71c1c; font-weight: bold; border: none; padding: 0 8px; }"));
    m_alertsButton->setToolTip(tr("Open the list of unanswered alerts (Ctrl+Shift+A)."));
    m_alertsButton->hide();
    connect(m_alertsButton, &QPushButton::clicked, this, &MainWindow::showAlerts);
    statusBar()->addPermanentWidget(m_alertsButton);
    statusBar()->addPermanentWidget(m_offlineLabel);
    statusBar()->addPermanentWidget(m_backupLabel);
    statusBar()->setSizeGripEnabled(false);
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    const auto& user = m_ws.currentUser();
    m_userLabel->setText(user ? tr("%1 (%2)").arg(user->fullName, Roles::label(user->role))
                              : tr("Nobody logged in"));
    m_hospitalLabel->setText(m_ws.hospitalName());
    m_deviceLabel->setText(tr("Laptop %1").arg(m_ws.deviceCode()));
    if (m_backup) {
        m_backupLabel->setText(backupTimeText(m_backup->lastBackupTime(), m_ws.clock().now()));
        m_backupLabel->setStyleSheet(QString());
    }
}

void MainWindow::refreshAlerts()
{
    if (!m_alertsButton || !m_wardsArea) {
        return;
    }
    // Only those who may answer an alert are shown the count (the laboratory phones instead).
    if (!m_ws.require(Permission::AcknowledgeAlerts)) {
        m_alertsButton->hide();
        return;
    }
    const QString ward = m_wardsArea->board()->currentWard();
    auto alerts = orders::AlertService(m_ws, *m_catalogue).alerts(ward, true);
    if (!alerts) {
        m_alertsButton->setText(tr("Alerts unknown: %1").arg(alerts.errorMessage()));
        m_alertsButton->show();
        return;
    }
    if (alerts->isEmpty()) {
        m_alertsButton->hide();
        return;
    }
    QDateTime oldest;
    for (const auto& a : *alerts) {
        if (!oldest.isValid() || a.raisedAt < oldest) {
            oldest = a.raisedAt;
        }
    }
    m_alertsButton->setText(
        tr("%n alert(s) unanswered (oldest %1)", nullptr, static_cast<int>(alerts->size()))
            .arg(WardBoardModel::ageText(oldest, m_ws.clock().now())));
    m_alertsButton->show();
}

void MainWindow::showAlerts()
{
    if (auto st = m_ws.require(Permission::AcknowledgeAlerts); !st) {
        m_messages->showError(st.errorMessage());
        return;
    }
    AlertsDialog dialog(m_ws, m_wardsArea->board()->currentWard(), this);
    connect(&dialog, &AlertsDialog::acknowledged, m_wardsArea, &WardsArea::refresh);
    connect(&dialog, &AlertsDialog::acknowledged, this, &MainWindow::refreshAlerts);
    dialog.exec();
}

void MainWindow::showPage(Page page)
{
    if (isPageEnabled(page)) {
        m_navigation->setCurrentRow(pageIndex(page));
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

bool MainWindow::isPageEnabled(Page page) const
{
    return m_navigation->item(pageIndex(page))->flags().testFlag(Qt::ItemIsEnabled);
}

QWidget* MainWindow::page(Page page) const
{
    return m_pages->widget(pageIndex(page));
}

MainWindow::Page MainWindow::homePage() const
{
    // Where each role starts (RolePages::home): the wards for the wards' staff, the
    // laboratory's own page for the lab laptop.
    const auto& user = m_ws.currentUser();
    return user ? RolePages::home(user->role) : Page::Wards;
}

QString MainWindow::pageRefusal(Page page) const
{
    if (const auto& user = m_ws.currentUser()) {
        if (QString refusal =
                RolePages::refusal(user->role, page, m_navigation->item(pageIndex(page))->text());
            !refusal.isEmpty()) {
            return refusal;
        }
    }
    return page == Page::Administration ? m_admin->refusal()
           : page == Page::Laboratory   ? m_lab->refusal()
                                        : QString();
}

void MainWindow::applyUserRights()
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        auto* item = m_navigation->item(i);
        const bool allowed = pageRefusal(static_cast<Page>(i)).isEmpty();
        item->setFlags(allowed ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
    }
    m_admin->refresh();
    if (!isPageEnabled(currentPage())) {
        showPage(homePage());
    }
    m_lab->refresh();
    updatePageActions();
    refreshStatus();
    refreshAlerts();
}

void MainWindow::updatePageActions()
{
    for (int i = 0; i < m_pageActions.size(); ++i) {
        const auto page = static_cast<Page>(i);
        const QString shortcut = m_pageActions[i]->shortcut().toString(QKeySequence::NativeText);
        const QString refusal = pageRefusal(page);
        m_pageActions[i]->setEnabled(isPageEnabled(page) && !isLocked());
        m_navigation->item(i)->setToolTip(
            refusal.isEmpty() ? tr("%1 (%2)").arg(m_navigation->item(i)->text(), shortcut) : refusal);
    }
}

bool MainWindow::isLocked() const
{
    return m_lock->isVisible();
}

void MainWindow::lock()
{
    engageLock(false);
}

void MainWindow::switchUser()
{
    engageLock(true);
}

void MainWindow::engageLock(bool switching)
{
    m_idle->stop();
    // Disabled, not cleared: what was being typed is still there after unlocking.
    centralWidget()->setEnabled(false);
    menuBar()->setEnabled(false);
    for (QAction* action : std::as_const(m_lockedOutActions)) {
        action->setEnabled(false);
    }
    // Open dialogs (adding a user…) would stay usable above the lock: hide them until unlocked.
    for (QDialog* dialog : findChildren<QDialog*>()) {
        if (dialog->isVisible()) {
            dialog->hide();
            m_hiddenDialogs << dialog;
        }
    }
    m_lock->engage(switching);
}

void MainWindow::onUnlocked(const User& user)
{
    const auto previous = m_ws.currentUser();
    SessionEvents::logIn(m_ws, user);
    centralWidget()->setEnabled(true);
    menuBar()->setEnabled(true);
    for (QAction* action : std::as_const(m_lockedOutActions)) {
        action->setEnabled(true);
    }
    // Only the pages this user may open.
    updatePageActions();
    m_idle->start();
    const bool sameUser = previous && previous->login == user.login;
    // A dialog belongs to the user who opened it: it comes back for them, not for the next user.
    for (const QPointer<QDialog>& dialog : std::exchange(m_hiddenDialogs, {})) {
        if (dialog) {
            if (sameUser) {
                dialog->show();
            } else {
                dialog->reject();
            }
        }
    }
    if (!sameUser) {
        m_messages->showInformation(tr("%1 is now logged in. Work saved from now on is recorded under this "
                                       "name.")
                                        .arg(user.fullName));
        emit currentUserChanged(user);
    }
}

void MainWindow::changePassword()
{
    const auto& user = m_ws.currentUser();
    if (!user) {
        return;
    }
    auto* dialog = new PasswordDialog(m_ws, PasswordDialog::Mode::ChangeOwn, user->login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_messages->showSuccess(tr("Your password was changed.")); });
    dialog->open();
}

void MainWindow::backUpNow()
{
    const QString folder = FolderPicker::existingDirectory(
        this, tr("Back up to a folder (for example a USB stick)"), QDir::homePath());
    if (folder.isEmpty()) {
        return;
    }
    // The backup holds every patient and a stick gets lost: it is always encrypted.
    const auto passphrase = PassphrasePrompt::askNew(
        this, tr("Protect the backup"),
        tr("The backup holds every patient. Choose a passphrase (at least %1 characters, for example four "
           "words): restoring the backup will ask for it. Keep it apart from the stick.")
            .arg(exchange::BundlePassphrase::minimumLength));
    if (!passphrase) {
        return;
    }
    auto file = m_backup->service().backupTo(folder, *passphrase);
    if (!file) {
        m_messages->showError(tr("The backup could not be written: %1").arg(file.errorMessage()));
        return;
    }
    m_messages->showSuccess(tr("Backup written to %1.").arg(QDir::toNativeSeparators(*file)));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About WhitePlan"),
                       tr("<h3>WhitePlan %1</h3><p>Keeps a hospital working on paper-free downtime "
                          "procedures when its information systems are unavailable (plan blanc).</p>"
                          "<p>Everything stays on this laptop: WhitePlan never uses the network.</p>")
                           .arg(QStringLiteral(WHITEPLAN_VERSION)));
}

void MainWindow::showRemembered()
{
    const QByteArray geometry = UiPreferences(m_ws).value(QStringLiteral("window/geometry"));
    if (!geometry.isEmpty() && restoreGeometry(geometry)) {
        show();
        return;
    }
    const QScreen* screen = this->screen();
    if (screen && screen->availableGeometry().width() <= 1440) {
        showMaximized();
    } else {
        show();
    }
}

QString MainWindow::helpChapter(Page page)
{
    switch (page) {
    case Page::Wards:
    case Page::Patients:
        return QStringLiteral("user-guide-nurses.md");
    case Page::Theatres:
        return QStringLiteral("user-guide-theatre.md");
    case Page::Printing:
        return QStringLiteral("user-guide-printing.md");
    case Page::Exchange:
        return QStringLiteral("user-guide-recovery.md");
    case Page::Administration:
        return QStringLiteral("user-guide-getting-started.md");
    case Page::Laboratory:
        return QStringLiteral("user-guide-laboratory.md");
    case Page::Hospital:
        return QStringLiteral("user-guide-hospital-wide.md");
    default:
        // A page without its chapter yet opens the contents.
        return UserGuideWindow::contentsChapter();
    }
}

void MainWindow::showUserGuide()
{
    auto* guide = qobject_cast<UserGuideWindow*>(m_guide.data());
    if (!guide) {
        guide = new UserGuideWindow(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        m_guide = guide;
    }
    guide->openChapter(helpChapter(currentPage()));
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_exitBackupDone) {
        const QString error = m_backup->runNow();
        if (!error.isEmpty()) {
            const auto answer =
                Ask::question(this, tr("Backup failed"), error + QStringLiteral("\n\n") + tr("Quit anyway?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                event->ignore();
                return;
            }
        }
        m_exitBackupDone = true;
    }
    UiPreferences(m_ws).setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace wp::gui
