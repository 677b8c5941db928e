#pragma once

#include "ward/WardBoardRow.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace wp::gui {

/// The ward board as a table, one bed per row. Colours carry meaning only together with
/// text (allergy named, NEWS2 number, "overdue"), so the board reads in black and white too.
class WardBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Bed,
        PatientName,
        AgeSex,
        Number,
        Allergies,
        News2,
        Observations,
        Medications,
        Transfer,
        Surgery,
        Lab,
        ColumnCount
    };
    static constexpr int PatientIdRole = Qt::UserRole + 1;

    explicit WardBoardModel(QObject* parent = nullptr);

    void setRows(QList<WardBoardRow> rows, const QDateTime& now);
    const WardBoardRow* rowAt(int row) const;
    /// The row of a patient, or -1.
    int rowOf(const QString& patientId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "2 pending, 1 overdue · ⚠ Potassium 6.9 mmol/L (HH) · 25 min": the laboratory column.
    static QString labText(const WardLabSummary& lab, const QDateTime& now);
    /// "25 min", "3 h 10", "2 d": how long something has waited, for the board and status bar.
    static QString ageText(const QDateTime& since, const QDateTime& now);

private:
    QString text(const WardBoardRow& r, int column) const;

    QList<WardBoardRow> m_rows;
    QDateTime m_now;
};

} // namespace wp::gui
