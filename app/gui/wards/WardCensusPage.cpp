#include "WardCensusPage.h"

#include "common/MessageBar.h"
#include "common/PageHeader.h"
#include "site/SiteService.h"

#include <QHeaderView>
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
    m_bedsModel->setHorizontalHeaderLabels({tr("Ward / bed"), tr("Name"), tr("Occupancy")});
    auto wards = SiteService(m_ws).wards();
    if (!wards) {
        m_messages->showError(tr("The wards could not be read: %1").arg(wards.errorMessage()));
        return;
    }
    m_messages->dismiss();
    int beds = 0;
    for (const Ward& ward : *wards) {
        auto* code = new QStandardItem(ward.code);
        QFont bold = code->font();
        bold.setBold(true);
        code->setFont(bold);
        auto* name = new QStandardItem(ward.name);
        name->setFont(bold);
        auto* summary = new QStandardItem(tr("Beds: %1, all empty").arg(ward.beds.size()));
        for (const QString& bed : ward.beds) {
            // "Bed 12", but "Box 3" rather than "Bed Box 3".
            bool numeric = false;
            bed.toInt(&numeric);
            code->appendRow({new QStandardItem(numeric ? tr("Bed %1").arg(bed) : bed), new QStandardItem(),
                             new QStandardItem(tr("empty"))});
        }
        beds += static_cast<int>(ward.beds.size());
        m_bedsModel->appendRow({code, name, summary});
    }
    if (wards->isEmpty()) {
        m_header->setDescription(tr("No ward is set up on this laptop yet."));
    } else {
        m_header->setDescription(tr("Wards: %1 · Beds: %2 · Patients appear here once they are admitted.")
                                     .arg(wards->size())
                                     .arg(beds));
    }
    if (m_view->model() == m_bedsModel) {
        m_view->expandAll();
        m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    }
}

} // namespace wp::gui
