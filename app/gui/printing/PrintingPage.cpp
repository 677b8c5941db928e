#include "PrintingPage.h"

#include "PrintPreviewDialog.h"
#include "printing/HandoverShift.h"
#include "site/SiteService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

using printing::HandoverShift;
using printing::PrintKind;
using printing::PrintService;

namespace {

QString describe(PrintKind kind)
{
    switch (kind) {
    case PrintKind::Handover:
        return PrintingPage::tr(
            "One row per patient with allergies, NEWS2 and its trend, what is due in the shift "
            "and room to write. Print it before each handover.");
    case PrintKind::Transfer:
        return PrintingPage::tr(
            "Travels with a patient leaving for another hospital: reason, destination, SAMU "
            "number, summary, allergies, treatments, risks, observations, contacts.");
    case PrintKind::Labels:
        return PrintingPage::tr("A wristband strip and 18 labels with the downtime number and its QR code.");
    case PrintKind::Kit:
        return PrintingPage::tr(
            "Blank observation chart, medication record and note sheets with the patient's "
            "identity, for when this laptop fails too.");
    case PrintKind::OrderRequest:
        return PrintingPage::tr(
            "The request that goes with a specimen or to imaging, with the order's QR code.");
    case PrintKind::TubeLabels:
        return PrintingPage::tr("One label per tube of an order, with the QR code the laboratory scans.");
    case PrintKind::Sitrep:
        break;
    }
    return PrintingPage::tr(
        "Counts for the regional crisis unit: inpatients by ward, admissions, transfers out, "
        "discharges, postponed operations and theatre capacity.");
}

} // namespace

PrintingPage::PrintingPage(Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_service(ws), m_kind(new QComboBox(this)), m_ward(new QComboBox(this)),
      m_shift(new QComboBox(this)),
      m_riskOnly(new QCheckBox(tr("Only patients at medium or high NEWS2 risk"), this)),
      m_patient(new QLineEdit(this)), m_wardLabel(new QLabel(tr("&Ward:"), this)),
      m_shiftLabel(new QLabel(tr("&Shift:"), this)), m_patientLabel(new QLabel(tr("P&atient:"), this)),
      m_description(new QLabel(this)), m_message(new QLabel(this)),
      m_previewButton(new QPushButton(tr("&Preview…"), this))
{
    setObjectName(QStringLiteral("printingPage"));
    for (PrintKind k :
         {PrintKind::Handover, PrintKind::Transfer, PrintKind::Labels, PrintKind::Kit, PrintKind::Sitrep}) {
        m_kind->addItem(PrintService::label(k), static_cast<int>(k));
    }
    for (HandoverShift::Kind s : {HandoverShift::Morning, HandoverShift::Afternoon, HandoverShift::Night}) {
        m_shift->addItem(HandoverShift::label(s), static_cast<int>(s));
    }
    m_shift->setCurrentIndex(m_shift->findData(static_cast<int>(HandoverShift::current(ws.clock().now()))));
    m_wardLabel->setBuddy(m_ward);
    m_shiftLabel->setBuddy(m_shift);
    m_patientLabel->setBuddy(m_patient);
    m_description->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));

    auto* form = new QFormLayout;
    form->addRow(tr("P&rintout:"), m_kind);
    form->addRow(QString(), m_description);
    form->addRow(m_wardLabel, m_ward);
    form->addRow(m_shiftLabel, m_shift);
    form->addRow(QString(), m_riskOnly);
    form->addRow(m_patientLabel, m_patient);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_previewButton, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrintingPage::updateFields);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_patient, &QLineEdit::returnPressed, this, [this] { preview(); });
    reloadWards();
    updateFields();
}

void PrintingPage::reloadWards()
{
    const QString current = m_ward->currentData().toString();
    m_ward->clear();
    auto wards = SiteService(m_ws).wards();
    if (!wards) {
        m_message->setText(wards.errorMessage());
        return;
    }
    for (const Ward& w : *wards) {
        m_ward->addItem(QStringLiteral("%1 — %2").arg(w.code, w.name), w.code);
    }
    if (const int i = m_ward->findData(current); i >= 0) {
        m_ward->setCurrentIndex(i);
    }
}

void PrintingPage::setPatient(const QString& number)
{
    m_patient->setText(number);
}

void PrintingPage::setKind(PrintKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

PrintKind PrintingPage::kind() const
{
    return static_cast<PrintKind>(m_kind->currentData().toInt());
}

QString PrintingPage::message() const
{
    return m_message->text();
}

void PrintingPage::updateFields()
{
    const PrintKind k = kind();
    const bool ward = k == PrintKind::Handover;
    const bool patient = PrintService::needsPatient(k);
    for (QWidget* w :
         {static_cast<QWidget*>(m_ward), static_cast<QWidget*>(m_wardLabel), static_cast<QWidget*>(m_shift),
          static_cast<QWidget*>(m_shiftLabel), static_cast<QWidget*>(m_riskOnly)}) {
        w->setVisible(ward);
    }
    // For the handover the field is optional: only these patients (numbers, comma-separated).
    m_patient->setVisible(patient || ward);
    m_patientLabel->setVisible(patient || ward);
    m_patientLabel->setText(patient ? tr("P&atient:") : tr("Only p&atients:"));
    m_patient->setPlaceholderText(patient ? tr("Downtime number or IPP")
                                          : tr("Optional: downtime numbers, comma-separated"));
    m_description->setText(describe(k));
    m_message->clear();
}

PrintPreviewDialog* PrintingPage::preview()
{
    m_message->clear();
    printing::PrintRequest request;
    request.kind = kind();
    request.handover.wardCode = m_ward->currentData().toString();
    request.handover.shift = static_cast<HandoverShift::Kind>(m_shift->currentData().toInt());
    request.handover.mediumOrHighRiskOnly = m_riskOnly->isChecked();
    request.patient = m_patient->text().trimmed();
    if (request.kind == PrintKind::Handover) {
        for (const QString& number : request.patient.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            request.handover.patients << number.trimmed();
        }
    }
    if (PrintService::needsPatient(request.kind) && request.patient.isEmpty()) {
        m_message->setText(tr("Enter the patient's downtime number or IPP."));
        m_patient->setFocus();
        return nullptr;
    }
    auto document = m_service.prepare(request);
    if (!document) {
        m_message->setText(document.errorMessage());
        return nullptr;
    }
    auto* dialog = new PrintPreviewDialog(m_service, std::move(document).value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->renderPreview()) {
        m_message->setText(dialog->message());
        delete dialog;
        return nullptr;
    }
    dialog->open();
    emit previewOpened(dialog);
    return dialog;
}

} // namespace wp::gui
