#include "DoseDialog.h"

#include "common/PatientIdentityBand.h"
#include "forms/FieldEditor.h"
#include "forms/FormEntryPanel.h"
#include "forms/FormWidget.h"
#include "ward/WardBoardService.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
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
    : QDialog(parent)
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
