#include "TheatrePage.h"

#include "CaseDetailsPanel.h"
#include "CaseDialog.h"
#include "CloseTheatreDialog.h"
#include "PdfPreviewDialog.h"
#include "PlanEditor.h"
#include "ProposalDialog.h"
#include "RescheduleRunner.h"
#include "SessionDialog.h"
#include "TheatreBoard.h"
#include "UnscheduledList.h"
#include "login/SessionEvents.h"
#include "theatre/PlanFile.h"
#include "theatreplan/SessionOrder.h"
#include "theatreplan/TheatreDocuments.h"
#include "theatreplan/TheatreWording.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace wp::gui {

using theatre::PlanFile;
using theatre::TheatreWording;

TheatrePage::TheatrePage(Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_service(ws), m_canEdit(ws.require(Permission::ManageTheatres).ok())
{
    m_undo = new QUndoStack(this);
    m_runner = new RescheduleRunner(this);
    m_editor = new PlanEditor(ws, m_undo, this);
    // The banner said what the edit did: after an undo it says what was undone instead.
    connect(m_editor, &PlanEditor::undoneOrRedone, this, [this](const QString& what) {
        reload();
        setMessage(what);
    });
    connect(m_editor, &PlanEditor::undoRefused, this,
            [this](const QString& why) { setMessage(tr("Cannot undo or redo: %1").arg(why), true); });
    m_plannerOptions.timeLimitSeconds = 20.0;
    buildUi();
    connect(m_runner, &RescheduleRunner::progress, this, [this](int percent, const QString& phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(QStringLiteral("%1 — %p%").arg(phase));
    });
    connect(m_runner, &RescheduleRunner::finished, this, &TheatrePage::onRescheduleFinished);
    // Switching user: the theatre manager who logs in after a nurse gets the buttons at once.
    connect(&SessionEvents::of(ws), &SessionEvents::userChanged, this, [this] {
        m_canEdit = m_ws.require(Permission::ManageTheatres).ok();
        updateActions();
        refreshDetails();
    });
    reload();
}

TheatrePage::~TheatrePage() = default;

void TheatrePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_shown && !isRescheduling()) {
        reload();
    }
    m_shown = true;
}

void TheatrePage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_importAction = toolbar->addAction(tr("Import…"), this, &TheatrePage::askImport);
    m_importAction->setToolTip(tr("Import the last known schedule (sessions and cases CSV)"));
    auto* newMenu = new QMenu(this);
    newMenu->addAction(tr("Session…"), this, [this] { editSession({}); });
    newMenu->addAction(tr("Case…"), this, [this] { editCase({}); });
    m_newButton = new QToolButton(this);
    m_newButton->setText(tr("New"));
    m_newButton->setMenu(newMenu);
    m_newButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(m_newButton);
    m_closeAction = toolbar->addAction(tr("Close theatre…"), this, &TheatrePage::askCloseTheatre);
    m_rescheduleAction = toolbar->addAction(tr("Reschedule"), this, &TheatrePage::reschedule);
    m_rescheduleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_rescheduleAction->setToolTip(tr("Let the engine propose a new plan (Ctrl+R)"));
    toolbar->addSeparator();
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    auto* printMenu = new QMenu(this);
    printMenu->addAction(tr("Day list per theatre…"), this, [this] { printPreview(Document::DayList); });
    printMenu->addAction(tr("Letters to patients…"), this, [this] { printPreview(Document::Letters); });
    printMenu->addAction(tr("Call list…"), this, [this] { printPreview(Document::CallList); });
    auto* printButton = new QToolButton(this);
    printButton->setText(tr("Print"));
    printButton->setMenu(printMenu);
    printButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(printButton);
    m_exportAction = toolbar->addAction(tr("Export plan CSV…"), this, &TheatrePage::askExport);
    layout->addWidget(toolbar);

    auto* filters = new QHBoxLayout;
    m_week = new QComboBox(this);
    m_week->setObjectName(QStringLiteral("weekCombo"));
    filters->addWidget(new QLabel(tr("Week:"), this));
    filters->addWidget(m_week);
    m_specialty = new QComboBox(this);
    m_specialty->setObjectName(QStringLiteral("specialtyFilter"));
    filters->addWidget(new QLabel(tr("Specialty:"), this));
    filters->addWidget(m_specialty);
    m_surgeon = new QComboBox(this);
    m_surgeon->setObjectName(QStringLiteral("surgeonFilter"));
    filters->addWidget(new QLabel(tr("Surgeon:"), this));
    filters->addWidget(m_surgeon);
    filters->addStretch(1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMinimumWidth(220);
    m_progress->hide();
    filters->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReschedule"));
    m_cancel->hide();
    filters->addWidget(m_cancel);
    layout->addLayout(filters);
    connect(m_cancel, &QPushButton::clicked, this, &TheatrePage::cancelReschedule);
    auto applyFilters = [this] {
        m_board->setFilters(m_specialty->currentData().toString(), m_surgeon->currentData().toString());
        refreshLists();
    };
    connect(m_specialty, &QComboBox::currentIndexChanged, this, applyFilters);
    connect(m_surgeon, &QComboBox::currentIndexChanged, this, applyFilters);
    connect(m_week, &QComboBox::activated, this, &TheatrePage::scrollToWeek);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("theatreMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_board = new TheatreBoard;
    m_scroll = new QScrollArea(splitter);
    m_scroll->setWidget(m_board);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    splitter->addWidget(m_scroll);

    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("<b>Needing a slot</b> (drag onto the board)"), side));
    m_unscheduled = new UnscheduledList(side);
    sideLayout->addWidget(m_unscheduled, 2);
    m_details = new CaseDetailsPanel(side);
    sideLayout->addWidget(m_details, 1);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 330});
    layout->addWidget(splitter, 1);

    m_dragHint = new QLabel(this);
    m_dragHint->setObjectName(QStringLiteral("dragHint"));
    layout->addWidget(m_dragHint);

    connect(m_board, &TheatreBoard::placeRequested, this,
            [this](const QString& caseId, const QString& sessionId, int start) {
                placeCase(caseId, sessionId, start);
            });
    connect(m_board, &TheatreBoard::shiftRequested, this, &TheatrePage::shiftCase);
    connect(m_board, &TheatreBoard::caseSelected, this, &TheatrePage::refreshDetails);
    connect(m_board, &TheatreBoard::dragMessage, m_dragHint, &QLabel::setText);
    connect(m_board, &TheatreBoard::contextMenuRequested, this, &TheatrePage::showContextMenu);
    connect(m_board, &TheatreBoard::caseActivated, this, [this](const QString& id) { askPriority(id); });
    m_board->setMoveChecker([this](const QString& caseId, const QString& sessionId, int start) {
        const int c = m_schedule.caseIndex(caseId);
        const int s = m_schedule.sessionIndex(sessionId);
        if (c < 0 || s < 0) {
            return QString();
        }
        const int position = theatre::SessionOrder::positionForTime(m_schedule, c, s, start);
        return theatre::TheatreService::explainPlace(m_schedule, m_instance, caseId, sessionId, position,
                                                     start);
    });
    connect(m_unscheduled, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item != nullptr) {
            m_board->selectCase({});
            m_board->selectCase(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_details, &CaseDetailsPanel::lockRequested, this,
            [this](const QString& id, bool locked) { setLocked(id, locked); });
    connect(m_details, &CaseDetailsPanel::priorityRequested, this, &TheatrePage::askPriority);
    connect(m_details, &CaseDetailsPanel::postponeRequested, this,
            [this](const QString& id) { moveCase(id, {}); });
}

void TheatrePage::reload()
{
    auto loaded = m_service.load();
    if (!loaded) {
        setMessage(loaded.errorMessage(), true);
        return;
    }
    m_schedule = std::move(*loaded);
    m_instance = m_schedule.toInstance();
    const QString selected = m_board->selectedCase();
    m_board->setSchedule(&m_schedule);
    m_board->selectCase(m_schedule.findCase(selected) != nullptr ? selected : QString());

    // Filters and weeks follow the data; keep the user's choice when it still exists.
    auto refill = [](QComboBox* combo, const QString& all, const QStringList& values) {
        const QString keep = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto& v : values) {
            combo->addItem(v, v);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(keep)));
    };
    refill(m_specialty, tr("All specialties"), m_schedule.specialties());
    refill(m_surgeon, tr("All surgeons"), m_schedule.surgeons());
    {
        const QSignalBlocker block(m_week);
        const int keep = m_week->currentIndex();
        m_week->clear();
        QDate lastMonday;
        for (const auto& s : m_schedule.sessions) {
            const QDate monday = s.date.addDays(1 - s.date.dayOfWeek());
            if (monday != lastMonday) {
                lastMonday = monday;
                m_week->addItem(tr("Week %1 — %2")
                                    .arg(monday.weekNumber())
                                    .arg(QLocale().toString(monday, QLocale::ShortFormat)),
                                monday);
            }
        }
        m_week->setCurrentIndex(std::clamp(keep, 0, m_week->count() - 1));
    }
    m_board->setFilters(m_specialty->currentData().toString(), m_surgeon->currentData().toString());
    refreshLists();
    refreshDetails();
    updateActions();
    emit scheduleChanged();
}

void TheatrePage::refreshLists()
{
    const QString specialty = m_specialty->currentData().toString();
    const QString surgeon = m_surgeon->currentData().toString();
    const QString current = m_unscheduled->currentItem() != nullptr
                                ? m_unscheduled->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    const QSignalBlocker block(m_unscheduled);
    m_unscheduled->clear();
    std::vector<int> waiting;
    for (int c = 0; c < static_cast<int>(m_schedule.cases.size()); ++c) {
        const auto& k = m_schedule.cases[c];
        if (k.bookedSession.isEmpty() && (specialty.isEmpty() || k.specialty == specialty) &&
            (surgeon.isEmpty() || k.surgeon == surgeon)) {
            waiting.push_back(c);
        }
    }
    std::sort(waiting.begin(), waiting.end(), [&](int a, int b) {
        const auto& x = m_schedule.cases[a];
        const auto& y = m_schedule.cases[b];
        return x.priority != y.priority ? x.priority < y.priority : x.deadline() < y.deadline();
    });
    for (int c : waiting) {
        const auto& k = m_schedule.cases[c];
        auto* item = new QListWidgetItem(tr("P%1 %2 · %3 · %4 min · by %5")
                                             .arg(k.priority)
                                             .arg(k.id, k.specialty)
                                             .arg(k.duration)
                                             .arg(TheatreWording::day(k.deadline())),
                                         m_unscheduled);
        item->setData(Qt::UserRole, k.id);
        if (!m_schedule.sessions.empty() && k.deadline() < m_schedule.sessions.front().date) {
            // Already past its deadline before the first session: the most pressing calls.
            item->setForeground(QColor(0xb0, 0x00, 0x00));
        }
        item->setToolTip(
            tr("%1, %2 (%3)%4")
                .arg(k.patientLabel(), k.procedure, k.surgeon,
                     k.lastPostponementReason.isEmpty()
                         ? QString()
                         : QLatin1Char('\n') + tr("Postponed: %1").arg(k.lastPostponementReason)));
        if (k.id == current) {
            m_unscheduled->setCurrentItem(item);
        }
    }
}

void TheatrePage::refreshDetails()
{
    m_details->showCase(m_schedule, m_schedule.findCase(m_board->selectedCase()), m_canEdit);
}

void TheatrePage::updateActions()
{
    const bool running = isRescheduling();
    m_importAction->setEnabled(m_canEdit && !running);
    m_newButton->setEnabled(m_canEdit);
    m_closeAction->setEnabled(m_canEdit && !m_schedule.sessions.empty());
    m_rescheduleAction->setEnabled(m_canEdit && !running && !m_schedule.cases.empty());
    m_exportAction->setEnabled(!m_schedule.cases.empty());
}

void TheatrePage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(error ? QStringLiteral("background: #fde0dc; color: #7a0000; padding: 4px;")
                                   : QStringLiteral("background: #e3f1e4; color: #1b4d1e; padding: 4px;"));
}

QString TheatrePage::message() const
{
    return m_message->text();
}

bool TheatrePage::report(const Status& status, const QString& success)
{
    if (!status) {
        setMessage(status.errorMessage(), true);
        return false;
    }
    setMessage(success);
    return true;
}

std::optional<QString> TheatrePage::askReason(const QString& title, const QString& label)
{
    if (m_nextReason) {
        auto answer = m_nextReason;
        m_nextReason.reset();
        return answer;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(this, title, label, QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || text.isEmpty()) {
        return std::nullopt;
    }
    return text;
}

bool TheatrePage::afterEdit(const Status& status, const QString& success)
{
    if (status) {
        reload();
    }
    return report(status, success);
}

bool TheatrePage::importFiles(const QString& sessionsPath, const QString& casesPath)
{
    auto summary = m_service.importFiles(sessionsPath, casesPath, m_schedule.turnover);
    if (!summary) {
        setMessage(summary.errorMessage(), true);
        return false;
    }
    // An import replaces the whole schedule: older edits were made on a plan that is gone.
    const bool hadHistory = m_undo->count() > 0;
    m_undo->clear();
    reload();
    setMessage(tr("Imported %1 sessions (%2 closed) and %3 cases: %4 booked, %5 needing a slot, %6 linked to "
                  "registered patients.")
                   .arg(summary->sessions)
                   .arg(summary->closedSessions)
                   .arg(summary->cases)
                   .arg(summary->booked)
                   .arg(summary->needingSlot)
                   .arg(summary->linkedPatients) +
               (hadHistory ? QLatin1Char(' ') + tr("Undo history cleared: the import replaced the schedule.")
                           : QString()));
    return true;
}

bool TheatrePage::closeSessions(const QStringList& sessionIds, const QString& reason)
{
    return afterEdit(m_editor->closeSessions(sessionIds, reason),
                     tr("Closed %n session(s); their cases now need a slot.", nullptr,
                        static_cast<int>(sessionIds.size())));
}

bool TheatrePage::closeTheatre(const QString& theatre, const QDate& from, const QDate& to,
                               const QString& reason)
{
    auto closed = m_editor->closeTheatre(theatre, from, to, reason);
    return afterEdit(closed ? Status() : Status(closed.error()),
                     tr("%1 closed for %n session(s); their cases now need a slot.", nullptr,
                        closed ? static_cast<int>(closed->size()) : 0)
                         .arg(theatre));
}

bool TheatrePage::reopenSession(const QString& sessionId)
{
    const QString name = PlanEditor::sessionName(m_schedule, sessionId);
    return afterEdit(m_editor->reopenSession(sessionId), tr("%1 reopened.").arg(name));
}

bool TheatrePage::moveCase(const QString& caseId, const QString& sessionId)
{
    if (!m_canEdit) {
        return report(m_ws.require(Permission::ManageTheatres), {});
    }
    if (m_schedule.findCase(caseId) == nullptr) {
        setMessage(tr("There is no case %1.").arg(caseId), true);
        return false;
    }
    QString reason;
    if (sessionId.isEmpty()) {
        const QString why = theatre::TheatreService::explainMove(m_schedule, caseId, {});
        if (!why.isEmpty()) {
            setMessage(why, true);
            return false;
        }
        auto answer = askReason(tr("Postpone %1").arg(caseId), tr("Why is this operation postponed?"));
        if (!answer) {
            setMessage(tr("Not postponed: a reason is required."), true);
            return false;
        }
        reason = *answer;
    }
    const Status st = m_editor->moveCase(caseId, sessionId, reason);
    if (!st) {
        setMessage(tr("Move refused: %1").arg(st.errorMessage()), true);
        return false;
    }
    return afterEdit(st,
                     sessionId.isEmpty()
                         ? tr("%1 postponed: %2").arg(caseId, reason)
                         : tr("%1 moved to %2.").arg(caseId, PlanEditor::sessionName(m_schedule, sessionId)));
}

bool TheatrePage::placeCase(const QString& caseId, const QString& sessionId, int start)
{
    const int c = m_schedule.caseIndex(caseId);
    const int s = m_schedule.sessionIndex(sessionId);
    if (!m_canEdit || c < 0 || s < 0) {
        return moveCase(caseId, sessionId);
    }
    return place(caseId, sessionId, theatre::SessionOrder::positionForTime(m_schedule, c, s, start), start);
}

bool TheatrePage::shiftCase(const QString& caseId, int delta)
{
    const auto* k = m_schedule.findCase(caseId);
    if (k == nullptr || k->bookedSession.isEmpty() || !m_canEdit) {
        return false;
    }
    const std::vector<int> order = m_schedule.casesIn(m_schedule.sessionIndex(k->bookedSession));
    const auto at = std::find(order.begin(), order.end(), m_schedule.caseIndex(caseId)) - order.begin();
    const int to = static_cast<int>(at) + delta;
    if (to < 0 || to >= static_cast<int>(order.size())) {
        const QString name = PlanEditor::sessionName(m_schedule, k->bookedSession);
        setMessage(delta < 0 ? tr("%1 is already the first case of %2.").arg(caseId, name)
                             : tr("%1 is already the last case of %2.").arg(caseId, name),
                   true);
        return false;
    }
    return place(caseId, k->bookedSession, to, -1);
}

bool TheatrePage::place(const QString& caseIdRef, const QString& sessionIdRef, int position, int start)
{
    // Copies: callers pass fields of m_schedule's cases (shiftCase passes bookedSession), and
    // reload() below replaces m_schedule, which would leave the references dangling.
    const QString caseId = caseIdRef;
    const QString sessionId = sessionIdRef;
    const Status st = m_editor->placeCase(caseId, sessionId, position, start);
    if (!st) {
        setMessage(tr("Move refused: %1").arg(st.errorMessage()), true);
        return false;
    }
    reload();
    m_board->selectCase(caseId);
    setMessage(tr("%1 is in %2 at %3.")
                   .arg(caseId, PlanEditor::sessionName(m_schedule, sessionId),
                        PlanFile::formatTime(m_schedule.findCase(caseId)->bookedStart)));
    return true;
}

bool TheatrePage::setLocked(const QString& caseId, bool locked)
{
    return afterEdit(m_editor->setLocked(caseId, locked),
                     locked ? tr("%1 is locked: rescheduling keeps it in its session.").arg(caseId)
                            : tr("%1 is unlocked.").arg(caseId));
}

bool TheatrePage::changePriority(const QString& caseId, int priority, const QString& reason)
{
    return afterEdit(m_editor->changePriority(caseId, priority, reason),
                     tr("%1 is now P%2.").arg(caseId).arg(priority));
}

bool TheatrePage::saveSession(const theatre::ScheduleSession& session, bool create)
{
    return afterEdit(m_editor->saveSession(session, create), tr("Session %1 saved.").arg(session.id));
}

bool TheatrePage::saveCase(const theatre::ScheduleCase& k, bool create)
{
    return afterEdit(m_editor->saveCase(k, create), create ? tr("Case %1 added: it needs a slot.").arg(k.id)
                                                           : tr("Case %1 saved.").arg(k.id));
}

void TheatrePage::editCase(const QString& caseId)
{
    const auto* existing = m_schedule.findCase(caseId);
    theatre::ScheduleCase k = existing != nullptr ? *existing : theatre::ScheduleCase{};
    if (existing == nullptr) {
        k.listed = m_ws.clock().now().date();
        k.specialty = m_specialty->currentData().toString();
        k.surgeon = m_surgeon->currentData().toString();
    }
    CaseDialog dialog(k, existing == nullptr, m_schedule.surgeons(), m_schedule.specialties(), this);
    if (dialog.exec() == QDialog::Accepted) {
        saveCase(dialog.result(), existing == nullptr);
    }
}

void TheatrePage::editSession(const QString& sessionId)
{
    const auto* existing = m_schedule.session(sessionId);
    theatre::ScheduleSession s = existing != nullptr ? *existing : theatre::ScheduleSession{};
    if (existing == nullptr && !m_schedule.sessions.empty()) {
        s.date = m_schedule.sessions.back().date;
    }
    SessionDialog dialog(s, existing == nullptr, m_schedule.theatres(), this);
    if (dialog.exec() == QDialog::Accepted) {
        saveSession(dialog.result(), existing == nullptr);
    }
}

void TheatrePage::askPriority(const QString& caseId)
{
    const auto* k = m_schedule.findCase(caseId);
    if (k == nullptr || !m_canEdit) {
        return;
    }
    bool ok = false;
    const QStringList items{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"),
                            QStringLiteral("P4")};
    const QString choice = QInputDialog::getItem(this, tr("Priority of %1").arg(caseId), tr("New priority:"),
                                                 items, k->priority - 1, false, &ok);
    if (!ok || choice == items[k->priority - 1]) {
        return;
    }
    const auto reason = askReason(tr("Priority of %1").arg(caseId), tr("Why does the priority change?"));
    if (!reason) {
        setMessage(tr("Priority unchanged: a reason is required."), true);
        return;
    }
    changePriority(caseId, static_cast<int>(items.indexOf(choice)) + 1, *reason);
}

void TheatrePage::reschedule()
{
    if (isRescheduling() || m_schedule.cases.empty()) {
        return;
    }
    m_rescheduleClock.start();
    m_runSchedule = m_schedule;
    m_runInstance = m_instance;
    if (!m_runner->start(m_runInstance, m_plannerOptions)) {
        return;
    }
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting — %p%"));
    m_progress->show();
    m_cancel->show();
    setMessage(
        tr("Rescheduling %n case(s)… the board stays usable; edits made meanwhile make the proposal stale.",
           nullptr, static_cast<int>(m_schedule.cases.size())));
    updateActions();
}

void TheatrePage::cancelReschedule()
{
    m_runner->cancel();
}

double TheatrePage::lastEngineSeconds() const
{
    return m_runner->result().seconds;
}

bool TheatrePage::isRescheduling() const
{
    return m_runner->isRunning();
}

void TheatrePage::onRescheduleFinished(bool cancelled)
{
    m_progress->hide();
    m_cancel->hide();
    updateActions();
    if (cancelled) {
        setMessage(tr("Rescheduling cancelled: the plan is unchanged."));
        return;
    }
    m_proposal = theatre::Proposal::build(m_runSchedule, m_runInstance, m_runner->result().sessionOf);
    if (m_proposalDialog) {
        m_proposalDialog->close();
        m_proposalDialog->deleteLater();
    }
    m_proposalDialog = new ProposalDialog(m_proposal, m_runSchedule, this);
    m_proposalDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_proposalDialog, &ProposalDialog::acceptRequested, this,
            [this](const QStringList& ids, const QString& reason) { acceptProposal(ids, reason); });
    m_proposalDialog->open();
    m_lastRescheduleMs = m_rescheduleClock.elapsed();
    setMessage(tr("Proposal ready in %1 s: %2")
                   .arg(QLocale().toString(m_lastRescheduleMs / 1000.0, 'f', 1), m_proposal.summary()));
    emit proposalReady();
}

bool TheatrePage::acceptProposal(const QStringList& caseIds, const QString& postponeReason)
{
    const Status st = m_editor->applyProposal(m_proposal, caseIds, postponeReason);
    if (!st) {
        if (m_proposalDialog) {
            m_proposalDialog->showError(st.errorMessage());
        }
        setMessage(st.errorMessage(), true);
        return false;
    }
    if (m_proposalDialog) {
        m_proposalDialog->accept();
    }
    reload();
    setMessage(caseIds.isEmpty()
                   ? tr("Proposal accepted: %1").arg(m_proposal.summary())
                   : tr("Accepted %n change(s) of the proposal.", nullptr, static_cast<int>(caseIds.size())));
    return true;
}

bool TheatrePage::exportPlan(const QString& path)
{
    return report(m_service.exportPlan(path), tr("Plan written to %1.").arg(path));
}

bool TheatrePage::writeDocument(Document document, const QString& path, const QDate& day)
{
    const theatre::PrintContext context{m_ws.hospitalName(), m_ws.clock().now()};
    Status st;
    switch (document) {
    case Document::DayList:
        st = theatre::TheatreDocuments::writeDayList(m_schedule, day, path, context);
        break;
    case Document::Letters:
        st = theatre::TheatreDocuments::writeLetters(m_schedule, path, context);
        break;
    case Document::CallList:
        st = theatre::TheatreDocuments::writeCallList(m_schedule, path, context);
        break;
    }
    if (!st) {
        setMessage(st.errorMessage(), true);
    }
    return st.ok();
}

void TheatrePage::printPreview(Document document)
{
    QDate day;
    QString title;
    if (document == Document::DayList) {
        QList<QDate> dates;
        QStringList days;
        for (const auto& s : m_schedule.sessions) {
            if (dates.isEmpty() || dates.last() != s.date) {
                dates << s.date;
                days << TheatreWording::longDay(s.date);
            }
        }
        const auto* selected = m_schedule.session(m_board->selectedSession());
        bool ok = false;
        const QString choice = QInputDialog::getItem(
            this, tr("Day list"), tr("Day:"), days,
            selected != nullptr ? std::max(0, static_cast<int>(dates.indexOf(selected->date))) : 0, false,
            &ok);
        if (!ok || !days.contains(choice)) {
            return;
        }
        day = dates[days.indexOf(choice)];
        title = tr("Day list %1").arg(choice);
    } else {
        title = document == Document::Letters ? tr("Letters to patients") : tr("Call list");
    }
    const QString path =
        m_printDir.filePath(QStringLiteral("theatre-%1.pdf").arg(static_cast<int>(document)));
    if (!writeDocument(document, path, day)) {
        return;
    }
    auto* preview = new PdfPreviewDialog(path, title, this);
    connect(preview, &PdfPreviewDialog::delivered, this, [this, document, day](const QString& target) {
        if (auto st = theatre::TheatrePrintouts(m_ws).audit(document, target, day); !st) {
            setMessage(st.errorMessage(), true);
        }
    });
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
}

void TheatrePage::showContextMenu(const QString& caseId, const QString& sessionId, const QPoint& globalPos)
{
    if (!m_canEdit) {
        return;
    }
    QMenu menu(this);
    if (const auto* k = m_schedule.findCase(caseId)) {
        menu.addAction(k->locked ? tr("Unlock %1").arg(caseId) : tr("Lock %1 in its session").arg(caseId),
                       this, [this, caseId, locked = k->locked] { setLocked(caseId, !locked); });
        menu.addAction(tr("Change priority…"), this, [this, caseId] { askPriority(caseId); });
        menu.addAction(tr("Edit case…"), this, [this, caseId] { editCase(caseId); });
        menu.addAction(tr("Postpone…"), this, [this, caseId] { moveCase(caseId, {}); })
            ->setEnabled(!k->locked);
        menu.addSeparator();
    }
    if (const auto* s = m_schedule.session(sessionId)) {
        const QString name = TheatreWording::session(*s);
        menu.addAction(tr("Edit session %1…").arg(name), this, [this, sessionId] { editSession(sessionId); });
        if (s->open) {
            menu.addAction(tr("Close session %1…").arg(name), this, [this, sessionId, name] {
                if (const auto reason =
                        askReason(tr("Close %1").arg(name), tr("Why is this session closed?"))) {
                    closeSessions({sessionId}, *reason);
                }
            });
        } else {
            menu.addAction(tr("Reopen session %1").arg(name), this,
                           [this, sessionId] { reopenSession(sessionId); });
        }
    }
    if (!menu.isEmpty()) {
        menu.exec(globalPos);
    }
}

void TheatrePage::askCloseTheatre()
{
    if (m_schedule.sessions.empty()) {
        return;
    }
    const auto* selected = m_schedule.session(m_board->selectedSession());
    const QDate from = selected != nullptr ? selected->date : m_schedule.sessions.front().date;
    CloseTheatreDialog dialog(m_schedule.theatres(), from, from.addDays(4), this);
    if (dialog.exec() == QDialog::Accepted) {
        closeTheatre(dialog.theatre(), dialog.from(), dialog.to(), dialog.reason());
    }
}

void TheatrePage::askImport()
{
    const QString sessions =
        QFileDialog::getOpenFileName(this, tr("Sessions file (sessions.csv)"), {}, tr("CSV (*.csv)"));
    if (sessions.isEmpty()) {
        return;
    }
    const QString cases =
        QFileDialog::getOpenFileName(this, tr("Cases file (cases.csv)"), {}, tr("CSV (*.csv)"));
    if (!cases.isEmpty()) {
        importFiles(sessions, cases);
    }
}

void TheatrePage::askExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the plan"), QStringLiteral("plan.csv"),
                                                      tr("CSV (*.csv)"));
    if (!path.isEmpty()) {
        exportPlan(path);
    }
}

void TheatrePage::scrollToWeek(int index)
{
    const QDate monday = m_week->itemData(index).toDate();
    for (const auto& s : m_schedule.sessions) {
        if (s.date >= monday) {
            m_scroll->horizontalScrollBar()->setValue(std::max(0, m_board->dayX(s.date) - 90));
            return;
        }
    }
}

} // namespace wp::gui
