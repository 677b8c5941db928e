#include "FhirSettingsBox.h"

#include "common/MessageBar.h"
#include "fhir/FhirSettings.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace wp::gui {

FhirSettingsBox::FhirSettingsBox(Workspace& ws, MessageBar* messages, QWidget* parent)
    : QGroupBox(tr("Back-entry export (FHIR)"), parent), m_ws(ws), m_messages(messages),
      m_ippSystem(new QLineEdit(this)), m_error(new QLabel(this)),
      m_apply(new QPushButton(tr("Appl&y"), this))
{
    setObjectName(QStringLiteral("fhirSettings"));
    m_ippSystem->setObjectName(QStringLiteral("ippSystem"));
    m_error->setObjectName(QStringLiteral("ippSystemError"));
    m_apply->setObjectName(QStringLiteral("applyIppSystem"));
    m_ippSystem->setPlaceholderText(QStringLiteral("urn:oid:…"));
    m_ippSystem->setMaxLength(fhir::FhirSettings::maximumUriLength);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* label = new QLabel(tr("IPP identifier &system:"), this);
    label->setBuddy(m_ippSystem);
    auto* help = new QLabel(tr("The URI under which the hospital's patient administration system files IPPs "
                               "(ask IT). Until it is set, exports use urn:whiteplan:ipp."),
                            this);
    help->setWordWrap(true);
    auto* layout = new QGridLayout(this);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_ippSystem, 0, 1);
    layout->addWidget(m_apply, 0, 2);
    layout->addWidget(m_error, 1, 1, 1, 2);
    layout->addWidget(help, 2, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    connect(m_ippSystem, &QLineEdit::textChanged, this, &FhirSettingsBox::validate);
    connect(m_ippSystem, &QLineEdit::returnPressed, this, &FhirSettingsBox::apply);
    connect(m_apply, &QPushButton::clicked, this, &FhirSettingsBox::apply);
}

void FhirSettingsBox::reload(bool allowed)
{
    m_allowed = allowed;
    m_ippSystem->setText(allowed ? fhir::FhirSettings(m_ws).ippSystem() : QString());
    m_ippSystem->setEnabled(allowed);
    validate();
}

void FhirSettingsBox::validate()
{
    const QString why = m_allowed ? fhir::FhirSettings::checkUri(m_ippSystem->text()) : QString();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_apply->setEnabled(m_allowed && why.isEmpty());
}

void FhirSettingsBox::apply()
{
    if (!m_apply->isEnabled()) {
        return;
    }
    const QString uri = m_ippSystem->text().trimmed();
    if (auto st = fhir::FhirSettings(m_ws).setIppSystem(uri); !st) {
        m_messages->showError(st.errorMessage());
        return;
    }
    m_ippSystem->setText(uri);
    m_messages->showSuccess(tr("FHIR exports now identify IPPs with %1.").arg(uri));
}

} // namespace wp::gui
