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

private:
    QString text(const WardBoardRow& r, int column) const;

    QList<WardBoardRow> m_rows;
    QDateTime m_now;
};

} // namespace wp::gui
