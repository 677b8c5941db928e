#include "BoardColumns.h"

#include "common/UiPreferences.h"
#include "login/SessionEvents.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QMenu>

namespace wp::gui {

BoardColumns::BoardColumns(Workspace& ws, QHeaderView* header, QList<int> locked, QString key,
                           QObject* parent)
    : QObject(parent), m_ws(ws), m_header(header), m_locked(std::move(locked)), m_key(std::move(key))
{
    m_header->setSectionsMovable(true);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& at) { menu()->popup(m_header->viewport()->mapToGlobal(at)); });
    connect(m_header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_applying) {
            save();
        }
    });
    connect(&SessionEvents::of(ws), &SessionEvents::userChanged, this, &BoardColumns::restore);
    restore();
}

QMenu* BoardColumns::menu()
{
    if (!m_menu) {
        m_menu = new QMenu(m_header);
        m_menu->setObjectName(QStringLiteral("boardColumnsMenu"));
    }
    m_menu->clear();
    const auto* model = m_header->model();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (m_locked.contains(logical)) {
            continue;
        }
        auto* a = m_menu->addAction(model->headerData(logical, Qt::Horizontal).toString());
        a->setObjectName(QStringLiteral("showColumn%1").arg(logical));
        a->setCheckable(true);
        a->setChecked(!m_header->isSectionHidden(logical));
        connect(a, &QAction::toggled, this, [this, logical](bool on) { setShown(logical, on); });
    }
    m_menu->addSeparator();
    auto* r = m_menu->addAction(tr("&Reset columns"), this, &BoardColumns::reset);
    r->setObjectName(QStringLiteral("resetColumns"));
    return m_menu;
}

void BoardColumns::setShown(int logical, bool shown)
{
    if (!shown) {
        // The last column is kept: a board with no column cannot be given one back by its menu.
        int visible = 0;
        for (int c = 0; c < m_header->count(); ++c) {
            visible += (!m_locked.contains(c) && !m_header->isSectionHidden(c)) ? 1 : 0;
        }
        if (visible <= 1) {
            return;
        }
    }
    m_header->setSectionHidden(logical, !shown);
    save();
    emit changed();
}

QString BoardColumns::encoded() const
{
    QStringList order;
    QStringList hidden;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (m_locked.contains(logical)) {
            continue;
        }
        order << QString::number(logical);
        if (m_header->isSectionHidden(logical)) {
            hidden << QString::number(logical);
        }
    }
    return QStringLiteral("order=%1;hidden=%2")
        .arg(order.join(QLatin1Char(',')), hidden.join(QLatin1Char(',')));
}

void BoardColumns::apply(const QString& layout)
{
    const auto numbers = [this](const QString& list) {
        QList<int> out;
        for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = part.toInt(&ok);
            if (ok && n >= 0 && n < m_header->count() && !m_locked.contains(n) && !out.contains(n)) {
                out << n;
            }
        }
        return out;
    };
    QList<int> order;
    QList<int> hidden;
    for (const QString& part : layout.split(QLatin1Char(';'))) {
        if (part.startsWith(QLatin1String("order="))) {
            order = numbers(part.mid(6));
        } else if (part.startsWith(QLatin1String("hidden="))) {
            hidden = numbers(part.mid(7));
        }
    }
    m_applying = true;
    // Columns the stored order does not name (added since) keep their place after it.
    for (int c = 0; c < m_header->count(); ++c) {
        if (!order.contains(c)) {
            order << c;
        }
    }
    for (int target = 0; target < order.size(); ++target) {
        m_header->moveSection(m_header->visualIndex(order[target]), target);
    }
    int shown = 0;
    for (int c = 0; c < m_header->count(); ++c) {
        if (m_locked.contains(c)) {
            continue;
        }
        const bool hide = hidden.contains(c);
        m_header->setSectionHidden(c, hide);
        shown += hide ? 0 : 1;
    }
    if (shown == 0) {
        for (int c = 0; c < m_header->count(); ++c) {
            if (!m_locked.contains(c)) {
                m_header->setSectionHidden(c, false);
            }
        }
    }
    m_applying = false;
    emit changed();
}

void BoardColumns::restore()
{
    apply(QString::fromUtf8(UiPreferences(m_ws).value(m_key, true)));
}

void BoardColumns::reset()
{
    apply(QString());
    UiPreferences(m_ws).setValue(m_key, QByteArray(), true);
}

void BoardColumns::save()
{
    UiPreferences(m_ws).setValue(m_key, encoded().toUtf8(), true);
}

} // namespace wp::gui
