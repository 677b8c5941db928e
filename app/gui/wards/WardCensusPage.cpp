#include "WardCensusPage.h"

#include "common/MessageBar.h"
#include "common/PageHeader.h"
#include "patients/PatientService.h"
#include "site/SiteService.h"

#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace wp::gui {

WardCensusPage::WardCensusPage(Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_header(new PageHeader(tr("Wards"), QString(), this)),
      m_messages(new MessageBar(this)), m_view(new QTreeView(this)), m_bedsModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("wardCensusPage"));
    m_view->setObjectName(QStringLiteral("wardCensusView"));
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setStyleSheet(QStringLiteral("QTreeView::item { padding: 2px 4px; }"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_bedsModel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_messages);
    layout->addWidget(m_view, 1);
    refresh();
}

QAbstractItemModel* WardCensusPage::model() const
{
    return m_view->model();
}

void WardCensusPage::setCensusModel(QAbstractItemModel* model)
{
    m_view->setModel(model ? model : m_bedsModel);
    m_view->expandAll();
}

void WardCensusPage::refresh()
{
    m_bedsModel->clear();
    m_bedsModel->setHorizontalHeaderLabels({tr("Ward / bed"), tr("Patient"), tr("Age / sex"),
                                            tr("Downtime number"), tr("Allergies"), tr("Admitted")});
    auto wards = SiteService(m_ws).wards();
    if (!wards) {
        m_messages->showError(tr("The wards could not be read: %1").arg(wards.errorMessage()));
        return;
    }
    m_messages->dismiss();
    PatientService patients(m_ws);
    const QDate today = m_ws.clock().now().toLocalTime().date();
    int beds = 0;
    int occupied = 0;
    for (const Ward& ward : *wards) {
        auto* code = new QStandardItem(ward.code);
        QFont bold = code->font();
        bold.setBold(true);
        code->setFont(bold);
        auto* name = new QStandardItem(ward.name);
        name->setFont(bold);
        auto census = patients.census(ward.code);
        if (!census) {
            m_messages->showError(
                tr("The census of %1 could not be read: %2").arg(ward.code, census.errorMessage()));
            return;
        }
        int wardOccupied = 0;
        for (const CensusRow& row : *census) {
            // "Bed 12", but "Box 3" rather than "Bed Box 3".
            bool numeric = false;
            row.bedLabel.toInt(&numeric);
            QList<QStandardItem*> items{
                new QStandardItem(numeric ? tr("Bed %1").arg(row.bedLabel) : row.bedLabel)};
            if (row.patient) {
                const Patient& p = *row.patient;
                ++wardOccupied;
                const QString allergies = p.allergies.isEmpty()                  ? tr("not recorded")
                                          : p.allergies == QLatin1String("none") ? tr("no known allergy")
                                                                                 : p.allergies;
                auto* allergyItem = new QStandardItem(allergies);
                if (!p.allergies.isEmpty() && p.allergies != QLatin1String("none")) {
                    allergyItem->setForeground(QColor(0xb0, 0x00, 0x20));
                    allergyItem->setFont(bold);
                }
                items << new QStandardItem(p.displayName())
                      << new QStandardItem(tr("%1 y, %2").arg(p.ageOn(today)).arg(p.sex))
                      << new QStandardItem(p.downtimeNumber) << allergyItem
                      << new QStandardItem(
                             QLocale().toString(p.admittedAt.toLocalTime(), QStringLiteral("d MMM HH:mm")));
            } else {
                // "free", as the ward board and the printouts say: one word for one thing.
                auto* free = new QStandardItem(tr("free"));
                free->setForeground(QColor(0x70, 0x70, 0x70));
                items << free;
            }
            code->appendRow(items);
        }
        beds += static_cast<int>(ward.beds.size());
        occupied += wardOccupied;
        m_bedsModel->appendRow(
            {code, name,
             new QStandardItem(tr("%1 of %2 beds occupied").arg(wardOccupied).arg(ward.beds.size()))});
    }
    if (wards->isEmpty()) {
        m_header->setDescription(tr("No ward is set up on this laptop yet."));
    } else {
        m_header->setDescription(
            tr("Wards: %1 · Beds: %2 · Patients in a bed: %3").arg(wards->size()).arg(beds).arg(occupied));
    }
    if (m_view->model() == m_bedsModel) {
        m_view->expandAll();
        m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    }
}

} // namespace wp::gui
