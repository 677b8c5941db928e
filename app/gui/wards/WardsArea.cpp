#include "WardsArea.h"

#include "WardCensusPage.h"
#include "ward/WardBoardPage.h"

namespace wp::gui {

WardsArea::WardsArea(Workspace& ws, const clinical::FormRegistry& forms, QWidget* parent)
    : QTabWidget(parent), m_board(new WardBoardPage(ws, forms, this)), m_census(new WardCensusPage(ws, this))
{
    setObjectName(QStringLiteral("wardsArea"));
    setDocumentMode(true);
    addTab(m_board, tr("Ward board"));
    addTab(m_census, tr("Census of all wards"));
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (widget(index) == m_census) {
            m_census->refresh();
        }
    });
}

void WardsArea::refresh()
{
    m_board->refresh();
    m_census->refresh();
}

} // namespace wp::gui
