#include "MarView.h"

#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "forms/FieldEditor.h"
#include "forms/FormEntryDialog.h"
#include "ward/WardBoardService.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
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
    : QWidget(parent), m_ws(ws), m_entries(entries), m_forms(forms), m_patientId(patientId)
{
    setObjectName(QStringLiteral("marView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    auto* prescribe = new QPushButton(tr("New &prescription line…"), this);
    prescribe->setObjectName(QStringLiteral("newPrescriptionButton"));
    prescribe->setToolTip(tr("Doctors only"));
    auto* dose = new QPushButton(tr("Record a &dose…"), this);
    dose->setObjectName(QStringLiteral("recordDoseButton"));
    buttons->addWidget(prescribe);
    buttons->addWidget(dose);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);
    m_lines = makeTable({tr("Drug"), tr("Dose"), tr("Route"), tr("Schedule"), tr("From"), tr("Until"),
                         tr("Prescriber"), tr("Overdue doses")},
                        splitter);
    m_lines->setObjectName(QStringLiteral("prescriptionLines"));
    m_given =
        makeTable({tr("Due"), tr("Drug"), tr("Status"), tr("Time"), tr("By"), tr("Dose / reason")}, splitter);
    m_given->setObjectName(QStringLiteral("administrations"));
    splitter->addWidget(m_lines);
    splitter->addWidget(m_given);
    connect(prescribe, &QPushButton::clicked, this, &MarView::newPrescription);
    connect(dose, &QPushButton::clicked, this, &MarView::recordDose);
    connect(m_lines, &QTableWidget::cellActivated, this, &MarView::recordDose);
    reload();
}

void MarView::reload()
{
    auto prescriptions = m_entries.entries(m_patientId, QStringLiteral("prescription"));
    auto given = m_entries.entries(m_patientId, QStringLiteral("medication_administration"));
    if (!prescriptions || !given) {
        m_message->setText(prescriptions ? given.errorMessage() : prescriptions.errorMessage());
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    m_prescriptions = *prescriptions;
    const auto overdue = WardBoardService::overdueDoses(*prescriptions, *given, m_ws.clock().now());
    m_overdue = static_cast<int>(overdue.size());
    m_message->setText(overdue.isEmpty() ? QString()
                                         : tr("%n dose(s) overdue: record them as given, held or refused.",
                                              nullptr, m_overdue));
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));

    QHash<QString, QString> drugs;
    m_lines->setRowCount(static_cast<int>(m_prescriptions.size()));
    for (int row = 0; row < m_prescriptions.size(); ++row) {
        const FormEntry& p = m_prescriptions[row];
        drugs.insert(p.record.recordId, p.values().value(QStringLiteral("drug")).toString());
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
        const QStringList texts{
            p.values().value(QStringLiteral("drug")).toString(),
            QStringLiteral("%1 %2").arg(optionText(p, QStringLiteral("dose")).section(QLatin1Char(' '), 0, 0),
                                        optionText(p, QStringLiteral("dose_unit"))),
            optionText(p, QStringLiteral("route")),
            schedule,
            optionText(p, QStringLiteral("start")),
            optionText(p, QStringLiteral("end")),
            p.values().value(QStringLiteral("prescriber")).toString(),
            late.join(QStringLiteral(", "))};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (c == 0) {
                item->setData(Qt::UserRole, p.record.recordId);
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

    QList<FormEntry> doses = *given;
    std::reverse(doses.begin(), doses.end());
    m_given->setRowCount(static_cast<int>(doses.size()));
    for (int row = 0; row < doses.size(); ++row) {
        const FormEntry& d = doses[row];
        const QString status = d.values().value(QStringLiteral("status")).toString();
        const QStringList texts{optionText(d, QStringLiteral("scheduled_for")),
                                drugs.value(d.values().value(QStringLiteral("prescription_line")).toString(),
                                            d.values().value(QStringLiteral("prescription_line")).toString()),
                                optionText(d, QStringLiteral("status")),
                                optionText(d, QStringLiteral("administered_at")),
                                d.record.createdBy,
                                status == QLatin1String("given")
                                    ? d.values().value(QStringLiteral("dose_given")).toString()
                                    : d.values().value(QStringLiteral("reason")).toString()};
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

void MarView::recordDose()
{
    const int row = m_lines->currentRow();
    if (row < 0 || row >= m_prescriptions.size()) {
        m_message->setText(tr("Select a prescription line first."));
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    const FormEntry& line = m_prescriptions[row];
    const QDateTime now = m_ws.clock().now();
    // Propose the oldest dose still due, else the next one of the day.
    QDateTime due;
    auto given = m_entries.entries(m_patientId, QStringLiteral("medication_administration"));
    if (given) {
        for (const auto& d : WardBoardService::overdueDoses({line}, *given, now)) {
            due = d.dueAt;
            break;
        }
    }
    if (!due.isValid()) {
        const auto next = WardBoardService::dosesBetween(line.values(), now.addSecs(-3600), now.addDays(1));
        if (!next.isEmpty()) {
            due = next.first();
        }
    }
    QJsonObject defaults{{QStringLiteral("prescription_line"), line.record.recordId},
                         {QStringLiteral("administered_at"), WardBoardService::formDateTimeText(now)}};
    if (due.isValid()) {
        defaults.insert(QStringLiteral("scheduled_for"), WardBoardService::formDateTimeText(due));
    }
    FormEntryDialog dialog(m_ws, m_entries, m_forms, QStringLiteral("medication_administration"), m_patientId,
                           defaults, this);
    dialog.setWindowTitle(tr("Dose of %1").arg(line.values().value(QStringLiteral("drug")).toString()));
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

} // namespace wp::gui
