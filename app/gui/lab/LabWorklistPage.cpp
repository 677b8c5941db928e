#include "LabWorklistPage.h"

#include "LabResultsDialog.h"
#include "PhonedDialog.h"
#include "login/SessionEvents.h"
#include "orders/OrderService.h"
#include "orders/ResultService.h"
#include "patients/PatientService.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wp::gui {

namespace {

enum WorkColumn {
    NumberCol,
    PatientCol,
    TestsCol,
    PriorityCol,
    CollectedCol,
    StatusCol,
    DueCol,
    OverdueCol,
    WorkCols
};

QString when(const QDateTime& t, const QDateTime& now)
{
    if (!t.isValid()) {
        return {};
    }
    const QDateTime local = t.toLocalTime();
    return local.date() == now.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm"))
                                                    : local.toString(QStringLiteral("dd/MM HH:mm"));
}

QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt;"));
    return l;
}

} // namespace

LabWorklistPage::LabWorklistPage(Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("labWorklistPage"));
    m_catalogue.reload(orders::Catalogue::siteFolder(ws.dataDirectory()));
    auto* layout = new QVBoxLayout(this);

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("labRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();
    layout->addWidget(m_refusal);

    auto* scanRow = new QHBoxLayout;
    auto* scanLabel = new QLabel(tr("Scan a &tube or type an order number:"), this);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("labScan"));
    m_scan->setPlaceholderText(tr("WP-ORDER … or P2-L0007"));
    scanLabel->setBuddy(m_scan);
    auto* scanButton = new QPushButton(tr("Re&ceive"), this);
    scanButton->setObjectName(QStringLiteral("labScanReceive"));
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(scanButton);
    layout->addLayout(scanRow);
    // A scanner types the label and presses Enter: that receives it.
    connect(m_scan, &QLineEdit::returnPressed, this, &LabWorklistPage::receiveScanned);
    connect(scanButton, &QPushButton::clicked, this, &LabWorklistPage::receiveScanned);

    const QStringList headers{tr("Number"),    tr("Patient"), tr("Tests"), tr("Priority"),
                              tr("Collected"), tr("Status"),  tr("Due"),   tr("Overdue")};
    layout->addWidget(heading(tr("Waiting for results"), this));
    m_worklist = makeTable(QStringLiteral("labWorklist"), headers, this);
    layout->addWidget(m_worklist, 3);
    auto* workButtons = new QHBoxLayout;
    m_receive = new QPushButton(tr("&Receive the selected"), this);
    m_receive->setObjectName(QStringLiteral("labReceiveButton"));
    m_results = new QPushButton(tr("&Enter results…"), this);
    m_results->setObjectName(QStringLiteral("labResultsButton"));
    auto* refreshButton = new QPushButton(tr("Refre&sh"), this);
    refreshButton->setShortcut(QKeySequence::Refresh);
    workButtons->addWidget(m_receive);
    workButtons->addWidget(m_results);
    workButtons->addStretch(1);
    workButtons->addWidget(refreshButton);
    layout->addLayout(workButtons);
    connect(m_receive, &QPushButton::clicked, this, &LabWorklistPage::receiveSelected);
    connect(m_results, &QPushButton::clicked, this, &LabWorklistPage::enterResults);
    connect(refreshButton, &QPushButton::clicked, this, &LabWorklistPage::refresh);
    connect(m_worklist, &QTableWidget::activated, this, [this] { enterResults(); });

    layout->addWidget(heading(tr("Ordered, not yet collected"), this));
    m_ordered = makeTable(QStringLiteral("labOrdered"), headers, this);
    layout->addWidget(m_ordered, 1);

    layout->addWidget(heading(tr("Results to phone"), this));
    m_phone = makeTable(QStringLiteral("labToPhone"),
                        {tr("Patient"), tr("Order"), tr("Result"), tr("Resulted")}, this);
    layout->addWidget(m_phone, 1);
    auto* phoneButtons = new QHBoxLayout;
    m_phoned = new QPushButton(tr("&Phoned…"), this);
    m_phoned->setObjectName(QStringLiteral("labPhonedButton"));
    phoneButtons->addWidget(m_phoned);
    phoneButtons->addStretch(1);
    layout->addLayout(phoneButtons);
    connect(m_phoned, &QPushButton::clicked, this, &LabWorklistPage::phoneSelected);
    connect(m_phone, &QTableWidget::activated, this, [this] { phoneSelected(); });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("labMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(&SessionEvents::of(ws), &SessionEvents::userChanged, this, &LabWorklistPage::refresh);
    refresh();
}

QString LabWorklistPage::refusal() const
{
    auto st = m_ws.require(Permission::RecordResults);
    return st ? QString() : st.errorMessage();
}

QString LabWorklistPage::message() const
{
    return m_message->text();
}

void LabWorklistPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold;")
                                   : QStringLiteral("color: #2e7d32;"));
}

void LabWorklistPage::sortForWorklist(QList<orders::Order>& list)
{
    std::stable_sort(list.begin(), list.end(), [](const orders::Order& a, const orders::Order& b) {
        if (a.priority != b.priority) {
            return a.priority > b.priority; // STAT, urgent, routine
        }
        return a.orderedAt < b.orderedAt;
    });
}

QString LabWorklistPage::testsText(const orders::Order& o) const
{
    QStringList names;
    for (const QString& code : o.requested) {
        if (const auto* p = m_catalogue.panel(code)) {
            names << p->name.text();
        } else if (const auto* t = m_catalogue.test(code)) {
            names << t->name.text();
        } else if (const auto* x = m_catalogue.exam(code)) {
            names << x->name.text();
        } else {
            names << code;
        }
    }
    return names.join(QStringLiteral(", "));
}

QString LabWorklistPage::patientText(const QString& patientId) const
{
    const auto it = m_patients.constFind(patientId);
    if (it == m_patients.constEnd()) {
        return patientId;
    }
    const Patient& p = *it;
    QString text =
        tr("%1, born %2, %3")
            .arg(p.displayName(), QLocale().toString(p.birthDate, QLocale::ShortFormat), p.downtimeNumber);
    if (!p.wardCode.isEmpty()) {
        text += QStringLiteral(", %1 %2").arg(p.wardCode, p.bedLabel).trimmed();
    }
    return text;
}

void LabWorklistPage::refresh()
{
    const QString refused = refusal();
    m_refusal->setText(refused);
    m_refusal->setVisible(!refused.isEmpty());
    for (QWidget* w : {static_cast<QWidget*>(m_scan), static_cast<QWidget*>(m_receive),
                       static_cast<QWidget*>(m_results), static_cast<QWidget*>(m_phoned)}) {
        w->setEnabled(refused.isEmpty());
    }
    if (!refused.isEmpty() || !m_ws.currentUser()) {
        m_work.clear();
        m_waiting.clear();
        m_toPhone.clear();
        m_worklist->setRowCount(0);
        m_ordered->setRowCount(0);
        m_phone->setRowCount(0);
        return;
    }
    const QString selected = selectedWork() ? selectedWork()->number : QString();
    // One read of each per refresh: the orders, the patients, the results to phone.
    auto all = orders::OrderService(m_ws, m_catalogue).all();
    if (!all) {
        setMessage(all.errorMessage(), true);
        return;
    }
    auto patients = PatientService(m_ws).list();
    if (!patients) {
        setMessage(patients.errorMessage(), true);
        return;
    }
    m_patients.clear();
    for (const auto& p : *patients) {
        m_patients.insert(p.id, p);
    }
    m_work.clear();
    m_waiting.clear();
    m_numbers.clear();
    for (const auto& o : *all) {
        m_numbers.insert(o.recordId, o.number);
        if (!o.isOpen()) {
            continue;
        }
        (o.status == orders::OrderStatus::Ordered ? m_waiting : m_work).append(o);
    }
    sortForWorklist(m_work);
    sortForWorklist(m_waiting);
    const QDateTime now = m_ws.clock().now();
    fillOrders(m_worklist, m_work, now);
    fillOrders(m_ordered, m_waiting, now);

    auto phone = orders::ResultService(m_ws, m_catalogue).toPhone();
    if (!phone) {
        setMessage(phone.errorMessage(), true);
        return;
    }
    m_toPhone = *phone;
    m_phone->setRowCount(static_cast<int>(m_toPhone.size()));
    for (int i = 0; i < m_toPhone.size(); ++i) {
        const auto& r = m_toPhone[i];
        const auto* t = m_catalogue.test(r.test);
        const QString value =
            QStringLiteral("%1 %2%3 (%4)")
                .arg(t ? t->name.text() : r.test, r.value,
                     r.unit.isEmpty() ? QString() : QLatin1Char(' ') + r.unit, orders::shortLabel(r.flag));
        const QStringList cells{patientText(r.patientId), m_numbers.value(r.orderId), value,
                                when(r.resultedAt, now)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            item->setForeground(QColor(QStringLiteral("#b71c1c")));
            m_phone->setItem(i, c, item);
        }
    }
    m_phone->resizeColumnsToContents();
    if (!m_toPhone.isEmpty() && m_phone->currentRow() < 0) {
        m_phone->selectRow(0);
    }
    if (!selected.isEmpty()) {
        selectOrder(selected);
    }
    if (m_worklist->currentRow() < 0 && !m_work.isEmpty()) {
        m_worklist->selectRow(0);
    }
}

void LabWorklistPage::fillOrders(QTableWidget* table, const QList<orders::Order>& list, const QDateTime& now)
{
    table->setUpdatesEnabled(false);
    table->setRowCount(static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const auto& o = list[i];
        const auto* collected = o.event(orders::OrderEvent::Kind::Collected);
        const bool overdue = o.isOverdue(now);
        const QStringList cells{o.number,
                                patientText(o.patientId),
                                testsText(o),
                                orders::label(o.priority),
                                collected ? when(collected->at, now) : QString(),
                                orders::label(o.status),
                                when(o.dueAt, now),
                                overdue ? tr("OVERDUE") : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if ((c == PriorityCol && o.priority == orders::Priority::Stat) || (c == OverdueCol && overdue)) {
                item->setForeground(QColor(QStringLiteral("#b71c1c")));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            table->setItem(i, c, item);
        }
    }
    table->resizeColumnsToContents();
    table->setUpdatesEnabled(true);
}

const orders::Order* LabWorklistPage::selectedWork() const
{
    const int row = m_worklist->currentRow();
    return row >= 0 && row < m_work.size() ? &m_work[row] : nullptr;
}

void LabWorklistPage::selectOrder(const QString& number)
{
    for (int i = 0; i < m_work.size(); ++i) {
        if (m_work[i].number.compare(number, Qt::CaseInsensitive) == 0) {
            m_worklist->selectRow(i);
            return;
        }
    }
}

bool LabWorklistPage::receive(const QString& number)
{
    auto received = orders::OrderService(m_ws, m_catalogue).receive(number);
    if (!received) {
        setMessage(received.errorMessage(), true);
        return false;
    }
    refresh();
    selectOrder(received->number);
    setMessage(tr("%1 received: %2.").arg(received->number, patientText(received->patientId)), false);
    emit changed();
    return true;
}

bool LabWorklistPage::receiveScanned()
{
    const QString number = orders::OrderService::numberFromScan(m_scan->text());
    if (number.isEmpty()) {
        setMessage(tr("\"%1\" is neither a tube label nor an order number.").arg(m_scan->text().trimmed()),
                   true);
        m_scan->selectAll();
        return false;
    }
    const bool ok = receive(number);
    if (ok) {
        m_scan->clear();
    } else {
        m_scan->selectAll();
    }
    m_scan->setFocus();
    return ok;
}

bool LabWorklistPage::receiveSelected()
{
    const auto* o = selectedWork();
    if (!o) {
        setMessage(tr("Select a request first."), true);
        return false;
    }
    return receive(o->number);
}

bool LabWorklistPage::enterResults()
{
    const auto* o = selectedWork();
    if (!o) {
        setMessage(tr("Select a request first."), true);
        return false;
    }
    const orders::Order order = *o;
    if (order.status == orders::OrderStatus::Collected) {
        setMessage(tr("%1 is not received yet: receive the specimen first.").arg(order.number), true);
        return false;
    }
    Patient patient = m_patients.value(order.patientId);
    LabResultsDialog dialog(m_ws, m_catalogue, order, patient, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    int critical = 0;
    for (const auto& r : dialog.saved()) {
        critical += r.critical() ? 1 : 0;
    }
    refresh();
    setMessage(critical > 0 ? tr("%1: %2 result(s) saved, %3 critical: phone them to the ward now.")
                                  .arg(order.number)
                                  .arg(dialog.saved().size())
                                  .arg(critical)
                            : tr("%1: %2 result(s) saved.").arg(order.number).arg(dialog.saved().size()),
               critical > 0);
    emit changed();
    return true;
}

bool LabWorklistPage::phoneSelected()
{
    const int row = m_phone->currentRow();
    if (row < 0 || row >= m_toPhone.size()) {
        setMessage(tr("Select a result to phone first."), true);
        return false;
    }
    const orders::LabResult r = m_toPhone[row];
    const QString text =
        QStringLiteral("%1 — %2 — %3")
            .arg(patientText(r.patientId), m_numbers.value(r.orderId), m_phone->item(row, 2)->text());
    PhonedDialog dialog(m_ws, m_catalogue, r, text, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    refresh();
    setMessage(tr("Call recorded: %1.").arg(text), false);
    emit changed();
    return true;
}

} // namespace wp::gui
