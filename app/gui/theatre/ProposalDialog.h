#pragma once

#include "theatreplan/Proposal.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace wp::gui {

/// The engine's proposal as a difference from the current plan: cost before and after,
/// a table by priority and one checkable line per changed case. The manager accepts all,
/// or only the checked lines; postponements need a reason. The dialog only asks (through
/// acceptRequested); the page applies and closes it, or shows why not.
class ProposalDialog : public QDialog
{
    Q_OBJECT

public:
    ProposalDialog(const theatre::Proposal& proposal, const theatre::Schedule& schedule,
                   QWidget* parent = nullptr);

    QStringList checkedCaseIds() const;
    void setChecked(const QString& caseId, bool checked);
    QString postponeReason() const;
    void setPostponeReason(const QString& reason);
    void showError(const QString& message);
    int changeCount() const;

    QPushButton* acceptAllButton() const { return m_acceptAll; }
    QPushButton* acceptCheckedButton() const { return m_acceptChecked; }

signals:
    /// `caseIds` empty: accept everything.
    void acceptRequested(const QStringList& caseIds, const QString& postponeReason);

private:
    QTreeWidget* m_changes = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_acceptAll = nullptr;
    QPushButton* m_acceptChecked = nullptr;
};

} // namespace wp::gui
