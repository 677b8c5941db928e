#include "ProposalDialog.h"

#include "theatreplan/TheatreWording.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wp::gui {

using theatre::ProposalChange;
using theatre::TheatreWording;

ProposalDialog::ProposalDialog(const theatre::Proposal& proposal, const theatre::Schedule& schedule,
                               QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Rescheduling proposal"));
    auto* layout = new QVBoxLayout(this);

    auto* summary = new QLabel(proposal.summary(), this);
    summary->setObjectName(QStringLiteral("proposalSummary"));
    summary->setWordWrap(true);
    QFont big = summary->font();
    big.setBold(true);
    summary->setFont(big);
    layout->addWidget(summary);

    // By priority: what the current plan and the proposal do to each class.
    auto* table = new QTableWidget(4, 6, this);
    table->setObjectName(QStringLiteral("priorityTable"));
    table->setHorizontalHeaderLabels({tr("Cases"), tr("Moved"), tr("Postponed (now → proposed)"),
                                      tr("Late (now → proposed)"), tr("Delay score now"),
                                      tr("Delay score proposed")});
    for (int p = 0; p < 4; ++p) {
        const auto& b = proposal.before.byPriority[static_cast<size_t>(p)];
        const auto& a = proposal.after.byPriority[static_cast<size_t>(p)];
        table->setVerticalHeaderItem(p, new QTableWidgetItem(QStringLiteral("P%1").arg(p + 1)));
        const QStringList cells{QString::number(a.cases),
                                QString::number(a.moved),
                                QStringLiteral("%1 → %2").arg(b.postponed).arg(a.postponed),
                                QStringLiteral("%1 → %2").arg(b.late).arg(a.late),
                                theatre::Proposal::score(b.total()),
                                theatre::Proposal::score(a.total())};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setFlags(Qt::ItemIsEnabled);
            item->setTextAlignment(Qt::AlignCenter);
            table->setItem(p, col, item);
        }
    }
    // The two "now → proposed" columns as wide as their headings; the four single figures
    // share the rest equally (a stretched last column alone looked like a different kind
    // of figure).
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    table->setFixedHeight(table->horizontalHeader()->height() + 4 * table->rowHeight(0) + 6);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A summary to read, not to select: no current cell drawn in it.
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(table);

    // The figures above mean nothing to a theatre manager without these two sentences.
    auto* explanation = new QLabel(theatre::Proposal::scoreExplanation(), this);
    explanation->setObjectName(QStringLiteral("scoreExplanation"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    const QString lateWhy = proposal.lateExplanation();
    if (!lateWhy.isEmpty()) {
        auto* late = new QLabel(lateWhy, this);
        late->setObjectName(QStringLiteral("lateExplanation"));
        late->setWordWrap(true);
        layout->addWidget(late);
    }

    auto* hint =
        new QLabel(tr("Uncheck the changes you do not want, or accept them all. Changes that only work "
                      "together are refused alone, with the reason."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(QStringLiteral("changeList"));
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels(
        {tr("Case"), tr("Priority"), tr("Patient"), tr("Change"), tr("From"), tr("To"), tr("Deadline")});
    const auto where = [&](const QString& sessionId) {
        const auto* s = schedule.session(sessionId);
        return s != nullptr ? TheatreWording::session(*s) : sessionId;
    };
    for (const auto& change : proposal.changes) {
        const auto& k = schedule.cases[static_cast<size_t>(change.caseIndex)];
        auto* item = new QTreeWidgetItem(m_changes);
        item->setText(0, change.caseId);
        item->setData(0, Qt::UserRole, change.caseId);
        item->setCheckState(0, Qt::Checked);
        item->setToolTip(
            0,
            tr("%1 (%2), %3 min, surgeon %4").arg(k.procedure, k.specialty).arg(k.duration).arg(k.surgeon));
        item->setText(1, QStringLiteral("P%1").arg(change.priority));
        // Namesakes are common: the birth date tells two "DAVID Jeanne" apart at a glance.
        item->setText(2, k.patientBirthDate.isValid()
                             ? tr("%1 (%2)", "patient, birth date")
                                   .arg(k.patientLabel(),
                                        QLocale().toString(k.patientBirthDate, QStringLiteral("dd/MM/yyyy")))
                             : k.patientLabel());
        item->setToolTip(2, TheatreWording::patient(k));
        item->setText(3, theatre::Proposal::kindLabel(change.kind));
        item->setText(4, change.fromSession.isEmpty() ? tr("(no slot)") : where(change.fromSession));
        item->setToolTip(4, change.fromSession);
        item->setText(5, change.toSession.isEmpty() ? tr("(postponed)") : where(change.toSession));
        item->setToolTip(5, change.toSession);
        const QString deadline = TheatreWording::day(k.deadline());
        item->setText(6, change.late ? tr("late (%1)").arg(deadline) : deadline);
        item->setToolTip(6, QLocale().toString(k.deadline(), QLocale::LongFormat));
        if (change.late) {
            item->setForeground(6, QColor(0xb0, 0x00, 0x00));
        }
    }
    m_changes->sortItems(1, Qt::AscendingOrder);
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_changes, 1);

    auto* reasonRow = new QHBoxLayout;
    reasonRow->addWidget(new QLabel(tr("Reason for postponements:"), this));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("postponeReason"));
    m_reason->setPlaceholderText(
        tr("Required when a case is postponed, e.g. theatres 3 and 4 closed (plan blanc)"));
    reasonRow->addWidget(m_reason, 1);
    layout->addLayout(reasonRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("proposalError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_acceptAll = buttons->addButton(tr("Accept all"), QDialogButtonBox::AcceptRole);
    m_acceptChecked = buttons->addButton(tr("Accept checked"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { emit acceptRequested({}, postponeReason()); });
    connect(m_acceptChecked, &QPushButton::clicked, this, [this] {
        const QStringList ids = checkedCaseIds();
        if (ids.isEmpty()) {
            showError(tr("No change is checked."));
            return;
        }
        emit acceptRequested(ids, postponeReason());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_acceptAll->setEnabled(!proposal.changes.empty());
    m_acceptChecked->setEnabled(!proposal.changes.empty());
    resize(1000, 640);
}

QStringList ProposalDialog::checkedCaseIds() const
{
    QStringList ids;
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i) {
        const auto* item = m_changes->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked) {
            ids << item->data(0, Qt::UserRole).toString();
        }
    }
    return ids;
}

void ProposalDialog::setChecked(const QString& caseId, bool checked)
{
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i) {
        auto* item = m_changes->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == caseId) {
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

QString ProposalDialog::postponeReason() const
{
    return m_reason->text().trimmed();
}

void ProposalDialog::setPostponeReason(const QString& reason)
{
    m_reason->setText(reason);
}

void ProposalDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

int ProposalDialog::changeCount() const
{
    return m_changes->topLevelItemCount();
}

} // namespace wp::gui
