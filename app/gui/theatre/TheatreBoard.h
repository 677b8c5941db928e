#pragma once

#include "CaseBlockText.h"
#include "theatreplan/Schedule.h"

#include <QWidget>

#include <functional>
#include <vector>

namespace wp::gui {

/// The week board: one row per theatre, one column per day, sessions placed by time of
/// day and cases drawn inside them as blocks as wide as their duration, coloured by
/// priority. Custom-painted from precomputed boxes so that 12 theatres × 6 weeks repaint
/// fast. Cases are dragged with the mouse (or dropped from the "needing a slot" list);
/// the board only asks, through moveRequested, and the page decides.
class TheatreBoard : public QWidget
{
    Q_OBJECT

public:
    /// Mime type of a dragged case (its id as UTF-8).
    static QString caseMimeType() { return QStringLiteral("application/x-whiteplan-theatre-case"); }

    explicit TheatreBoard(QWidget* parent = nullptr);

    /// The board keeps a pointer: the page owns the schedule and calls this after every reload.
    void setSchedule(const theatre::Schedule* schedule);
    /// Says why a case may not start at `start` in a session (empty: allowed); used live while dragging.
    using MoveChecker = std::function<QString(const QString& caseId, const QString& sessionId, int start)>;
    void setMoveChecker(MoveChecker checker);
    void setFilters(const QString& specialty, const QString& surgeon);
    void setDayWidth(int pixels);

    QString selectedCase() const { return m_selectedCase; }
    void selectCase(const QString& caseId);
    QString selectedSession() const { return m_selectedSession; }

    /// Geometry, for tests and for scrolling to a week.
    QRect caseRect(const QString& caseId) const;
    QRect sessionRect(const QString& sessionId) const;
    int dayX(const QDate& date) const;
    QString sessionAt(const QPoint& pos) const;
    QString caseAt(const QPoint& pos) const;
    /// Time of day (minutes, by 5) at `x` in `sessionId`'s day; the inverse of the layout.
    int timeAt(const QString& sessionId, int x) const;
    /// x of `minutes` in `sessionId`'s day.
    int xAt(const QString& sessionId, int minutes) const;
    /// The closure reason's lines as last painted in a closed session (for tests).
    QStringList closureNote(const QString& sessionId) const;

    QSize sizeHint() const override;

signals:
    void caseSelected(const QString& caseId);
    void sessionSelected(const QString& sessionId);
    /// A case dropped in a session, its left edge at `start` (minutes after midnight).
    void placeRequested(const QString& caseId, const QString& sessionId, int start);
    /// Alt+Up / Alt+Down on the selected case: one place earlier (-1) or later (+1) in its session.
    void shiftRequested(const QString& caseId, int delta);
    /// "Drop to put C012 in S1207-T2-AM at 10:30" or why not, while a case is dragged; empty after.
    void dragMessage(const QString& text);
    void contextMenuRequested(const QString& caseId, const QString& sessionId, const QPoint& globalPos);
    /// Enter on a case, or a double click.
    void caseActivated(const QString& caseId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Box
    {
        int index = -1;   ///< in the schedule's sessions or cases
        int session = -1; ///< for cases: their session's box
        int row = 0;
        int start = 0; ///< for cases: where the layout put it, minutes after midnight
        QRect rect;
        bool fitted = false; ///< `lines` (cases) or `note` (sessions) fit the current rect and font
        std::vector<CaseBlockText::Line> lines;
        QStringList note; ///< for closed sessions: the reason, wrapped in the box
    };

    void layoutBoxes();
    /// Rows share the height of the scroll area's viewport, within bounds; true when it changed.
    bool fitRowHeight();
    /// Keeps watching the viewport that holds the board, to follow its height.
    void watchParent();
    bool matchesFilter(int caseIndex) const;
    /// Updates the drop target under `pos` and says whether `caseId` may go there.
    void hoverForDrop(const QString& caseId, const QPoint& pos);
    /// Where the dragged case's left edge is when the pointer is at `pos`.
    int dropStart(const QString& sessionId, const QPoint& pos) const;
    void endDrag();
    void moveSelection(int dx, int dy);
    void ensureSelectionVisible();
    QString tooltipFor(const QPoint& pos) const;

    const theatre::Schedule* m_schedule = nullptr;
    MoveChecker m_checker;
    QString m_specialty;
    QString m_surgeon;
    int m_dayWidth = 170;
    int m_rowHeight = 46;
    QWidget* m_watched = nullptr;
    std::vector<QDate> m_days;
    QStringList m_theatres;
    int m_dayStart = 8 * 60;
    int m_dayEnd = 18 * 60;
    std::vector<Box> m_sessionBoxes;
    std::vector<Box> m_caseBoxes;
    QHash<QString, int> m_caseBoxOf;
    QHash<QString, int> m_sessionBoxOf;

    QString m_selectedCase;
    QString m_selectedSession;
    QString m_pressedCase;
    QPoint m_pressPos;
    bool m_dragging = false;
    int m_grabOffset = 0; ///< from the pressed case's left edge to the pointer
    QString m_dropSession;
    int m_dropStart = -1;
    bool m_dropAllowed = false;
};

} // namespace wp::gui
