#include "ObservationChartView.h"

#include "clinical/News2.h"
#include "clinical/forms/FormComputation.h"
#include "entries/FormEntryService.h"
#include "fhirimport/HospitalRecordService.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace wp::gui {

namespace {

struct Parameter
{
    const char* id;
    clinical::News2Parameter news2;
};

// Table columns after "Taken at"; NEWS2 comes last.
const std::array<Parameter, 7> parameters{{{"resp_rate", clinical::News2Parameter::RespirationRate},
                                           {"spo2", clinical::News2Parameter::SpO2},
                                           {"oxygen", clinical::News2Parameter::AirOrOxygen},
                                           {"systolic_bp", clinical::News2Parameter::SystolicBp},
                                           {"pulse", clinical::News2Parameter::Pulse},
                                           {"consciousness", clinical::News2Parameter::Consciousness},
                                           {"temperature", clinical::News2Parameter::Temperature}}};

QColor scoreColour(int score)
{
    // The paper chart's shading: the higher the parameter's score, the stronger the colour.
    switch (score) {
    case 1:
        return QColor(QStringLiteral("#fff59d"));
    case 2:
        return QColor(QStringLiteral("#ffb74d"));
    case 3:
        return QColor(QStringLiteral("#ef5350"));
    default:
        return {};
    }
}

QDateTime takenAt(const FormEntry& e)
{
    return e.record.occurredAt.isValid() ? e.record.occurredAt : e.record.createdAt;
}

QChart* makeChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

/// 1, 2 or 5 × 10^k, the smallest at least `raw`.
double niceStep(double raw)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / power;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/// As many ticks as the plot area has room for labels: Qt Charts elides a label to "…"
/// when the ticks are closer than its height (a chart tab at 1366×768). Value ticks sit on
/// round numbers, never closer than the labels' precision (no "70, 70, 71").
void fitTicks(QChart* chart)
{
    const QRectF area = chart->plotArea();
    if (area.isEmpty()) {
        return;
    }
    for (auto* axis : chart->axes()) {
        const QFontMetrics fm(axis->labelsFont());
        if (auto* value = qobject_cast<QValueAxis*>(axis)) {
            const int gaps = std::clamp(static_cast<int>(area.height() / (1.8 * fm.lineSpacing())), 1, 4);
            const double smallest = value->labelFormat().contains(QLatin1Char('d')) ? 1.0 : 0.1;
            const double step = std::max(smallest, niceStep((value->max() - value->min()) / gaps));
            if (value->tickType() != QValueAxis::TicksDynamic ||
                !qFuzzyCompare(value->tickInterval(), step)) {
                value->setTickType(QValueAxis::TicksDynamic);
                value->setTickAnchor(0); // ticks on multiples of the step
                value->setTickInterval(step);
            }
        } else if (auto* time = qobject_cast<QDateTimeAxis*>(axis)) {
            const int label = fm.horizontalAdvance(QStringLiteral("00/00 00:00"));
            const int ticks = std::clamp(static_cast<int>(area.width() / (1.5 * label)) + 1, 2, 5);
            if (time->tickCount() != ticks) {
                time->setTickCount(ticks);
            }
        }
    }
}

/// An empty chart says so instead of repeating one made-up date along its axis.
void showEmpty(QChart* chart, bool empty, const QString& title, const QString& emptyTitle)
{
    chart->setTitle(empty ? emptyTitle : title);
    for (auto* axis : chart->axes()) {
        axis->setLabelsVisible(!empty);
    }
}

} // namespace

ObservationChartView::ObservationChartView(Workspace& ws, FormEntryService& entries, const QString& patientId,
                                           QWidget* parent)
    : QWidget(parent), m_ws(ws), m_service(entries), m_patientId(patientId)
{
    setObjectName(QStringLiteral("observationChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    layout->addWidget(m_message);
    m_importedNote = new QLabel(this);
    m_importedNote->setObjectName(QStringLiteral("observationImportedNote"));
    m_importedNote->setWordWrap(true);
    m_importedNote->setStyleSheet(QStringLiteral("background: #e3f2fd; padding: 3px;"));
    m_importedNote->hide();
    layout->addWidget(m_importedNote);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("observationTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    QStringList headers{tr("Taken at")};
    for (const auto& p : parameters) {
        headers << clinical::label(p.news2);
    }
    headers << tr("NEWS2") << tr("By");
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_table);

    auto* charts = new QWidget(splitter);
    auto* chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_news2Chart = makeChart(tr("NEWS2"));
    connect(m_news2Chart, &QChart::plotAreaChanged, this, [this] { fitTicks(m_news2Chart); });
    auto* news2View = new QChartView(m_news2Chart, charts);
    news2View->setObjectName(QStringLiteral("news2Trend"));
    news2View->setRenderHint(QPainter::Antialiasing);
    chartLayout->addWidget(news2View, 1);
    auto* trendBox = new QVBoxLayout;
    m_parameter = new QComboBox(charts);
    m_parameter->setObjectName(QStringLiteral("trendParameter"));
    for (const auto& p : parameters) {
        if (p.news2 != clinical::News2Parameter::AirOrOxygen &&
            p.news2 != clinical::News2Parameter::Consciousness) {
            m_parameter->addItem(clinical::label(p.news2), QString::fromLatin1(p.id));
        }
    }
    m_parameter->addItem(tr("Diastolic blood pressure"), QStringLiteral("diastolic_bp"));
    trendBox->addWidget(m_parameter);
    m_trendChart = makeChart(QString());
    connect(m_trendChart, &QChart::plotAreaChanged, this, [this] { fitTicks(m_trendChart); });
    auto* trendView = new QChartView(m_trendChart, charts);
    trendView->setObjectName(QStringLiteral("parameterTrend"));
    trendView->setRenderHint(QPainter::Antialiasing);
    trendBox->addWidget(trendView, 1);
    chartLayout->addLayout(trendBox, 1);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    connect(m_parameter, &QComboBox::currentIndexChanged, this, &ObservationChartView::updateTrend);
    reload();
}

int ObservationChartView::news2PointCount() const
{
    const auto series = m_news2Chart->series();
    if (series.isEmpty()) {
        return 0;
    }
    return static_cast<int>(static_cast<QLineSeries*>(series.first())->count());
}

int ObservationChartView::importedSetCount() const
{
    return static_cast<int>(std::count_if(m_sets.cbegin(), m_sets.cend(), [this](const FormEntry& e) {
        return m_imported.contains(e.record.recordId);
    }));
}

void ObservationChartView::reload()
{
    auto list = m_service.entries(m_patientId, QStringLiteral("observation"));
    auto imported = fhirimport::HospitalRecordService(m_ws).importedObservations(m_patientId);
    m_imported = imported ? *imported : QHash<QString, QDateTime>();
    m_message->setVisible(!list || !imported);
    m_message->setText(!list ? list.errorMessage() : !imported ? imported.errorMessage() : QString());
    if (!list) {
        m_sets.clear();
    } else {
        m_sets = *list;
        std::stable_sort(m_sets.begin(), m_sets.end(),
                         [](const FormEntry& a, const FormEntry& b) { return takenAt(a) < takenAt(b); });
    }
    fillTable();
    m_news2Chart->removeAllSeries();
    for (auto* axis : m_news2Chart->axes()) {
        m_news2Chart->removeAxis(axis);
        delete axis;
    }
    auto* line = new QLineSeries;
    auto* points = new QScatterSeries;
    points->setMarkerSize(7);
    for (const auto& e : m_sets) {
        const auto result = clinical::News2::score(clinical::FormComputation::news2Input(e.values()));
        if (result.total) {
            const qreal x = static_cast<qreal>(takenAt(e).toMSecsSinceEpoch());
            line->append(x, *result.total);
            points->append(x, *result.total);
        }
    }
    m_news2Chart->addSeries(line);
    m_news2Chart->addSeries(points);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd/MM HH:mm"));
    x->setTickCount(5);
    auto* y = new QValueAxis;
    y->setRange(0, 20);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d"));
    m_news2Chart->addAxis(x, Qt::AlignBottom);
    m_news2Chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(points)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (!m_sets.isEmpty()) {
        x->setRange(takenAt(m_sets.first()).addSecs(-1800), takenAt(m_sets.last()).addSecs(1800));
    }
    showEmpty(m_news2Chart, line->count() == 0, tr("NEWS2"),
              tr("NEWS2: no complete set of observations yet"));
    fitTicks(m_news2Chart);
    updateTrend();
}

void ObservationChartView::fillTable()
{
    m_table->setRowCount(static_cast<int>(m_sets.size()));
    const auto* form = m_sets.isEmpty() ? nullptr : m_sets.first().form;
    for (qsizetype i = 0; i < m_sets.size(); ++i) {
        const FormEntry& e =
            m_sets[m_sets.size() - 1 - i]; // newest first, as on the paper chart's last column
        const int row = static_cast<int>(i);
        const auto result = clinical::News2::score(clinical::FormComputation::news2Input(e.values()));
        auto* when = new QTableWidgetItem(takenAt(e).toLocalTime().toString(QStringLiteral("dd/MM HH:mm")));
        when->setData(Qt::UserRole, e.record.recordId);
        m_table->setItem(row, 0, when);
        for (std::size_t p = 0; p < parameters.size(); ++p) {
            const QString id = QString::fromLatin1(parameters[p].id);
            const QJsonValue v = e.values().value(id);
            QString text = v.toVariant().toString();
            if (id == QLatin1String("spo2") &&
                e.values().value(QStringLiteral("spo2_scale")).toVariant().toString() == QLatin1String("2")) {
                text += tr(" (scale 2)");
            }
            if (id == QLatin1String("systolic_bp") && e.values().contains(QStringLiteral("diastolic_bp"))) {
                text += QLatin1Char('/') +
                        e.values().value(QStringLiteral("diastolic_bp")).toVariant().toString();
            }
            if (form && (id == QLatin1String("oxygen") || id == QLatin1String("consciousness"))) {
                if (const auto* field = form->field(id)) {
                    if (const auto* option = field->option(v.toString())) {
                        text = option->label.text();
                    }
                }
            }
            auto* item = new QTableWidgetItem(text);
            if (auto score = result.score(parameters[p].news2); score && *score > 0) {
                item->setBackground(scoreColour(*score));
                item->setToolTip(tr("scores %1").arg(*score));
            }
            m_table->setItem(row, static_cast<int>(p) + 1, item);
        }
        auto* news2 = new QTableWidgetItem(result.total ? QString::number(*result.total) : tr("incomplete"));
        const QColor colour(clinical::News2::colourHex(result.risk));
        news2->setBackground(colour);
        news2->setForeground(colour.lightness() > 150 ? Qt::black : Qt::white);
        QFont bold = news2->font();
        bold.setBold(true);
        news2->setFont(bold);
        news2->setToolTip(clinical::label(result.risk));
        m_table->setItem(row, static_cast<int>(parameters.size()) + 1, news2);
        const auto from = m_imported.constFind(e.record.recordId);
        if (from == m_imported.constEnd()) {
            m_table->setItem(row, static_cast<int>(parameters.size()) + 2,
                             new QTableWidgetItem(e.record.createdBy));
            continue;
        }
        // Not taken here: the hospital's copy, as old as the record it came from.
        const QString asOf = fhirimport::HospitalRecordService(m_ws).asOfHeading(*from);
        auto* by = new QTableWidgetItem(asOf);
        by->setToolTip(tr("From the hospital record, imported by %1").arg(e.record.createdBy));
        m_table->setItem(row, static_cast<int>(parameters.size()) + 2, by);
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (QTableWidgetItem* cell = m_table->item(row, column)) {
                QFont italic = cell->font();
                italic.setItalic(true);
                cell->setFont(italic);
                if (column == 0) {
                    cell->setText(tr("%1 (hospital record)").arg(cell->text()));
                    cell->setBackground(QColor(QStringLiteral("#e3f2fd")));
                    cell->setToolTip(asOf);
                }
            }
        }
    }
    const int imported = importedSetCount();
    m_importedNote->setVisible(imported > 0);
    m_importedNote->setText(
        tr("%n set(s) marked \"hospital record\" come from the hospital's record before the downtime, "
           "not from this ward; the last column gives the age of that record.",
           nullptr, imported));
}

void ObservationChartView::updateTrend()
{
    const QString id = m_parameter->currentData().toString();
    m_trendChart->removeAllSeries();
    for (auto* axis : m_trendChart->axes()) {
        m_trendChart->removeAxis(axis);
        delete axis;
    }
    m_trendChart->setTitle(m_parameter->currentText());
    auto* line = new QLineSeries;
    auto* points = new QScatterSeries;
    points->setMarkerSize(7);
    double lo = 1e9;
    double hi = -1e9;
    for (const auto& e : m_sets) {
        const auto v = clinical::FormComputation::number(e.values().value(id));
        if (v) {
            const qreal x = static_cast<qreal>(takenAt(e).toMSecsSinceEpoch());
            line->append(x, *v);
            points->append(x, *v);
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    m_trendChart->addSeries(line);
    m_trendChart->addSeries(points);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd/MM HH:mm"));
    x->setTickCount(5);
    auto* y = new QValueAxis;
    if (lo <= hi) {
        const double pad = std::max(1.0, (hi - lo) * 0.15);
        y->setRange(lo - pad, hi + pad);
    }
    y->setTickCount(5);
    y->setLabelFormat(id == QLatin1String("temperature") ? QStringLiteral("%.1f") : QStringLiteral("%d"));
    m_trendChart->addAxis(x, Qt::AlignBottom);
    m_trendChart->addAxis(y, Qt::AlignLeft);
    for (auto* s : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(points)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (!m_sets.isEmpty()) {
        x->setRange(takenAt(m_sets.first()).addSecs(-1800), takenAt(m_sets.last()).addSecs(1800));
    }
    showEmpty(m_trendChart, line->count() == 0, m_parameter->currentText(),
              tr("%1: no value yet").arg(m_parameter->currentText()));
    fitTicks(m_trendChart);
}

} // namespace wp::gui
