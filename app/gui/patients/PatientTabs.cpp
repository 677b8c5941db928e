#include "PatientTabs.h"

#include "PatientsPage.h"
#include "chart/PatientChartPage.h"
#include "patients/PatientService.h"

#include <QTabBar>

namespace wp::gui {

PatientTabs::PatientTabs(Workspace& ws, const clinical::FormRegistry& forms, QWidget* parent)
    : QTabWidget(parent), m_ws(ws), m_forms(forms), m_finder(new PatientsPage(ws, this))
{
    setObjectName(QStringLiteral("patientTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    addTab(m_finder, tr("Find or register"));
    // The finder stays: only charts can be closed.
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_finder, &PatientsPage::openPatientChart, this, [this](const QString& id) { openChart(id); });
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index > 0) {
            QWidget* page = widget(index);
            removeTab(index);
            page->deleteLater();
        }
    });
}

PatientChartPage* PatientTabs::chart(const QString& patientId) const
{
    for (int i = 1; i < count(); ++i) {
        if (auto* page = qobject_cast<PatientChartPage*>(widget(i)); page && page->patientId() == patientId) {
            return page;
        }
    }
    return nullptr;
}

PatientChartPage* PatientTabs::openChart(const QString& patientId)
{
    if (auto* existing = chart(patientId)) {
        setCurrentWidget(existing);
        return existing;
    }
    auto* page = new PatientChartPage(m_ws, m_forms, patientId, this);
    connect(page, &PatientChartPage::changed, this, &PatientTabs::changed);
    // The tab names the patient: it follows an identity correction.
    connect(page, &PatientChartPage::changed, this, [this, page] {
        if (const int index = indexOf(page); index > 0) {
            setTabText(index, titleOf(page->patientId()));
        }
    });
    setCurrentIndex(addTab(page, titleOf(patientId)));
    return page;
}

QString PatientTabs::titleOf(const QString& patientId) const
{
    auto patient = PatientService(m_ws).find(patientId);
    return patient ? QStringLiteral("%1 · %2").arg(patient->displayName(), patient->bedLabel.isEmpty()
                                                                               ? patient->downtimeNumber
                                                                               : patient->bedLabel)
                   : tr("Patient");
}

} // namespace wp::gui
