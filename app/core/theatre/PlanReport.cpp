#include "PlanReport.h"

namespace wp::theatre {

QString PlanReport::costTable(const PlanEvaluation& ev)
{
    QString text = tr("Total cost: %1\n").arg(ev.cost);
    const QStringList headers{tr("Priority"),     tr("Cases"),     tr("Scheduled"), tr("Late"),
                              tr("Postponed"),    tr("Moved"),     tr("Wait"),      tr("Lateness"),
                              tr("Postponement"), tr("Stability"), tr("Cost")};
    std::vector<QStringList> rows;
    rows.push_back(headers);
    PriorityBreakdown sum;
    for (int p = 0; p < 4; ++p) {
        const PriorityBreakdown& b = ev.byPriority[p];
        rows.push_back({QStringLiteral("P%1").arg(p + 1), QString::number(b.cases),
                        QString::number(b.scheduled), QString::number(b.late), QString::number(b.postponed),
                        QString::number(b.moved), QString::number(b.waitCost), QString::number(b.lateCost),
                        QString::number(b.postponeCost), QString::number(b.moveCost),
                        QString::number(b.total())});
        sum.cases += b.cases;
        sum.scheduled += b.scheduled;
        sum.late += b.late;
        sum.postponed += b.postponed;
        sum.moved += b.moved;
        sum.waitCost += b.waitCost;
        sum.lateCost += b.lateCost;
        sum.postponeCost += b.postponeCost;
        sum.moveCost += b.moveCost;
    }
    rows.push_back({tr("All"), QString::number(sum.cases), QString::number(sum.scheduled),
                    QString::number(sum.late), QString::number(sum.postponed), QString::number(sum.moved),
                    QString::number(sum.waitCost), QString::number(sum.lateCost),
                    QString::number(sum.postponeCost), QString::number(sum.moveCost),
                    QString::number(sum.total())});
    std::vector<qsizetype> width(headers.size(), 0);
    for (const auto& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            width[i] = std::max(width[i], row[i].size());
        }
    }
    for (const auto& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += i == 0 ? row[i].leftJustified(width[i])
                           : QStringLiteral("  ") + row[i].rightJustified(width[i]);
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString PlanReport::violations(const PlanEvaluation& ev)
{
    QString text;
    for (const Violation& v : ev.violations) {
        text += tr("[constraint %1] %2\n").arg(v.constraint).arg(v.message);
    }
    return text;
}

} // namespace wp::theatre
