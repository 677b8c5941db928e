#pragma once

// Complete type needed: proposalDialog() converts a QPointer inline.
#include "theatre/ProposalDialog.h"

#include "theatre/Planner.h"
#include "theatreplan/Proposal.h"
#include "theatreplan/Schedule.h"
#include "theatreplan/TheatrePrintouts.h"
#include "theatreplan/TheatreService.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QToolButton;
class QUndoStack;

namespace wp {
class Workspace;
}

namespace wp::gui {

class CaseDetailsPanel;
class PlanEditor;
class RescheduleRunner;
class TheatreBoard;
class UnscheduledList;

/// The theatre manager's workspace, self-contained so the main window can host it in its
/// "Theatres" entry: the week board, the cases needing a slot, closing theatres, one-click
/// rescheduling with a reviewable proposal, manual moves with live checks and undo, the
/// printouts and the plan export. All data goes through theatre::TheatreService (checked,
/// audited); the page never touches SQL. Users without Permission::ManageTheatres see the
/// board read-only.
class TheatrePage : public QWidget
{
    Q_OBJECT

public:
    using Document = theatre::TheatrePrintouts::Kind;

    explicit TheatrePage(Workspace& ws, QWidget* parent = nullptr);
    ~TheatrePage() override;

    /// Reloads the schedule from the database (after another window changed it).
    void reload();
    const theatre::Schedule& schedule() const { return m_schedule; }

    // The page's actions, also driven directly by tests. Each returns false and shows the
    // reason in the message bar when refused.
    bool importFiles(const QString& sessionsPath, const QString& casesPath);
    bool closeSessions(const QStringList& sessionIds, const QString& reason);
    bool closeTheatre(const QString& theatre, const QDate& from, const QDate& to, const QString& reason);
    bool reopenSession(const QString& sessionId);
    /// Books `caseId` in `sessionId` (postpones it when empty, asking a reason); undoable.
    bool moveCase(const QString& caseId, const QString& sessionId);
    /// Puts `caseId` in `sessionId` starting at `start` (minutes after midnight), before the
    /// cases whose middle comes later; the others follow after the turnover. Undoable.
    bool placeCase(const QString& caseId, const QString& sessionId, int start);
    /// Moves a booked case `delta` places earlier (-1) or later (+1) in its session. Undoable.
    bool shiftCase(const QString& caseId, int delta);
    bool setLocked(const QString& caseId, bool locked);
    bool changePriority(const QString& caseId, int priority, const QString& reason);
    bool saveSession(const theatre::ScheduleSession& session, bool create);
    bool saveCase(const theatre::ScheduleCase& k, bool create);
    /// Starts the engine in a worker thread; proposalReady() follows (unless cancelled).
    void reschedule();
    void cancelReschedule();
    bool isRescheduling() const;
    /// Applies the open proposal's changes for `caseIds` (all when empty).
    bool acceptProposal(const QStringList& caseIds, const QString& postponeReason);
    bool exportPlan(const QString& path);
    /// Writes a printout; `day` is used by the day list only.
    bool writeDocument(Document document, const QString& path, const QDate& day = {});

    QString message() const;
    QUndoStack* undoStack() const { return m_undo; }
    TheatreBoard* board() const { return m_board; }
    UnscheduledList* unscheduledList() const { return m_unscheduled; }
    ProposalDialog* proposalDialog() const { return m_proposalDialog; }
    /// Milliseconds from reschedule() to the proposal on screen, for the last run.
    qint64 lastRescheduleMs() const { return m_lastRescheduleMs; }
    /// The engine's own time for the last run, in seconds.
    double lastEngineSeconds() const;

    /// Test seam: the answer the next reason prompt gets without showing a dialog.
    void setNextReason(const QString& reason) { m_nextReason = reason; }
    void setPlannerOptions(const theatre::PlannerOptions& options) { m_plannerOptions = options; }

protected:
    /// Coming back to the page reloads: other pages may have registered the patients it names.
    void showEvent(QShowEvent* event) override;

signals:
    void proposalReady();
    void scheduleChanged();

private:
    void buildUi();
    void setMessage(const QString& text, bool error = false);
    bool report(const Status& status, const QString& success);
    std::optional<QString> askReason(const QString& title, const QString& label);
    /// Puts a case at `position` in a session (PlanEditor::placeCase) and says where it went.
    bool place(const QString& caseId, const QString& sessionId, int position, int start);
    /// Reloads after an edit that worked, and says how it went.
    bool afterEdit(const Status& status, const QString& success);
    void refreshLists();
    void refreshDetails();
    void updateActions();
    void onRescheduleFinished(bool cancelled);
    void showContextMenu(const QString& caseId, const QString& sessionId, const QPoint& globalPos);
    void askCloseTheatre();
    void askImport();
    void askExport();
    void askPriority(const QString& caseId);
    /// Opens the case (session) editor; an empty id makes a new one.
    void editCase(const QString& caseId);
    void editSession(const QString& sessionId);
    void printPreview(Document document);
    void scrollToWeek(int index);

    Workspace& m_ws;
    theatre::TheatreService m_service;
    theatre::Schedule m_schedule;
    theatre::Instance m_instance; // m_schedule for the engine and the live checks
    bool m_canEdit = false;

    QUndoStack* m_undo = nullptr;
    PlanEditor* m_editor = nullptr;
    TheatreBoard* m_board = nullptr;
    QScrollArea* m_scroll = nullptr;
    UnscheduledList* m_unscheduled = nullptr;
    QLabel* m_message = nullptr;
    CaseDetailsPanel* m_details = nullptr;
    QLabel* m_dragHint = nullptr;
    QComboBox* m_specialty = nullptr;
    QComboBox* m_surgeon = nullptr;
    QComboBox* m_week = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QAction* m_importAction = nullptr;
    QToolButton* m_newButton = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_rescheduleAction = nullptr;
    QAction* m_exportAction = nullptr;

    RescheduleRunner* m_runner = nullptr;
    theatre::PlannerOptions m_plannerOptions;
    theatre::Schedule m_runSchedule;
    theatre::Instance m_runInstance;
    theatre::Proposal m_proposal;
    QPointer<ProposalDialog> m_proposalDialog;
    QElapsedTimer m_rescheduleClock;
    qint64 m_lastRescheduleMs = 0;

    std::optional<QString> m_nextReason;
    bool m_shown = false;
    QTemporaryDir m_printDir;
};

} // namespace wp::gui
