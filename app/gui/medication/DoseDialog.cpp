#include "DoseDialog.h"

#include "common/PatientIdentityBand.h"
#include "forms/FieldEditor.h"
#include "forms/FormEntryPanel.h"
#include "forms/FormWidget.h"
#include "medication/HighRiskAdministration.h"
#include "ward/WardBoardService.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

namespace {

QString optionText(const FormEntry& e, const QString& fieldId)
{
    const auto* field = e.form ? e.form->field(fieldId) : nullptr;
    return field ? FieldEditor::displayText(*field, e.values().value(fieldId))
                 : e.values().value(fieldId).toVariant().toString();
}

/// Takes a field the dialog fills in out of sight: its editor keeps its value (saved with
/// the entry) but lives in a container that is never shown, so the form's own show/hide
/// logic cannot bring it back, and it can never take the focus.
void putAway(FormWidget* form, const QString& fieldId, QWidget* hidden)
{
    QWidget* input = form->editorFor(fieldId);
    if (!input) {
        return;
    }
    QList<QWidget*> parts;
    for (QWidget* w = input; w && w != form; w = w->parentWidget()) {
        if (w->objectName() == QStringLiteral("field_%1").arg(fieldId)) {
            parts << w;
            break;
        }
    }
    if (parts.isEmpty()) {
        parts << input;
    }
    parts.first()->setEnabled(false);
    for (auto* label : form->findChildren<QLabel*>()) {
        if (label->buddy() == input || label->objectName() == QStringLiteral("message_%1").arg(fieldId)) {
            parts << label;
        }
    }
    for (QWidget* w : parts) {
        w->setParent(hidden);
    }
}

} // namespace

QString DoseDialog::doseText(const FormEntry& line)
{
    const QJsonValue dose = line.values().value(QStringLiteral("dose"));
    const QString amount = dose.isDouble() ? QString::number(dose.toDouble()) : dose.toVariant().toString();
    return QStringLiteral("%1 %2").arg(amount, optionText(line, QStringLiteral("dose_unit"))).trimmed();
}

DoseDialog::DoseDialog(Workspace& ws, FormEntryService& entries, const clinical::FormRegistry& forms,
                       const FormEntry& line, const QDateTime& due, QWidget* parent)
    : QDialog(parent), m_ws(&ws), m_entries(&entries), m_patientId(line.record.patientId)
{
    setObjectName(QStringLiteral("doseDialog"));
    const QString drug = line.values().value(QStringLiteral("drug")).toString();
    setWindowTitle(tr("Dose of %1").arg(drug));
    auto* layout = new QVBoxLayout(this);
    m_band = new PatientIdentityBand(ws, line.record.patientId, this);
    layout->addWidget(m_band);

    auto* box = new QGroupBox(tr("Prescription"), this);
    box->setObjectName(QStringLiteral("dosePrescription"));
    auto* rows = new QFormLayout(box);
    const auto value = [box](const QString& text, const QString& name) {
        auto* label = new QLabel(text, box);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_drug = value(drug, QStringLiteral("doseDrug"));
    QFont bold = m_drug->font();
    bold.setBold(true);
    m_drug->setFont(bold);
    m_dose = value(doseText(line), QStringLiteral("doseAmount"));
    m_route = value(optionText(line, QStringLiteral("route")), QStringLiteral("doseRoute"));
    const bool asNeeded =
        line.values().value(QStringLiteral("schedule_type")).toString() == QLatin1String("as_needed");
    QString dueText;
    if (due.isValid()) {
        dueText = due.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    } else if (asNeeded) {
        dueText = tr("as needed: %1").arg(line.values().value(QStringLiteral("indication")).toString());
    } else {
        dueText = tr("no dose due in the coming day");
    }
    m_due = value(dueText, QStringLiteral("doseDue"));
    rows->addRow(tr("Drug:"), m_drug);
    rows->addRow(tr("Dose:"), m_dose);
    rows->addRow(tr("Route:"), m_route);
    rows->addRow(tr("Due at:"), m_due);
    if (const QString prescriber = line.values().value(QStringLiteral("prescriber")).toString();
        !prescriber.isEmpty()) {
        rows->addRow(tr("Prescribed by:"), value(prescriber, QStringLiteral("dosePrescriber")));
    }
    layout->addWidget(box);

    QJsonObject defaults{
        {QStringLiteral("prescription_line"), line.record.recordId},
        {QStringLiteral("administered_at"), WardBoardService::formDateTimeText(ws.clock().now())}};
    if (due.isValid()) {
        defaults.insert(QStringLiteral("scheduled_for"), WardBoardService::formDateTimeText(due));
    }
    m_panel = new FormEntryPanel(ws, entries, forms, QStringLiteral("medication_administration"),
                                 line.record.patientId, {}, this);
    if (FormWidget* form = m_panel->form()) {
        // The line and its due time are shown in words above; the form keeps only what the
        // nurse decides (given, held, refused; when; the reason).
        auto* hidden = new QWidget(this);
        hidden->setObjectName(QStringLiteral("doseFixedFields"));
        hidden->hide();
        putAway(form, QStringLiteral("prescription_line"), hidden);
        putAway(form, QStringLiteral("scheduled_for"), hidden);
    }
    m_panel->setDefaults(defaults);
    m_panel->newEntry();
    layout->addWidget(m_panel, 1);

    // A high-risk drug: the second nurse checks on this screen, with their own password, and
    // the dose is recorded only with that check (the form's own Save would be refused anyway).
    if (medication::HighRiskAdministration::isHighRisk(ws, line.record.patientId, line.record.recordId)) {
        auto* check = new QGroupBox(tr("High-risk drug: second nurse's independent check"), this);
        check->setObjectName(QStringLiteral("secondCheck"));
        check->setStyleSheet(QStringLiteral("QGroupBox { color: #b71c1c; font-weight: bold; }"));
        auto* checkRows = new QFormLayout(check);
        auto* why =
            new QLabel(tr("A second nurse checks the patient, the drug, the dose, the route and the time, "
                          "then types their own login and password."),
                       check);
        why->setWordWrap(true);
        checkRows->addRow(why);
        m_secondLogin = new QLineEdit(check);
        m_secondLogin->setObjectName(QStringLiteral("secondLogin"));
        m_secondPassword = new QLineEdit(check);
        m_secondPassword->setObjectName(QStringLiteral("secondPassword"));
        m_secondPassword->setEchoMode(QLineEdit::Password);
        checkRows->addRow(tr("Second nurse's login:"), m_secondLogin);
        checkRows->addRow(tr("Their password:"), m_secondPassword);
        m_secondMessage = new QLabel(check);
        m_secondMessage->setObjectName(QStringLiteral("secondCheckMessage"));
        m_secondMessage->setWordWrap(true);
        checkRows->addRow(m_secondMessage);
        m_checkedSave = new QPushButton(tr("Record with the second check"), check);
        m_checkedSave->setObjectName(QStringLiteral("checkedSaveButton"));
        checkRows->addRow(m_checkedSave);
        layout->addWidget(check);
        if (auto* save = m_panel->findChild<QPushButton*>(QStringLiteral("saveButton"))) {
            save->hide();
        }
        connect(m_checkedSave, &QPushButton::clicked, this, [this] {
            if (saveWithSecondCheck()) {
                accept();
            }
        });
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &FormEntryPanel::saved, this, &QDialog::accept);
    if (FormWidget* form = m_panel->form()) {
        if (QWidget* status = form->editorFor(QStringLiteral("status"))) {
            status->setFocus(Qt::OtherFocusReason);
        }
    }
    resize(760, 600);
}

QString DoseDialog::prescriptionText() const
{
    return QStringList{m_drug->text(), m_dose->text(), m_route->text(), m_due->text()}.join(
        QStringLiteral(" · "));
}

} // namespace wp::gui

namespace wp::gui {

QString DoseDialog::secondCheckMessage() const
{
    return m_secondMessage ? m_secondMessage->text() : QString();
}

bool DoseDialog::saveWithSecondCheck()
{
    FormWidget* form = m_panel ? m_panel->form() : nullptr;
    if (!form || !m_secondLogin) {
        return false;
    }
    // Not checkBeforeSave(): the form's live check says "a second nurse must check this dose"
    // until the check is made here; the core validates everything else when it saves.
    auto written =
        medication::HighRiskAdministration(*m_ws, *m_entries)
            .record(m_patientId, form->values(), {m_secondLogin->text(), m_secondPassword->text()});
    // The password is never kept, whatever happened.
    m_secondPassword->clear();
    if (!written) {
        m_secondMessage->setText(written.errorMessage());
        return false;
    }
    m_secondMessage->clear();
    return true;
}

} // namespace wp::gui
