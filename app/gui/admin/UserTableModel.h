#pragma once

#include "users/User.h"

#include <QAbstractTableModel>
#include <QList>

namespace wp::gui {

/// Users of this laptop for the administration table.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, RoleColumn, ActiveColumn, ColumnCount };

    explicit UserTableModel(QObject* parent = nullptr);

    void setUsers(const QList<User>& users);
    const User& userAt(int row) const { return m_users.at(row); }
    int rowOf(const QString& login) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace wp::gui
