#include "CaseDetailsPanel.h"

#include "theatre/PlanFile.h"
#include "theatreplan/TheatreWording.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

using theatre::PlanFile;
using theatre::TheatreWording;

CaseDetailsPanel::CaseDetailsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("caseDetails"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMinimumHeight(110);
    layout->addWidget(m_text, 1);
    auto* buttons = new QHBoxLayout;
    m_lockButton = new QPushButton(tr("Lock"), this);
    m_priorityButton = new QPushButton(tr("Priority…"), this);
    m_postponeButton = new QPushButton(tr("Postpone…"), this);
    buttons->addWidget(m_lockButton);
    buttons->addWidget(m_priorityButton);
    buttons->addWidget(m_postponeButton);
    layout->addLayout(buttons);
    connect(m_lockButton, &QPushButton::clicked, this, [this] { emit lockRequested(m_caseId, !m_locked); });
    connect(m_priorityButton, &QPushButton::clicked, this, [this] { emit priorityRequested(m_caseId); });
    connect(m_postponeButton, &QPushButton::clicked, this, [this] { emit postponeRequested(m_caseId); });
    showCase({}, nullptr, false);
}

void CaseDetailsPanel::showCase(const theatre::Schedule& schedule, const theatre::ScheduleCase* k,
                                bool canEdit)
{
    m_caseId = k != nullptr ? k->id : QString();
    m_locked = k != nullptr && k->locked;
    m_lockButton->setEnabled(canEdit && k != nullptr && (k->locked || !k->bookedSession.isEmpty()));
    m_priorityButton->setEnabled(canEdit && k != nullptr);
    m_postponeButton->setEnabled(canEdit && k != nullptr && !k->bookedSession.isEmpty() && !k->locked);
    if (k == nullptr) {
        m_text->setText(schedule.cases.empty() ? QString()
                                               : tr("Select a case on the board or in the list. Arrow keys "
                                                    "move between cases; Enter changes the priority."));
        m_lockButton->setText(tr("Lock"));
        return;
    }
    m_lockButton->setText(k->locked ? tr("Unlock") : tr("Lock"));
    const auto* s = schedule.session(k->bookedSession);
    QString text = tr("%1 — P%2 — %3\n%4 (%5), %6 min, surgeon %7\nListed %8, deadline %9")
                       .arg(k->id)
                       .arg(k->priority)
                       .arg(TheatreWording::patient(*k), k->procedure, k->specialty)
                       .arg(k->duration)
                       .arg(k->surgeon, TheatreWording::day(k->listed), TheatreWording::day(k->deadline()));
    text +=
        QLatin1Char('\n') +
        (s != nullptr
             ? tr("Booked: %1 at %2").arg(TheatreWording::session(*s), PlanFile::formatTime(k->bookedStart))
             : tr("Needs a slot"));
    if (s != nullptr && s->date > k->deadline()) {
        text += QLatin1Char('\n') + tr("Warning: after its deadline.");
    }
    if (k->locked) {
        text += QLatin1Char('\n') + tr("Locked: rescheduling keeps it in this session.");
    }
    if (!k->lastPostponementReason.isEmpty()) {
        text += QLatin1Char('\n') + tr("Last postponed: %1").arg(k->lastPostponementReason);
    }
    m_text->setText(text);
}

} // namespace wp::gui
