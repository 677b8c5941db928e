#include "FormEntryPanel.h"

#include "EntryHistoryView.h"
#include "FormWidget.h"
#include "ReasonDialog.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "patients/PatientService.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace wp::gui {

FormEntryPanel::FormEntryPanel(Workspace& ws, FormEntryService& entries, const clinical::FormRegistry& forms,
                               const QString& formId, const QString& patientId, const QString& language,
                               QWidget* parent)
    : QWidget(parent), m_ws(ws), m_entries(entries), m_formId(formId), m_patientId(patientId),
      m_language(language)
{
    setObjectName(QStringLiteral("formEntryPanel_%1").arg(formId));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("entryMode"));
    layout->addWidget(m_mode);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);
    const auto* definition = forms.form(formId);
    if (definition) {
        m_form = new FormWidget(*definition, entries, patientId, ws.clock(), language, splitter);
        splitter->addWidget(m_form);
        connect(m_form, &FormWidget::saveRequested, this, &FormEntryPanel::save);
    }
    m_history = new EntryHistoryView(ws, splitter);
    splitter->addWidget(m_history);
    m_history->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("entryMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New entry"), this);
    m_new->setObjectName(QStringLiteral("newEntryButton"));
    m_error = new QPushButton(tr("Entered in &error…"), this);
    m_error->setObjectName(QStringLiteral("enteredInErrorButton"));
    m_historyButton = new QPushButton(tr("Histor&y"), this);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setCheckable(true);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Ctrl+S"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_error);
    buttons->addWidget(m_historyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &FormEntryPanel::newEntry);
    connect(m_save, &QPushButton::clicked, this, &FormEntryPanel::save);
    connect(m_error, &QPushButton::clicked, this, &FormEntryPanel::markEnteredInError);
    connect(m_historyButton, &QPushButton::toggled, this, &FormEntryPanel::showHistory);

    if (!definition) {
        setMessage(tr("The form %1 is not available on this laptop.").arg(formId), true);
    }
    newEntry();
}

QString FormEntryPanel::message() const
{
    return m_message->text();
}

void FormEntryPanel::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold;")
                                   : QStringLiteral("color: #2e7d32;"));
}

void FormEntryPanel::updateButtons()
{
    const bool existing = !m_recordId.isEmpty();
    m_save->setEnabled(m_form != nullptr && !m_withdrawn);
    m_save->setText(existing ? tr("Amen&d…") : tr("&Save"));
    m_error->setEnabled(existing && !m_withdrawn);
    m_historyButton->setEnabled(existing);
    if (!existing) {
        m_historyButton->setChecked(false);
    }
}

void FormEntryPanel::newEntry()
{
    m_recordId.clear();
    m_withdrawn = false;
    if (m_form) {
        m_form->clear();
        QJsonObject defaults = m_defaults;
        // The patient's SpO2 scale is a doctor's decision: start from it rather than from scale 1.
        if (m_form->form().field(QStringLiteral("spo2_scale")) &&
            !defaults.contains(QStringLiteral("spo2_scale"))) {
            defaults.insert(QStringLiteral("spo2_scale"), QString::number(m_entries.spo2Scale(m_patientId)));
        }
        // A letter that goes with the patient (the transfer form) starts from the allergies
        // already known; the admission form, where they are first recorded, asks for them.
        const auto* allergies = m_form->form().field(QStringLiteral("allergies"));
        if (allergies && !allergies->visibleIf && !defaults.contains(allergies->id) &&
            (allergies->type == clinical::FieldType::Multiline ||
             allergies->type == clinical::FieldType::Text)) {
            if (auto p = PatientService(m_ws).find(m_patientId); p && !p->allergies.isEmpty()) {
                defaults.insert(allergies->id, p->allergies == QLatin1String("none") ? tr("No known allergy")
                                                                                     : p->allergies);
            }
        }
        m_form->setValues(defaults);
        m_form->setCurrentSection(0);
        m_form->focusFirstField();
    }
    m_mode->setText(tr("New entry"));
    updateButtons();
}

void FormEntryPanel::loadEntry(const QString& recordId)
{
    auto entry = m_entries.entry(recordId);
    if (!entry) {
        setMessage(entry.errorMessage(), true);
        return;
    }
    m_recordId = recordId;
    m_withdrawn = entry->record.enteredInError;
    if (m_form) {
        m_form->setValues(entry->values());
        m_form->setTakenAt(entry->record.occurredAt.isValid() ? entry->record.occurredAt
                                                              : entry->record.createdAt);
    }
    QString mode =
        tr("Entry of %1 by %2 (version %3) — change it and press Amend")
            .arg(entry->record.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                 entry->record.createdBy)
            .arg(entry->record.version);
    if (entry->record.enteredInError) {
        mode = tr("Entered in error: %1").arg(entry->record.reason);
    }
    m_mode->setText(mode);
    updateButtons();
    if (!m_history->isHidden() && m_form) {
        m_history->showRecord(m_recordId, m_form->form(), m_language);
    }
}

bool FormEntryPanel::save()
{
    if (!m_form || m_withdrawn) {
        return false;
    }
    if (!m_form->checkBeforeSave()) {
        setMessage(tr("Nothing was saved: correct the fields marked in red."), true);
        return false;
    }
    const QDateTime takenAt = m_form->takenAt();
    Result<FormEntry> written = Error();
    if (m_recordId.isEmpty()) {
        written = m_entries.save(m_formId, m_patientId, m_form->values(), takenAt);
    } else {
        const auto reason =
            ReasonDialog::ask(this, tr("Amend the entry"),
                              tr("Why is this entry changed? The current version stays readable."));
        if (!reason) {
            setMessage(tr("Not amended."), false);
            return false;
        }
        written = m_entries.amend(m_recordId, m_form->values(), *reason, takenAt);
    }
    if (!written) {
        setMessage(written.errorMessage(), true);
        return false;
    }
    setMessage(
        m_recordId.isEmpty()
            ? tr("Saved at %1.").arg(m_ws.clock().now().toLocalTime().toString(QStringLiteral("HH:mm")))
            : tr("Amended at %1.").arg(m_ws.clock().now().toLocalTime().toString(QStringLiteral("HH:mm"))),
        false);
    const FormEntry entry = *written;
    loadEntry(entry.record.recordId);
    emit saved(entry);
    return true;
}

bool FormEntryPanel::markEnteredInError()
{
    if (m_recordId.isEmpty() || m_withdrawn) {
        return false;
    }
    const auto reason =
        ReasonDialog::ask(this, tr("Entered in error"),
                          tr("Why was this entry a mistake (wrong patient, wrong time…)? It stays "
                             "readable, struck through."));
    if (!reason) {
        return false;
    }
    auto written = m_entries.markEnteredInError(m_recordId, *reason);
    if (!written) {
        setMessage(written.errorMessage(), true);
        return false;
    }
    setMessage(tr("Marked as entered in error."), false);
    const QString id = m_recordId;
    if (!m_history->isHidden() && m_form) {
        m_history->showRecord(id, m_form->form(), m_language);
    }
    const FormEntry entry = *written;
    newEntry();
    emit saved(entry);
    return true;
}

void FormEntryPanel::showHistory(bool visible)
{
    if (visible && !m_recordId.isEmpty() && m_form) {
        m_history->showRecord(m_recordId, m_form->form(), m_language);
    }
    m_history->setVisible(visible);
    if (m_historyButton->isChecked() != visible) {
        m_historyButton->setChecked(visible);
    }
}

} // namespace wp::gui
