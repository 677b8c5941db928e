#include "TheatreBoard.h"

#include "theatre/PlanFile.h"
#include "theatreplan/TheatreWording.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace wp::gui {

namespace {

constexpr int labelWidth = 84;
constexpr int headerHeight = 34;
// Rows share the viewport's height: 4 theatres fill a laptop screen with room for the
// procedure and times in each block; 12 or more scroll at the old compact height.
constexpr int minRowHeight = 46;
constexpr int maxRowHeight = 140;
constexpr int stripHeight = 12; // the session's own label above its cases

QColor priorityColour(int priority)
{
    // Colour-blind-safe sequential scheme: urgency reads as heat.
    switch (priority) {
    case 1:
        return QColor(0xd7, 0x30, 0x1f);
    case 2:
        return QColor(0xfc, 0x8d, 0x59);
    case 3:
        return QColor(0xfd, 0xd4, 0x9e);
    default:
        return QColor(0xb3, 0xcd, 0xe3);
    }
}

void drawPadlock(QPainter& p, const QPoint& at)
{
    p.save();
    p.setPen(QPen(Qt::black, 1.2));
    p.setBrush(Qt::black);
    p.drawRect(at.x(), at.y() + 4, 7, 5);
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRect(at.x() + 1, at.y(), 5, 8), 0, 180 * 16);
    p.restore();
}

} // namespace

TheatreBoard::TheatreBoard(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Theatre week board"));
    watchParent();
}

void TheatreBoard::watchParent()
{
    if (m_watched == parentWidget()) {
        return;
    }
    if (m_watched != nullptr) {
        m_watched->removeEventFilter(this);
    }
    m_watched = parentWidget();
    if (m_watched != nullptr) {
        m_watched->installEventFilter(this);
    }
}

bool TheatreBoard::fitRowHeight()
{
    int height = minRowHeight;
    if (m_watched != nullptr && !m_theatres.isEmpty()) {
        const int available = m_watched->height() - headerHeight - 1;
        height = std::clamp(available / static_cast<int>(m_theatres.size()), minRowHeight, maxRowHeight);
    }
    if (height == m_rowHeight) {
        return false;
    }
    m_rowHeight = height;
    return true;
}

bool TheatreBoard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watched && event->type() == QEvent::Resize && m_schedule != nullptr && fitRowHeight()) {
        layoutBoxes();
        ensureSelectionVisible();
        update();
    }
    return QWidget::eventFilter(watched, event);
}

void TheatreBoard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::ParentChange) {
        watchParent();
        if (m_schedule != nullptr) {
            layoutBoxes();
        }
    } else if (event->type() == QEvent::FontChange) {
        for (auto* boxes : {&m_caseBoxes, &m_sessionBoxes}) {
            for (auto& box : *boxes) {
                box.fitted = false;
            }
        }
    }
    QWidget::changeEvent(event);
}

void TheatreBoard::setSchedule(const theatre::Schedule* schedule)
{
    m_schedule = schedule;
    layoutBoxes();
    if (m_schedule == nullptr || m_schedule->findCase(m_selectedCase) == nullptr) {
        m_selectedCase.clear();
    }
    update();
}

void TheatreBoard::setMoveChecker(MoveChecker checker)
{
    m_checker = std::move(checker);
}

void TheatreBoard::setFilters(const QString& specialty, const QString& surgeon)
{
    m_specialty = specialty;
    m_surgeon = surgeon;
    update();
}

void TheatreBoard::setDayWidth(int pixels)
{
    m_dayWidth = std::max(60, pixels);
    layoutBoxes();
    update();
}

void TheatreBoard::layoutBoxes()
{
    m_days.clear();
    m_theatres.clear();
    m_sessionBoxes.clear();
    m_caseBoxes.clear();
    m_caseBoxOf.clear();
    m_sessionBoxOf.clear();
    if (m_schedule == nullptr) {
        updateGeometry();
        resize(sizeHint());
        return;
    }
    m_theatres = m_schedule->theatres();
    fitRowHeight();
    const int rowHeight = m_rowHeight;
    QHash<QString, int> rowOf;
    for (int i = 0; i < m_theatres.size(); ++i) {
        rowOf.insert(m_theatres[i], i);
    }
    m_dayStart = 24 * 60;
    m_dayEnd = 0;
    for (const auto& s : m_schedule->sessions) {
        m_days.push_back(s.date);
        m_dayStart = std::min(m_dayStart, s.start);
        m_dayEnd = std::max(m_dayEnd, s.end);
    }
    std::sort(m_days.begin(), m_days.end());
    m_days.erase(std::unique(m_days.begin(), m_days.end()), m_days.end());
    if (m_dayEnd <= m_dayStart) {
        m_dayStart = 8 * 60;
        m_dayEnd = 18 * 60;
    }
    const double range = m_dayEnd - m_dayStart;
    const int usable = m_dayWidth - 6;
    auto xOf = [&](const QDate& date, int minutes) {
        return dayX(date) + 3 + static_cast<int>((minutes - m_dayStart) * usable / range);
    };
    for (int s = 0; s < static_cast<int>(m_schedule->sessions.size()); ++s) {
        const auto& session = m_schedule->sessions[s];
        Box box;
        box.index = s;
        box.row = rowOf.value(session.theatre);
        const int x = xOf(session.date, session.start);
        box.rect = QRect(x, headerHeight + box.row * rowHeight + 3,
                         std::max(4, xOf(session.date, session.end) - x - 1), rowHeight - 6);
        m_sessionBoxOf.insert(session.id, static_cast<int>(m_sessionBoxes.size()));
        m_sessionBoxes.push_back(box);
    }
    for (int s = 0; s < static_cast<int>(m_schedule->sessions.size()); ++s) {
        const auto& session = m_schedule->sessions[s];
        const Box& sb = m_sessionBoxes[m_sessionBoxOf.value(session.id)];
        int packed = session.start;
        for (int c : m_schedule->casesIn(s)) {
            const auto& k = m_schedule->cases[c];
            const int start = k.bookedStart >= 0 ? k.bookedStart : packed;
            packed = start + k.duration + m_schedule->turnover;
            Box box;
            box.index = c;
            box.session = m_sessionBoxOf.value(session.id);
            box.row = sb.row;
            box.start = start;
            const int x = xOf(session.date, start);
            const int w = std::max(4, xOf(session.date, start + k.duration) - x - 1);
            box.rect = QRect(x, sb.rect.top() + stripHeight, w, sb.rect.height() - stripHeight);
            m_caseBoxOf.insert(k.id, static_cast<int>(m_caseBoxes.size()));
            m_caseBoxes.push_back(box);
        }
    }
    updateGeometry();
    resize(sizeHint());
}

int TheatreBoard::timeAt(const QString& sessionId, int x) const
{
    const theatre::ScheduleSession* s = m_schedule != nullptr ? m_schedule->session(sessionId) : nullptr;
    if (s == nullptr) {
        return -1;
    }
    const double minutes =
        m_dayStart + (x - dayX(s->date) - 3) * double(m_dayEnd - m_dayStart) / (m_dayWidth - 6);
    const int snapped = static_cast<int>(std::lround(minutes / 5.0)) * 5;
    return std::clamp(snapped, s->start, std::max(s->start, s->end - 5));
}

int TheatreBoard::xAt(const QString& sessionId, int minutes) const
{
    const theatre::ScheduleSession* s = m_schedule != nullptr ? m_schedule->session(sessionId) : nullptr;
    if (s == nullptr) {
        return -1;
    }
    return dayX(s->date) + 3 +
           static_cast<int>((minutes - m_dayStart) * (m_dayWidth - 6) / double(m_dayEnd - m_dayStart));
}

int TheatreBoard::dayX(const QDate& date) const
{
    const auto it = std::lower_bound(m_days.begin(), m_days.end(), date);
    return labelWidth + static_cast<int>(it - m_days.begin()) * m_dayWidth;
}

QSize TheatreBoard::sizeHint() const
{
    return {labelWidth + static_cast<int>(std::max<size_t>(m_days.size(), 1)) * m_dayWidth,
            headerHeight + static_cast<int>(std::max<qsizetype>(m_theatres.size(), 1)) * m_rowHeight + 1};
}

QRect TheatreBoard::caseRect(const QString& caseId) const
{
    const int b = m_caseBoxOf.value(caseId, -1);
    return b < 0 ? QRect() : m_caseBoxes[b].rect;
}

QRect TheatreBoard::sessionRect(const QString& sessionId) const
{
    const int b = m_sessionBoxOf.value(sessionId, -1);
    return b < 0 ? QRect() : m_sessionBoxes[b].rect;
}

QStringList TheatreBoard::closureNote(const QString& sessionId) const
{
    const int b = m_sessionBoxOf.value(sessionId, -1);
    return b < 0 ? QStringList() : m_sessionBoxes[b].note;
}

QString TheatreBoard::sessionAt(const QPoint& pos) const
{
    for (const auto& box : m_sessionBoxes) {
        if (box.rect.contains(pos)) {
            return m_schedule->sessions[box.index].id;
        }
    }
    return {};
}

QString TheatreBoard::caseAt(const QPoint& pos) const
{
    for (const auto& box : m_caseBoxes) {
        if (box.rect.contains(pos)) {
            return m_schedule->cases[box.index].id;
        }
    }
    return {};
}

bool TheatreBoard::matchesFilter(int caseIndex) const
{
    const auto& k = m_schedule->cases[caseIndex];
    return (m_specialty.isEmpty() || k.specialty == m_specialty) &&
           (m_surgeon.isEmpty() || k.surgeon == m_surgeon);
}

void TheatreBoard::selectCase(const QString& caseId)
{
    if (m_selectedCase == caseId) {
        return;
    }
    m_selectedCase = caseId;
    if (!caseId.isEmpty()) {
        m_selectedSession = m_schedule != nullptr && m_schedule->findCase(caseId) != nullptr
                                ? m_schedule->findCase(caseId)->bookedSession
                                : QString();
    }
    ensureSelectionVisible();
    update();
    emit caseSelected(caseId);
}

void TheatreBoard::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    const QRect dirty = event->rect();
    p.fillRect(dirty, palette().base());
    if (m_schedule == nullptr || m_days.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No theatre schedule yet: import one or add sessions."));
        return;
    }
    const QLocale locale;
    const QColor grid = palette().color(QPalette::Mid);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    QFont bold = font();
    bold.setBold(true);

    // Day columns and header.
    for (size_t d = 0; d < m_days.size(); ++d) {
        const int x = labelWidth + static_cast<int>(d) * m_dayWidth;
        const QRect column(x, 0, m_dayWidth, height());
        if (!column.intersects(dirty)) {
            continue;
        }
        if (m_days[d].dayOfWeek() >= 6) {
            p.fillRect(column, palette().color(QPalette::AlternateBase));
        }
        const bool newWeek = d == 0 || m_days[d].weekNumber() != m_days[d - 1].weekNumber();
        p.setPen(QPen(newWeek ? palette().color(QPalette::Dark) : grid, newWeek ? 2 : 1));
        p.drawLine(x, 0, x, height());
        p.setPen(palette().color(QPalette::Text));
        p.setFont(bold);
        p.drawText(QRect(x + 4, 2, m_dayWidth - 8, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   locale.toString(m_days[d], QStringLiteral("ddd d MMM")));
        p.setFont(small);
        if (newWeek) {
            p.drawText(QRect(x + 4, 17, m_dayWidth - 8, 14), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("Week %1").arg(m_days[d].weekNumber()));
        }
    }
    // Theatre rows.
    p.setFont(bold);
    const int rowHeight = m_rowHeight;
    for (int r = 0; r < m_theatres.size(); ++r) {
        const int y = headerHeight + r * rowHeight;
        p.setPen(grid);
        p.drawLine(dirty.left(), y, dirty.right(), y);
        if (dirty.left() < labelWidth) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(4, y, labelWidth - 8, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       m_theatres[r]);
        }
    }
    p.setFont(small);
    // Sessions: open ones plain, closed ones hatched, overbooked ones outlined in red.
    for (auto& box : m_sessionBoxes) {
        if (!box.rect.intersects(dirty)) {
            continue;
        }
        const auto& s = m_schedule->sessions[box.index];
        p.setPen(QPen(grid, 1));
        p.setBrush(s.open ? palette().color(QPalette::Window).lighter(104) : QColor(0xe0, 0xe0, 0xe0));
        p.drawRect(box.rect);
        if (!s.open) {
            p.setBrush(QBrush(QColor(0x70, 0x70, 0x70), Qt::BDiagPattern));
            p.drawRect(box.rect);
        }
        p.setPen(palette().color(QPalette::Text));
        const QString label = s.open ? (s.servesAnySpecialty() ? tr("any") : s.specialty) : tr("closed");
        p.drawText(box.rect.adjusted(3, 0, -2, 0).topLeft() + QPoint(0, stripHeight - 2),
                   p.fontMetrics().elidedText(label, Qt::ElideRight, box.rect.width() - 5));
        if (!s.open && !s.closureReason.isEmpty()) {
            // The reason gets the empty box below the strip, wrapped between words: one line
            // of "closed: Pla…" said nothing.
            const QRect area = box.rect.adjusted(3, stripHeight + 1, -2, -2);
            const QFontMetrics fm = p.fontMetrics();
            if (!box.fitted) {
                box.note = CaseBlockText::wrap(s.closureReason, fm, area.width() - 4,
                                               std::max(1, area.height() / fm.lineSpacing()));
                box.fitted = true;
            }
            int widest = 0;
            for (const QString& line : box.note) {
                widest = std::max(widest, fm.horizontalAdvance(line));
            }
            const QRect back(area.left(), area.top(), widest + 4,
                             static_cast<int>(box.note.size()) * fm.lineSpacing());
            p.fillRect(back, QColor(0xf2, 0xf2, 0xf2));
            for (qsizetype i = 0; i < box.note.size(); ++i) {
                p.drawText(area.left() + 2, area.top() + static_cast<int>(i) * fm.lineSpacing() + fm.ascent(),
                           box.note[i]);
            }
        }
        if (s.id == m_selectedSession && m_selectedCase.isEmpty()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box.rect.adjusted(1, 1, -1, -1));
        }
        if (m_dragging || !m_dropSession.isEmpty()) {
            if (s.id == m_dropSession) {
                p.setPen(QPen(m_dropAllowed ? QColor(0x1a, 0x96, 0x41) : QColor(0xd7, 0x19, 0x1c), 3));
                p.setBrush(Qt::NoBrush);
                p.drawRect(box.rect.adjusted(1, 1, -1, -1));
            }
        }
    }
    // Where the dragged case would start.
    if (!m_dropSession.isEmpty() && m_dropStart >= 0) {
        const QRect r = sessionRect(m_dropSession);
        const int x = xAt(m_dropSession, m_dropStart);
        p.setPen(QPen(m_dropAllowed ? QColor(0x1a, 0x96, 0x41) : QColor(0xd7, 0x19, 0x1c), 3));
        p.drawLine(x, r.top() - 2, x, r.bottom() + 2);
    }
    // Cases.
    QFont smallBold = small;
    smallBold.setBold(true);
    for (auto& box : m_caseBoxes) {
        if (!box.rect.intersects(dirty)) {
            continue;
        }
        const auto& k = m_schedule->cases[box.index];
        const auto& s = m_schedule->sessions[m_sessionBoxes[box.session].index];
        const bool visible = matchesFilter(box.index);
        p.setOpacity(visible ? 1.0 : 0.25);
        p.setPen(QPen(QColor(0x40, 0x40, 0x40), 1));
        p.setBrush(priorityColour(k.priority));
        p.drawRect(box.rect);
        const bool late = s.date > k.deadline();
        if (late) {
            // A deadline warning must be visible without colour: a red frame and a "!" corner.
            p.setPen(QPen(QColor(0xb0, 0x00, 0x00), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box.rect.adjusted(1, 1, -1, -1));
            QPainterPath corner;
            corner.moveTo(box.rect.topRight() + QPoint(1, 0));
            corner.lineTo(box.rect.topRight() + QPoint(-8, 0));
            corner.lineTo(box.rect.topRight() + QPoint(1, 9));
            p.fillPath(corner, QColor(0xb0, 0x00, 0x00));
        }
        const QRect inner = box.rect.adjusted(3, 2, -2, -2);
        if (!box.fitted) {
            box.lines = CaseBlockText::fit(k, box.start, inner.size(), small, smallBold, late ? 8 : 0,
                                           k.locked ? 11 : 0);
            box.fitted = true;
        }
        // Dark text on the light colours, white on P1's dark red.
        p.setPen(k.priority == 1 ? Qt::white : Qt::black);
        CaseBlockText::paint(p, inner, box.lines, small, smallBold);
        if (k.locked) {
            drawPadlock(p, box.rect.bottomRight() - QPoint(9, 10));
        }
        if (k.id == m_selectedCase) {
            p.setOpacity(1.0);
            p.setPen(QPen(palette().color(QPalette::Highlight), 3));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box.rect.adjusted(-1, -1, 1, 1));
        }
    }
    p.setOpacity(1.0);
}

void TheatreBoard::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton || m_schedule == nullptr) {
        return;
    }
    const QString k = caseAt(event->position().toPoint());
    m_pressedCase = k;
    m_pressPos = event->position().toPoint();
    m_grabOffset = k.isEmpty() ? 0 : m_pressPos.x() - caseRect(k).left();
    if (!k.isEmpty()) {
        selectCase(k);
    } else {
        m_selectedCase.clear();
        m_selectedSession = sessionAt(event->position().toPoint());
        update();
        emit caseSelected({});
        emit sessionSelected(m_selectedSession);
    }
}

void TheatreBoard::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressedCase.isEmpty() || !(event->buttons() & Qt::LeftButton)) {
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        return;
    }
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    hoverForDrop(m_pressedCase, pos);
}

void TheatreBoard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const QString moving = m_pressedCase;
    const bool dragged = m_dragging;
    const QPoint pos = event->position().toPoint();
    const QString target = dragged ? sessionAt(pos) : QString();
    const int start = dropStart(target, pos);
    m_pressedCase.clear();
    endDrag();
    if (dragged && !target.isEmpty()) {
        const auto* k = m_schedule->findCase(moving);
        if (k != nullptr && (k->bookedSession != target || k->bookedStart != start)) {
            emit placeRequested(moving, target, start);
        }
    }
}

void TheatreBoard::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString k = caseAt(event->position().toPoint());
    if (!k.isEmpty()) {
        emit caseActivated(k);
    }
}

int TheatreBoard::dropStart(const QString& sessionId, const QPoint& pos) const
{
    return timeAt(sessionId, pos.x() - m_grabOffset);
}

void TheatreBoard::hoverForDrop(const QString& caseId, const QPoint& pos)
{
    const QString target = sessionAt(pos);
    const int start = target.isEmpty() ? -1 : dropStart(target, pos);
    if (target == m_dropSession && start == m_dropStart) {
        return;
    }
    m_dropSession = target;
    m_dropStart = start;
    if (target.isEmpty()) {
        m_dropAllowed = false;
        emit dragMessage(tr("Drop %1 on a session.").arg(caseId));
    } else {
        const QString why = m_checker ? m_checker(caseId, target, start) : QString();
        m_dropAllowed = why.isEmpty();
        emit dragMessage(
            m_dropAllowed ? tr("Drop to put %1 in %2 at %3.")
                                .arg(caseId, theatre::TheatreWording::session(*m_schedule->session(target)),
                                     theatre::PlanFile::formatTime(start))
                          : why);
    }
    update();
}

void TheatreBoard::endDrag()
{
    const bool was = m_dragging || !m_dropSession.isEmpty();
    m_dragging = false;
    m_dropSession.clear();
    m_dropStart = -1;
    m_dropAllowed = false;
    unsetCursor();
    if (was) {
        emit dragMessage({});
        update();
    }
}

void TheatreBoard::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() & Qt::AltModifier) {
        if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && !m_selectedCase.isEmpty()) {
            emit shiftRequested(m_selectedCase, event->key() == Qt::Key_Up ? -1 : 1);
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Left:
        moveSelection(-1, 0);
        return;
    case Qt::Key_Right:
        moveSelection(1, 0);
        return;
    case Qt::Key_Up:
        moveSelection(0, -1);
        return;
    case Qt::Key_Down:
        moveSelection(0, 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selectedCase.isEmpty()) {
            emit caseActivated(m_selectedCase);
        }
        return;
    case Qt::Key_Escape:
        if (m_dragging) {
            m_pressedCase.clear();
            endDrag();
        }
        return;
    case Qt::Key_Menu: {
        const QRect r = caseRect(m_selectedCase);
        emit contextMenuRequested(m_selectedCase, m_selectedSession,
                                  mapToGlobal(r.isValid() ? r.center() : QPoint(labelWidth, headerHeight)));
        return;
    }
    default:
        QWidget::keyPressEvent(event);
    }
}

void TheatreBoard::moveSelection(int dx, int dy)
{
    if (m_caseBoxes.empty()) {
        return;
    }
    const int current = m_caseBoxOf.value(m_selectedCase, -1);
    if (current < 0) {
        // Start from the first visible case in reading order.
        auto first = std::min_element(m_caseBoxes.begin(), m_caseBoxes.end(), [](const Box& a, const Box& b) {
            return a.row != b.row ? a.row < b.row : a.rect.left() < b.rect.left();
        });
        selectCase(m_schedule->cases[first->index].id);
        return;
    }
    const Box& from = m_caseBoxes[current];
    int best = -1;
    long bestScore = 0;
    for (int b = 0; b < static_cast<int>(m_caseBoxes.size()); ++b) {
        const Box& box = m_caseBoxes[b];
        if (b == current) {
            continue;
        }
        long score = 0;
        if (dx != 0) {
            // Same theatre, next or previous block in time.
            const int delta = (box.rect.left() - from.rect.left()) * dx;
            if (box.row != from.row || delta <= 0) {
                continue;
            }
            score = delta;
        } else {
            const int rows = (box.row - from.row) * dy;
            if (rows <= 0) {
                continue;
            }
            score = rows * 100000L + std::abs(box.rect.center().x() - from.rect.center().x());
        }
        if (best < 0 || score < bestScore) {
            best = b;
            bestScore = score;
        }
    }
    if (best >= 0) {
        selectCase(m_schedule->cases[m_caseBoxes[best].index].id);
    }
}

void TheatreBoard::ensureSelectionVisible()
{
    const QRect r = caseRect(m_selectedCase);
    if (!r.isValid() || parentWidget() == nullptr) {
        return;
    }
    if (auto* area = qobject_cast<QScrollArea*>(parentWidget()->parentWidget())) {
        area->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 40, r.height() / 2 + 20);
    }
}

void TheatreBoard::contextMenuEvent(QContextMenuEvent* event)
{
    if (m_schedule == nullptr) {
        return;
    }
    const QString k = caseAt(event->pos());
    if (!k.isEmpty()) {
        selectCase(k);
    }
    emit contextMenuRequested(k, sessionAt(event->pos()), event->globalPos());
}

void TheatreBoard::dragEnterEvent(QDragEnterEvent* event)
{
    m_grabOffset = 0;
    if (event->mimeData()->hasFormat(caseMimeType())) {
        event->acceptProposedAction();
    }
}

void TheatreBoard::dragMoveEvent(QDragMoveEvent* event)
{
    if (!event->mimeData()->hasFormat(caseMimeType())) {
        return;
    }
    hoverForDrop(QString::fromUtf8(event->mimeData()->data(caseMimeType())), event->position().toPoint());
    event->acceptProposedAction();
}

void TheatreBoard::dragLeaveEvent(QDragLeaveEvent*)
{
    endDrag();
}

void TheatreBoard::dropEvent(QDropEvent* event)
{
    const QString caseId = QString::fromUtf8(event->mimeData()->data(caseMimeType()));
    const QPoint pos = event->position().toPoint();
    const QString target = sessionAt(pos);
    m_grabOffset = 0; // from the list, the pointer is the case's start
    const int start = dropStart(target, pos);
    endDrag();
    if (!caseId.isEmpty() && !target.isEmpty()) {
        event->acceptProposedAction();
        emit placeRequested(caseId, target, start);
    }
}

bool TheatreBoard::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = tooltipFor(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

QString TheatreBoard::tooltipFor(const QPoint& pos) const
{
    if (m_schedule == nullptr) {
        return {};
    }
    using theatre::PlanFile;
    if (const auto* k = m_schedule->findCase(caseAt(pos))) {
        const auto* s = m_schedule->session(k->bookedSession);
        QString text = tr("%1 — P%2 — %3\n%4, %5 min, %6\nStarts %7; deadline %8")
                           .arg(k->id)
                           .arg(k->priority)
                           .arg(theatre::TheatreWording::patient(*k), k->procedure)
                           .arg(k->duration)
                           .arg(k->surgeon, PlanFile::formatTime(k->bookedStart),
                                theatre::TheatreWording::day(k->deadline()));
        if (s != nullptr && s->date > k->deadline()) {
            text += QLatin1Char('\n') + tr("After its deadline!");
        }
        if (k->locked) {
            text += QLatin1Char('\n') + tr("Locked in this session.");
        }
        return text;
    }
    if (const auto* s = m_schedule->session(sessionAt(pos))) {
        return tr("%1 — %2%3\nSession %4")
            .arg(theatre::TheatreWording::sessionWithTimes(*s),
                 s->servesAnySpecialty() ? tr("any specialty") : s->specialty,
                 s->open ? QString() : QLatin1Char('\n') + tr("Closed: %1").arg(s->closureReason), s->id);
    }
    return {};
}

} // namespace wp::gui
