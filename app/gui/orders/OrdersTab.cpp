#include "OrdersTab.h"

#include "OrderDialog.h"
#include "OrderTexts.h"
#include "ResultDialog.h"
#include "ResultsView.h"
#include "forms/FlowLayout.h"
#include "forms/ReasonDialog.h"
#include "login/SessionEvents.h"
#include "orders/OrderService.h"
#include "printing/PrintPreviewDialog.h"
#include "printing/PrintService.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wp::gui {

using namespace wp::orders;

namespace {

enum Column {
    NumberCol,
    TestsCol,
    PriorityCol,
    StatusCol,
    OrderedCol,
    ByCol,
    DueCol,
    ResultsCol,
    ColumnCount
};

QString when(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("dd/MM HH:mm"));
}

} // namespace

OrdersTab::OrdersTab(Workspace& ws, const QString& patientId, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_patientId(patientId)
{
    setObjectName(QStringLiteral("ordersTab"));
    m_catalogue.reload(Catalogue::siteFolder(ws.dataDirectory()));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The row wraps rather than widening the chart at 1366 px, in French too.
    auto* buttons = new FlowLayout(nullptr, 6, 6);
    const auto button = [&](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    m_order = button(tr("New or&der…"), "newOrderButton");
    m_collect = button(tr("Mar&k collected"), "markCollectedButton");
    m_result = button(tr("Enter result&s…"), "enterResultsButton");
    m_seen = button(tr("Results see&n"), "resultsSeenButton");
    m_cancel = button(tr("Canc&el order…"), "cancelOrderButton");
    m_print = button(tr("Print re&quest and labels…"), "printOrderButton");
    m_print->setToolTip(
        tr("Preview the selected order's paper request and its tube labels, to print (Ctrl+Shift+P)."));
    layout->addLayout(buttons);

    auto* scanRow = new QHBoxLayout;
    auto* scanLabel = new QLabel(tr("Scan the tube la&bel:"), this);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scanTubeLabel"));
    m_scan->setPlaceholderText(tr("scanner or order number, then Enter"));
    m_scan->setMinimumWidth(260);
    scanLabel->setBuddy(m_scan);
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_scan, 1);
    scanRow->addStretch(1);
    layout->addLayout(scanRow);
    m_stop = new QLabel(this);
    m_stop->setObjectName(QStringLiteral("scanStop"));
    m_stop->setWordWrap(true);
    m_stop->setStyleSheet(QStringLiteral("background: #c62828; color: white; font-size: 16pt; font-weight: "
                                         "bold; padding: 8px; border-radius: 4px;"));
    m_stop->hide();
    layout->addWidget(m_stop);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ordersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Tests or exam"), tr("Priority"), tr("Status"),
                                        tr("Ordered"), tr("By"), tr("Due"), tr("Results")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TestsCol, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_table);
    m_results = new ResultsView(m_catalogue, splitter);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    connect(m_order, &QPushButton::clicked, this, &OrdersTab::newOrder);
    connect(m_collect, &QPushButton::clicked, this, &OrdersTab::markCollected);
    connect(m_cancel, &QPushButton::clicked, this, &OrdersTab::cancelOrder);
    connect(m_result, &QPushButton::clicked, this, &OrdersTab::enterResults);
    connect(m_seen, &QPushButton::clicked, this, &OrdersTab::resultsSeen);
    connect(m_print, &QPushButton::clicked, this, &OrdersTab::printOrder);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scan->text();
        // Cleared at once: the next tube's label must not be appended to this one.
        m_scan->clear();
        if (!text.trimmed().isEmpty()) {
            collectScanned(text);
        }
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (m_result->isEnabled()) {
            enterResults();
        }
    });
    // Shortcuts beside the Alt mnemonics, active while the focus is in the tab.
    const auto shortcut = [this](QKeySequence keys, QPushButton* target) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, target, [target] {
            if (target->isEnabled()) {
                target->click();
            }
        });
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), m_order);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), m_collect);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), m_result);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), m_seen);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), m_cancel);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), m_print);
    connect(&SessionEvents::of(ws), &SessionEvents::userChanged, this, &OrdersTab::updatePermissions);
    reload();
}

void OrdersTab::showEvent(QShowEvent* event)
{
    // The user may have changed while the chart stayed open (lock screen, switch user).
    updatePermissions();
    QWidget::showEvent(event);
}

void OrdersTab::updatePermissions()
{
    const bool nurse = m_ws.currentUser() && m_ws.currentUser()->role == Role::Nurse;
    const Status order = m_ws.require(Permission::OrderTests);
    m_order->setEnabled(order.ok());
    m_order->setToolTip(
        !order  ? tr("You may not order tests: %1").arg(order.errorMessage())
        : nurse ? tr("Order what the nurse protocol allows (Ctrl+Shift+O); the rest needs a doctor.")
                : tr("Order laboratory tests or an imaging exam (Ctrl+Shift+O)."));
    m_cancel->setEnabled(order.ok());
    m_cancel->setToolTip(order ? tr("Withdraw the selected order, with the reason (Ctrl+Shift+X).")
                               : tr("You may not cancel orders: %1").arg(order.errorMessage()));
    const Status results = m_ws.require(Permission::RecordResults);
    m_collect->setEnabled(results.ok());
    m_collect->setToolTip(
        results ? tr("The selected order's specimen was taken, without a scanner (Ctrl+Shift+K).")
                : tr("You may not record specimens: %1").arg(results.errorMessage()));
    m_scan->setEnabled(results.ok());
    m_scan->setToolTip(results ? tr("Scan the QR code of the tube label: the tube is checked against this "
                                    "patient and marked collected.")
                               : tr("You may not record specimens: %1").arg(results.errorMessage()));
    m_result->setEnabled(results.ok());
    m_result->setToolTip(results
                             ? tr("Enter the selected order's results from the paper report or a phone call "
                                  "(Ctrl+Shift+R, or Enter on the order).")
                             : tr("You may not enter results: %1").arg(results.errorMessage()));
    const Status seen = m_ws.require(Permission::AcknowledgeAlerts);
    m_seen->setEnabled(seen.ok());
    m_seen->setToolTip(seen ? tr("Record that you have seen all the selected order's results (Ctrl+Shift+A).")
                            : tr("You may not acknowledge results: %1").arg(seen.errorMessage()));
}

void OrdersTab::reload()
{
    const QString keep = currentNumber();
    auto list = OrderService(m_ws, m_catalogue).forPatient(m_patientId);
    if (!list) {
        say(list.errorMessage(), true);
        m_orders.clear();
    } else {
        m_orders = *list;
    }
    // Open orders first (what is still awaited), then the newest.
    std::stable_sort(m_orders.begin(), m_orders.end(), [](const Order& a, const Order& b) {
        if (a.isOpen() != b.isOpen()) {
            return a.isOpen();
        }
        return a.orderedAt > b.orderedAt;
    });
    const QDateTime now = m_ws.clock().now();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(static_cast<int>(m_orders.size()));
    for (int row = 0; row < m_orders.size(); ++row) {
        const Order& o = m_orders[row];
        const bool overdue = o.isOverdue(now);
        QStringList summary;
        bool critical = false;
        for (const auto& r : o.results) {
            summary << OrderTexts::result(m_catalogue, r);
            critical = critical || r.critical();
        }
        const int missing = static_cast<int>(o.missingTests().size());
        if (o.isOpen() && missing > 0 && !o.results.isEmpty()) {
            summary << tr("%n awaited", nullptr, missing);
        }
        QString status = label(o.status);
        QString statusTip;
        for (const auto& e : o.events) {
            statusTip += QStringLiteral("%1 %2 %3 %4\n").arg(code(e.kind), when(e.at), e.by, e.note);
        }
        QString due;
        if (o.status == OrderStatus::Cancelled) {
            if (const auto* e = o.event(OrderEvent::Kind::Cancelled)) {
                status = tr("%1: %2").arg(status, e->note);
            }
        } else if (overdue) {
            due = tr("OVERDUE since %1").arg(when(o.dueAt));
        } else if (o.isOpen() && o.dueAt.isValid()) {
            due = when(o.dueAt);
        }
        const QStringList texts{o.number,
                                OrderTexts::requested(m_catalogue, o),
                                label(o.priority),
                                status,
                                when(o.orderedAt),
                                o.underProtocol ? tr("%1 (protocol)").arg(o.orderedBy) : o.orderedBy,
                                due,
                                summary.join(QStringLiteral(", "))};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (c == NumberCol) {
                item->setData(Qt::UserRole, o.recordId);
            }
            if (c == TestsCol) {
                item->setToolTip(o.clinicalInfo.isEmpty()
                                     ? texts[c]
                                     : texts[c] + QLatin1Char('\n') +
                                           tr("Clinical information: %1").arg(o.clinicalInfo));
            }
            if (c == StatusCol && !statusTip.isEmpty()) {
                item->setToolTip(statusTip.trimmed());
            }
            if (c == ResultsCol) {
                item->setToolTip(summary.join(QLatin1Char('\n')));
            }
            QFont f = item->font();
            if (overdue) {
                item->setBackground(QColor(QStringLiteral("#ffebee")));
                item->setForeground(QColor(QStringLiteral("#b71c1c")));
                f.setBold(c == DueCol || c == NumberCol);
            }
            if (c == PriorityCol && o.priority != Priority::Routine) {
                f.setBold(true);
            }
            if (c == ResultsCol && critical) {
                item->setBackground(OrderTexts::flagBackground(ResultFlag::Critical));
                item->setForeground(OrderTexts::flagForeground(ResultFlag::Critical));
                f.setBold(true);
            }
            if (o.status == OrderStatus::Cancelled) {
                item->setForeground(QColor(QStringLiteral("#777777")));
                f.setStrikeOut(c == TestsCol);
            }
            item->setFont(f);
            m_table->setItem(row, c, item);
        }
    }
    // A long list of tests is cut at 320 px (its tooltip has it whole) rather than pushing the
    // results off screen.
    m_table->resizeColumnToContents(TestsCol);
    m_table->setColumnWidth(TestsCol, std::min(m_table->columnWidth(TestsCol), 320));
    m_results->setOrders(m_orders);
    if (!keep.isEmpty()) {
        selectOrder(keep);
    }
    updatePermissions();
}

bool OrdersTab::selectOrder(const QString& number)
{
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders[row].number.compare(number.trimmed(), Qt::CaseInsensitive) == 0) {
            m_table->setCurrentCell(row, NumberCol);
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString OrdersTab::currentNumber() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_orders.size() ? m_orders[row].number : QString();
}

QString OrdersTab::stopMessage() const
{
    return m_stop->isHidden() ? QString() : m_stop->text();
}

QString OrdersTab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void OrdersTab::say(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold;")
                                   : QStringLiteral("color: #2e7d32; font-weight: bold;"));
}

void OrdersTab::showStop(const QString& text)
{
    m_stop->setText(text);
    m_stop->setVisible(!text.isEmpty());
}

void OrdersTab::written(const QString& text, const QString& number)
{
    reload();
    selectOrder(number);
    say(text, false);
    emit changed();
}

const Order* OrdersTab::selected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_orders.size()) {
        say(tr("Select an order first."), true);
        return nullptr;
    }
    return &m_orders[row];
}

bool OrdersTab::newOrder()
{
    showStop(QString());
    if (const Status st = m_ws.require(Permission::OrderTests); !st) {
        say(st.errorMessage(), true);
        return false;
    }
    OrderDialog dialog(m_ws, m_patientId, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.placed()) {
        return false;
    }
    const Order o = *dialog.placed();
    written(tr("%1 ordered: %2. Print the request and the tube labels.")
                .arg(o.number, OrderTexts::requested(m_catalogue, o)),
            o.number);
    return true;
}

bool OrdersTab::collectScanned(const QString& scanned)
{
    showStop(QString());
    OrderService service(m_ws, m_catalogue);
    auto done = service.collectScanned(scanned, m_patientId);
    if (!done) {
        // Another patient's tube is said big and red: a wrong-identity specimen must not leave the ward.
        const QString number = OrderService::numberFromScan(scanned);
        auto o = number.isEmpty() ? Result<Order>(done.error()) : service.order(number);
        if (o && o->patientId != m_patientId) {
            showStop(done.errorMessage());
            say(QString(), false);
        } else {
            say(done.errorMessage(), true);
        }
        m_scan->setFocus(Qt::OtherFocusReason);
        return false;
    }
    written(tr("%1 collected (tube scanned) at %2.").arg(done->number, when(m_ws.clock().now())),
            done->number);
    m_scan->setFocus(Qt::OtherFocusReason);
    return true;
}

bool OrdersTab::markCollected()
{
    showStop(QString());
    const Order* o = selected();
    if (!o) {
        return false;
    }
    const QString number = o->number;
    auto done = OrderService(m_ws, m_catalogue).collect(number, QStringLiteral("click"));
    if (!done) {
        say(done.errorMessage(), true);
        return false;
    }
    written(tr("%1 collected at %2.").arg(number, when(m_ws.clock().now())), number);
    return true;
}

bool OrdersTab::cancelOrder()
{
    showStop(QString());
    const Order* o = selected();
    if (!o) {
        return false;
    }
    // Refused before the reason is typed, not after.
    if (const Status st = m_ws.require(Permission::OrderTests); !st) {
        say(st.errorMessage(), true);
        return false;
    }
    if (o->status == OrderStatus::Cancelled) {
        say(tr("%1 is already cancelled.").arg(o->number), true);
        return false;
    }
    if (!o->results.isEmpty()) {
        say(tr("%1 already has results: it cannot be cancelled.").arg(o->number), true);
        return false;
    }
    const QString number = o->number;
    const auto reason = ReasonDialog::ask(
        this, tr("Cancel %1").arg(number),
        tr("Why is %1 (%2) cancelled?").arg(number, OrderTexts::requested(m_catalogue, *o)));
    if (!reason) {
        return false;
    }
    auto done = OrderService(m_ws, m_catalogue).cancel(number, *reason);
    if (!done) {
        say(done.errorMessage(), true);
        return false;
    }
    written(tr("%1 cancelled.").arg(number), number);
    return true;
}

bool OrdersTab::enterResults()
{
    showStop(QString());
    const Order* o = selected();
    if (!o) {
        return false;
    }
    if (const Status st = m_ws.require(Permission::RecordResults); !st) {
        say(st.errorMessage(), true);
        return false;
    }
    const QString number = o->number;
    if (o->status == OrderStatus::Cancelled) {
        say(tr("%1 was cancelled: no result can be entered for it.").arg(number), true);
        return false;
    }
    if (o->missingTests().isEmpty()) {
        say(tr("Every result of %1 is in.").arg(number), true);
        return false;
    }
    ResultDialog dialog(m_ws, o->recordId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.saved().isEmpty()) {
        return false;
    }
    QStringList texts;
    bool critical = false;
    for (const auto& r : dialog.saved()) {
        texts << OrderTexts::result(m_catalogue, r);
        critical = critical || r.critical();
    }
    written(critical ? tr("%1: %2. CRITICAL: tell the doctor now; the alert stays open until a doctor "
                          "acknowledges it.")
                           .arg(number, texts.join(QStringLiteral(", ")))
                     : tr("%1: %2.").arg(number, texts.join(QStringLiteral(", "))),
            number);
    return true;
}

bool OrdersTab::resultsSeen()
{
    showStop(QString());
    const Order* o = selected();
    if (!o) {
        return false;
    }
    const QString number = o->number;
    auto done = OrderService(m_ws, m_catalogue).acknowledge(number);
    if (!done) {
        say(done.errorMessage(), true);
        return false;
    }
    written(tr("Results of %1 seen.").arg(number), number);
    return true;
}

bool OrdersTab::printOrder()
{
    const orders::Order* o = selected();
    if (!o) {
        return false;
    }
    m_previews.clear();
    if (!m_printService) {
        m_printService = std::make_unique<printing::PrintService>(m_ws);
    }
    printing::PrintService& service = *m_printService;
    QList<printing::PrintKind> kinds{printing::PrintKind::OrderRequest};
    if (o->type == orders::OrderType::Laboratory) {
        kinds << printing::PrintKind::TubeLabels;
    }
    for (auto kind : kinds) {
        printing::PrintRequest request;
        request.kind = kind;
        request.order = o->recordId;
        auto document = service.prepare(request);
        if (!document) {
            say(document.errorMessage(), true);
            return false;
        }
        auto* dialog = new PrintPreviewDialog(service, std::move(document).value(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!dialog->renderPreview()) {
            say(dialog->message(), true);
            delete dialog;
            return false;
        }
        m_previews << dialog;
        dialog->show();
    }
    say(tr("Order %1: print the request and the tube labels from their previews.").arg(o->number), false);
    return true;
}

} // namespace wp::gui
