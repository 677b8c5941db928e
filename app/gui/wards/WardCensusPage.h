#pragma once

#include <QWidget>

class QAbstractItemModel;
class QStandardItemModel;
class QTreeView;

namespace wp {
class Workspace;
}

namespace wp::gui {

class MessageBar;
class PageHeader;

/// The ward census: wards and their beds. Until the census service exists it shows the
/// real wards and beds of SiteService with every bed empty; setCensusModel() plugs in
/// the model of patients by bed.
class WardCensusPage : public QWidget
{
    Q_OBJECT

public:
    explicit WardCensusPage(Workspace& ws, QWidget* parent = nullptr);

    QAbstractItemModel* model() const;

public slots:
    /// Shows `model` (wards as top-level rows, beds as children) instead of the
    /// built-in wards-and-beds list. The page does not take ownership; nullptr goes
    /// back to the built-in list.
    void setCensusModel(QAbstractItemModel* model);
    /// Reloads the wards and beds.
    void refresh();

private:
    Workspace& m_ws;
    PageHeader* m_header;
    MessageBar* m_messages;
    QTreeView* m_view;
    QStandardItemModel* m_bedsModel;
};

} // namespace wp::gui
