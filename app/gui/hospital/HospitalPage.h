#pragma once

#include "printing/PrintService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace wp {
class Workspace;
}

namespace wp::gui {

class HospitalFinderWidget;
class MessageBar;
class PageHeader;
class PrintPreviewDialog;

/// The whole hospital as this laptop knows it (its own wards and those whose records came by
/// bundle or hub): the census with free beds, the patient finder and the transfer register,
/// each figure with the age of its data, and the situation report to print.
class HospitalPage : public QWidget
{
    Q_OBJECT

public:
    /// Columns of the census.
    enum CensusColumn {
        Ward,
        Name,
        Beds,
        Occupied,
        Free,
        NoBed,
        Arriving,
        Leaving,
        Laptops,
        Data,
        CensusColumns
    };

    explicit HospitalPage(Workspace& ws, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QStandardItemModel* censusModel() const { return m_census; }
    QStandardItemModel* transfersModel() const { return m_transfers; }
    HospitalFinderWidget* finder() const { return m_finder; }
    /// "Newest record: DEMO 3 h 05 min old — STALE · URG live (this laptop)".
    QString laptopsSummary() const;

public slots:
    /// Re-reads the census, the register and every laptop's freshness.
    void refresh();
    /// Shows the finder with its field focused.
    void showFinder();
    /// Opens the print preview of the situation report (nullptr, with the message, on failure).
    PrintPreviewDialog* previewSitrep();

signals:
    void openPatientChart(const QString& patientId);
    void previewOpened(wp::gui::PrintPreviewDialog* dialog);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadCensus();
    void loadTransfers();

    Workspace& m_ws;
    printing::PrintService m_print;
    PageHeader* m_header;
    MessageBar* m_messages;
    QTabWidget* m_tabs;
    QStandardItemModel* m_census;
    QStandardItemModel* m_transfers;
    QTableView* m_censusView;
    QTableView* m_transfersView;
    HospitalFinderWidget* m_finder;
    QLabel* m_laptops;
    QPushButton* m_printButton;
};

} // namespace wp::gui
