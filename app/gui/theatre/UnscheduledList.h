#pragma once

#include <QListWidget>

namespace wp::gui {

/// The cases needing a slot. Items carry the case id (Qt::UserRole) and are dragged onto
/// the board as TheatreBoard::caseMimeType().
class UnscheduledList : public QListWidget
{
    Q_OBJECT

public:
    explicit UnscheduledList(QWidget* parent = nullptr);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
};

} // namespace wp::gui
