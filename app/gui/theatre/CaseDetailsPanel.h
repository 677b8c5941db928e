#pragma once

#include "theatreplan/Schedule.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace wp::gui {

/// The selected case in words (patient, procedure, booking, deadline, lock, last
/// postponement) with its actions. It only asks; the page acts.
class CaseDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailsPanel(QWidget* parent = nullptr);

    /// `k` null: nothing selected. Actions are offered only when `canEdit`.
    void showCase(const theatre::Schedule& schedule, const theatre::ScheduleCase* k, bool canEdit);

signals:
    void lockRequested(const QString& caseId, bool locked);
    void priorityRequested(const QString& caseId);
    void postponeRequested(const QString& caseId);

private:
    QString m_caseId;
    bool m_locked = false;
    QLabel* m_text = nullptr;
    QPushButton* m_lockButton = nullptr;
    QPushButton* m_priorityButton = nullptr;
    QPushButton* m_postponeButton = nullptr;
};

} // namespace wp::gui
