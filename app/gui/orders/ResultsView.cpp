#include "ResultsView.h"

#include "OrderTexts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace wp::gui {

using namespace wp::orders;

ResultsView::ResultsView(const Catalogue& catalogue, QWidget* parent)
    : QWidget(parent), m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("resultsView"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    const QStringList headers{tr("Test"),     tr("Value"), tr("Unit"), tr("Flag"), tr("Range"),
                              tr("Resulted"), tr("Via"),   tr("By"),   tr("Order")};
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 3);

    auto* trend = new QVBoxLayout;
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Trend:"), this);
    m_test = new QComboBox(this);
    m_test->setObjectName(QStringLiteral("resultTrendTest"));
    label->setBuddy(m_test);
    row->addWidget(label);
    row->addWidget(m_test, 1);
    trend->addLayout(row);
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(m_chart, this);
    view->setObjectName(QStringLiteral("resultTrend"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumWidth(280);
    trend->addWidget(view, 1);
    layout->addLayout(trend, 2);
    // A selected row of a numeric test shows its trend.
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int r) {
        if (r >= 0 && r < m_results.size()) {
            showTrend(m_results[r].test);
        }
    });
    connect(m_test, &QComboBox::currentIndexChanged, this, &ResultsView::updateTrend);
    updateTrend();
}

void ResultsView::setOrders(const QList<Order>& orders)
{
    QHash<QString, QString> numbers;
    m_results.clear();
    for (const auto& o : orders) {
        numbers.insert(o.recordId, o.number);
        m_results << o.results;
    }
    // By test, the test resulted last on top (this morning's potassium before last week's
    // chloride), then each test's results newest first.
    QHash<QString, QDateTime> latest;
    for (const auto& r : m_results) {
        latest[r.test] = std::max(latest.value(r.test), r.resultedAt);
    }
    std::stable_sort(m_results.begin(), m_results.end(), [&](const LabResult& a, const LabResult& b) {
        if (a.test != b.test) {
            const QDateTime la = latest.value(a.test);
            const QDateTime lb = latest.value(b.test);
            if (la != lb) {
                return la > lb;
            }
            return QString::localeAwareCompare(OrderTexts::name(m_catalogue, a.test),
                                               OrderTexts::name(m_catalogue, b.test)) < 0;
        }
        return a.resultedAt > b.resultedAt;
    });
    m_table->setRowCount(static_cast<int>(m_results.size()));
    QStringList trendTests;
    for (int row = 0; row < m_results.size(); ++row) {
        const LabResult& r = m_results[row];
        const LabTest* test = m_catalogue.test(r.test);
        const bool numeric = test && test->type == ValueType::Numeric;
        const int decimals = OrderTexts::decimals(m_catalogue, r.test);
        QString value = r.value;
        if (numeric) {
            value = QLocale().toString(r.value.toDouble(), 'f', decimals);
            if (!trendTests.contains(r.test)) {
                trendTests << r.test;
            }
        } else if (!test) {
            value = r.value.simplified();
        }
        const QStringList texts{OrderTexts::name(m_catalogue, r.test),
                                value,
                                r.unit,
                                OrderTexts::flag(r.flag),
                                OrderTexts::range(r.rangeLow, r.rangeHigh, QString(), decimals),
                                r.resultedAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")),
                                OrderTexts::via(r),
                                r.recordedBy,
                                numbers.value(r.orderId)};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (c == 0) {
                item->setData(Qt::UserRole, r.recordId);
            }
            if (c == 1) {
                item->setToolTip(r.value);
                if (numeric) {
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
            }
            if ((c == 1 || c == 3) && r.flag != ResultFlag::Normal && r.flag != ResultFlag::None) {
                item->setForeground(OrderTexts::flagForeground(r.flag));
                item->setBackground(OrderTexts::flagBackground(r.flag));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (c == 6 && !r.comment.isEmpty()) {
                item->setToolTip(r.comment);
            }
            m_table->setItem(row, c, item);
        }
    }
    const QString current = m_test->currentData().toString();
    {
        const QSignalBlocker blocker(m_test);
        m_test->clear();
        for (const auto& code : trendTests) {
            m_test->addItem(OrderTexts::name(m_catalogue, code), code);
        }
        const int keep = m_test->findData(current);
        m_test->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    updateTrend();
}

bool ResultsView::showTrend(const QString& testCode)
{
    const int index = m_test->findData(testCode);
    if (index < 0) {
        return false;
    }
    m_test->setCurrentIndex(index);
    return true;
}

int ResultsView::trendPointCount() const
{
    for (auto* s : m_chart->series()) {
        if (auto* points = qobject_cast<QScatterSeries*>(s)) {
            return static_cast<int>(points->count());
        }
    }
    return 0;
}

void ResultsView::updateTrend()
{
    m_chart->removeAllSeries();
    for (auto* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const QString code = m_test->currentData().toString();
    const LabTest* test = m_catalogue.test(code);
    if (!test) {
        m_chart->setTitle(tr("Trend: no numeric result yet"));
        return;
    }
    m_chart->setTitle(QStringLiteral("%1 (%2)").arg(test->name.text(), test->unit));
    auto* line = new QLineSeries;
    auto* points = new QScatterSeries;
    points->setMarkerSize(8);
    QList<const LabResult*> mine;
    for (const auto& r : m_results) {
        if (r.test == code) {
            mine.prepend(&r); // oldest first
        }
    }
    double lo = 1e300;
    double hi = -1e300;
    std::optional<double> rangeLow;
    std::optional<double> rangeHigh;
    for (const auto* r : mine) {
        const double v = r->value.toDouble();
        const qreal x = static_cast<qreal>(r->resultedAt.toMSecsSinceEpoch());
        line->append(x, v);
        points->append(x, v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        rangeLow = r->rangeLow ? r->rangeLow : rangeLow;
        rangeHigh = r->rangeHigh ? r->rangeHigh : rangeHigh;
    }
    m_chart->addSeries(line);
    m_chart->addSeries(points);
    QList<QAbstractSeries*> all{line, points};
    QDateTime first = mine.isEmpty() ? QDateTime() : mine.first()->resultedAt.addSecs(-1800);
    QDateTime last = mine.isEmpty() ? QDateTime() : mine.last()->resultedAt.addSecs(1800);
    // The reference range as two dashed lines: a value outside reads at a glance.
    for (const auto& limit : {rangeLow, rangeHigh}) {
        if (!limit || mine.isEmpty()) {
            continue;
        }
        auto* band = new QLineSeries;
        QPen pen(QColor(QStringLiteral("#2e7d32")));
        pen.setStyle(Qt::DashLine);
        band->setPen(pen);
        band->append(static_cast<qreal>(first.toMSecsSinceEpoch()), *limit);
        band->append(static_cast<qreal>(last.toMSecsSinceEpoch()), *limit);
        m_chart->addSeries(band);
        all << band;
        lo = std::min(lo, *limit);
        hi = std::max(hi, *limit);
    }
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd/MM HH:mm"));
    x->setTickCount(3);
    auto* y = new QValueAxis;
    if (lo <= hi) {
        const double pad = std::max((hi - lo) * 0.15, hi == lo ? std::max(0.1, std::abs(hi) * 0.1) : 0.0);
        y->setRange(lo - pad, hi + pad);
    }
    y->setTickCount(5);
    y->setLabelFormat(test->decimals > 0 ? QStringLiteral("%.%1f").arg(test->decimals)
                                         : QStringLiteral("%d"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (!mine.isEmpty()) {
        x->setRange(first, last);
    }
}

} // namespace wp::gui
