#include "HospitalPage.h"

#include "FreshnessStyle.h"
#include "HospitalFinderWidget.h"
#include "common/MessageBar.h"
#include "common/PageHeader.h"
#include "hospital/HospitalCensus.h"
#include "hospital/TransferRegister.h"
#include "printing/PrintPreviewDialog.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace wp::gui {

using hospital::DeviceFreshnessIndex;
using hospital::HospitalMovement;
using hospital::WardCensus;

namespace {

QTableView* makeTable(QStandardItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString shortTime(const QDateTime& t)
{
    // Compact and unambiguous in every language: the register has many columns.
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

HospitalPage::HospitalPage(Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_print(ws),
      m_header(
          new PageHeader(tr("Hospital"),
                         tr("Every ward this laptop holds records of, its own and those received by bundle "
                            "or hub. Each figure says how old it is: call a ward marked STALE."),
                         this)),
      m_messages(new MessageBar(this)), m_tabs(new QTabWidget(this)),
      m_census(new QStandardItemModel(0, CensusColumns, this)), m_transfers(new QStandardItemModel(this)),
      m_censusView(makeTable(m_census, QStringLiteral("hospitalCensusView"), this)),
      m_transfersView(makeTable(m_transfers, QStringLiteral("hospitalTransfersView"), this)),
      m_finder(new HospitalFinderWidget(ws, this)), m_laptops(new QLabel(this)),
      m_printButton(new QPushButton(tr("&Print the situation report…"), this))
{
    setObjectName(QStringLiteral("hospitalPage"));
    m_tabs->setObjectName(QStringLiteral("hospitalTabs"));
    m_laptops->setObjectName(QStringLiteral("hospitalLaptops"));
    m_laptops->setWordWrap(true);
    m_printButton->setObjectName(QStringLiteral("hospitalPrintSitrep"));
    m_tabs->addTab(m_censusView, tr("&Census and free beds"));
    m_tabs->addTab(m_finder, tr("Fi&nd a patient"));
    m_tabs->addTab(m_transfersView, tr("&Transfer register"));

    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("hospitalRefresh"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_laptops, 1);
    buttons->addWidget(refreshButton);
    buttons->addWidget(m_printButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_messages);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    // Keyboard first: Ctrl+F goes to the finder whenever the page is shown (a hidden page's
    // shortcut does not fire, so other pages keep Ctrl+F for themselves).
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, &HospitalPage::showFinder);
    connect(refreshButton, &QPushButton::clicked, this, &HospitalPage::refresh);
    connect(m_printButton, &QPushButton::clicked, this, [this] { previewSitrep(); });
    connect(m_finder, &HospitalFinderWidget::patientActivated, this, &HospitalPage::openPatientChart);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_finder) {
            m_finder->field()->setFocus();
        }
    });
    // Read when first shown, not at start-up: the main window opens on the ward in well under a second.
}

void HospitalPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Records may have arrived (bundle, hub) since the page was last shown.
    refresh();
}

void HospitalPage::showFinder()
{
    m_tabs->setCurrentWidget(m_finder);
    m_finder->field()->setFocus();
    m_finder->field()->selectAll();
}

QString HospitalPage::laptopsSummary() const
{
    return m_laptops->text();
}

void HospitalPage::refresh()
{
    m_messages->dismiss();
    loadCensus();
    loadTransfers();
    m_finder->refresh();
}

void HospitalPage::loadCensus()
{
    m_census->clear();
    m_census->setHorizontalHeaderLabels({tr("Ward"), tr("Name"), tr("Beds"), tr("Occupied"), tr("Free"),
                                         tr("No bed"), tr("Arriving (24 h)"), tr("Leaving (24 h)"),
                                         tr("Laptops"), tr("Data")});
    auto freshness = DeviceFreshnessIndex::load(m_ws);
    if (!freshness) {
        m_messages->showError(tr("The census could not be read: %1").arg(freshness.errorMessage()));
        return;
    }
    auto census = hospital::HospitalCensus::load(m_ws, 24, &*freshness);
    if (!census) {
        m_messages->showError(tr("The census could not be read: %1").arg(census.errorMessage()));
        return;
    }
    const QDateTime now = census->now();
    const auto addRow = [&](const WardCensus& w, const QString& code, bool bold) {
        QList<QStandardItem*> row;
        row << new QStandardItem(code) << new QStandardItem(w.name);
        for (int n : {w.beds, w.occupied, w.free(), w.unplaced, w.arriving, w.leaving}) {
            auto* item = new QStandardItem(QString::number(n));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        }
        row << new QStandardItem(w.sources.join(QStringLiteral(", ")))
            << new QStandardItem(DeviceFreshnessIndex::describe(w.freshness, w.dataAsOf, now));
        row.last()->setToolTip(w.dataAsOf.isValid()
                                   ? tr("Newest record from these laptops: %1").arg(shortTime(w.dataAsOf))
                                   : tr("No record from another laptop"));
        FreshnessStyle::apply(row.last(), w.freshness);
        if (w.free() > 0) {
            row[Free]->setBackground(QColor(0xd7, 0xf0, 0xdb));
        }
        if (bold) {
            for (QStandardItem* item : row) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
        m_census->appendRow(row);
    };
    for (const WardCensus& w : census->wards()) {
        addRow(w, w.code, false);
    }
    addRow(census->total(), tr("Total"), true);

    QStringList laptops;
    for (const auto& d : freshness->devices()) {
        laptops << QStringLiteral("%1 %2").arg(d.device, freshness->describeDevice(d.device, now));
    }
    m_laptops->setText(
        tr("Newest record held from each laptop: %1").arg(laptops.join(QStringLiteral(" · "))));
}

void HospitalPage::loadTransfers()
{
    m_transfers->clear();
    m_transfers->setHorizontalHeaderLabels({tr("When"), tr("Movement"), tr("Number"), tr("Patient"),
                                            tr("From"), tr("To"), tr("SAMU"), tr("Transport"),
                                            tr("Documents"), tr("Laptop"), tr("Recorded at")});
    auto moves = hospital::TransferRegister(m_ws).transfers();
    if (!moves) {
        m_messages->showError(tr("The transfer register could not be read: %1").arg(moves.errorMessage()));
        return;
    }
    const auto place = [](const QString& ward, const QString& bed) {
        return bed.isEmpty() ? ward : tr("%1, bed %2").arg(ward, bed);
    };
    // Newest first: the register is read for what just happened.
    for (auto it = moves->crbegin(); it != moves->crend(); ++it) {
        const HospitalMovement& m = *it;
        const QString to =
            m.type == HospitalMovement::Type::TransferOut ? m.destination : place(m.toWard, m.toBed);
        QList<QStandardItem*> row;
        for (const QString& text :
             {shortTime(m.at), HospitalMovement::typeLabel(m.type), m.downtimeNumber, m.patientName,
              place(m.fromWard, m.fromBed), to, m.samuNumber, m.transport,
              m.documents.join(QStringLiteral("; ")), m.device, shortTime(m.recordedAt)}) {
            row << new QStandardItem(text);
        }
        row.first()->setData(m.patientId, Qt::UserRole);
        m_transfers->appendRow(row);
    }
}

PrintPreviewDialog* HospitalPage::previewSitrep()
{
    printing::PrintRequest request;
    request.kind = printing::PrintKind::Sitrep;
    auto document = m_print.prepare(request);
    if (!document) {
        m_messages->showError(document.errorMessage());
        return nullptr;
    }
    auto* dialog = new PrintPreviewDialog(m_print, std::move(document).value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->renderPreview()) {
        m_messages->showError(dialog->message());
        delete dialog;
        return nullptr;
    }
    dialog->open();
    emit previewOpened(dialog);
    return dialog;
}

} // namespace wp::gui
