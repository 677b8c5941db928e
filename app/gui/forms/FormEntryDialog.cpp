#include "FormEntryDialog.h"

#include "FormEntryPanel.h"
#include "FormWidget.h"
#include "clinical/forms/FormRegistry.h"
#include "common/PatientIdentityBand.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace wp::gui {

FormEntryDialog::FormEntryDialog(Workspace& ws, FormEntryService& entries,
                                 const clinical::FormRegistry& forms, const QString& formId,
                                 const QString& patientId, const QJsonObject& defaults, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("formEntryDialog_%1").arg(formId));
    const auto* form = forms.form(formId);
    setWindowTitle(form ? form->title.text() : formId);
    auto* layout = new QVBoxLayout(this);
    // The dialog covers the chart's header: it says whose entry this is, allergies included.
    layout->addWidget(new PatientIdentityBand(ws, patientId, this));
    m_panel = new FormEntryPanel(ws, entries, forms, formId, patientId, {}, this);
    m_panel->setDefaults(defaults);
    m_panel->newEntry();
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        if (m_panel->form() && it.key() == QLatin1String("prescription_line")) {
            m_panel->form()->setFieldReadOnly(it.key());
        }
    }
    layout->addWidget(m_panel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &FormEntryPanel::saved, this, &QDialog::accept);
    resize(820, 560);
}

} // namespace wp::gui
