#include "MarView.h"

#include "DoseDialog.h"
#include "PrescribeDialog.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "forms/FieldEditor.h"
#include "forms/FlowLayout.h"
#include "forms/FormEntryDialog.h"
#include "formulary/FormularyStore.h"
#include "login/SessionEvents.h"
#include "medication/PrescribingService.h"
#include "ward/WardBoardService.h"
#include "workspace/Workspace.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wp::gui {

namespace {

QString optionText(const FormEntry& e, const QString& fieldId)
{
    const auto* field = e.form ? e.form->field(fieldId) : nullptr;
    return field ? FieldEditor::displayText(*field, e.values().value(fieldId))
                 : e.values().value(fieldId).toVariant().toString();
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

MarView::MarView(Workspace& ws, FormEntryService& entries, const clinical::FormRegistry& forms,
                 const QString& patientId, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_entries(entries), m_forms(forms), m_patientId(patientId),
      m_importedMeds(ws, entries)
{
    setObjectName(QStringLiteral("marView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The row wraps rather than widening the chart: in French its five buttons need more
    // than a 1280 px screen leaves beside the navigation.
    auto* buttons = new FlowLayout(nullptr, 6, 6);
    m_prescribe = new QPushButton(tr("New &prescription line…"), this);
    m_prescribe->setObjectName(QStringLiteral("newPrescriptionButton"));
    m_dose = new QPushButton(tr("Record a &dose…"), this);
    m_dose->setObjectName(QStringLiteral("recordDoseButton"));
    buttons->addWidget(m_prescribe);
    buttons->addWidget(m_dose);
    m_confirm = new QPushButton(tr("Confirm imported line…"), this);
    m_confirm->setObjectName(QStringLiteral("confirmImportedButton"));
    m_confirmAll = new QPushButton(tr("Review and confirm all…"), this);
    m_confirmAll->setObjectName(QStringLiteral("confirmAllImportedButton"));
    m_unconfirmedDose = new QPushButton(tr("Dose against an unconfirmed line…"), this);
    m_unconfirmedDose->setObjectName(QStringLiteral("unconfirmedDoseButton"));
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_confirmAll);
    buttons->addWidget(m_unconfirmedDose);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);
    m_imported = makeTable(
        {tr("To confirm"), tr("Drug"), tr("Dose"), tr("Route"), tr("Frequency"), tr("Source")}, splitter);
    m_imported->setObjectName(QStringLiteral("importedToConfirm"));
    splitter->addWidget(m_imported);
    m_lines = makeTable({tr("Drug"), tr("Dose"), tr("Route"), tr("Schedule"), tr("From"), tr("Until"),
                         tr("Prescriber"), tr("Overdue doses")},
                        splitter);
    m_lines->setObjectName(QStringLiteral("prescriptionLines"));
    m_given =
        makeTable({tr("Due"), tr("Drug"), tr("Status"), tr("Time"), tr("By"), tr("Dose / reason")}, splitter);
    m_given->setObjectName(QStringLiteral("administrations"));
    splitter->addWidget(m_lines);
    splitter->addWidget(m_given);
    connect(m_prescribe, &QPushButton::clicked, this, &MarView::newPrescription);
    connect(m_dose, &QPushButton::clicked, this, &MarView::recordDose);
    connect(m_confirm, &QPushButton::clicked, this, &MarView::confirmSelected);
    connect(m_confirmAll, &QPushButton::clicked, this, &MarView::confirmAll);
    connect(m_unconfirmedDose, &QPushButton::clicked, this, &MarView::recordUnconfirmedDose);
    connect(m_lines, &QTableWidget::cellActivated, this, &MarView::recordDose);
    connect(&SessionEvents::of(ws), &SessionEvents::userChanged, this, &MarView::updatePermissions);
    reload();
}

QString MarView::message() const
{
    return m_message->text();
}

void MarView::showEvent(QShowEvent* event)
{
    // The user may have changed while the chart stayed open (lock screen, switch user).
    updatePermissions();
    QWidget::showEvent(event);
}

void MarView::updatePermissions()
{
    const Status prescribe = m_ws.require(Permission::Prescribe);
    m_prescribe->setEnabled(prescribe.ok());
    m_prescribe->setToolTip(prescribe ? tr("Write a new prescription line (doctors).")
                                      : tr("Only a doctor can prescribe: %1").arg(prescribe.errorMessage()));
    const Status care = m_ws.require(Permission::RecordCare);
    m_dose->setEnabled(care.ok());
    m_dose->setToolTip(
        care ? tr("Record the selected line's dose as given, held or refused (Enter on a line).")
             : tr("You may not record doses: %1").arg(care.errorMessage()));
    const bool pending = !m_pending.isEmpty();
    m_confirm->setEnabled(prescribe.ok() && pending);
    m_confirmAll->setEnabled(prescribe.ok() && pending);
    m_confirm->setToolTip(prescribe
                              ? tr("Confirm the selected line from the hospital record as a prescription.")
                              : tr("Only a doctor can confirm: %1").arg(prescribe.errorMessage()));
    m_confirmAll->setToolTip(m_confirm->toolTip());
    m_unconfirmedDose->setEnabled(care.ok() && pending);
    m_unconfirmedDose->setToolTip(
        tr("Record a dose against a line not yet confirmed by a doctor (a reason is required)."));
}

void MarView::reloadImported()
{
    auto pending = m_importedMeds.toConfirm(m_patientId);
    m_pending = pending ? *pending : QList<ImportedMedicationLine>{};
    m_imported->setVisible(!m_pending.isEmpty());
    m_imported->setRowCount(static_cast<int>(m_pending.size()));
    const QDateTime now = m_ws.clock().now();
    for (int row = 0; row < m_pending.size(); ++row) {
        const auto& l = m_pending[row];
        const QStringList texts{
            tr("To confirm"),
            l.drug,
            l.dose,
            l.route,
            QStringList{l.frequency, l.dosageText}.join(QStringLiteral(" ")).trimmed(),
            tr("from the hospital record %1").arg(ImportedMedicationService::asOfText(l.snapshotAt, now))};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            // Amber like a pending task: seen, not yet actionable as a prescription.
            item->setBackground(QColor(QStringLiteral("#fff8e1")));
            item->setForeground(QColor(QStringLiteral("#8d5a00")));
            if (c == 0) {
                item->setData(Qt::UserRole, l.record.recordId);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_imported->setItem(row, c, item);
        }
    }
    if (!pending) {
        showError(pending.errorMessage());
    }
}

void MarView::reload()
{
    reloadImported();
    updatePermissions();
    auto prescriptions = m_entries.entries(m_patientId, QStringLiteral("prescription"));
    auto given = m_entries.entries(m_patientId, QStringLiteral("medication_administration"));
    if (!prescriptions || !given) {
        m_message->setText(prescriptions ? given.errorMessage() : prescriptions.errorMessage());
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    m_prescriptions = *prescriptions;
    if (auto formulary = medication::FormularyStore(m_ws).load()) {
        m_formulary = *formulary;
    }
    if (auto safety =
            medication::PrescribingService(m_ws, m_entries, m_formulary).safetyByLine(m_patientId)) {
        m_safety = *safety;
    }
    const auto overdue = WardBoardService::overdueDoses(*prescriptions, *given, m_ws.clock().now());
    m_overdue = static_cast<int>(overdue.size());
    m_message->setText(overdue.isEmpty() ? QString()
                                         : tr("%n dose(s) overdue: record them as given, held or refused.",
                                              nullptr, m_overdue));
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));

    QHash<QString, QString> drugs;
    QHash<QString, QString> prescribedDoses;
    m_lines->setRowCount(static_cast<int>(m_prescriptions.size()));
    for (int row = 0; row < m_prescriptions.size(); ++row) {
        const FormEntry& p = m_prescriptions[row];
        drugs.insert(p.record.recordId, p.values().value(QStringLiteral("drug")).toString());
        prescribedDoses.insert(p.record.recordId, DoseDialog::doseText(p));
        QStringList late;
        for (const auto& d : overdue) {
            if (d.prescriptionId == p.record.recordId) {
                late << d.dueAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm"));
            }
        }
        const bool asNeeded =
            p.values().value(QStringLiteral("schedule_type")).toString() == QLatin1String("as_needed");
        const QString schedule =
            asNeeded ? tr("as needed: %1").arg(p.values().value(QStringLiteral("indication")).toString())
                     : p.values().value(QStringLiteral("times")).toString();
        const QStringList texts{p.values().value(QStringLiteral("drug")).toString(),
                                DoseDialog::doseText(p),
                                optionText(p, QStringLiteral("route")),
                                schedule,
                                optionText(p, QStringLiteral("start")),
                                optionText(p, QStringLiteral("end")),
                                p.values().value(QStringLiteral("prescriber")).toString(),
                                late.join(QStringLiteral(", "))};
        const auto safety = m_safety.constFind(p.record.recordId);
        QStringList marks;
        if (safety != m_safety.constEnd() && safety->highRisk) {
            marks << tr("HIGH RISK: second nurse checks each dose");
        }
        if (safety != m_safety.constEnd() && !safety->overrideReason.isEmpty()) {
            marks << tr("prescribed despite a check — see the reason");
        }
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (c == 0) {
                item->setData(Qt::UserRole, p.record.recordId);
                if (!marks.isEmpty()) {
                    // The nurse sees the doctor's override and its reason on the line itself.
                    item->setText(QStringLiteral("%1 [%2]").arg(texts[c], marks.join(QStringLiteral("; "))));
                    item->setToolTip(safety->overrideText().isEmpty() ? marks.join(QLatin1Char('\n'))
                                                                      : safety->overrideText());
                    item->setBackground(QColor(QStringLiteral("#fff3e0")));
                }
            }
            if (!late.isEmpty()) {
                item->setBackground(QColor(QStringLiteral("#ffebee")));
                item->setForeground(QColor(QStringLiteral("#b71c1c")));
                QFont f = item->font();
                f.setBold(c == 0 || c == 7);
                item->setFont(f);
            }
            m_lines->setItem(row, c, item);
        }
    }

    // Doses recorded against a line from the hospital record before it was confirmed name it.
    if (auto imported = m_importedMeds.lines(m_patientId)) {
        for (const auto& l : *imported) {
            drugs.insert(l.record.recordId, tr("%1 (hospital record, unconfirmed)").arg(l.drug));
        }
    }
    QList<FormEntry> doses = *given;
    std::reverse(doses.begin(), doses.end());
    m_given->setRowCount(static_cast<int>(doses.size()));
    for (int row = 0; row < doses.size(); ++row) {
        const FormEntry& d = doses[row];
        const QString status = d.values().value(QStringLiteral("status")).toString();
        const QString lineId = d.values().value(QStringLiteral("prescription_line")).toString();
        // "Dose given" is only written when it differs from the prescription: otherwise the
        // prescribed dose is what was given, and the column says so rather than staying empty.
        QString doseOrReason = d.values().value(QStringLiteral("reason")).toString();
        if (status == QLatin1String("given")) {
            const QString written = d.values().value(QStringLiteral("dose_given")).toString().trimmed();
            doseOrReason = !written.isEmpty() ? written
                           : prescribedDoses.contains(lineId)
                               ? tr("%1 (as prescribed)").arg(prescribedDoses[lineId])
                               : tr("as prescribed");
        }
        const QStringList texts{optionText(d, QStringLiteral("scheduled_for")),
                                drugs.value(lineId, tr("unknown line")),
                                optionText(d, QStringLiteral("status")),
                                optionText(d, QStringLiteral("administered_at")),
                                d.record.createdBy,
                                doseOrReason};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (status != QLatin1String("given") && c == 2) {
                item->setForeground(QColor(QStringLiteral("#b26a00")));
            }
            m_given->setItem(row, c, item);
        }
    }
}

void MarView::newPrescription()
{
    if (const Status st = m_ws.require(Permission::Prescribe); !st) {
        // Reached only through a stale button: say why rather than open a form that cannot be saved.
        m_message->setText(st.errorMessage());
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        updatePermissions();
        return;
    }
    if (auto formulary = medication::FormularyStore(m_ws).load(); formulary && !formulary->isEmpty()) {
        m_formulary = *formulary;
        PrescribeDialog dialog(m_ws, m_entries, m_formulary, m_patientId, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            emit changed();
        }
        return;
    }
    // No formulary imported on this laptop: the free-text line, checked by nothing, as before.
    const QDateTime now = m_ws.clock().now();
    FormEntryDialog dialog(
        m_ws, m_entries, m_forms, QStringLiteral("prescription"), m_patientId,
        {{QStringLiteral("start"), WardBoardService::formDateTimeText(now)},
         {QStringLiteral("prescriber"), m_ws.currentUser() ? m_ws.currentUser()->fullName : QString()}},
        this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

std::optional<medication::LineSafety> MarView::safetyOf(int row) const
{
    if (row < 0 || row >= m_prescriptions.size()) {
        return std::nullopt;
    }
    const auto it = m_safety.constFind(m_prescriptions[row].record.recordId);
    return it == m_safety.constEnd() ? std::nullopt : std::optional<medication::LineSafety>(*it);
}

QDateTime MarView::proposedDue(const FormEntry& line) const
{
    const QDateTime now = m_ws.clock().now();
    // The oldest dose still due, else the next one of the day.
    if (auto given = m_entries.entries(m_patientId, QStringLiteral("medication_administration"))) {
        for (const auto& d : WardBoardService::overdueDoses({line}, *given, now)) {
            return d.dueAt;
        }
        if (auto next = WardBoardService::nextDose({line}, *given, now)) {
            return next->dueAt;
        }
    }
    return {};
}

void MarView::recordDose()
{
    if (const Status st = m_ws.require(Permission::RecordCare); !st) {
        m_message->setText(st.errorMessage());
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    const int row = m_lines->currentRow();
    if (row < 0 || row >= m_prescriptions.size()) {
        m_message->setText(tr("Select a prescription line first."));
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    const FormEntry line = m_prescriptions[row];
    DoseDialog dialog(m_ws, m_entries, m_forms, line, proposedDue(line), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void MarView::showError(const QString& text)
{
    m_message->setText(text);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
}

bool MarView::confirmRow(int row, const QString& times)
{
    if (row < 0 || row >= m_pending.size()) {
        showError(tr("Select a line to confirm first."));
        return false;
    }
    auto done = m_importedMeds.confirm(
        m_pending[row].record.recordId,
        {{QStringLiteral("schedule_type"), QStringLiteral("scheduled")}, {QStringLiteral("times"), times}});
    if (!done) {
        showError(done.errorMessage());
        return false;
    }
    reload();
    emit changed();
    return true;
}

bool MarView::confirmAllWith(const QString& times)
{
    auto done = m_importedMeds.confirmAll(
        m_patientId,
        {{QStringLiteral("schedule_type"), QStringLiteral("scheduled")}, {QStringLiteral("times"), times}});
    reload();
    emit changed();
    if (!done) {
        showError(done.errorMessage());
        return false;
    }
    return true;
}

bool MarView::recordUnconfirmedDoseRow(int row, const QString& reason)
{
    if (row < 0 || row >= m_pending.size()) {
        showError(tr("Select a line to confirm first."));
        return false;
    }
    auto done = m_importedMeds.recordUnconfirmedDose(m_pending[row].record.recordId, QStringLiteral("given"),
                                                     m_ws.clock().now(), reason);
    if (!done) {
        showError(done.errorMessage());
        return false;
    }
    reload();
    emit changed();
    return true;
}

void MarView::confirmSelected()
{
    const int row = m_imported->currentRow();
    if (row < 0 || row >= m_pending.size()) {
        showError(tr("Select a line to confirm first."));
        return;
    }
    bool ok = false;
    const QString times = QInputDialog::getText(
        this, tr("Confirm %1").arg(m_pending[row].drug),
        tr("The hospital record says \"%1\". Times of the doses (e.g. 08:00, 20:00):")
            .arg(QStringList{m_pending[row].dose, m_pending[row].frequency, m_pending[row].dosageText}.join(
                QStringLiteral(", "))),
        QLineEdit::Normal, QString(), &ok);
    if (ok) {
        confirmRow(row, times);
    }
}

void MarView::confirmAll()
{
    QStringList drugs;
    for (const auto& l : m_pending) {
        drugs << QStringLiteral("%1 (%2, %3)").arg(l.drug, l.dose, l.frequency);
    }
    bool ok = false;
    const QString times =
        QInputDialog::getText(this, tr("Review and confirm all"),
                              tr("Lines to confirm:\n%1\n\nTimes of the doses for all of them (e.g. 08:00):")
                                  .arg(drugs.join(QLatin1Char('\n'))),
                              QLineEdit::Normal, QString(), &ok);
    if (ok) {
        confirmAllWith(times);
    }
}

void MarView::recordUnconfirmedDose()
{
    const int row = m_imported->currentRow();
    if (row < 0 || row >= m_pending.size()) {
        showError(tr("Select a line to confirm first."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Dose against an unconfirmed line"),
        tr("%1 is not confirmed by a doctor. Why give it now?").arg(m_pending[row].drug), QString(), &ok);
    if (ok) {
        recordUnconfirmedDoseRow(row, reason);
    }
}

} // namespace wp::gui
