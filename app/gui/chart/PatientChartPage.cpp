#include "PatientChartPage.h"

#include "HospitalRecordView.h"

#include "FormTab.h"
#include "alerts/AlertBanner.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "forms/FormEntryPanel.h"
#include "forms/ReasonDialog.h"
#include "login/SessionEvents.h"
#include "medication/MarView.h"
#include "observations/ObservationChartView.h"
#include "orders/OrdersTab.h"
#include "patients/IdentityEditDialog.h"
#include "patients/PatientService.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wp::gui {

PatientChartPage::PatientChartPage(Workspace& ws, const clinical::FormRegistry& forms,
                                   const QString& patientId, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_forms(forms), m_patientId(patientId),
      m_entries(std::make_unique<FormEntryService>(ws, forms))
{
    setObjectName(QStringLiteral("patientChartPage"));
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("chartHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    m_identityButton = new QPushButton(tr("Correct the &identity…"), this);
    m_identityButton->setObjectName(QStringLiteral("editIdentityButton"));
    // A key that works with the cursor in a text field too (Ctrl+E moves to the line end there).
    m_identityButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_identityButton->setToolTip(tr(
        "Correct a misspelt name, add the IPP or INS once known (Ctrl+Shift+I). Earlier versions are kept."));
    headerRow->addWidget(m_identityButton, 0, Qt::AlignTop);
    layout->addLayout(headerRow);
    connect(m_identityButton, &QPushButton::clicked, this, &PatientChartPage::editIdentity);
    m_identityHistory = new QLabel(this);
    m_identityHistory->setObjectName(QStringLiteral("chartIdentityHistory"));
    m_identityHistory->setTextFormat(Qt::RichText);
    m_identityHistory->setWordWrap(true);
    m_identityHistory->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_identityHistory);
    m_allergies = new QLabel(this);
    m_allergies->setObjectName(QStringLiteral("chartAllergies"));
    m_allergies->setWordWrap(true);
    layout->addWidget(m_allergies);
    // Unanswered alerts stay in sight under the identity, whatever tab is open.
    auto* alerts = new AlertBanner(ws, patientId, this);
    layout->addWidget(alerts);
    connect(alerts, &AlertBanner::acknowledged, this, &PatientChartPage::changed);
    connect(this, &PatientChartPage::changed, alerts, &AlertBanner::reload);
    auto* scaleRow = new QHBoxLayout;
    m_scale = new QLabel(this);
    m_scale->setObjectName(QStringLiteral("chartSpo2Scale"));
    m_scaleButton = new QPushButton(tr("Change the SpO2 scale…"), this);
    m_scaleButton->setObjectName(QStringLiteral("spo2ScaleButton"));
    m_scaleButton->setToolTip(tr("Doctors: scale 2 is for documented hypercapnic respiratory failure."));
    // A refusal or a failure is said beside the button; the scale label keeps saying the scale.
    m_scaleError = new QLabel(this);
    m_scaleError->setObjectName(QStringLiteral("chartSpo2ScaleError"));
    m_scaleError->setWordWrap(true);
    m_scaleError->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_scaleError->hide();
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(m_scaleButton);
    scaleRow->addWidget(m_scaleError, 1);
    scaleRow->addStretch(1);
    layout->addLayout(scaleRow);
    connect(m_scaleButton, &QPushButton::clicked, this, &PatientChartPage::changeSpo2Scale);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    layout->addWidget(m_tabs, 1);
    m_chart = new ObservationChartView(ws, *m_entries, patientId, m_tabs);
    m_tabs->addTab(m_chart, tr("Observation &chart"));
    const auto addForm = [&](const QString& formId, const QString& title) {
        if (!forms.form(formId)) {
            return;
        }
        auto* tab = new FormTab(ws, *m_entries, forms, formId, patientId, m_tabs);
        m_tabs->addTab(tab, title);
        m_formTabs << tab;
        connect(tab, &FormTab::changed, this, [this] {
            m_chart->reload();
            m_mar->reload();
            reloadHeader();
            emit changed();
        });
    };
    addForm(QStringLiteral("observation"), tr("&Observations"));
    addForm(QStringLiteral("nursing_note"), tr("Nu&rsing notes"));
    addForm(QStringLiteral("admission"), tr("&Admission"));
    if (auto* admission = formTab(QStringLiteral("admission"))) {
        // The board and every page header show allergies from the patient: keep them in step
        // with the latest admission form.
        connect(admission->panel(), &FormEntryPanel::saved, this, [this](const FormEntry& e) {
            if (e.record.enteredInError) {
                return;
            }
            const QString status = e.values().value(QStringLiteral("allergy_status")).toString();
            QString allergies;
            if (status == QLatin1String("none")) {
                allergies = QStringLiteral("none");
            } else if (status == QLatin1String("known")) {
                allergies = e.values().value(QStringLiteral("allergies")).toString();
            } else {
                return;
            }
            if (auto st = PatientService(m_ws).setAllergies(m_patientId, allergies); !st) {
                m_allergies->setText(st.errorMessage());
                return;
            }
            reloadHeader();
        });
    }
    m_mar = new MarView(ws, *m_entries, forms, patientId, m_tabs);
    m_tabs->addTab(m_mar, tr("&Medications"));
    connect(m_mar, &MarView::changed, this, &PatientChartPage::changed);
    m_orders = new OrdersTab(ws, patientId, m_tabs);
    m_tabs->addTab(m_orders, tr("Tests and e&xams"));
    connect(m_orders, &OrdersTab::changed, this, &PatientChartPage::changed);
    // Only a patient imported from the hospital record gets the tab: others have nothing to show.
    auto* hospital = new HospitalRecordView(ws, patientId, m_tabs);
    if (hospital->refreshRecord()) {
        m_tabs->addTab(hospital, tr("&Hospital record"));
    } else {
        delete hospital;
    }
    addForm(QStringLiteral("fluid_balance"), tr("F&luid balance"));
    addForm(QStringLiteral("transfer"), tr("&Transfer"));
    // Forms dropped into the forms folder by the hospital get a tab too.
    static const QStringList known{QStringLiteral("observation"),
                                   QStringLiteral("nursing_note"),
                                   QStringLiteral("admission"),
                                   QStringLiteral("fluid_balance"),
                                   QStringLiteral("transfer"),
                                   QStringLiteral("prescription"),
                                   QStringLiteral("medication_administration")};
    for (const auto* form : forms.forms()) {
        if (!known.contains(form->id)) {
            addForm(form->id, form->title.text());
        }
    }
    reloadHeader();
    connect(&SessionEvents::of(ws), &SessionEvents::userChanged, this, &PatientChartPage::applyUserRights);
    applyUserRights();
}

PatientChartPage::~PatientChartPage() = default;

void PatientChartPage::applyUserRights()
{
    // A chart left open by the previous user shows the new user's buttons, not theirs.
    m_identityButton->setVisible(m_ws.require(Permission::EditPatients).ok());
    m_scaleButton->setVisible(m_ws.require(Permission::SetNews2Scale2).ok());
    m_scaleError->clear();
    m_scaleError->hide();
}

void PatientChartPage::showScaleError(const QString& text)
{
    m_scaleError->setText(text);
    m_scaleError->setVisible(!text.isEmpty());
}

bool PatientChartPage::changeSpo2Scale()
{
    // Refused before the reason is typed, not after.
    if (auto st = m_ws.require(Permission::SetNews2Scale2); !st) {
        showScaleError(st.errorMessage());
        return false;
    }
    const int target = m_entries->spo2Scale(m_patientId) == 2 ? 1 : 2;
    const auto reason = ReasonDialog::ask(
        this, tr("SpO2 scale %1").arg(target),
        target == 2
            ? tr("Scale 2 is only for documented hypercapnic respiratory failure. Say why (diagnosis, "
                 "target saturation):")
            : tr("Why does the patient go back to scale 1?"));
    if (!reason) {
        return false;
    }
    if (auto st = m_entries->setSpo2Scale(m_patientId, target, *reason); !st) {
        showScaleError(st.errorMessage());
        return false;
    }
    showScaleError(QString());
    reloadHeader();
    // New observation entries start from the patient's scale.
    if (auto* observations = formTab(QStringLiteral("observation"));
        observations && observations->panel()->recordId().isEmpty()) {
        observations->panel()->newEntry();
    }
    emit changed();
    return true;
}

bool PatientChartPage::editIdentity()
{
    IdentityEditDialog dialog(m_ws, m_patientId, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.savedPatient()) {
        return false;
    }
    reloadHeader();
    emit changed();
    return true;
}

QString PatientChartPage::scaleError() const
{
    return m_scaleError->isHidden() ? QString() : m_scaleError->text();
}

QString PatientChartPage::identityHistoryText() const
{
    return m_identityHistory->text();
}

FormTab* PatientChartPage::formTab(const QString& formId) const
{
    for (auto* tab : m_formTabs) {
        if (tab->objectName() == QStringLiteral("formTab_%1").arg(formId)) {
            return tab;
        }
    }
    return nullptr;
}

QString PatientChartPage::headerText() const
{
    return m_header->text();
}

void PatientChartPage::reload()
{
    reloadHeader();
    m_chart->reload();
    m_mar->reload();
    m_orders->reload();
    for (auto* tab : m_formTabs) {
        tab->reload();
    }
}

void PatientChartPage::reloadHeader()
{
    auto p = PatientService(m_ws).find(m_patientId);
    if (!p) {
        m_header->setText(p.errorMessage().toHtmlEscaped());
        return;
    }
    const QDate today = m_ws.clock().now().toLocalTime().date();
    QString where =
        p->status == QLatin1String("admitted") ? tr("%1, bed %2").arg(p->wardCode, p->bedLabel) : p->status;
    m_header->setText(
        QStringLiteral("<span style='font-size:14pt; font-weight:bold'>%1</span>&nbsp;&nbsp; %2")
            .arg(p->displayName().toHtmlEscaped(),
                 tr("born %1 (%2 y), %3 — %4 — %5 — %6")
                     .arg(p->birthDate.toString(QStringLiteral("dd/MM/yyyy")))
                     .arg(p->ageOn(today))
                     .arg(p->sex, p->downtimeNumber, where,
                          clinical::phrase(clinical::identityStatusFromCode(p->identityStatus)
                                               .value_or(clinical::IdentityStatus::Provisional)))
                     .toHtmlEscaped()));
    // A corrected identity keeps its earlier versions in sight: a printout or a wristband
    // with the old name must still be recognised as this patient.
    QStringList previous;
    if (auto history = PatientService(m_ws).identityHistory(m_patientId); history && history->size() > 1) {
        for (qsizetype i = history->size() - 2; i >= 0; --i) {
            const Patient& old = history->at(i).identity;
            QString text = old.displayName();
            if (old.birthDate != p->birthDate) {
                text += QStringLiteral(" ") + old.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
            }
            if (old.ipp != p->ipp && !old.ipp.isEmpty()) {
                text += QStringLiteral(" IPP ") + old.ipp;
            }
            previous << QStringLiteral("<s>%1</s>").arg(text.toHtmlEscaped());
        }
    }
    m_identityHistory->setVisible(!previous.isEmpty());
    m_identityHistory->setText(previous.isEmpty()
                                   ? QString()
                                   : tr("Identity corrected; previously:").toHtmlEscaped() +
                                         QStringLiteral(" ") + previous.join(QStringLiteral(" · ")));
    const int scale = m_entries->spo2Scale(m_patientId);
    QString scaleText = scale == 2
                            ? tr("NEWS2: SpO2 scale 2 (hypercapnic respiratory failure, set by a doctor)")
                            : tr("NEWS2: SpO2 scale 1");
    m_scale->setToolTip(QString());
    if (scale == 1) {
        // An imported observation keeps the scale its source scored it on without deciding the
        // patient's scale here: the doctor sees the source's choice as a hint.
        auto observations = m_entries->entries(m_patientId, QStringLiteral("observation"));
        if (observations && !observations->isEmpty() &&
            observations->last().values().value(QStringLiteral("spo2_scale")).toVariant().toString() ==
                QLatin1String("2")) {
            scaleText += tr(" (source scale: 2)");
            m_scale->setToolTip(tr("The latest observation was scored on SpO2 scale 2 where it was recorded. "
                                   "New observations here stay on scale 1 until a doctor sets scale 2."));
        }
    }
    m_scale->setText(scaleText);
    m_scale->setStyleSheet(scale == 2 ? QStringLiteral("color: #0d47a1; font-weight: bold;") : QString());
    const QString a = p->allergies.trimmed();
    if (a.isEmpty()) {
        m_allergies->setText(tr("Allergies: not recorded — ask and record them on the admission form."));
        m_allergies->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold;"));
    } else if (a.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        m_allergies->setText(tr("No known allergy"));
        m_allergies->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    } else {
        m_allergies->setText(tr("⚠ ALLERGIES: %1").arg(a));
        m_allergies->setStyleSheet(
            QStringLiteral("background: #c62828; color: white; font-weight: bold; padding: 4px;"));
    }
}

} // namespace wp::gui
