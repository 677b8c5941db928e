#pragma once

#include <QTabWidget>

namespace wp {
class Workspace;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

class WardBoardPage;
class WardCensusPage;

/// The Wards area: the board of one ward (what a nurse works from) and the census of
/// every ward at once (what the bed manager and the crisis cell ask for).
class WardsArea : public QTabWidget
{
    Q_OBJECT

public:
    WardsArea(Workspace& ws, const clinical::FormRegistry& forms, QWidget* parent = nullptr);

    WardBoardPage* board() const { return m_board; }
    WardCensusPage* census() const { return m_census; }

public slots:
    void refresh();

private:
    WardBoardPage* m_board = nullptr;
    WardCensusPage* m_census = nullptr;
};

} // namespace wp::gui
