#include "UnscheduledList.h"

#include "TheatreBoard.h"

#include <QMimeData>

namespace wp::gui {

UnscheduledList::UnscheduledList(QWidget* parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Cases needing a slot"));
}

QStringList UnscheduledList::mimeTypes() const
{
    return {TheatreBoard::caseMimeType()};
}

QMimeData* UnscheduledList::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty()) {
        return nullptr;
    }
    auto* data = new QMimeData;
    data->setData(TheatreBoard::caseMimeType(), items.first()->data(Qt::UserRole).toString().toUtf8());
    return data;
}

} // namespace wp::gui
