#include "HospitalFinderWidget.h"

#include "FreshnessStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace wp::gui {

using hospital::DeviceFreshnessIndex;
using hospital::FinderHit;

HospitalFinderWidget::HospitalFinderWidget(Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_finder(ws), m_field(new QLineEdit(this)), m_message(new QLabel(this)),
      m_view(new QTableView(this)), m_model(new QStandardItemModel(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("hospitalFinder"));
    m_field->setObjectName(QStringLiteral("hospitalFinderField"));
    m_field->setPlaceholderText(tr("Name, birth date (31/12/1950), downtime number or IPP…"));
    m_field->setClearButtonEnabled(true);
    m_message->setObjectName(QStringLiteral("hospitalFinderMessage"));
    m_message->setWordWrap(true);
    m_model->setHorizontalHeaderLabels(
        {tr("Number"), tr("Name"), tr("Born"), tr("Where now"), tr("Laptop"), tr("Recorded at"), tr("Data")});
    m_view->setObjectName(QStringLiteral("hospitalFinderResults"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(WhereNow, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &HospitalFinderWidget::searchNow);
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        // Enter on a single match opens it; with several, the arrows choose among them.
        if (m_hits.size() == 1) {
            activate(0);
        } else if (!m_hits.isEmpty()) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { activate(index.row()); });
    searchNow();
}

QString HospitalFinderWidget::patientAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits[row].patient.id : QString();
}

void HospitalFinderWidget::activate(int row)
{
    if (const QString id = patientAt(row); !id.isEmpty()) {
        emit patientActivated(id);
    }
}

void HospitalFinderWidget::refresh()
{
    if (auto st = m_finder.refresh(); !st) {
        m_message->setText(st.errorMessage());
        return;
    }
    searchNow();
}

void HospitalFinderWidget::searchNow()
{
    m_debounce.stop();
    m_model->removeRows(0, m_model->rowCount());
    m_hits.clear();
    const QString query = m_field->text().simplified();
    if (query.isEmpty()) {
        m_message->setText(tr("Type a name, a birth date, a downtime number or an IPP: every ward's patients "
                              "held on this laptop are searched."));
        return;
    }
    auto hits = m_finder.find(query);
    if (!hits) {
        m_message->setText(hits.errorMessage());
        return;
    }
    m_hits = *hits;
    const QDateTime now = m_ws.clock().now();
    for (const FinderHit& h : m_hits) {
        QList<QStandardItem*> row;
        row << new QStandardItem(h.patient.downtimeNumber) << new QStandardItem(h.patient.displayName())
            << new QStandardItem(h.patient.birthDate.toString(QStringLiteral("dd/MM/yyyy")))
            << new QStandardItem(h.whereNow) << new QStandardItem(h.device)
            << new QStandardItem(h.recordedAt.isValid()
                                     ? h.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     : QString())
            << new QStandardItem(DeviceFreshnessIndex::describe(h.freshness, h.dataAsOf, now));
        FreshnessStyle::apply(row.last(), h.freshness);
        m_model->appendRow(row);
    }
    // Sized once per search: the list is read at a glance, nothing cut.
    m_view->resizeColumnsToContents();
    m_message->setText(m_hits.isEmpty()
                           ? tr("No patient matches on this laptop.")
                           : tr("%n patient(s) found.", nullptr, static_cast<int>(m_hits.size())));
}

} // namespace wp::gui
