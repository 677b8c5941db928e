#include "WardBoardPage.h"

#include "BoardColumns.h"
#include "MovementDialog.h"
#include "WardBoardModel.h"
#include "clinical/forms/FormRegistry.h"
#include "login/SessionEvents.h"
#include "patients/PatientDialog.h"
#include "patients/PatientService.h"
#include "site/SiteService.h"
#include "ward/WardBoardService.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace wp::gui {

WardBoardPage::WardBoardPage(Workspace& ws, const clinical::FormRegistry& forms, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_forms(forms)
{
    setObjectName(QStringLiteral("wardBoardPage"));
    m_catalogue.reload(orders::Catalogue::siteFolder(ws.dataDirectory()));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* wardLabel = new QLabel(tr("&Ward:"), this);
    m_ward = new QComboBox(this);
    m_ward->setObjectName(QStringLiteral("wardChoice"));
    wardLabel->setBuddy(m_ward);
    m_counters = new QLabel(this);
    m_counters->setObjectName(QStringLiteral("wardCounters"));
    // Wraps instead of widening the page: in French, beside an administrator's limit
    // controls, the counters alone would push the window past a 1280 px screen.
    m_counters->setWordWrap(true);
    m_limited = new QLabel(tr("ADMISSIONS LIMITED"), this);
    m_limited->setObjectName(QStringLiteral("admissionsLimited"));
    m_limited->setStyleSheet(
        QStringLiteral("background: #e65100; color: white; font-weight: bold; padding: 2px 6px;"));
    auto* limitLabel = new QLabel(tr("Admissions limit per 24 h:"), this);
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("admissionsLimit"));
    m_limit->setRange(-1, 999);
    m_limit->setSpecialValueText(tr("none"));
    m_limit->setToolTip(
        tr("White plan: how many new patients this ward accepts per 24 hours (administrators)."));
    limitLabel->setBuddy(m_limit);
    auto* setLimit = new QPushButton(tr("Set"), this);
    setLimit->setObjectName(QStringLiteral("setLimitButton"));
    // Administrators only; re-read when another user logs in.
    const auto showLimit = [this, limitLabel, setLimit] {
        const bool admin = m_ws.require(Permission::ConfigureSite).ok();
        for (QWidget* w : {static_cast<QWidget*>(limitLabel), static_cast<QWidget*>(m_limit),
                           static_cast<QWidget*>(setLimit)}) {
            w->setVisible(admin);
        }
    };
    showLimit();
    connect(&SessionEvents::of(ws), &SessionEvents::userChanged, this, showLimit);
    top->addWidget(wardLabel);
    top->addWidget(m_ward);
    top->addSpacing(12);
    // The counters take the spare width, so that they wrap only when it runs out.
    top->addWidget(m_counters, 1);
    top->addWidget(m_limited);
    top->addWidget(limitLabel);
    top->addWidget(m_limit);
    top->addWidget(setLimit);
    layout->addLayout(top);

    m_model = new WardBoardModel(this);
    // Two views of one model sharing one selection: Bed and Patient on the left never
    // scroll away, the other columns on the right scroll sideways only on a narrow screen.
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("wardBoardFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* tables = new QHBoxLayout(frame);
    tables->setContentsMargins(0, 0, 0, 0);
    tables->setSpacing(0);
    m_frozen = new QTableView(frame);
    m_frozen->setObjectName(QStringLiteral("wardBoardFrozen"));
    m_table = new QTableView(frame);
    m_table->setObjectName(QStringLiteral("wardBoard"));
    for (QTableView* view : {m_frozen, m_table}) {
        view->setModel(m_model);
        view->setFrameShape(QFrame::NoFrame);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->setTextElideMode(Qt::ElideRight);
        view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    }
    QItemSelectionModel* own = m_frozen->selectionModel();
    m_frozen->setSelectionModel(m_table->selectionModel());
    delete own; // a view does not delete the selection model it is given instead

    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_frozen->setStyleSheet(
        QStringLiteral("QTableView#wardBoardFrozen { border-right: 1px solid #90a4ae; }"));
    for (int c = 0; c < WardBoardModel::ColumnCount; ++c) {
        const bool frozen = c == WardBoardModel::Bed || c == WardBoardModel::PatientName;
        m_frozen->setColumnHidden(c, !frozen);
        m_table->setColumnHidden(c, frozen);
    }
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_frozen->horizontalHeader()->setStretchLastSection(false);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(48);
    // Right click on a heading hides or shows a column, a heading dragged moves it; remembered per user.
    m_columns = new BoardColumns(
        ws, header, {static_cast<int>(WardBoardModel::Bed), static_cast<int>(WardBoardModel::PatientName)},
        QStringLiteral("wardBoard/columns"), this);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, m_table->verticalScrollBar(),
            &QScrollBar::setValue);
    // Both headers the same height, so the rows line up.
    m_frozen->horizontalHeader()->setFixedHeight(header->sizeHint().height());
    header->setFixedHeight(header->sizeHint().height());
    m_table->viewport()->installEventFilter(this);
    tables->addWidget(m_frozen);
    tables->addWidget(m_table, 1);
    layout->addWidget(frame, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("wardMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    auto* registerButton = new QPushButton(tr("&Register patient…"), this);
    registerButton->setObjectName(QStringLiteral("registerPatientButton"));
    m_admit = new QPushButton(tr("&Admit to bed…"), this);
    m_admit->setObjectName(QStringLiteral("admitButton"));
    m_move = new QPushButton(tr("&Move…"), this);
    m_move->setObjectName(QStringLiteral("moveButton"));
    m_transfer = new QPushButton(tr("&Transfer out…"), this);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_discharge = new QPushButton(tr("&Discharge…"), this);
    m_discharge->setObjectName(QStringLiteral("dischargeButton"));
    m_death = new QPushButton(tr("D&eath…"), this);
    m_death->setObjectName(QStringLiteral("deathButton"));
    m_open = new QPushButton(tr("Open &chart"), this);
    m_open->setObjectName(QStringLiteral("openChartButton"));
    auto* import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    auto* refreshButton = new QPushButton(tr("Refre&sh"), this);
    refreshButton->setShortcut(QKeySequence::Refresh);
    for (auto* b : {registerButton, m_admit, m_move, m_transfer, m_discharge, m_death}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    buttons->addWidget(import);
    buttons->addWidget(refreshButton);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);

    connect(m_ward, &QComboBox::currentIndexChanged, this, &WardBoardPage::refresh);
    connect(setLimit, &QPushButton::clicked, this, &WardBoardPage::applyLimit);
    connect(registerButton, &QPushButton::clicked, this, &WardBoardPage::registerPatient);
    connect(m_admit, &QPushButton::clicked, this,
            [this] { runMovement(static_cast<int>(MovementDialog::Kind::Admit)); });
    connect(m_move, &QPushButton::clicked, this,
            [this] { runMovement(static_cast<int>(MovementDialog::Kind::Move)); });
    connect(m_transfer, &QPushButton::clicked, this,
            [this] { runMovement(static_cast<int>(MovementDialog::Kind::Transfer)); });
    connect(m_discharge, &QPushButton::clicked, this,
            [this] { runMovement(static_cast<int>(MovementDialog::Kind::Discharge)); });
    connect(m_death, &QPushButton::clicked, this,
            [this] { runMovement(static_cast<int>(MovementDialog::Kind::Death)); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPatientId(); !id.isEmpty()) {
            emit openPatientChart(id);
        }
    });
    connect(import, &QPushButton::clicked, this, &WardBoardPage::importRequested);
    connect(refreshButton, &QPushButton::clicked, this, &WardBoardPage::refresh);
    for (QTableView* view : {m_frozen, m_table}) {
        connect(view, &QTableView::activated, this, [this](const QModelIndex& index) {
            const QString id = m_model->data(index, WardBoardModel::PatientIdRole).toString();
            if (!id.isEmpty()) {
                emit openPatientChart(id);
            }
        });
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WardBoardPage::updateButtons);

    // "Overdue" depends on the time: a board left open on the nurses' station must not go stale.
    auto* tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, &WardBoardPage::refresh);
    tick->start();

    reloadWards();
}

void WardBoardPage::reloadWards()
{
    const QSignalBlocker blocker(m_ward);
    const QString current = m_ward->currentData().toString();
    m_ward->clear();
    auto wards = SiteService(m_ws).wards();
    if (!wards) {
        setMessage(wards.errorMessage(), true);
        return;
    }
    for (const auto& w : *wards) {
        m_ward->addItem(QStringLiteral("%1 — %2").arg(w.code, w.name), w.code);
    }
    m_ward->setCurrentIndex(std::max(0, m_ward->findData(current)));
    refresh();
}

QString WardBoardPage::currentWard() const
{
    return m_ward->currentData().toString();
}

void WardBoardPage::setCurrentWard(const QString& wardCode)
{
    m_ward->setCurrentIndex(std::max(0, m_ward->findData(wardCode)));
}

QString WardBoardPage::countersText() const
{
    return m_counters->text();
}

QString WardBoardPage::message() const
{
    return m_message->text();
}

void WardBoardPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold;")
                                   : QStringLiteral("color: #2e7d32;"));
}

QString WardBoardPage::selectedPatientId() const
{
    const auto* row = m_model->rowAt(m_table->currentIndex().row());
    return row && row->patient ? row->patient->id : QString();
}

void WardBoardPage::selectPatient(const QString& patientId)
{
    const int row = m_model->rowOf(patientId);
    if (row >= 0) {
        m_table->selectRow(row);
    }
}

void WardBoardPage::refresh()
{
    const QString selected = selectedPatientId();
    const int selectedRow = m_table->currentIndex().row();
    const QString ward = currentWard();
    WardBoardService service(m_ws, m_forms);
    service.setCatalogue(m_catalogue);
    auto rows = service.board(ward);
    if (!rows) {
        setMessage(rows.errorMessage(), true);
        return;
    }
    m_model->setRows(*rows, m_ws.clock().now());
    fitColumns();
    if (!selected.isEmpty() && m_model->rowOf(selected) >= 0) {
        selectPatient(selected);
    } else if (selectedRow >= 0 && selectedRow < m_model->rowCount()) {
        m_table->selectRow(selectedRow);
    }
    auto counters = service.counters(ward);
    if (counters) {
        QString text = tr("Beds occupied: %1 / %2 — free: %3 — admitted in the last 24 h: %4")
                           .arg(counters->occupied)
                           .arg(counters->beds)
                           .arg(std::max(0, counters->beds - counters->occupied))
                           .arg(counters->admissionsLast24h);
        if (counters->admissionsLimit) {
            text += tr(" (limit %1)").arg(*counters->admissionsLimit);
        }
        m_counters->setText(text);
        m_limited->setVisible(counters->admissionsLimited());
        m_limited->setText(counters->limitReached() ? tr("ADMISSIONS LIMIT REACHED")
                                                    : tr("ADMISSIONS LIMITED"));
        const QSignalBlocker blocker(m_limit);
        m_limit->setValue(counters->admissionsLimit.value_or(-1));
    } else {
        setMessage(counters.errorMessage(), true);
    }
    updateButtons();
    emit refreshed();
}

bool WardBoardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void WardBoardPage::fitColumns()
{
    // The frozen side: exactly its content, so that no name is ever cut.
    m_frozen->resizeColumnsToContents();
    int frozenWidth = 0;
    for (int c : {static_cast<int>(WardBoardModel::Bed), static_cast<int>(WardBoardModel::PatientName)}) {
        frozenWidth += m_frozen->columnWidth(c);
    }
    m_frozen->setFixedWidth(frozenWidth + 1);

    auto* header = m_table->horizontalHeader();
    const auto wanted = [&](int c) {
        // QTableView hides the override; the base class's is public.
        return std::max(header->sectionSizeHint(c),
                        static_cast<QAbstractItemView*>(m_table)->sizeHintForColumn(c));
    };
    static const QList<int> fixed{WardBoardModel::AgeSex, WardBoardModel::Number, WardBoardModel::News2};
    static const QList<int> flexible{WardBoardModel::Allergies,   WardBoardModel::Observations,
                                     WardBoardModel::Medications, WardBoardModel::Transfer,
                                     WardBoardModel::Surgery,     WardBoardModel::Lab};
    int used = 0;
    for (int c : fixed) {
        if (m_table->isColumnHidden(c)) {
            continue; // hidden by the user: its width goes to the others
        }
        const int w = wanted(c);
        header->resizeSection(c, w);
        used += w;
    }
    // Each long column gets at least its heading (or its content when shorter); what is
    // left is shared in proportion to what each still lacks, so the board fits when it can.
    QHash<int, int> want;
    QHash<int, int> base;
    int baseTotal = 0;
    int lacking = 0;
    for (int c : flexible) {
        if (m_table->isColumnHidden(c)) {
            want[c] = base[c] = 0;
            continue;
        }
        // A long allergy list or operation reads in full in the tooltip.
        want[c] = std::min(wanted(c), 360);
        base[c] = std::min(want[c], header->sectionSizeHint(c));
        baseTotal += base[c];
        lacking += want[c] - base[c];
    }
    const int spare = std::max(0, m_table->viewport()->width() - used - baseTotal);
    for (int c : flexible) {
        if (m_table->isColumnHidden(c)) {
            continue;
        }
        const int share = lacking == 0 ? 0
                                       : static_cast<int>(static_cast<qint64>(std::min(spare, lacking)) *
                                                          (want[c] - base[c]) / lacking);
        header->resizeSection(c, base[c] + share);
    }
}

void WardBoardPage::updateButtons()
{
    const auto* row = m_model->rowAt(m_table->currentIndex().row());
    const bool occupied = row && row->patient;
    m_admit->setEnabled(row && !occupied && !row->bedLabel.isEmpty());
    for (auto* b : {m_move, m_transfer, m_discharge, m_death, m_open}) {
        b->setEnabled(occupied);
    }
}

void WardBoardPage::runMovement(int kind)
{
    const auto* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row) {
        setMessage(tr("Select a bed first."), true);
        return;
    }
    const auto k = static_cast<MovementDialog::Kind>(kind);
    MovementDialog dialog(m_ws, k, row->patient, row->wardCode, row->bedLabel, this);
    if (k == MovementDialog::Kind::Transfer && !row->plannedTransferTo.isEmpty()) {
        // What the transfer form (fiche de liaison) already says need not be typed twice.
        const auto* form = m_forms.form(QStringLiteral("transfer"));
        const auto* field = form ? form->field(QStringLiteral("transport")) : nullptr;
        const auto* option = field ? field->option(row->plannedTransferTransport) : nullptr;
        dialog.setTransfer(row->plannedTransferTo, row->plannedTransferSamu,
                           option ? option->label.text() : row->plannedTransferTransport);
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.result()) {
        return;
    }
    const Patient p = *dialog.result();
    switch (k) {
    case MovementDialog::Kind::Admit:
        setMessage(tr("%1 admitted to bed %2.").arg(p.displayName(), p.bedLabel), false);
        break;
    case MovementDialog::Kind::Move:
        setMessage(tr("%1 moved to %2 bed %3.").arg(p.displayName(), p.wardCode, p.bedLabel), false);
        break;
    case MovementDialog::Kind::Transfer:
        setMessage(tr("%1 transferred out.").arg(p.displayName()), false);
        break;
    case MovementDialog::Kind::Discharge:
        setMessage(tr("%1 discharged.").arg(p.displayName()), false);
        break;
    case MovementDialog::Kind::Death:
        setMessage(tr("Death of %1 recorded.").arg(p.displayName()), false);
        break;
    }
    refresh();
}

void WardBoardPage::registerPatient()
{
    PatientDialog dialog(m_ws, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (auto p = dialog.registeredPatient()) {
        setMessage(tr("%1 registered with the downtime number %2. Select a free bed and press Admit.")
                       .arg(p->displayName(), p->downtimeNumber),
                   false);
    } else if (!dialog.existingPatientId().isEmpty()) {
        emit openPatientChart(dialog.existingPatientId());
    }
}

void WardBoardPage::applyLimit()
{
    const int value = m_limit->value();
    auto st = WardBoardService(m_ws, m_forms)
                  .setAdmissionsLimit(currentWard(), value < 0 ? std::nullopt : std::optional<int>(value));
    if (!st) {
        setMessage(st.errorMessage(), true);
        return;
    }
    setMessage(value < 0 ? tr("Admissions are no longer limited.")
                         : tr("Admissions limited to %1 per 24 h.").arg(value),
               false);
    refresh();
}

} // namespace wp::gui
