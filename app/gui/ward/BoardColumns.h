#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QHeaderView;
class QMenu;

namespace wp {
class Workspace;
}

namespace wp::gui {

/// Which columns of a board a user shows, and in what order: the header's context menu hides
/// or shows a column, dragging a heading moves it, and both are remembered per user on this
/// laptop (UiPreferences) and applied again when that user logs in.
class BoardColumns : public QObject
{
    Q_OBJECT

public:
    /// `locked` columns are not this header's to show (they live in another view).
    BoardColumns(Workspace& ws, QHeaderView* header, QList<int> locked, QString key,
                 QObject* parent = nullptr);

    /// The menu the header's right click shows (one checkable entry per column, and a reset).
    QMenu* menu();
    /// Applies the current user's layout, or the default one.
    void restore();
    /// Back to every column, in the model's order (and forgets the user's layout).
    void reset();

    /// "order=3,2,4;hidden=5": the layout as stored; apply() ignores what does not fit
    /// the header (a column removed since), so a stale file never hides the board.
    QString encoded() const;
    void apply(const QString& layout);

signals:
    /// A column was shown, hidden or moved: the page shares its width again.
    void changed();

private:
    void save();
    void setShown(int logical, bool shown);

    Workspace& m_ws;
    QHeaderView* m_header;
    QList<int> m_locked;
    QString m_key;
    QMenu* m_menu = nullptr;
    bool m_applying = false;
};

} // namespace wp::gui
