#include "UserTableModel.h"

#include <QBrush>

namespace wp::gui {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(const QList<User>& users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserTableModel::rowOf(const QString& login) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).login == login) {
            return row;
        }
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size()) {
        return {};
    }
    const User& u = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LoginColumn:
            return u.login;
        case NameColumn:
            return u.fullName;
        case RoleColumn:
            return Roles::label(u.role);
        case ActiveColumn:
            return u.active ? tr("Active") : tr("Disabled");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !u.active) {
        return QBrush(Qt::gray);
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LoginColumn:
        return tr("User name");
    case NameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case ActiveColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace wp::gui
